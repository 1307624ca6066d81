/// One line of the Markdown as byte offsets: its text, then its line end (`\n`, `\r\n` or `\r`, as cmark counts them).
struct MarkdownLine: Sendable, Equatable {
    /// The line's text, without its line end.
    let content: Range<Int>
    /// The offset just after the line end.
    let end: Int

    /// Splits `bytes` into lines; a final line without a line end counts, an empty last one does not.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [MarkdownLine] {
        var lines: [MarkdownLine] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                var end = index + 1
                if byte == UInt8(ascii: "\r"), end < bytes.count, bytes[end] == UInt8(ascii: "\n") { end += 1 }
                lines.append(MarkdownLine(content: start..<index, end: end))
                start = end
                index = end
            } else {
                index += 1
            }
        }
        if start < bytes.count { lines.append(MarkdownLine(content: start..<bytes.count, end: bytes.count)) }
        return lines
    }
}
