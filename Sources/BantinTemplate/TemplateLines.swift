/// The lines of a template's text, indexed once so that any number of errors find their line and
/// column without reading the text again for each.
struct TemplateLines {
    private let bytes: [UInt8]
    /// The offset where each line starts; the first is 0.
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == Byte.newline { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The error `reason` at byte `offset` of the file at `path`: 1-based line, column in characters,
    /// and the line quoted without its line break.
    func error(at offset: Int, in path: String, _ reason: TemplateError.Reason) -> TemplateError {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineStart = starts[low]
        var lineEnd = low + 1 < starts.count ? starts[low + 1] - 1 : bytes.count
        if lineEnd > lineStart, bytes[lineEnd - 1] == Byte.carriageReturn { lineEnd -= 1 }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        let sourceLine = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        return TemplateError(path: path, line: low + 1, column: column, sourceLine: sourceLine, reason: reason)
    }
}
