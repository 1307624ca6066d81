import Foundation
import Testing
@testable import BantinKit

/// A throwaway project (root with content/ and templates/) under the temporary folder, deleted when released.
final class WriterScratch {
    let root: URL

    init() throws {
        root = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("bantin-writer-\(UUID().uuidString)", isDirectory: true)
        for folder in ["content", "templates"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    var site: URL { root.appendingPathComponent("site", isDirectory: true) }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func writer() throws -> DiskWriter { try DiskWriter(output: site, root: root) }

    /// Writes `text` at `relative` under the root, creating folders.
    @discardableResult
    func make(_ relative: String, _ text: String = "x") throws -> URL {
        let url = url(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    func text(_ relativeToSite: String) -> String? {
        FileManager.default.contents(atPath: site.appendingPathComponent(relativeToSite).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every non-folder entry under site/, relative and sorted, found without following symlinks.
    func siteFiles() throws -> [String] {
        try entries(under: site.path, relative: "").filter { !$0.isFolder }.map(\.path)
    }

    /// Every folder under site/, relative and sorted.
    func siteFolders() throws -> [String] {
        try entries(under: site.path, relative: "").filter(\.isFolder).map(\.path)
    }

    private func entries(under path: String, relative: String) throws -> [(path: String, isFolder: Bool)] {
        var result: [(path: String, isFolder: Bool)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: path).sorted() {
            let child = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let type = try FileManager.default.attributesOfItem(atPath: child)[.type] as? FileAttributeType
            if type == .typeDirectory {
                result.append((childRelative, true))
                result += try entries(under: child, relative: childRelative)
            } else {
                result.append((childRelative, false))
            }
        }
        return result
    }

    func modificationDate(_ relativeToSite: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(relativeToSite).path)[.modificationDate] as? Date
    }

    func inode(_ relativeToSite: String) throws -> Int? {
        try (FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(relativeToSite).path)[.systemFileNumber] as? NSNumber)?.intValue
    }

    func backdate(_ relativeToSite: String) throws -> Date {
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: site.appendingPathComponent(relativeToSite).path)
        return old
    }
}

/// Runs `body` and returns the reason of the `WriterError` it throws, or nil when it throws nothing.
func writerErrorReason(_ body: () throws -> Void) -> WriterError.Reason? {
    do {
        try body()
        return nil
    } catch let error as WriterError {
        return error.reason
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

@Suite("DiskWriter: which output folders are safe")
struct DiskWriterSafetyTests {
    @Test func refusesTheFilesystemRoot() throws {
        let scratch = try WriterScratch()
        #expect(writerErrorReason { _ = try DiskWriter(output: URL(fileURLWithPath: "/"), root: scratch.root) } == .outputIsFilesystemRoot)
    }

    @Test func refusesTheHomeFolder() throws {
        let scratch = try WriterScratch()
        let home = URL(fileURLWithPath: NSHomeDirectory())
        #expect(writerErrorReason { _ = try DiskWriter(output: home, root: scratch.root) } == .outputIsHomeFolder)
    }

    @Test func refusesTheProjectRootAndItsAncestors() throws {
        let scratch = try WriterScratch()
        for output in [scratch.root, scratch.root.deletingLastPathComponent(), scratch.url("site/..")] {
            #expect(writerErrorReason { _ = try DiskWriter(output: output, root: scratch.root) } == .outputHoldsProjectRoot)
        }
    }

    @Test func refusesASymlinkToTheProjectRoot() throws {
        let scratch = try WriterScratch()
        let link = scratch.url("content/loop")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: scratch.root)
        #expect(writerErrorReason { _ = try DiskWriter(output: link, root: scratch.root) } == .outputHoldsProjectRoot)
    }

    @Test(arguments: ["content", "templates", "content/site", "templates/deep/site", "site/../content"])
    func refusesSourceFolders(output: String) throws {
        let scratch = try WriterScratch()
        #expect(writerErrorReason { _ = try DiskWriter(output: scratch.url(output), root: scratch.root) } == .outputInsideSources)
        #expect(!FileManager.default.fileExists(atPath: scratch.url("content/site").path))
    }

    @Test func refusesASymlinkIntoTheSources() throws {
        let scratch = try WriterScratch()
        try FileManager.default.createSymbolicLink(at: scratch.site, withDestinationURL: scratch.url("content"))
        #expect(writerErrorReason { _ = try scratch.writer() } == .outputInsideSources)
    }

    @Test func refusesANonEmptyFolderWithoutMarker() throws {
        let scratch = try WriterScratch()
        try scratch.make("site/notes.txt", "mine")
        #expect(writerErrorReason { _ = try scratch.writer() } == .outputNotOwned)
        #expect(try scratch.siteFiles() == ["notes.txt"])
        #expect(scratch.text("notes.txt") == "mine")
    }

    @Test func refusesAFileAtTheOutputPath() throws {
        let scratch = try WriterScratch()
        try scratch.make("site", "a file")
        #expect(writerErrorReason { _ = try scratch.writer() } == .outputNotAFolder)
        #expect(writerErrorReason { _ = try DiskWriter(output: scratch.url("site/public"), root: scratch.root) } == .outputNotAFolder)
    }

    @Test func acceptsAnEmptyFolder() throws {
        let scratch = try WriterScratch()
        try FileManager.default.createDirectory(at: scratch.site, withIntermediateDirectories: true)
        let summary = try scratch.writer().write([RenderedFile(path: "index.html", text: "hi")])
        #expect(summary.counts == [1, 0, 0])
    }

    @Test func createsAMissingFolderWithItsParents() throws {
        let scratch = try WriterScratch()
        let output = scratch.url("build/out/site")
        let writer = try DiskWriter(output: output, root: scratch.root)
        #expect(!FileManager.default.fileExists(atPath: output.path), "init must not create anything")
        _ = try writer.write([RenderedFile(path: "index.html", text: "hi")])
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path) == Data("hi".utf8))
    }

    @Test func acceptsAFolderItCreatedBefore() throws {
        let scratch = try WriterScratch()
        _ = try scratch.writer().write([RenderedFile(path: "index.html", text: "hi")])
        #expect(throws: Never.self) { _ = try scratch.writer() }
    }

    @Test func writesTheMarker() throws {
        let scratch = try WriterScratch()
        _ = try scratch.writer().write([])
        let marker = try #require(scratch.text(".bantin-output"))
        #expect(marker.contains("bantin"))
        #expect(marker.contains("removes"))
        #expect(try scratch.siteFiles() == [".bantin-output"])
    }

    @Test func resolvesTheOutputThroughSymlinks() throws {
        let scratch = try WriterScratch()
        try FileManager.default.createDirectory(at: scratch.url("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: scratch.site, withDestinationURL: scratch.url("real"))
        let writer = try scratch.writer()
        #expect(writer.output.path == scratch.url("real").resolvingSymlinksInPath().path)
        _ = try writer.write([RenderedFile(path: "a.html", text: "a")])
        #expect(FileManager.default.fileExists(atPath: scratch.url("real/a.html").path))
    }

    @Test(arguments: [
        ("/tmp/site/a", "/tmp/site", true),
        ("/tmp/site/a/b.html", "/tmp/site/", true),
        ("/tmp/site", "/tmp/site", false),
        ("/tmp/sitex/a", "/tmp/site", false),
        ("/tmp/site/../etc/passwd", "/tmp/site", false),
        ("/tmp/site/./a", "/tmp/site", false),
        ("/tmp/site//a", "/tmp/site", false),
        ("/tmp/site/a/", "/tmp/site", false),
        ("/etc/passwd", "/tmp/site", false),
    ])
    func insideCheckIsStrict(path: String, folder: String, inside: Bool) {
        #expect(DiskWriter.isInside(path, folder: folder) == inside)
    }
}

@Suite("DiskWriter: checking the files before writing")
struct DiskWriterValidationTests {
    @Test(arguments: [
        ("/etc/passwd", WriterError.Reason.absolutePath),
        ("a/../../b", .dotSegment),
        ("./index.html", .dotSegment),
        ("a/./b", .dotSegment),
        ("..", .dotSegment),
        ("a//b", .emptySegment),
        ("a/", .emptySegment),
        ("", .emptySegment),
        ("a\\b", .forbiddenCharacter),
        ("a\0b", .forbiddenCharacter),
        (".bantin-output", .reservedName),
        ("x/.bantin-tmp-1-2", .reservedName),
    ])
    func rejectsBadPathsBeforeWritingAnything(path: String, reason: WriterError.Reason) throws {
        let scratch = try WriterScratch()
        let files = [RenderedFile(path: "good.html", text: "ok"), RenderedFile(path: path, text: "bad")]
        #expect(writerErrorReason { _ = try scratch.writer().write(files) } == reason)
        #expect(!FileManager.default.fileExists(atPath: scratch.site.path))
    }

    @Test func rejectsDuplicatePaths() throws {
        let scratch = try WriterScratch()
        let files = [RenderedFile(path: "a.html", text: "1"), RenderedFile(path: "a.html", text: "2")]
        #expect(writerErrorReason { _ = try scratch.writer().write(files) } == .duplicatePath)
        #expect(!FileManager.default.fileExists(atPath: scratch.site.path))
    }

    @Test func rejectsAPathUsedAsFileAndFolder() throws {
        let scratch = try WriterScratch()
        let files = [RenderedFile(path: "a/b/c.html", text: "1"), RenderedFile(path: "a/b", text: "2")]
        #expect(writerErrorReason { _ = try scratch.writer().write(files) } == .pathConflict)
        #expect(!FileManager.default.fileExists(atPath: scratch.site.path))
    }

    @Test func rejectsAMissingSourceBeforeWritingAnything() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        _ = try writer.write([RenderedFile(path: "old.html", text: "old")])
        let files = [RenderedFile(path: "new.html", text: "new"), RenderedFile(path: "img.png", contents: .copy(of: scratch.url("content/missing.png")))]
        #expect(writerErrorReason { _ = try writer.write(files) } == .sourceUnreadable(errno: ENOENT))
        #expect(try scratch.siteFiles() == [".bantin-output", "old.html"])
    }

    @Test func errorsCarryAReadableMessage() throws {
        let scratch = try WriterScratch()
        do {
            _ = try scratch.writer().write([RenderedFile(path: "a/../b", text: "")])
            Issue.record("expected an error")
        } catch let error as WriterError {
            #expect(error.path == "a/../b")
            #expect(error.vietnamese == "đường dẫn xuất 'a/../b' không được có phần '.' hay '..'")
            #expect(error.text(in: .english) == "Output path 'a/../b' must not contain '.' or '..' segments.")
        }
    }

    @Test func aFailureOfTheSystemIsWordedInEachLanguage() {
        let error = WriterError(.writeFailed(errno: ENOSPC), path: "/srv/tin/site/index.html")
        #expect(error.vietnamese == "không ghi được '/srv/tin/site/index.html': ổ đĩa đã đầy")
        #expect(error.english == "Cannot write '/srv/tin/site/index.html': \(String(cString: strerror(ENOSPC))).")
    }
}

@Suite("DiskWriter: incremental updates")
struct DiskWriterUpdateTests {
    @Test func firstWriteCreatesEverything() throws {
        let scratch = try WriterScratch()
        let files = [
            RenderedFile(path: "index.html", text: "home"),
            RenderedFile(path: "2021/11/slug/index.html", text: "post"),
            RenderedFile(path: "feed.xml", contents: .bytes([0x3C, 0x3E])),
        ]
        #expect(try scratch.writer().write(files).counts == [3, 0, 0])
        #expect(try scratch.siteFiles() == [".bantin-output", "2021/11/slug/index.html", "feed.xml", "index.html"])
        #expect(scratch.text("2021/11/slug/index.html") == "post")
        #expect(scratch.text("feed.xml") == "<>")
    }

    @Test func noOpRewriteTouchesNothing() throws {
        let scratch = try WriterScratch()
        let image = try scratch.make("content/photo.jpg", "jpeg bytes")
        let files = [
            RenderedFile(path: "index.html", text: "home"),
            RenderedFile(path: "a/b.html", text: "b"),
            RenderedFile(path: "media/photo.jpg", contents: .copy(of: image)),
        ]
        let writer = try scratch.writer()
        _ = try writer.write(files)
        let old = try files.map { try scratch.backdate($0.path) }
        let markerDate = try scratch.backdate(".bantin-output")
        #expect(try writer.write(files).counts == [0, 3, 0])
        #expect(try files.map { try scratch.modificationDate($0.path) } == old)
        #expect(try scratch.modificationDate(".bantin-output") == markerDate)
    }

    @Test func rewritesOnlyChangedFiles() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        _ = try writer.write([RenderedFile(path: "same.html", text: "same"), RenderedFile(path: "grow.html", text: "short"), RenderedFile(path: "swap.html", text: "abcd")])
        let old = try scratch.backdate("same.html")
        let inode = try scratch.inode("swap.html")
        let summary = try writer.write([RenderedFile(path: "same.html", text: "same"), RenderedFile(path: "grow.html", text: "much longer"), RenderedFile(path: "swap.html", text: "abce")])
        #expect(summary.counts == [2, 1, 0])
        #expect(try scratch.modificationDate("same.html") == old)
        #expect(scratch.text("grow.html") == "much longer")
        #expect(scratch.text("swap.html") == "abce", "same size, different bytes")
        #expect(try scratch.inode("swap.html") != inode, "replaced by rename, not rewritten in place")
        #expect(try scratch.siteFiles().allSatisfy { !$0.contains(".bantin-tmp-") })
    }

    @Test func comparesCopiedFilesChunkByChunk() throws {
        let scratch = try WriterScratch()
        var big = [UInt8](repeating: 7, count: 300_000)
        let source = scratch.url("content/big.bin")
        try Data(big).write(to: source)
        let files = [RenderedFile(path: "big.bin", contents: .copy(of: source))]
        let writer = try scratch.writer()
        #expect(try writer.write(files).written == 1)
        let old = try scratch.backdate("big.bin")
        #expect(try writer.write(files).counts == [0, 1, 0])
        #expect(try scratch.modificationDate("big.bin") == old)

        big[big.count - 1] = 8
        try Data(big).write(to: source)
        #expect(try writer.write(files).counts == [1, 0, 0])
        #expect(FileManager.default.contents(atPath: scratch.site.appendingPathComponent("big.bin").path) == Data(big))
    }

    @Test func bytesAndCopiesWithTheSameContentAreInterchangeable() throws {
        let scratch = try WriterScratch()
        let source = try scratch.make("content/style.css", "body{}")
        let writer = try scratch.writer()
        _ = try writer.write([RenderedFile(path: "style.css", text: "body{}")])
        #expect(try writer.write([RenderedFile(path: "style.css", contents: .copy(of: source))]).unchanged == 1)
    }

    @Test func replacesAStaleTemporaryFile() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        _ = try writer.write([])
        try scratch.make("site/.bantin-tmp-1-0", "left by a crash")
        #expect(try writer.write([RenderedFile(path: "a.html", text: "a")]).counts == [1, 0, 1])
        #expect(try scratch.siteFiles() == [".bantin-output", "a.html"])
    }

    @Test func countsAreExactUnderParallelism() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        let first = (0..<1_000).map { RenderedFile(path: "p/\($0 % 17)/\($0).html", text: "page \($0)") }
        #expect(try writer.write(first).counts == [1_000, 0, 0])
        for round in 1...3 {
            let next = (0..<900).map { RenderedFile(path: "p/\($0 % 17)/\($0).html", text: $0 % 3 == 0 ? "page \($0) v\(round)" : "page \($0)") }
            let expectedRemoved = round == 1 ? 100 : 0
            #expect(try writer.write(next).counts == [300, 600, expectedRemoved])
        }
    }
}

@Suite("DiskWriter: removing what the build no longer produces")
struct DiskWriterRemovalTests {
    @Test func removesStaleFilesAndEmptiedFolders() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        _ = try writer.write([
            RenderedFile(path: "index.html", text: "home"),
            RenderedFile(path: "old/deep/page.html", text: "old"),
            RenderedFile(path: "keep/a.html", text: "a"),
            RenderedFile(path: "keep/b.html", text: "b"),
        ])
        let summary = try writer.write([RenderedFile(path: "index.html", text: "home"), RenderedFile(path: "keep/a.html", text: "a")])
        #expect(summary.counts == [0, 2, 2])
        #expect(try scratch.siteFiles() == [".bantin-output", "index.html", "keep/a.html"])
        #expect(try scratch.siteFolders() == ["keep"])
    }

    @Test func removesFoldersItFindsEmpty() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        _ = try writer.write([])
        try FileManager.default.createDirectory(at: scratch.url("site/empty/nested"), withIntermediateDirectories: true)
        #expect(try writer.write([]).counts == [0, 0, 0])
        #expect(try scratch.siteFolders() == [])
    }

    @Test func removesASymlinkToAFileButNotItsTarget() throws {
        let scratch = try WriterScratch()
        let outside = try scratch.make("outside.txt", "precious")
        let writer = try scratch.writer()
        _ = try writer.write([])
        try FileManager.default.createSymbolicLink(at: scratch.url("site/link.txt"), withDestinationURL: outside)
        #expect(try writer.write([]).removed == 1)
        #expect(try scratch.siteFiles() == [".bantin-output"])
        #expect(FileManager.default.contents(atPath: outside.path) == Data("precious".utf8))
    }

    @Test func removesASymlinkToAFolderWithoutEnteringIt() throws {
        let scratch = try WriterScratch()
        try scratch.make("outside/keep.txt", "precious")
        let writer = try scratch.writer()
        _ = try writer.write([RenderedFile(path: "a/index.html", text: "a")])
        try FileManager.default.createSymbolicLink(at: scratch.url("site/a/dir"), withDestinationURL: scratch.url("outside"))
        #expect(try writer.write([RenderedFile(path: "a/index.html", text: "a")]).counts == [0, 1, 1])
        #expect(try scratch.siteFiles() == [".bantin-output", "a/index.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url("outside").path) == ["keep.txt"])
    }

    @Test func neverWritesThroughASymlinkedFolder() throws {
        let scratch = try WriterScratch()
        try scratch.make("outside/page.html", "precious")
        let writer = try scratch.writer()
        _ = try writer.write([])
        try FileManager.default.createSymbolicLink(at: scratch.url("site/blog"), withDestinationURL: scratch.url("outside"))
        let summary = try writer.write([RenderedFile(path: "blog/page.html", text: "new")])
        #expect(summary.counts == [1, 0, 1])
        #expect(scratch.text("blog/page.html") == "new")
        #expect(try scratch.siteFolders() == ["blog"])
        #expect(FileManager.default.contents(atPath: scratch.url("outside/page.html").path) == Data("precious".utf8))
    }

    @Test func replacesASymlinkedFileEvenWithTheSameBytes() throws {
        let scratch = try WriterScratch()
        let outside = try scratch.make("outside.html", "same")
        let writer = try scratch.writer()
        _ = try writer.write([])
        try FileManager.default.createSymbolicLink(at: scratch.url("site/page.html"), withDestinationURL: outside)
        #expect(try writer.write([RenderedFile(path: "page.html", text: "same")]).counts == [1, 0, 0])
        let type = try FileManager.default.attributesOfItem(atPath: scratch.url("site/page.html").path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
        #expect(FileManager.default.contents(atPath: outside.path) == Data("same".utf8))
    }

    @Test func replacesAFileWhereAFolderIsNeeded() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        _ = try writer.write([RenderedFile(path: "posts", text: "was a file")])
        let summary = try writer.write([RenderedFile(path: "posts/index.html", text: "now a folder")])
        #expect(summary.counts == [1, 0, 1])
        #expect(scratch.text("posts/index.html") == "now a folder")
    }

    @Test func replacesAFolderWhereAFileIsNeeded() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        _ = try writer.write([RenderedFile(path: "posts/a.html", text: "a"), RenderedFile(path: "posts/b/c.html", text: "c")])
        let summary = try writer.write([RenderedFile(path: "posts", text: "now a file")])
        #expect(summary.counts == [1, 0, 2])
        #expect(scratch.text("posts") == "now a file")
        #expect(try scratch.siteFiles() == [".bantin-output", "posts"])
    }

    /// The paths `--list-changes` prints: relative to the output folder, sorted, one per file, files
    /// inside a removed folder each listed, a file replaced by a folder listed as removed.
    @Test func listsWrittenAndRemovedPaths() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        _ = try writer.write([
            RenderedFile(path: "index.html", text: "home"),
            RenderedFile(path: "old/deep/page.html", text: "old"),
            RenderedFile(path: "old/a.html", text: "a"),
            RenderedFile(path: "posts", text: "a file"),
        ])
        let summary = try writer.write([
            RenderedFile(path: "index.html", text: "home, changed"),
            RenderedFile(path: "posts/index.html", text: "now a folder"),
            RenderedFile(path: "new.html", text: "new"),
        ])
        #expect(summary == WriteSummary(
            writtenPaths: ["index.html", "new.html", "posts/index.html"],
            unchanged: 0,
            removedPaths: ["old/a.html", "old/deep/page.html", "posts"]
        ))
    }

    @Test func emptySetLeavesOnlyTheMarker() throws {
        let scratch = try WriterScratch()
        let writer = try scratch.writer()
        _ = try writer.write((0..<5).map { RenderedFile(path: "x/\($0).html", text: "\($0)") })
        #expect(try writer.write([]).counts == [0, 0, 5])
        #expect(try scratch.siteFiles() == [".bantin-output"])
    }
}

/// A write that fails at any point leaves the previous output as it was, and leaves nothing behind.
@Suite("DiskWriter: all or nothing")
struct DiskWriterAtomicityTests {
    /// Every entry under site/ with its bytes, modification time and inode: what a reader could tell apart.
    static func snapshot(_ scratch: WriterScratch) throws -> [String] {
        try (scratch.siteFiles() + scratch.siteFolders().map { $0 + "/" }).sorted().map { path in
            guard !path.hasSuffix("/") else { return path }
            let date = try scratch.modificationDate(path)?.timeIntervalSince1970 ?? -1
            return "\(path) \(scratch.text(path) ?? "?") \(date) \(try scratch.inode(path) ?? -1)"
        }
    }

    /// A previous site, backdated; the next write changes a page, adds one in a new folder, replaces a
    /// folder by a file and a file by a folder, and removes a page and a folder: five changes (two new
    /// folders placed whole, `new/` with `new/a/index.html` in it and `becomes-folder/` with its page;
    /// two files placed; one folder removed).
    static func previousSite() throws -> (WriterScratch, next: [RenderedFile]) {
        let scratch = try WriterScratch()
        _ = try scratch.writer().write([
            RenderedFile(path: "index.html", text: "home"),
            RenderedFile(path: "same.html", text: "same"),
            RenderedFile(path: "old/index.html", text: "old"),
            RenderedFile(path: "becomes-file/x.html", text: "x"),
            RenderedFile(path: "becomes-folder", text: "f"),
        ])
        for path in try scratch.siteFiles() { _ = try scratch.backdate(path) }
        return (scratch, [
            RenderedFile(path: "index.html", text: "new home"),
            RenderedFile(path: "same.html", text: "same"),
            RenderedFile(path: "new/a/index.html", text: "new"),
            RenderedFile(path: "becomes-file", text: "now a file"),
            RenderedFile(path: "becomes-folder/index.html", text: "now a folder"),
        ])
    }

    @Test(arguments: 0..<6) func failingToStageAnyFileChangesNothing(index: Int) throws {
        let (scratch, next) = try Self.previousSite()
        let before = try Self.snapshot(scratch)
        var writer = try scratch.writer()
        writer.fault = .staging(index)
        #expect(writerErrorReason { _ = try writer.write(next) } == .writeFailed(errno: ENOSPC))
        #expect(try Self.snapshot(scratch) == before)
    }

    @Test(arguments: 0..<5) func failingHalfwayThroughTheRenamesPutsEverythingBack(step: Int) throws {
        let (scratch, next) = try Self.previousSite()
        let before = try Self.snapshot(scratch)
        var writer = try scratch.writer()
        writer.fault = .placing(step)
        #expect(writerErrorReason { _ = try writer.write(next) } == .writeFailed(errno: EIO))
        #expect(try Self.snapshot(scratch) == before)
    }

    @Test func theWriteWithoutAFaultMakesEveryChange() throws {
        let (scratch, next) = try Self.previousSite()
        var writer = try scratch.writer()
        // There are five changes: a fault at a sixth is never reached.
        writer.fault = .placing(5)
        #expect(try writer.write(next) == WriteSummary(
            writtenPaths: ["becomes-file", "becomes-folder/index.html", "index.html", "new/a/index.html"], unchanged: 1,
            removedPaths: ["becomes-file/x.html", "becomes-folder", "old/index.html"]
        ))
        #expect(try scratch.siteFiles() == [
            ".bantin-output", "becomes-file", "becomes-folder/index.html", "index.html", "new/a/index.html", "same.html",
        ])
    }

    /// A new article's folder inside a month the site has: staged as a copy of the new folder only,
    /// which is placed whole, one change; failing it changes nothing.
    @Test func aNewFolderInsideAnExistingOneIsPlacedWhole() throws {
        let scratch = try WriterScratch()
        _ = try scratch.writer().write([RenderedFile(path: "2024/05/cu/index.html", text: "cũ")])
        for path in try scratch.siteFiles() { _ = try scratch.backdate(path) }
        let before = try Self.snapshot(scratch)
        let next = [
            RenderedFile(path: "2024/05/cu/index.html", text: "cũ"),
            RenderedFile(path: "2024/05/moi/index.html", text: "mới"),
            RenderedFile(path: "2024/05/moi/anh/a.txt", text: "ảnh"),
        ]
        var failing = try scratch.writer()
        failing.fault = .placing(0)
        #expect(writerErrorReason { _ = try failing.write(next) } == .writeFailed(errno: EIO))
        #expect(try Self.snapshot(scratch) == before)

        var writer = try scratch.writer()
        writer.fault = .placing(1)
        #expect(try writer.write(next) == WriteSummary(writtenPaths: ["2024/05/moi/anh/a.txt", "2024/05/moi/index.html"], unchanged: 1))
        #expect(try scratch.siteFiles() == [".bantin-output", "2024/05/cu/index.html", "2024/05/moi/anh/a.txt", "2024/05/moi/index.html"])
        #expect(try !scratch.siteFolders().contains { $0.contains(RenderedFile.temporaryPrefix) })
        #expect(scratch.text("2024/05/moi/index.html") == "mới")
    }

    @Test func aReadOnlySubfolderFailsBeforeAnythingChanges() throws {
        let (scratch, _) = try Self.previousSite()
        let before = try Self.snapshot(scratch)
        let locked = scratch.site.appendingPathComponent("old").path
        // As root (as the tests run here) a mode does not stop a write; the immutable attribute does.
        let lock = try Self.run("/usr/bin/chattr", ["+i", locked])
        defer { _ = try? Self.run("/usr/bin/chattr", ["-i", locked]) }
        #expect(lock == 0, "chattr +i must work on the temporary folder's file system")
        let next = [RenderedFile(path: "index.html", text: "new home"), RenderedFile(path: "old/index.html", text: "changed")]
        #expect(writerErrorReason { _ = try scratch.writer().write(next) } != nil)
        #expect(try Self.snapshot(scratch) == before)
    }

    @Test func whatAKilledBuildStagedIsRemovedByTheNext() throws {
        let (scratch, next) = try Self.previousSite()
        try scratch.make("site/\(DiskWriter.stagingName)/3", "half a page")
        try scratch.make("site/\(DiskWriter.stagingName)/old-1/index.html", "an old page")
        _ = try scratch.writer().write(next)
        #expect(try !scratch.siteFiles().contains { $0.contains(RenderedFile.temporaryPrefix) })
        #expect(try !scratch.siteFolders().contains { $0.contains(RenderedFile.temporaryPrefix) })
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite("DiskWriter: many folders")
struct DiskWriterFolderOrderTests {
    /// Folders are made parents first whatever their names: deep folders with names that sort
    /// before their parents' siblings once broke a write of a generated site.
    @Test func deepFoldersAreMadeAfterTheirParents() throws {
        let scratch = try WriterScratch()
        // The shape of a generated site: dated articles, paged categories and tags, at several depths.
        var files = (0..<3_000).map { index in
            RenderedFile(path: "\(2019 + index % 3)/\(String(format: "%02d", index % 12 + 1))/bai-\(index)/index.html", text: "\(index)")
        }
        for index in 0..<300 {
            files.append(RenderedFile(path: "chuyen-muc/muc-\(index % 7)/trang/\(index)/index.html", text: "c\(index)"))
            files.append(RenderedFile(path: "the/the-\(index)/index.html", text: "t\(index)"))
            files.append(RenderedFile(path: "trang/\(index + 2)/index.html", text: "p\(index)"))
        }
        let summary = try scratch.writer().write(files)
        #expect(summary.written == files.count)
        #expect(try scratch.siteFiles().count == files.count + 1)
    }
}
