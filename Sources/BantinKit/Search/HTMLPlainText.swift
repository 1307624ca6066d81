/// The readable text of the HTML fragments the Markdown stage renders, for the search index.
///
/// The input is cmark's output (or raw HTML a trusted site allowed), not arbitrary web pages: tags are
/// dropped, the entities cmark writes are decoded, and text inside `<script>` and `<style>` is skipped.
enum HTMLPlainText {
    /// Tags that sit inside a word's run of text; every other tag ends a word, so table cells and list
    /// items written without spaces between them do not run together.
    private static let inlineTags: [String] = ["a", "abbr", "b", "code", "del", "em", "i", "mark", "s", "small", "span", "strong", "sub", "sup", "u"]

    /// `html` as text: tags removed, entities decoded, block boundaries kept as line breaks.
    static func text(of html: String) -> String {
        var html = html
        return html.withUTF8 { String(decoding: text(of: $0), as: UTF8.self) }
    }

    /// The same, on UTF-8 bytes. Tags and entities are ASCII, so the text between them is copied as it is.
    private static func text(of html: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(html.count)
        let count = html.count
        var index = 0
        // The next ">" at or after `index`, found once per tag rather than once per "<".
        var nextClose = -1
        var skippingUntil: [UInt8]?
        while index < count {
            let byte = html[index]
            if byte == UInt8(ascii: "<") {
                if nextClose < index {
                    nextClose = index
                    while nextClose < count, html[nextClose] != UInt8(ascii: ">") { nextClose += 1 }
                }
                if nextClose < count {
                    let name = tagName(html[(index + 1)..<nextClose])
                    if let closing = skippingUntil {
                        if name == closing { skippingUntil = nil }
                    } else if name == Array("script".utf8) || name == Array("style".utf8) {
                        skippingUntil = [UInt8(ascii: "/")] + name
                    } else if !isInline(name.first == UInt8(ascii: "/") ? name.dropFirst() : name[...]) {
                        output.append(UInt8(ascii: "\n"))
                    }
                    index = nextClose + 1
                    continue
                }
            }
            if skippingUntil != nil {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, length) = entity(at: index, in: html) {
                UTF8.encode(decoded) { output.append($0) }
                index += length
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    private static func isInline(_ name: ArraySlice<UInt8>) -> Bool {
        inlineTags.contains { $0.utf8.elementsEqual(name) }
    }

    /// "p class=x" → "p", "/P" → "/p", "br /" → "br".
    private static func tagName(_ inside: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        var name: [UInt8] = []
        for byte in inside {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || (byte == UInt8(ascii: "/") && !name.isEmpty) { break }
            name.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        return name
    }

    /// The character an entity at `start` stands for and the entity's length, for the named entities
    /// cmark writes and every numeric one; nil leaves the `&` as it is.
    private static func entity(at start: Int, in html: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        let end = min(html.count, start + 12)
        guard let semicolon = html[start..<end].firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let body = String(decoding: html[(start + 1)..<semicolon], as: UTF8.self)
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
