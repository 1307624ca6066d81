import BantinKit
import Foundation
import Testing

/// Whole-site builds of the fixture folders under `Fixtures/sites/`, compared with their `expected/` output.
@Suite struct SiteFixtureTests {
    @Test(arguments: ["basic", "achievements", "warnings"])
    func buildMatchesExpectedOutput(site: String) throws {
        let root = try Fixtures.copy("sites/\(site)")
        defer { try? FileManager.default.removeItem(at: root) }
        let (writer, _) = try Fixtures.build(root)
        let expectedFolder = Fixtures.folder.appendingPathComponent("sites/\(site)/expected")
        if Fixtures.updating {
            try? FileManager.default.removeItem(at: expectedFolder)
            for (path, bytes) in writer.files {
                let url = expectedFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
        }
        let expectedPaths = try FileManager.default.subpathsOfDirectory(atPath: expectedFolder.path).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: expectedFolder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }
        #expect(Set(expectedPaths) == Set(writer.files.keys))
        for path in expectedPaths.sorted() {
            // Decoded from bytes, not read with String(contentsOf:), which drops a byte-order mark the CSV must keep.
            let expected = String(decoding: try Data(contentsOf: expectedFolder.appendingPathComponent(path)), as: UTF8.self)
            #expect(Fixtures.text(writer, path) == expected, "site/\(path) differs from expected/\(path)")
        }
    }

    @Test func basicSiteLeavesOutDraftsAndFutureArticlesAndSaysSo() throws {
        let root = try Fixtures.copy("sites/basic")
        defer { try? FileManager.default.removeItem(at: root) }
        let (writer, report) = try Fixtures.build(root)
        #expect(report.articleCount == 3)
        #expect(report.pageCount == 1)
        #expect(report.skippedDrafts == 1)
        #expect(report.skippedFuture == 1)
        #expect(writer.files["2021/10/ban-nhap/index.html"] == nil)
        #expect(writer.files["2099/01/bai-hen-gio/index.html"] == nil)

        let (withAll, all) = try Fixtures.build(root, options: BuildOptions(inclusion: .init(drafts: true, future: true)))
        #expect(all.articleCount == 5)
        #expect(all.skippedDrafts == 0 && all.skippedFuture == 0)
        #expect(withAll.files["2021/10/ban-nhap/index.html"] != nil)
        #expect(withAll.files["2099/01/bai-hen-gio/index.html"] != nil)
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let root = try Fixtures.copy("sites/basic")
        defer { try? FileManager.default.removeItem(at: root) }
        let (first, _) = try Fixtures.build(root)
        let (second, _) = try Fixtures.build(root)
        #expect(first.files == second.files)
    }

    @Test func crlfAndByteOrderMarkBuildTheSameAsLF() throws {
        let root = try Fixtures.copy("sites/basic")
        let windows = try Fixtures.copy("sites/basic")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: windows)
        }
        let content = windows.appendingPathComponent("content")
        for path in try FileManager.default.subpathsOfDirectory(atPath: content.path) where path.hasSuffix(".md") || path.hasSuffix(".yml") {
            let url = content.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)).write(to: url)
        }
        let (unix, _) = try Fixtures.build(root)
        let (dos, _) = try Fixtures.build(windows)
        #expect(unix.files == dos.files)
    }

    @Test func baseURLOverrideChangesAbsoluteAndSiteLinks() throws {
        let root = try Fixtures.copy("sites/basic")
        defer { try? FileManager.default.removeItem(at: root) }
        let (writer, _) = try Fixtures.build(root, options: BuildOptions(baseURLOverride: "https://staging.example/"))
        let page = try #require(Fixtures.text(writer, "2021/11/hoi-nghi-tong-ket/index.html"))
        #expect(page.contains(#"<link rel="canonical" href="https://staging.example/2021/11/hoi-nghi-tong-ket/">"#))
        #expect(try #require(Fixtures.text(writer, "robots.txt")).contains("Sitemap: https://staging.example/sitemap.xml"))
    }
}
