import Foundation
import Testing
@testable import BantinKit

@Suite("EmbeddedTheme")
struct EmbeddedThemeTests {
    /// The files on disk that `scripts/embed-theme.py` embeds, by their path in a new site.
    static func filesOnDisk() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (folder, prefix) in [("templates", "templates"), ("starter/content", "content")] {
            let base = Fixtures.repositoryRoot.appendingPathComponent(folder)
            let enumerator = try #require(FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]))
            for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                let relative = url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)
                files["\(prefix)/\(relative)"] = try [UInt8](Data(contentsOf: url))
            }
        }
        return files
    }

    @Test func matchesTheThemeAndStarterFolders() throws {
        let onDisk = try Self.filesOnDisk()
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedTheme.files.map { ($0.path, $0.bytes) })
        let advice = "templates/ or starter/content/ changed: run `make theme` (python3 scripts/embed-theme.py) and commit Sources/BantinKit/Scaffold/EmbeddedTheme.swift"
        #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "\(advice)")
        for (path, bytes) in onDisk where embedded[path] != nil {
            let same = embedded[path] == bytes
            #expect(same, "\(path) differs; \(advice)")
        }
        #expect(onDisk.keys.contains("templates/assets/style.css"))
        #expect(onDisk.keys.contains("content/site.yml"))
    }
}

@Suite("SiteScaffold")
struct SiteScaffoldTests {
    private static func emptyFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects as? [String] ?? []).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    @Test func writesEveryFileIntoANewFolder() throws {
        let folder = try Self.emptyFolder().appendingPathComponent("trang moi/hoi-nong-dan")
        let written = try SiteScaffold().write(into: folder)
        #expect(written == EmbeddedTheme.files.map(\.path))
        #expect(Self.files(under: folder) == written.sorted())
        for file in EmbeddedTheme.files {
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent(file.path).path) == Data(file.bytes))
        }
        for required in ["templates/layout.mustache", "templates/article.mustache", "templates/list.mustache", "templates/page.mustache",
                         "templates/404.mustache", "templates/assets/style.css", "templates/assets/logo.svg",
                         "content/pages/gioi-thieu.md", "content/pages/lien-he.md", "content/media/2025/anh-mau.svg"] {
            #expect(written.contains(required), "\(required) missing")
        }
        #expect(written.contains { $0.hasPrefix("content/articles/") && $0.hasSuffix(".md") })
    }

    /// (name given, title site.yml then holds): YAML-special characters stay part of the title.
    @Test(arguments: [
        ("Hội Nông dân tỉnh An Giang", "Hội Nông dân tỉnh An Giang"),
        (#"Liên minh HTX: "Kiên Giang" #1"#, #"Liên minh HTX: "Kiên Giang" #1"#),
        (#"Ban Tuyên giáo \ Tỉnh uỷ"#, #"Ban Tuyên giáo \ Tỉnh uỷ"#),
        ("- yes", "- yes"),
    ])
    func fillsTheTitle(name: String, title: String) throws {
        let siteYML = try #require(SiteScaffold(name: name).files.first { $0.path == "content/site.yml" })
        let config = try SiteConfig.load(from: SourceFile(path: "content/site.yml", bytes: siteYML.bytes))
        #expect(config.title == title)
    }

    @Test func withoutANameKeepsThePlaceholderAndEveryKey() throws {
        let siteYML = try #require(SiteScaffold().files.first { $0.path == "content/site.yml" })
        let text = String(decoding: siteYML.bytes, as: UTF8.self)
        #expect(text.contains(SiteScaffold.titlePlaceholder))
        for key in SiteConfig.keys {
            #expect(text.contains("\n\(key):"), "site.yml of init lacks \(key)")
        }
    }

    /// (what the folder holds before, name, expected refusal): nothing is written in any of them.
    @Test(arguments: [
        (["content/site.yml"], nil, SiteScaffoldError.Reason.alreadyASite(existing: "content")),
        (["templates/layout.mustache"], nil, .alreadyASite(existing: "templates")),
        (["content"], nil, .alreadyASite(existing: "content")),
        (["site/index.html", "README.txt"], "", .badName),
        ([], "Hội Nông dân\ntỉnh An Giang", .badName),
    ] as [([String], String?, SiteScaffoldError.Reason)])
    func refuses(existing: [String], name: String?, reason: SiteScaffoldError.Reason) throws {
        let folder = try Self.emptyFolder()
        for path in existing {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("cũ".utf8).write(to: url)
        }
        #expect(throws: SiteScaffoldError(reason, folder: folder.standardizedFileURL.path)) {
            try SiteScaffold(name: name).write(into: folder)
        }
        #expect(Self.files(under: folder) == existing.sorted())
    }

    @Test func refusesAFileAsTheFolder() throws {
        let file = try Self.emptyFolder().appendingPathComponent("site.yml")
        try Data("title: x".utf8).write(to: file)
        #expect(throws: SiteScaffoldError(.notAFolder, folder: file.path)) {
            try SiteScaffold().write(into: file)
        }
    }

    @Test func refusesEvenADanglingSymlinkNamedTemplates() throws {
        let folder = try Self.emptyFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("templates").path, withDestinationPath: "/nonexistent/theme")
        #expect(throws: SiteScaffoldError(.alreadyASite(existing: "templates"), folder: folder.standardizedFileURL.path)) {
            try SiteScaffold().write(into: folder)
        }
    }

    @Test func messagesNameTheFolderInVietnameseAndInEnglish() {
        let error = SiteScaffoldError(.alreadyASite(existing: "content"), folder: "/home/an/trang")
        #expect(error.message == "thư mục /home/an/trang đã có content/, tức là đã có một trang web ở đó; bantin init không ghi đè lên trang đã có. "
            + "Hãy chọn một thư mục khác hoặc một thư mục trống, ví dụ: bantin init trang-moi")
        #expect(error.text(in: .english) == "the folder /home/an/trang already has content/, so a site is there already; bantin init never writes over a site. "
            + "Choose another folder or an empty one, for example: bantin init trang-moi")
    }

    /// The site init writes builds and checks with no error and no warning, also with relative links.
    @Test(arguments: [false, true])
    func buildsWithoutDiagnostics(relativeURLs: Bool) throws {
        let folder = try Self.emptyFolder()
        _ = try SiteScaffold(name: "Hội Nông dân tỉnh An Giang").write(into: folder)
        let builder = SiteBuilder(root: folder, options: BuildOptions(relativeURLs: relativeURLs), now: Fixtures.now)
        #expect(builder.check() == [])
        var writer = MemoryWriter()
        let report = try builder.build(into: &writer)
        #expect(report.warnings == [])
        #expect(report.articleCount == 1)
        #expect(report.pageCount == 2)
        let home = try #require(Fixtures.text(writer, "index.html"))
        #expect(home.contains("Hội Nông dân tỉnh An Giang"))
        #expect(home.contains(relativeURLs ? #"href="assets/style.css""# : #"href="/assets/style.css""#))
        #expect(writer.files["gioi-thieu/index.html"] != nil && writer.files["lien-he/index.html"] != nil)
        #expect(writer.files["media/2025/anh-mau.svg"] != nil)
    }
}
