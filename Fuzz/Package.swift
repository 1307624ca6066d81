// swift-tools-version:6.0
// libFuzzer executables for bantin's parsers, kept out of the main package so that normal builds
// never compile with -sanitize=fuzzer. Built and run by `make fuzz` (scripts/fuzz.sh).
import PackageDescription

let fuzzers: [(name: String, module: String)] = [
    ("FuzzDocument", "BantinKit"), ("FuzzAchievements", "BantinKit"), ("FuzzMarkdown", "BantinKit"),
    ("FuzzSiteDate", "BantinKit"), ("FuzzTemplates", "BantinKit"), ("FuzzRequestHead", "BantinPreview"),
]

let package = Package(
    name: "bantin-fuzz",
    dependencies: [.package(name: "bantin", path: "..")],
    targets: fuzzers.map { fuzzer in
        .executableTarget(
            name: fuzzer.name,
            dependencies: [.product(name: fuzzer.module, package: "bantin")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
