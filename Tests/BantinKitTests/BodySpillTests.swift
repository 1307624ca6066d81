@testable import BantinKit
import BantinMarkdown
import Foundation
import Testing

/// A build keeps the bodies' HTML in a nameless file until their pages are rendered.
@Suite struct BodySpillTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func bodiesWrittenFromManyThreadsReadBackTheSame() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try #require(BodySpill(near: folder))
        let texts = (0..<300).map { index in
            "<p>Đại hội Chi bộ lần \(index) 📰</p>\n" + String(repeating: "Hợp tác xã kiểu mới. ", count: index % 40)
        }
        let ranges = texts.parallelMap { spill.store(Array($0.utf8)) }
        #expect(ranges.allSatisfy { $0 != nil })
        for (text, range) in zip(texts, ranges) {
            #expect(spill.load(range!) == text)
        }
        // Nothing overlaps: each range starts where another ends, or at 0.
        let sorted = ranges.compactMap { $0 }.sorted { $0.lowerBound < $1.lowerBound }
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test func theFileHasNoNameAndAFolderNotMadeYetUsesTheOneAbove() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try #require(BodySpill(near: folder.appendingPathComponent("site/chua-co")))
        _ = spill.store(Array("<p>Tin</p>".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }

    @Test func aSpilledBodyIsTheBodyInMemory() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try #require(BodySpill(near: folder))
        let markdown = MarkdownRenderer.render("Đoạn *đầu* với [liên kết](/gioi-thieu/).\n\n![Ảnh](/media/a.jpg)\n", options: MarkdownOptions())
        let spilled = DocumentBody(markdown, spill: spill)
        let kept = DocumentBody(markdown)
        #expect(spilled.html == markdown.html)
        #expect(kept.html == markdown.html)
        #expect(spilled.references == markdown.references)
        #expect(spilled.findings == markdown.findings)
    }

    @Test func theSampleSiteBuiltOnDiskIsTheSiteBuiltInMemory() throws {
        let output = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        var memory = MemoryWriter()
        _ = try SiteBuilder(root: Fixtures.repositoryRoot, now: Fixtures.now).build(into: &memory)
        var disk = try DiskWriter(output: output.appendingPathComponent("site"), root: Fixtures.repositoryRoot)
        #expect(disk.scratchFolder != nil)
        _ = try SiteBuilder(root: Fixtures.repositoryRoot, now: Fixtures.now).build(into: &disk)
        #expect(!memory.files.isEmpty)
        for (path, bytes) in memory.files {
            let written = try Data(contentsOf: output.appendingPathComponent("site").appendingPathComponent(path))
            #expect(Array(written) == bytes, "\(path)")
        }
    }
}

/// A large site's build makes the search index's files as the writer takes them.
@Suite struct StreamedSearchIndexTests {
    @Test func theIndexMadeAsItIsWrittenIsTheIndexMadeBesideThePages() throws {
        var beside = SiteBuilder(root: Fixtures.repositoryRoot, now: Fixtures.now)
        beside.indexStreamedAbove = .max
        var streamed = beside
        streamed.indexStreamedAbove = 0
        var besideWriter = MemoryWriter()
        var streamedWriter = MemoryWriter()
        let besideReport = try beside.build(into: &besideWriter)
        let streamedReport = try streamed.build(into: &streamedWriter)
        let indexFiles = besideWriter.files.keys.filter { $0.hasPrefix(SearchIndex.dataFolder) }
        #expect(indexFiles.count > 3)
        #expect(indexFiles.contains(SearchIndex.dataFolder + "muc-luc.json"))
        #expect(streamedWriter.files == besideWriter.files)
        #expect(streamedReport.fileCount == besideReport.fileCount)
        #expect(besideReport.fileCount == besideWriter.files.count)
    }

    @Test func batchesAreTheFilesInOrder() throws {
        var memory = MemoryWriter()
        _ = try SiteBuilder(root: Fixtures.repositoryRoot, now: Fixtures.now).build(into: &memory)
        let site = try SiteBuilder(root: Fixtures.repositoryRoot, now: Fixtures.now).achievements().site
        let index = SearchIndex(site: site)
        let batches = Array(SearchIndex.FileBatches(index: index))
        #expect(batches.allSatisfy { !$0.isEmpty })
        #expect(batches.last?.map(\.path) == [SearchIndex.dataFolder + "muc-luc.json"])
        // Term files, then metadata files, then category files, each kind numbered from 0 in order:
        // what the manifest's chunk list and the page's file names assume.
        let names = batches.flatMap { $0 }.dropLast().map { String($0.path.dropFirst(SearchIndex.dataFolder.count).dropLast(".json".count)) }
        let kinds = ["tu-", "bai-", "chuyen-muc-"]
        var expected: [String] = []
        for kind in kinds {
            let count = names.filter { $0.hasPrefix(kind) }.count
            #expect(count > 0, "\(kind)")
            expected += (0..<count).map { kind + String($0) }
        }
        #expect(names == expected)
        #expect(names.filter { $0.hasPrefix("chuyen-muc-") }.count == site.categories.count)
    }
}
