import Foundation
import Testing
@testable import BantinKit

@Suite("MemoryWriter")
struct MemoryWriterTests {
    @Test func startsEmpty() {
        #expect(MemoryWriter().files.isEmpty)
    }

    @Test func holdsExactlyTheGivenFiles() throws {
        var writer = MemoryWriter()
        let summary = try writer.write([
            RenderedFile(path: "index.html", text: "home"),
            RenderedFile(path: "feed.xml", contents: .bytes([1, 2, 3])),
        ])
        #expect(summary.counts == [2, 0, 0])
        #expect(writer.files == ["index.html": Array("home".utf8), "feed.xml": [1, 2, 3]])
    }

    @Test func countsRepeatedWrites() throws {
        var writer = MemoryWriter()
        let first = [RenderedFile(path: "a", text: "1"), RenderedFile(path: "b", text: "2"), RenderedFile(path: "c", text: "3")]
        _ = try writer.write(first)
        #expect(try writer.write(first).counts == [0, 3, 0])
        let second = [RenderedFile(path: "a", text: "1"), RenderedFile(path: "b", text: "changed"), RenderedFile(path: "d", text: "new")]
        #expect(try writer.write(second).counts == [2, 1, 1])
        #expect(writer.files.keys.sorted() == ["a", "b", "d"])
        #expect(try writer.write([]).counts == [0, 0, 3])
        #expect(writer.files.isEmpty)
    }

    @Test func listsWrittenAndRemovedPathsSorted() throws {
        var writer = MemoryWriter()
        _ = try writer.write([RenderedFile(path: "z", text: "1"), RenderedFile(path: "b/x", text: "2"), RenderedFile(path: "a", text: "3")])
        let summary = try writer.write([RenderedFile(path: "z", text: "changed"), RenderedFile(path: "c", text: "new"), RenderedFile(path: "a", text: "3")])
        #expect(summary == WriteSummary(writtenPaths: ["c", "z"], unchanged: 1, removedPaths: ["b/x"]))
    }

    @Test func readsCopiesIntoBytes() throws {
        let scratch = try WriterScratch()
        let source = try scratch.make("content/photo.jpg", "jpeg")
        var writer = MemoryWriter()
        _ = try writer.write([RenderedFile(path: "media/photo.jpg", contents: .copy(of: source))])
        #expect(writer.files["media/photo.jpg"] == Array("jpeg".utf8))
        #expect(try writer.write([RenderedFile(path: "media/photo.jpg", text: "jpeg")]).unchanged == 1)
    }

    @Test(arguments: [
        ("/abs", WriterError.Reason.absolutePath),
        ("a/../b", .dotSegment),
        ("a//b", .emptySegment),
        ("a\\b", .forbiddenCharacter),
    ])
    func rejectsBadPathsAndKeepsItsFiles(path: String, reason: WriterError.Reason) throws {
        var writer = MemoryWriter()
        _ = try writer.write([RenderedFile(path: "keep", text: "k")])
        #expect(writerErrorReason { _ = try writer.write([RenderedFile(path: "new", text: "n"), RenderedFile(path: path, text: "")]) } == reason)
        #expect(writer.files == ["keep": Array("k".utf8)])
    }

    @Test func rejectsDuplicatesAndConflicts() {
        var writer = MemoryWriter()
        #expect(writerErrorReason { _ = try writer.write([RenderedFile(path: "a", text: ""), RenderedFile(path: "a", text: "")]) } == .duplicatePath)
        #expect(writerErrorReason { _ = try writer.write([RenderedFile(path: "a", text: ""), RenderedFile(path: "a/b", text: "")]) } == .pathConflict)
        #expect(writer.files.isEmpty)
    }

    @Test func rejectsAMissingSourceAndKeepsItsFiles() throws {
        var writer = MemoryWriter()
        _ = try writer.write([RenderedFile(path: "keep", text: "k")])
        let missing = URL(fileURLWithPath: "/nonexistent/bantin/photo.jpg")
        #expect(writerErrorReason { _ = try writer.write([RenderedFile(path: "p.jpg", contents: .copy(of: missing))]) } == .sourceUnreadable(errno: ENOENT))
        #expect(writer.files == ["keep": Array("k".utf8)])
    }
}
