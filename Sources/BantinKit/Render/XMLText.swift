/// Text escaped for XML (feeds, sitemap, SVG), and for HTML written by code rather than a template.
public enum XMLText {
    /// `text` with & < > " ' as entities (`&apos;` is valid in XML and HTML alike).
    public static func escaped(_ text: String) -> String {
        // Scanning bytes, not Characters: most text (every URL) has nothing to escape.
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        append(text.utf8, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `text` to `bytes`, escaped as `escaped(_:)` escapes it; most text (every URL) has
    /// nothing to escape, and is appended at once.
    static func append(_ text: Substring, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            if utf8.contains(where: needsEscaping) { append(utf8, to: &bytes) } else { bytes.append(contentsOf: utf8) }
        }
    }

    /// Appends the UTF-8 `text` to `bytes`, escaped as `escaped(_:)` escapes it.
    static func append(_ text: some Collection<UInt8>, to bytes: inout [UInt8]) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&apos;".utf8
            default: bytes.append(byte)
            }
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
