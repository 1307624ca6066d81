/// Escaping for the figure HTML the converter writes itself, byte for byte like cmark where cmark has a rule.
enum HTMLEscaping {
    /// Appends text escaped for element content and quoted attribute values (`& < > " '`).
    static func appendText(_ text: some Sequence<UInt8>, to html: inout [UInt8]) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): html += "&amp;".utf8
            case UInt8(ascii: "<"): html += "&lt;".utf8
            case UInt8(ascii: ">"): html += "&gt;".utf8
            case UInt8(ascii: "\""): html += "&quot;".utf8
            case UInt8(ascii: "'"): html += "&#39;".utf8
            default: html.append(byte)
            }
        }
    }

    /// Appends a URL escaped as cmark escapes `href` and `src` (houdini_escape_href), so a figure's `src` matches what cmark writes for the same image elsewhere.
    static func appendURL(_ url: UnsafeBufferPointer<UInt8>, to html: inout [UInt8]) {
        for byte in url {
            switch byte {
            case UInt8(ascii: "&"): html += "&amp;".utf8
            case UInt8(ascii: "'"): html += "&#x27;".utf8
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"),
                UInt8(ascii: "%"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
                UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"),
                UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                html.append(byte)
            default:
                html += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
