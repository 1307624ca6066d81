import BantinKit
import Foundation
import Testing

/// How a diagnostic quotes its line: the right line from an index, a window around the column on long
/// lines, control characters escaped, the caret under the column.
@Suite struct DiagnosticQuoteTests {
    @Test(arguments: [
        ("a\nbb\n\nccc", 1, "a"), ("a\nbb\n\nccc", 2, "bb"), ("a\nbb\n\nccc", 3, ""), ("a\nbb\n\nccc", 4, "ccc"),
        ("a\n", 2, ""), ("tiêu đề\nthứ hai", 2, "thứ hai"),
    ])
    func lineIsFoundByNumber(text: String, number: Int, expected: String) {
        #expect(SourceFile(path: "x.md", text: text).line(number) == expected)
    }

    @Test(arguments: [("a\nb", 0), ("a\nb", 3), ("", 2)])
    func lineOutsideTheFileIsNil(text: String, number: Int) {
        #expect(SourceFile(path: "x.md", text: text).line(number) == nil)
    }

    /// Columns count Unicode scalars, so an NFD letter with its mark is two columns.
    @Test(arguments: [
        ("title: x", 8, "title: x", "       ^"),
        ("\ttitle: x", 2, "\ttitle: x", "\t^"),
        ("tie\u{0302}u: x", 6, "tie\u{0302}u: x", "    ^"),
        ("a\u{0007}b\u{0000}c", 5, "a\\u0007b\\u0000c", "              ^"),
    ])
    func caretStandsUnderTheColumn(line: String, column: Int, quoted: String, caret: String) {
        let diagnostic = Diagnostic(.error, in: SourceFile(path: "x.md", text: "---\n" + line), line: 2, column: column, text: LocalizedText(verbatim: "m"))
        #expect(diagnostic.description == "x.md:2:\(column): lỗi: m\n 2 | \(quoted)\n   | \(caret)")
        #expect(diagnostic.description(in: .english) == "x.md:2:\(column): error: m\n 2 | \(quoted)\n   | \(caret)")
    }

    @Test func longLineIsCutAroundTheColumn() {
        let line = String(repeating: "a", count: 50_000) + "[x](/missing/)" + String(repeating: "b", count: 50_000)
        let file = SourceFile(path: "x.md", text: "---\n---\n" + line + "\n")
        let diagnostic = Diagnostic(.warning, in: file, line: 3, column: 50_001, text: LocalizedText(verbatim: "broken link"))
        let expectedQuote = "…" + String(repeating: "a", count: 50) + "[x](/missing/)" + String(repeating: "b", count: 56) + "…"
        #expect(diagnostic.sourceLine == expectedQuote)
        #expect(diagnostic.quote?.caretOffset == 51)
        #expect(diagnostic.description.components(separatedBy: "\n").last == "   | " + String(repeating: " ", count: 51) + "^")
        // The same line given as text is cut the same way.
        #expect(Diagnostic(.warning, path: "x.md", line: 3, column: 50_001, text: LocalizedText(verbatim: "broken link"), sourceLine: line).quote == diagnostic.quote)
    }

    /// A line of up to 120 scalars is quoted whole, wherever the column is.
    @Test(arguments: [1, 3, 4, 60, 119, 120])
    func lineUpToTheWidthIsQuotedWhole(column: Int) {
        let line = String(repeating: "x", count: 119) + "y"
        #expect(QuotedLine(line, column: column).text == line)
        #expect(QuotedLine(line, column: column).caretOffset == column - 1)
    }

    @Test(arguments: [
        ("content/articles/a\nb.md", "content/articles/a\\u000Ab.md: lỗi: m"),
        ("content/articles/t\u{0009}ab.md", "content/articles/t\\tab.md: lỗi: m"),
    ])
    func pathWithControlCharactersIsPrintedEscaped(path: String, headline: String) {
        #expect(Diagnostic(.error, path: path, text: LocalizedText(verbatim: "m")).headline == headline)
    }

    /// 10,000 quotes of a 150 KB line: with a rescan per quote this took minutes and gigabytes.
    @Test func manyQuotesOfOneLongLineStayCheap() {
        let line = String(repeating: "[x](/a/) ", count: 16_000)
        let file = SourceFile(path: "x.md", text: String(repeating: "\n", count: 5_000) + line)
        let quotes = (0..<10_000).map { file.quote(line: 5_001, column: 1 + $0 * 9) }
        #expect(quotes.allSatisfy { ($0?.text.unicodeScalars.count ?? 0) <= QuotedLine.width + 2 })
        #expect(quotes.last??.text.hasPrefix("…") == true)
        #expect(quotes.last??.caretOffset == 1 + 50)
    }
}
