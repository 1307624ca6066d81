import BantinKit
import Foundation
import Testing

/// Builds that write to a real folder: a failed build changes nothing, a repeated build writes nothing.
@Suite struct SiteBuildOnDiskTests {
    func snapshot(_ folder: URL) throws -> [String: (Data, Date)] {
        var result: [String: (Data, Date)] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date
            result[path] = (try Data(contentsOf: url), modified)
        }
        return result
    }

    func build(_ root: URL) throws -> BuildReport {
        var writer = try DiskWriter(output: root.appendingPathComponent("site"), root: root)
        return try SiteBuilder(root: root, now: Fixtures.now).build(into: &writer)
    }

    @Test func aFailedBuildLeavesThePreviousSiteByteForByteIntact() throws {
        let root = try Fixtures.copy("sites/basic")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try build(root)
        let before = try snapshot(root.appendingPathComponent("site"))
        #expect(before["index.html"] != nil)

        try Data("---\ntitle: Hỏng\ndate: 31/02/2021\n---\n".utf8).write(to: root.appendingPathComponent("content/articles/2021/hoi-nghi.md"))
        try Data("---\ntitle: Mới\ndate: 01/11/2021\n---\n".utf8).write(to: root.appendingPathComponent("content/articles/2021/moi.md"))
        #expect(throws: BuildFailure.self) { try build(root) }

        let after = try snapshot(root.appendingPathComponent("site"))
        #expect(Set(after.keys) == Set(before.keys))
        for (path, (bytes, modified)) in before {
            #expect(after[path]?.0 == bytes, "\(path) changed")
            #expect(after[path]?.1 == modified, "\(path) was touched")
        }
    }

    @Test func aRepeatedBuildWritesNothingAndAnEditWritesOnlyWhatChanged() throws {
        let root = try Fixtures.copy("sites/basic")
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try build(root)
        #expect(first.write.written == first.fileCount)
        let second = try build(root)
        #expect(second.write.written == 0)
        #expect(second.write.unchanged == first.fileCount)
        #expect(second.write.removed == 0)

        // Renaming the page's title changes its own page and every page whose footer lists it.
        let page = root.appendingPathComponent("content/pages/gioi-thieu.md")
        try Data("---\ntitle: Giới thiệu\nslug: ve-chung-toi\n---\nMới.\n".utf8).write(to: page)
        let third = try build(root)
        #expect(third.write.removed == 1)  // gioi-thieu/index.html
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/ve-chung-toi/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site/gioi-thieu").path))
    }
}
