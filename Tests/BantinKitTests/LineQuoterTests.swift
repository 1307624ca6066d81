@testable import BantinKit
import Testing

@Suite("Quoting lines for diagnostics in one pass")
struct LineQuoterTests {
    @Test("short lines are quoted whole; long ones are cut around the column with the caret moved", arguments: [
        ("a\nTiếng Việt [x](y)\n", 2, 12, "Tiếng Việt [x](y)", nil as Int?),
        (String(repeating: "x", count: 200) + "[đ]" + String(repeating: "y", count: 200), 1, 201,
         "…" + String(repeating: "x", count: 120) + "[đ]" + String(repeating: "y", count: 117) + "…", 122),
        ("[a]" + String(repeating: "z", count: 200), 1, 1, "[a]" + String(repeating: "z", count: 117) + "…", 1),
    ])
    func quote(text: String, line: Int, column: Int, quoted: String, caret: Int?) throws {
        var quoter = LineQuoter(SourceFile(path: "a.md", text: text))
        let found = quoter.quote(line: line, column: column)
        let quote = try #require(found)
        #expect(quote.text == quoted)
        #expect(quote.caretColumn == caret)
    }

    /// The mechanism behind issue 11 item 9: many places on one long line, asked in order, each get a short quote with the
    /// caret on their own `[`, and asking again for an earlier place still works (the cursor starts over).
    @Test("ten thousand references on one line")
    func manyOnOneLine() throws {
        let line = (0..<10_000).map { "[r\($0)] " }.joined()
        var quoter = LineQuoter(SourceFile(path: "a.md", text: "---\n" + line + "\n"))
        var column = 1
        for number in 0..<10_000 {
            let found = quoter.quote(line: 2, column: column)
            let quote = try #require(found)
            #expect(quote.text.count <= 2 * LineQuoter.window + 2)
            let caret = quote.text.index(quote.text.startIndex, offsetBy: (quote.caretColumn ?? column) - 1)
            #expect(quote.text[caret...].hasPrefix("[r\(number)]"))
            column += "[r\(number)] ".count
        }
        let first = quoter.quote(line: 1, column: 1)
        #expect(first?.text == "---")
        let beyond = quoter.quote(line: 4, column: 1)
        #expect(beyond == nil)
    }
}
