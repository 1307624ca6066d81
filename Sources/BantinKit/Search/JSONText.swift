/// Writes the few JSON shapes the search index needs, byte for byte the same at every build.
///
/// Hand-written rather than `JSONEncoder` because the index is one large object whose key order must
/// be the sorted term order (the chunk boundaries depend on it), and because it is several times faster.
enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    static func quoted(_ text: String) -> String {
        var output = "\""
        output.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            // U+2028 and U+2029 are valid JSON but end a line in older JavaScript parsers.
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
        return output
    }

    /// Appends `text` (UTF-8) as a JSON string literal, quotes included, escaped as `quoted(_:)` escapes.
    static func appendQuoted(_ text: some Collection<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        if text.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != 0xE2 }) {
            bytes.append(contentsOf: text)
        } else {
            let quoted = quoted(String(decoding: Array(text), as: UTF8.self)).utf8
            bytes.append(contentsOf: quoted.dropFirst().dropLast())
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
