/// The readable text of the HTML fragments the Markdown stage renders, for the search index.
///
/// The input is cmark's output (or raw HTML a trusted site allowed), not arbitrary web pages: tags are
/// dropped, the entities cmark writes are decoded, and text inside `<script>` and `<style>` is skipped.
enum HTMLPlainText {
    /// Tags that sit inside a word's run of text; every other tag ends a word, so table cells and list
    /// items written without spaces between them do not run together.
    private static let inlineTags: Set<String> = ["a", "abbr", "b", "code", "del", "em", "i", "mark", "s", "small", "span", "strong", "sub", "sup", "u"]

    /// `html` as text: tags removed, entities decoded, block boundaries kept as line breaks.
    static func text(of html: String) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var skippingUntil: String?
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let close = scalars[index...].firstIndex(of: ">") {
                let name = tagName(scalars[(index + 1)..<close])
                if let closing = skippingUntil {
                    if name == closing { skippingUntil = nil }
                } else if name == "script" || name == "style" {
                    skippingUntil = "/" + name
                } else if !inlineTags.contains(name.hasPrefix("/") ? String(name.dropFirst()) : name) {
                    output.append("\n")
                }
                index = close + 1
                continue
            }
            if skippingUntil != nil {
                index += 1
                continue
            }
            if scalar == "&", let (decoded, length) = entity(at: index, in: scalars) {
                output.append(decoded)
                index += length
                continue
            }
            output.append(scalar)
            index += 1
        }
        return String(output)
    }

    /// "p class=x" → "p", "/P" → "/p", "br /" → "br".
    private static func tagName(_ inside: ArraySlice<Unicode.Scalar>) -> String {
        var name = String.UnicodeScalarView()
        for scalar in inside {
            if scalar == " " || scalar == "\n" || scalar == "\t" || (scalar == "/" && !name.isEmpty) { break }
            name.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
        }
        return String(name)
    }

    /// The character an entity at `start` stands for and the entity's length, for the named entities
    /// cmark writes and every numeric one; nil leaves the `&` as it is.
    private static func entity(at start: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        let end = min(scalars.count, start + 12)
        guard let semicolon = scalars[start..<end].firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<semicolon]))
        let length = semicolon - start + 1
        switch body {
        case "amp": return ("&", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "quot": return ("\"", length)
        case "apos": return ("'", length)
        case "nbsp": return ("\u{A0}", length)
        default:
            guard body.hasPrefix("#") else { return nil }
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, length)
        }
    }
}
