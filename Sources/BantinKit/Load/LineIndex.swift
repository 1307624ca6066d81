#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where each line of a text starts, and how many Unicode scalars come before every `blockSize`-th
/// byte, so that a line and a column are found without reading the text from its start: one pass to
/// build, then a bounded walk per lookup.
///
/// Diagnostics used to find their line by scanning the file from the top, which made an article with
/// thousands of records (or links) quadratic: 4,000 achievement records took 33 s. Every file of the
/// site is indexed when it is read, so building is two tight loops over the bytes (newlines, and
/// scalars per block), not a branch per scalar.
struct LineIndex: Sendable, Equatable {
    /// Bytes per block: a lookup reads at most two blocks.
    static let blockSize = 256

    /// UTF-8 offset where each line starts; line 1 starts at 0.
    private let lineStarts: [Int]
    /// How many scalars start before byte `k * blockSize`, for every block k.
    private let scalarsBeforeBlock: [Int]
    /// The text's length in UTF-8 bytes.
    private let byteCount: Int

    /// Indexes `text` in one pass over its UTF-8 bytes for each table: newlines found by `memchr`,
    /// scalars counted eight bytes at a time (this runs on every file of the site as it is read).
    init(_ text: String) {
        var lineStarts = [0]
        var scalarsBeforeBlock: [Int] = []
        var text = text
        byteCount = text.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                var offset = 0
                while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                    offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    lineStarts.append(offset)
                }
            }
            scalarsBeforeBlock.reserveCapacity(bytes.count / Self.blockSize + 1)
            var scalars = 0
            var blockStart = 0
            repeat {
                scalarsBeforeBlock.append(scalars)
                scalars += Self.scalarStarts(in: UnsafeBufferPointer(rebasing: bytes[blockStart..<min(blockStart + Self.blockSize, bytes.count)]))
                blockStart += Self.blockSize
            } while blockStart < bytes.count
            return bytes.count
        }
        self.lineStarts = lineStarts
        self.scalarsBeforeBlock = scalarsBeforeBlock
    }

    /// The number of bytes that start a scalar (are not UTF-8 continuation bytes, `10xxxxxx`): eight
    /// bytes at a time, a continuation byte being one whose top bit is set and next bit clear.
    private static func scalarStarts(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var continuations = 0
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // Bit 6 of each byte shifted onto its bit 7; nothing crosses into the next byte's bit 7.
                continuations += (word & ~(word << 1) & highBits).nonzeroBitCount
                index += 8
            }
        }
        while index < bytes.count {
            if UTF8.isContinuation(bytes[index]) { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
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
    func byteOffset(line: Int, column: Int, in text: String) -> Int? {
        guard let range = byteRange(ofLine: line) else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            // The scalar number of the line's start, then of the target, across the whole text.
            let lineBlock = range.lowerBound / Self.blockSize
            let lineScalar = scalarsBeforeBlock[lineBlock]
                + Self.scalarStarts(in: UnsafeBufferPointer(rebasing: bytes[lineBlock * Self.blockSize..<range.lowerBound]))
            let target = lineScalar + max(column, 1) - 1
            // The last block that starts at or before the target scalar, but not before the line.
            var low = lineBlock
            var high = scalarsBeforeBlock.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if scalarsBeforeBlock[middle] <= target { low = middle } else { high = middle - 1 }
            }
            var offset = max(low * Self.blockSize, range.lowerBound)
            var scalar = offset == range.lowerBound ? lineScalar : scalarsBeforeBlock[low]
            // Walk to the target's first byte: past `target - scalar` scalar starts.
            while offset < range.upperBound {
                if bytes[offset] & 0xC0 != 0x80 {
                    if scalar == target { return offset }
                    scalar += 1
                }
                offset += 1
            }
            return range.upperBound
        }
    }
}
