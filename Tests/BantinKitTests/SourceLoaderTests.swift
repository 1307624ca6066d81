import BantinKit
import Foundation
import Testing

/// Which files the loader reads: symbolic links may not bring in files from outside the site folder.
@Suite struct SourceLoaderTests {
    /// A minimal site with one media file, and a folder outside it holding a secret.
    struct Scratch {
        let base: URL
        var root: URL { base.appendingPathComponent("site") }
        var outside: URL { base.appendingPathComponent("outside") }

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-loader-\(UUID().uuidString)")
            for folder in ["site/content/media/2021", "site/content/articles", "site/templates", "outside"] {
                try FileManager.default.createDirectory(at: base.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try "title: T\nbase_url: https://x.example/\n".write(to: root.appendingPathComponent("content/site.yml"), atomically: true, encoding: .utf8)
            try "<svg/>".write(to: root.appendingPathComponent("content/media/2021/a.svg"), atomically: true, encoding: .utf8)
            try "secret".write(to: outside.appendingPathComponent("passwd"), atomically: true, encoding: .utf8)
        }

        func link(_ path: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(path).path, withDestinationPath: destination)
        }

        func load() throws -> SourceTree {
            try SourceLoader(root: root).load()
        }
    }

    @Test func linkToAFileOutsideIsSkippedWithAWarning() throws {
        let scratch = try Scratch()
        try scratch.link("content/media/2021/passwd", to: scratch.outside.appendingPathComponent("passwd").path)
        let tree = try scratch.load()
        #expect(tree.staticFiles.map(\.outputPath) == ["media/2021/a.svg"])
        #expect(tree.diagnostics.map(\.headline) == [
            "content/media/2021/passwd: warning: skipped: symbolic link points outside the site folder (\(scratch.outside.resolvingSymlinksInPath().path)/passwd)",
        ])
    }

    @Test func mediaFolderThatIsALinkOutsideIsSkippedWithAWarning() throws {
        let scratch = try Scratch()
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("content/media"))
        try scratch.link("content/media", to: scratch.outside.path)
        let tree = try scratch.load()
        #expect(tree.staticFiles == [])
        #expect(tree.diagnostics.map(\.headline) == [
            "content/media: warning: skipped: symbolic link points outside the site folder (\(scratch.outside.resolvingSymlinksInPath().path))",
        ])
    }

    @Test func linkInsideTheSiteIsFollowed() throws {
        let scratch = try Scratch()
        try scratch.link("content/media/b.svg", to: "2021/a.svg")
        let tree = try scratch.load()
        #expect(tree.staticFiles.map(\.outputPath) == ["media/2021/a.svg", "media/b.svg"])
        #expect(tree.diagnostics == [])
    }

    @Test func linkBackToAnEnclosingFolderIsNotFollowedForever() throws {
        let scratch = try Scratch()
        try scratch.link("content/media/2021/loop", to: "..")
        let tree = try scratch.load()
        #expect(tree.staticFiles.map(\.outputPath) == ["media/2021/a.svg"])
    }
}
