// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bantin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bantin", targets: ["bantin"]),
        .library(name: "BantinKit", targets: ["BantinKit"]),
        .library(name: "BantinPreview", targets: ["BantinPreview"]),
        .library(name: "BantinPublish", targets: ["BantinPublish"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "BantinPreview", dependencies: ["BantinKit"]),
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
        .testTarget(name: "BantinPublishTests", dependencies: ["BantinPublish", "BantinKit"]),
    ]
)
