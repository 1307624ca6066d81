/// Quotes the lines of one file for diagnostics that arrive in reading order, cutting a long line to a window around the column.
///
/// Ten thousand broken links on one 70 KB line once cost a minute and 683 MB: each diagnostic searched the file from its start
/// for its line, then copied the whole line. The quoter keeps a cursor that only moves forward (it starts over only when asked
/// for an earlier place), so a file is walked about once, and each quote is at most `window` characters either side.
struct LineQuoter {
    /// Characters kept on each side of the column in a cut line.
    static let window = 120

    private let scalars: String.UnicodeScalarView
    private var line = 1
    private var lineStart: String.Index
    private var column = 1
    private var cursor: String.Index

    /// Creates a quoter over `file`'s text.
    init(_ file: SourceFile) {
        scalars = file.text.unicodeScalars
        lineStart = scalars.startIndex
        cursor = scalars.startIndex
    }

    /// The text of 1-based `line` around 1-based `column` (with `…` where cut), and the column of the caret inside a cut
    /// quote (nil when the line is whole, so the caret goes under `column`); nil when the file has no such line.
    mutating func quote(line target: Int, column targetColumn: Int) -> (text: String, caretColumn: Int?)? {
        if target < line || (target == line && targetColumn < column) {
            line = 1
            lineStart = scalars.startIndex
            cursor = lineStart
            column = 1
        }
        while line < target {
            guard let newline = scalars[cursor...].firstIndex(of: "\n") else { return nil }
            line += 1
            lineStart = scalars.index(after: newline)
            cursor = lineStart
            column = 1
        }
        let windowStart = max(1, targetColumn - Self.window)
        while column < windowStart, cursor < scalars.endIndex, scalars[cursor] != "\n" {
            scalars.formIndex(after: &cursor)
            column += 1
        }
        var end = cursor
        var count = 0
        while end < scalars.endIndex, scalars[end] != "\n", count < targetColumn - column + Self.window {
            scalars.formIndex(after: &end)
            count += 1
        }
        let cutBefore = cursor > lineStart
        let cutAfter = end < scalars.endIndex && scalars[end] != "\n"
        let text = (cutBefore ? "…" : "") + String(scalars[cursor..<end]) + (cutAfter ? "…" : "")
        return (text, cutBefore || cutAfter ? targetColumn - column + 1 + (cutBefore ? 1 : 0) : nil)
    }
}
