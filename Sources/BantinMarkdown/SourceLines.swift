#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns cmark's byte positions into columns of the original Markdown counted in Unicode scalars.
///
/// Scalars rather than Characters: counting graphemes cost more than the rest of the walk, and for Vietnamese (NFC or NFD)
/// scalars are what editors count as columns, since every Vietnamese letter and mark is one UTF-16 unit.
/// References arrive in document order, so the cursor only moves forward and the source is scanned about once per render.
struct SourceLines {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Lone `\r` line ends are rare; without any `\r`, memchr can find line ends.
    private let hasCarriageReturns: Bool
    private var line = 1
    private var lineStart = 0
    /// The last offset counted on the current line, so several references on one line are counted once.
    private var counted = (byteOffset: 0, column: 1)

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        hasCarriageReturns = bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\r")), bytes.count) != nil } ?? false
    }

    /// The 1-based column of the byte at 0-based `byteOffset` on 1-based `line`.
    mutating func column(line target: Int, byteOffset: Int) -> Int {
        seek(to: target)
        if byteOffset < counted.byteOffset {
            counted = (0, 1)
        }
        let start = min(lineStart + counted.byteOffset, bytes.count)
        let end = min(lineStart + byteOffset, bytes.count)
        counted = (byteOffset, counted.column + scalarCount(start..<end))
        return counted.column
    }

    /// Counts the bytes that start a scalar (all but `10xxxxxx`), eight at a time: long Vietnamese lines made this the walk's hot spot.
    private func scalarCount(_ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var continuationBytes = 0
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            continuationBytes += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            if base[index] & 0xC0 == 0x80 { continuationBytes += 1 }
            index += 1
        }
        return range.count - continuationBytes
    }

    /// The byte offset where paragraph text starts on a continuation `line`: after the indentation and up to `quoteDepth` block-quote markers, which cmark strips before counting columns.
    mutating func contentOffset(line target: Int, quoteDepth: Int) -> Int {
        seek(to: target)
        var index = lineStart
        var markers = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                index += 1
            } else if byte == UInt8(ascii: ">") && markers < quoteDepth {
                markers += 1
                index += 1
            } else {
                break
            }
        }
        return index - lineStart
    }

    /// Moves to `target`, counting `\n`, `\r\n` and `\r` as line ends like cmark does.
    private mutating func seek(to target: Int) {
        guard target != line else { return }
        if target < line {
            line = 1
            lineStart = 0
        }
        counted = (0, 1)
        while line < target, lineStart < bytes.count {
            let end = lineEnd()
            lineStart = min(end + 1, bytes.count)
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "\r"), bytes[end + 1] == UInt8(ascii: "\n") {
                lineStart += 1
            }
            line += 1
        }
    }

    private func lineEnd() -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        if !hasCarriageReturns {
            let newline = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), bytes.count - lineStart)
            return newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
        }
        var index = lineStart
        while index < bytes.count, base[index] != UInt8(ascii: "\n"), base[index] != UInt8(ascii: "\r") {
            index += 1
        }
        return index
    }
}
