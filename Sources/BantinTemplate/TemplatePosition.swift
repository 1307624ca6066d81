/// Line, column and the quoted line of a byte offset in a template's text, worked out only for errors.
struct TemplatePosition {
    /// 1-based line.
    let line: Int
    /// 1-based column in characters.
    let column: Int
    /// The line, without its line break.
    let sourceLine: String

    init(offset: Int, in text: String) {
        let bytes = Array(text.utf8)
        let offset = min(offset, bytes.count)
        var lineStart = 0
        var line = 1
        for index in 0..<offset where bytes[index] == Byte.newline {
            line += 1
            lineStart = index + 1
        }
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != Byte.newline { lineEnd += 1 }
        if lineEnd > lineStart, bytes[lineEnd - 1] == Byte.carriageReturn { lineEnd -= 1 }
        self.line = line
        column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        sourceLine = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    }

    /// The error `reason` at this position of the file at `path`.
    func error(in path: String, _ reason: TemplateError.Reason) -> TemplateError {
        TemplateError(path: path, line: line, column: column, sourceLine: sourceLine, reason: reason)
    }
}
