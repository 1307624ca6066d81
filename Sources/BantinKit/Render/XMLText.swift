/// Text escaped for XML (feeds, sitemap, SVG), and for HTML written by code rather than a template.
public enum XMLText {
    /// `text` with & < > " ' as entities (`&apos;` is valid in XML and HTML alike).
    public static func escaped(_ text: String) -> String {
        // Scanning bytes, not Characters: most text (every URL) has nothing to escape.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
