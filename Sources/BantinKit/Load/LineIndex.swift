/// Where each line of a text starts, and a checkpoint every `stride` Unicode scalars, so that a line and a
/// column are found without reading the text from its start: one pass to build, then a bounded walk per lookup.
///
/// Diagnostics used to find their line by scanning the file from the top, which made an article with
/// thousands of records (or links) quadratic: 4,000 achievement records took 33 s.
struct LineIndex: Sendable, Equatable {
    /// Scalars between two checkpoints: a lookup walks at most this many.
    static let stride = 256

    /// UTF-8 offset where each line starts; line 1 starts at 0.
    private let lineStarts: [Int]
    /// How many scalars come before each line start.
    private let scalarsBeforeLine: [Int]
    /// UTF-8 offset of scalar number `k * stride`, for every k.
    private let checkpoints: [Int]
    /// The text's length in UTF-8 bytes.
    private let byteCount: Int

    /// Indexes `text` in one pass over its UTF-8 bytes.
    init(_ text: String) {
        var lineStarts = [0]
        var scalarsBeforeLine = [0]
        var checkpoints: [Int] = []
        var scalars = 0
        var text = text
        byteCount = text.withUTF8 { bytes in
            for offset in bytes.indices {
                let byte = bytes[offset]
                guard byte & 0xC0 != 0x80 else { continue }
                if scalars % Self.stride == 0 { checkpoints.append(offset) }
                scalars += 1
                if byte == 0x0A {
                    lineStarts.append(offset + 1)
                    scalarsBeforeLine.append(scalars)
                }
            }
            return bytes.count
        }
        self.lineStarts = lineStarts
        self.scalarsBeforeLine = scalarsBeforeLine
        self.checkpoints = checkpoints
    }

    /// The number of lines (a final line without a newline counts; an empty text has one empty line).
    var lineCount: Int { lineStarts.count }

    /// The UTF-8 offsets of 1-based line `number`, without its newline; nil when the text is shorter.
    func byteRange(ofLine number: Int) -> Range<Int>? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] - 1 : byteCount
        return start..<max(start, end)
    }

    /// The UTF-8 offset of the scalar at 1-based `column` (counted in scalars) of `line`, clamped to the
    /// line's end; nil when the line does not exist.
    func byteOffset(line: Int, column: Int, in utf8: String.UTF8View) -> Int? {
        guard let range = byteRange(ofLine: line) else { return nil }
        let target = scalarsBeforeLine[line - 1] + max(column, 1) - 1
        let checkpoint = target / Self.stride
        guard checkpoint < checkpoints.count else { return range.upperBound }
        var offset = max(checkpoints[checkpoint], range.lowerBound)
        var scalar = max(checkpoint * Self.stride, scalarsBeforeLine[line - 1])
        var index = utf8.index(utf8.startIndex, offsetBy: offset)
        while scalar < target, offset < range.upperBound {
            offset += 1
            index = utf8.index(after: index)
            while offset < range.upperBound, utf8[index] & 0xC0 == 0x80 {
                offset += 1
                index = utf8.index(after: index)
            }
            scalar += 1
        }
        return min(offset, range.upperBound)
    }
}
