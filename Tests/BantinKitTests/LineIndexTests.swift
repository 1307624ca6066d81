import Testing

@testable import BantinKit

@Suite("Line index: lines and columns found without reading from the top")
struct LineIndexTests {
    /// The line's start plus the UTF-8 length of its first `column - 1` scalars, clamped to the line: what a
    /// walk from the top of the text finds.
    private static func naiveOffset(_ text: String, line: Int, column: Int) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let start = lines[..<(line - 1)].reduce(0) { $0 + $1.utf8.count + 1 }
        let scalars = lines[line - 1].unicodeScalars
        let taken = scalars.prefix(max(column, 1) - 1)
        return start + taken.reduce(0) { $0 + String($1).utf8.count }
    }

    static let texts: [String] = [
        "",
        "a",
        "a\nb\n",
        "\n\n\n",
        "Liên minh Hợp tác xã\nKiên Giang\n\nĐảng bộ khối\n",
        String(repeating: "Đảng ủy khối 📰 ", count: 120),
        String(repeating: "x", count: 255) + "\n" + String(repeating: "ố", count: 256) + "\n" + String(repeating: "y", count: 257),
        "e\u{301}e\u{301}\n🇻🇳 cờ\n" + String(repeating: "ệ", count: 600) + "|" + String(repeating: "a", count: 300),
    ]

    @Test("every line and column lands where a walk from the top lands", arguments: texts.indices)
    func offsetsMatchAWalk(textIndex: Int) {
        let text = Self.texts[textIndex]
        let index = LineIndex(text)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(index.lineCount == lineCount)
        for line in 0...(lineCount + 1) {
            let longest = text.unicodeScalars.count + 3
            for column in Set([0, 1, 2, 3, 100, 255, 256, 257, 300, 600, 601, 700, longest]) {
                #expect(index.byteOffset(line: line, column: column, in: text) == Self.naiveOffset(text, line: line, column: column),
                        "line \(line), column \(column)")
            }
        }
    }

    @Test("quotes the line a column is on, cut around a column far along a long line")
    func quotesFarColumns() {
        let line = String(repeating: "Hợp tác xã ", count: 400) + "![ảnh](thiếu.jpg)"
        let file = SourceFile(path: "content/articles/a.md", text: "---\ntitle: A\n---\n" + line + "\n")
        let column = line.unicodeScalars.count - 16
        let quote = file.quote(line: 4, column: column)
        // The last 120 scalars, after "…": the caret on "!", 17 scalars before the end.
        #expect(quote?.text == "…" + String(String.UnicodeScalarView(line.unicodeScalars.suffix(QuotedLine.width))))
        #expect(quote?.caretOffset == 1 + QuotedLine.width - 17)
        #expect(file.line(4) == line)
        #expect(file.line(6) == nil)
    }
}
