import BantinKit
import Foundation

/// A site written file by file into a temporary folder, with the minimal templates.
struct ScratchSite {
    let root: URL

    /// A site with `files` (path relative to the root, text) and a plain `content/site.yml` unless given.
    /// A list rather than a dictionary: two paths that differ only in Unicode form are equal keys.
    init(_ files: [(String, String)]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.folder.appendingPathComponent("templates-minimal"), to: root.appendingPathComponent("templates"))
        var files = files
        if !files.contains(where: { $0.0 == "content/site.yml" }) { files.append(("content/site.yml", "title: Thử\nbase_url: https://thu.example/\n")) }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
    }

    /// `bantin check` on the site, at the fixture clock.
    func check() -> [Diagnostic] {
        SiteBuilder(root: root, now: Fixtures.now).check()
    }
}
