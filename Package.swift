// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bantin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bantin", targets: ["bantin"]),
        .library(name: "BantinKit", targets: ["BantinKit"]),
        .library(name: "BantinPreview", targets: ["BantinPreview"]),
        .library(name: "BantinTemplate", targets: ["BantinTemplate"]),
        .library(name: "BantinPublish", targets: ["BantinPublish"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "BantinMarkdown", dependencies: ["Ccmark"]),
        .target(
            name: "BantinKit",
            dependencies: [
                "BantinMarkdown",
                "BantinTemplate",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "BantinPreview",
            dependencies: ["BantinKit", .product(name: "HashTreeCollections", package: "swift-collections")]
        ),
        // bantin's own Mustache engine: typed values, compiled plans, no dependencies.
        .target(name: "BantinTemplate"),
        .executableTarget(
            name: "BantinTemplateBench",
            dependencies: ["BantinTemplate", .product(name: "Mustache", package: "swift-mustache")],
            path: "Benchmarks/BantinTemplateBench"
        ),
        .target(name: "BantinPublish", dependencies: ["BantinKit"]),
        .executableTarget(
            name: "bantin",
            dependencies: [
                "BantinKit",
                "BantinPreview",
                "BantinPublish",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BantinMarkdownTests", dependencies: ["BantinMarkdown"]),
        .testTarget(
            name: "BantinKitTests",
            dependencies: ["BantinKit"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "BantinPreviewTests", dependencies: ["BantinPreview", "BantinKit"]),
        .testTarget(
            name: "BantinTemplateTests",
            dependencies: ["BantinTemplate", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Spec"]
        ),
        .testTarget(name: "BantinPublishTests", dependencies: ["BantinPublish", "BantinKit"]),
    ]
)
