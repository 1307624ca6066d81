import BantinKit
import Foundation

/// Fixture folders, read from the source tree so that `BANTIN_UPDATE_FIXTURES=1 swift test` can rewrite
/// expected output in place.
enum Fixtures {
    /// `Tests/BantinKitTests/Fixtures`.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The repository root, which holds the sample site.
    static let repositoryRoot = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// True when expected files should be rewritten from the current output instead of compared.
    static let updating = ProcessInfo.processInfo.environment["BANTIN_UPDATE_FIXTURES"] == "1"

    /// The fixed clock of every fixture build, so "future" articles and output are stable.
    static let now = ISO8601DateFormatter().date(from: "2026-11-29T10:00:00+07:00")!

    /// A copy of fixture `name` in a fresh temporary folder, with the minimal templates when it has none.
    static func copy(_ relativePath: String) throws -> URL {
        let source = folder.appendingPathComponent(relativePath)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path) where item != "expected" && item != "expected.txt" {
            try FileManager.default.copyItem(at: source.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        if !FileManager.default.fileExists(atPath: root.appendingPathComponent("templates").path) {
            try FileManager.default.copyItem(at: folder.appendingPathComponent("templates-minimal"), to: root.appendingPathComponent("templates"))
        }
        return root
    }

    /// Builds the site at `root` in memory at the fixture clock.
    static func build(_ root: URL, options: BuildOptions = .init()) throws -> (MemoryWriter, BuildReport) {
        var writer = MemoryWriter()
        let report = try SiteBuilder(root: root, options: options, now: now).build(into: &writer)
        return (writer, report)
    }

    /// The text of an output file.
    static func text(_ writer: MemoryWriter, _ path: String) -> String? {
        writer.files[path].map { String(decoding: $0, as: UTF8.self) }
    }
}

extension WriteSummary {
    /// Written, unchanged and removed, for tests that check the counts and not the paths.
    var counts: [Int] { [written, unchanged, removed] }
}
