import Foundation

/// Canonical decomposition (NFD) one scalar at a time, for folding Vietnamese: slugs, search syllables.
///
/// Foundation's whole-string decomposition was the slowest step of making slugs and of indexing on
/// Linux. The letters that decompose in Vietnamese text all sit in a few small ranges, so tables built
/// once answer for them, and ASCII, most of any text, passes through without decoding. Marks come out
/// in the order each letter's decomposition gives them, not reordered across letters as full NFD
/// would: folding drops or reads marks one by one, so their order never matters to it.
enum CanonicalDecomposition {
    /// Calls `body` with each scalar of the decomposition of valid UTF-8 `utf8`, in order.
    @inline(__always)
    static func forEachScalar(in utf8: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Void) {
        var index = 0
        let count = utf8.count
        while index < count {
            let lead = utf8[index]
            if lead < 0x80 {
                body(Unicode.Scalar(lead))
                index += 1
                continue
            }
            // The text is valid UTF-8, so the lead byte says how many continuation bytes follow.
            let value: UInt32
            if lead < 0xE0 {
                value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                index += 3
            } else {
                value = UInt32(lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12 | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                index += 4
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            switch value {
            case ..<0xC0, 0x300...0x36F:
                body(scalar)
            case 0xC0..<0x250:
                emit(latin[Int(value - 0xC0)], or: scalar, body)
            case 0x1E00..<0x1F00:
                emit(extended[Int(value - 0x1E00)], or: scalar, body)
            case 0x2000..<0x2200:
                emit(punctuation[Int(value - 0x2000)], or: scalar, body)
            default:
                for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars { body(part) }
            }
        }
    }

    /// Calls `body` with each scalar of the decomposition of `text`, in order.
    @inline(__always)
    static func forEachScalar(of text: String, _ body: (Unicode.Scalar) -> Void) {
        var text = text
        text.withUTF8 { forEachScalar(in: $0, body) }
    }

    /// A canonical decomposition of one scalar, kept inline: one to three scalars.
    private struct Parts {
        let count: Int
        let first: Unicode.Scalar, second: Unicode.Scalar, third: Unicode.Scalar
    }

    @inline(__always)
    private static func emit(_ parts: Parts?, or scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        guard let parts else { return body(scalar) }
        body(parts.first)
        if parts.count > 1 { body(parts.second) }
        if parts.count > 2 { body(parts.third) }
    }

    private static func table(_ range: Range<UInt32>) -> [Parts?] {
        range.map { value in
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard parts != [scalar] else { return nil }
            precondition(parts.count <= 3, "U+\(String(value, radix: 16)) decomposes into more than 3 scalars")
            return Parts(count: parts.count, first: parts[0], second: parts.count > 1 ? parts[1] : parts[0], third: parts.count > 2 ? parts[2] : parts[0])
        }
    }

    /// Latin-1 Supplement to Latin Extended-B: â ê ô ơ ư ă and their capitals, with or without a tone.
    private static let latin = table(0xC0..<0x250)
    /// Latin Extended Additional: ạ ả ấ … ỹ, most of Vietnamese's toned letters.
    private static let extended = table(0x1E00..<0x1F00)
    /// General Punctuation to Letterlike Symbols: the quotes, dashes and ellipsis Word writes.
    private static let punctuation = table(0x2000..<0x2200)
}
