@testable import BantinKit
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

        /// The build's first stage, as the preview runs it (a build leaves articles and pages for the
        /// parse to read); a `site.yml` that cannot be read fails it.
        func load() throws -> SourceStage.Sources {
            var cache = BuildCache()
            let sources = SourceStage(root: root).load(cache: &cache, changed: nil)
            if sources.siteConfig == nil { throw BuildFailure(diagnostics: sources.diagnostics.filter { $0.path == "content/site.yml" }) }
            return sources
        }
    }

    @Test func linkToAFileOutsideIsSkippedWithAWarning() throws {
        let scratch = try Scratch()
        try scratch.link("content/media/2021/passwd", to: scratch.outside.appendingPathComponent("passwd").path)
        let tree = try scratch.load()
        #expect(tree.staticFiles.map(\.outputPath) == ["media/2021/a.svg"])
        #expect(tree.diagnostics.map(\.headline) == [
            "content/media/2021/passwd: cảnh báo: đã bỏ qua: liên kết tượng trưng trỏ ra ngoài thư mục của trang (\(scratch.outside.resolvingSymlinksInPath().path)/passwd); hãy chép các tệp cần dùng vào trong thư mục của trang",
        ])
    }

    @Test func mediaFolderThatIsALinkOutsideIsSkippedWithAWarning() throws {
        let scratch = try Scratch()
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("content/media"))
        try scratch.link("content/media", to: scratch.outside.path)
        let tree = try scratch.load()
        #expect(tree.staticFiles == [])
        #expect(tree.diagnostics.map(\.headline) == [
            "content/media: cảnh báo: đã bỏ qua: liên kết tượng trưng trỏ ra ngoài thư mục của trang (\(scratch.outside.resolvingSymlinksInPath().path)); hãy chép các tệp cần dùng vào trong thư mục của trang",
        ])
        #expect(tree.diagnostics.map { $0.headline(in: .english) } == [
            "content/media: warning: skipped: symbolic link points outside the site folder (\(scratch.outside.resolvingSymlinksInPath().path)); copy the files it needs into the site folder",
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

/// Names in two Unicode forms, unreadable folders and links into the output: each once ended a build
/// with a crash, a silent loss or a site nested inside itself.
@Suite struct SourceLoaderHardeningTests {
    static let nfc = "ti\u{00EA}u"
    static let nfd = "tie\u{0302}u"

    /// The same name written NFC and NFD in each kind of folder, as two files or as two folders.
    @Test(arguments: [
        ("content/articles/\(nfc).md", "content/articles/\(nfd).md"),
        ("content/pages/\(nfc).md", "content/pages/\(nfd).md"),
        ("content/bulletins/\(nfc).md", "content/bulletins/\(nfd).md"),
        ("content/articles/\(nfc)/a.md", "content/articles/\(nfd)/a.md"),
        ("content/media/\(nfc).svg", "content/media/\(nfd).svg"),
    ])
    func unicodeTwinsAreOneErrorNamingBoth(nfcPath: String, nfdPath: String) throws {
        let scratch = try SourceLoaderTests.Scratch()
        for path in [nfcPath, nfdPath] {
            let url = scratch.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "---\ntitle: x\ndate: 09/11/2021\n---\n".write(to: url, atomically: false, encoding: .utf8)
        }
        let tree = try scratch.load()
        let errors = tree.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first.map { $0.path.unicodeScalars.elementsEqual(nfdPath.unicodeScalars) } == true)
        #expect(errors.first?.message.contains("\"\(nfcPath)\"") == true)
        let paths = (tree.articles.files + tree.pages.files + tree.bulletins).map(\.path) + tree.staticFiles.map(\.outputPath)
        #expect(paths.filter { $0.hasSuffix(".md") || $0.contains(Self.nfc) }.count == 1)
    }

    @Test func mediaIsPublishedUnderTheNFCName() throws {
        let scratch = try SourceLoaderTests.Scratch()
        try "<svg/>".write(to: scratch.root.appendingPathComponent("content/media/\(Self.nfd).svg"), atomically: false, encoding: .utf8)
        let outputs = try scratch.load().staticFiles.map(\.outputPath)
        #expect(outputs.contains { $0.unicodeScalars.elementsEqual("media/\(Self.nfc).svg".unicodeScalars) })
    }

    @Test func twoNFCTwinsInOneSiteBuildFailsWithoutACrash() throws {
        let scratch = try SourceLoaderTests.Scratch()
        try FileManager.default.copyItem(at: Fixtures.folder.appendingPathComponent("templates-minimal"), to: scratch.root.appendingPathComponent("templates-x"))
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent("templates"))
        try FileManager.default.moveItem(at: scratch.root.appendingPathComponent("templates-x"), to: scratch.root.appendingPathComponent("templates"))
        for name in [Self.nfc, Self.nfd] {
            try "---\ntitle: \(name)\ndate: 09/11/2021\n---\nx\n".write(
                to: scratch.root.appendingPathComponent("content/articles/\(name).md"), atomically: false, encoding: .utf8)
        }
        let diagnostics = SiteBuilder(root: scratch.root, now: Fixtures.now).check()
        #expect(diagnostics.filter { $0.severity == .error }.count == 1)
    }

    @Test func unreadableFolderIsAnError() throws {
        let scratch = try SourceLoaderTests.Scratch()
        let pages = scratch.root.appendingPathComponent("content/pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try "---\ntitle: Giới thiệu\n---\n".write(to: pages.appendingPathComponent("gioi-thieu.md"), atomically: false, encoding: .utf8)
        chmod(pages.path, 0)
        defer { chmod(pages.path, 0o755) }
        let tree = try Unprivileged.run { try scratch.load() }
        #expect(tree.pages.files == [])
        #expect(tree.diagnostics.map(\.headline) == [
            "content/pages: lỗi: không mở được thư mục này (không có quyền đọc); các tệp trong đó sẽ bị thiếu trên trang. Hãy cấp quyền đọc cho thư mục (chmod a+rx) rồi chạy lại",
        ])
    }

    /// Links a later build would follow back into its own output, or round in a circle.
    @Test(arguments: [
        ("content/media/loop", "../../site", "thư mục kết quả"),
        ("content/media/2021/out", "../../../site/media", "thư mục kết quả"),
        ("content/media/up", "../../content", "thư mục chứa chính nó"),
        ("content/media/root", "../..", "thư mục chứa chính nó"),
    ])
    func linkIntoTheOutputOrAnEnclosingFolderIsSkippedWithAWarning(link: String, destination: String, reason: String) throws {
        let scratch = try SourceLoaderTests.Scratch()
        let output = scratch.root.appendingPathComponent("site/media")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "".write(to: scratch.root.appendingPathComponent("site/.bantin-output"), atomically: false, encoding: .utf8)
        try "old".write(to: output.appendingPathComponent("old.txt"), atomically: false, encoding: .utf8)
        try scratch.link(link, to: destination)
        let tree = try scratch.load()
        #expect(tree.staticFiles.map(\.outputPath) == ["media/2021/a.svg"])
        #expect(tree.diagnostics.count == 1)
        #expect(tree.diagnostics.first?.path == link)
        #expect(tree.diagnostics.first?.severity == .warning)
        #expect(tree.diagnostics.first?.message.contains(reason) == true)
    }
}

/// The site settings and content files the loader refuses with a Vietnamese error instead of a
/// Foundation error code or an exhausted memory.
@Suite struct SourceLoaderRefusalTests {
    @Test func siteSettingsThatAreAFolderAreAnError() throws {
        let scratch = try SourceLoaderTests.Scratch()
        let settings = scratch.root.appendingPathComponent("content/site.yml")
        try FileManager.default.removeItem(at: settings)
        try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: false)
        let failure = #expect(throws: BuildFailure.self) { try scratch.load() }
        #expect(failure?.diagnostics.map(\.headline) == [
            "content/site.yml: lỗi: đây là một thư mục, nhưng site.yml phải là một tệp văn bản chứa cài đặt của trang (title, base_url…); hãy đổi tên thư mục này và tạo tệp content/site.yml",
        ])
    }

    @Test func contentFileOverTheLimitIsAnError() throws {
        let scratch = try SourceLoaderTests.Scratch()
        let big = scratch.root.appendingPathComponent("content/articles/lon.md")
        try Data(count: SourceLoader.maximumTextFileSize + 1).write(to: big)
        let tree = try scratch.load()
        #expect(tree.articles.files == [])
        #expect(tree.diagnostics.map(\.path) == ["content/articles/lon.md"])
        #expect(tree.diagnostics.first?.message.hasPrefix("tệp quá lớn (8 MB)") == true)
    }

    /// A build reads each article as it parses it: the same errors, from the parse.
    @Test func aBuildReportsAnArticleItCannotReadAsThePreviewDoes() throws {
        let scratch = try SourceLoaderTests.Scratch()
        try Data(count: SourceLoader.maximumTextFileSize + 1).write(to: scratch.root.appendingPathComponent("content/articles/lon.md"))
        let diagnostics = SiteBuilder(root: scratch.root, now: Fixtures.now).check().filter { $0.path == "content/articles/lon.md" }
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.first?.message.hasPrefix("tệp quá lớn (8 MB)") == true)
    }
}

extension SourceStage.Documents {
    /// The files read; none when they were only listed.
    var files: [SourceFile] {
        if case .read(let files) = self { files } else { [] }
    }
}
