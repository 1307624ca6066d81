/// Writes the few JSON shapes the search index needs, byte for byte the same at every build.
///
/// Hand-written rather than `JSONEncoder` because the index is one large object whose key order must
/// be the sorted term order (the chunk boundaries depend on it), and because it is several times faster.
enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    static func quoted(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 2)
        output.append(UInt8(ascii: "\""))
        appendEscaped(text.utf8, to: &output)
        output.append(UInt8(ascii: "\""))
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends valid UTF-8 `text` with what JSON strings cannot hold escaped: quotes, backslashes,
    /// control characters, and U+2028 and U+2029, which are valid JSON but end a line in older
    /// JavaScript parsers.
    private static func appendEscaped(_ text: some Collection<UInt8>, to output: inout [UInt8]) {
        var pendingE2 = 0  // how many bytes of a possible U+2028/U+2029 (E2 80 A8/A9) are held back
        for byte in text {
            if pendingE2 == 1 {
                if byte == 0x80 { pendingE2 = 2; continue }
                output.append(0xE2)
                pendingE2 = 0
            } else if pendingE2 == 2 {
                if byte == 0xA8 || byte == 0xA9 {
                    output.append(contentsOf: Array((byte == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                    pendingE2 = 0
                    continue
                }
                output.append(contentsOf: [0xE2, 0x80])
                pendingE2 = 0
            }
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0xE2: pendingE2 = 1
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: output.append(byte)
            }
        }
        if pendingE2 >= 1 { output.append(0xE2) }
        if pendingE2 == 2 { output.append(0x80) }
    }

    /// Appends `text` (UTF-8) as a JSON string literal, quotes included, escaped as `quoted(_:)` escapes.
    static func appendQuoted(_ text: some Collection<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        if text.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != 0xE2 }) {
            bytes.append(contentsOf: text)
        } else {
            appendEscaped(text, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
