/// The readable text of the HTML fragments the Markdown stage renders, for the search index.
///
/// The input is cmark's output (or raw HTML a trusted site allowed), not arbitrary web pages: tags are
/// dropped, the entities cmark writes are decoded, and text inside `<script>` and `<style>` is skipped.
enum HTMLPlainText {
    /// Tags that sit inside a word's run of text; every other tag ends a word, so table cells and list
    /// items written without spaces between them do not run together.
    private static let inlineTags = ["a", "abbr", "b", "code", "del", "em", "i", "mark", "s", "small", "span", "strong", "sub", "sup", "u"].map(TagName.init)
    /// Tags whose text is not text: skipped up to their closing tag.
    private static let skippedTags = ["script", "style"].map(TagName.init)

    /// `html` as text: tags removed, entities decoded, block boundaries kept as line breaks.
    static func text(of html: String) -> String {
        var html = html
        return html.withUTF8 { String(decoding: utf8Text(of: $0), as: UTF8.self) }
    }

    /// The same, on UTF-8 bytes and as UTF-8 bytes: what indexing reads, without checking again the
    /// UTF-8 it was given. Tags and entities are ASCII, so the text between them is copied as it
    /// is, a run at a time. The text is never longer than the HTML: a tag (two bytes at least) becomes
    /// one line break or nothing, and an entity is longer than the UTF-8 of what it stands for.
    static func utf8Text(of html: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        Array(unsafeUninitializedCapacity: html.count) { output, written in
            let count = html.count
            var index = 0
            // The next ">" at or after `index`, found once per tag rather than once per "<".
            var nextClose = -1
            var skippingUntil: TagName?
            func append(_ byte: UInt8) {
                output[written] = byte
                written += 1
            }
            while index < count {
                let byte = html[index]
                if byte == UInt8(ascii: "<") {
                    if nextClose < index {
                        nextClose = index
                        while nextClose < count, html[nextClose] != UInt8(ascii: ">") { nextClose += 1 }
                    }
                    if nextClose < count {
                        let tag = TagName(html[(index + 1)..<nextClose])
                        if let closing = skippingUntil {
                            if tag.closes, tag.name == closing.name { skippingUntil = nil }
                        } else if !tag.closes, skippedTags.contains(tag) {
                            skippingUntil = tag
                        } else if !inlineTags.contains(TagName(closes: false, name: tag.name)) {
                            append(UInt8(ascii: "\n"))
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
                    UTF8.encode(decoded) { append($0) }
                    index += length
                    continue
                }
                // A run of text, up to the next tag or entity.
                var end = index + 1
                while end < count, html[end] != UInt8(ascii: "<"), html[end] != UInt8(ascii: "&") { end += 1 }
                (output.baseAddress! + written).initialize(from: html.baseAddress! + index, count: end - index)
                written += end - index
                index = end
            }
        }
    }

    /// A tag's name, lowercased, as one number: "p class=x" → p, "/P" → closing p, "br /" → br.
    /// Names are compared with the few this file looks for, none longer than eight letters, so a name
    /// is its first eight bytes, and a longer one matches none of them.
    private struct TagName: Equatable {
        var closes = false
        var name: UInt64 = 0

        init(closes: Bool, name: UInt64) {
            self.closes = closes
            self.name = name
        }

        init(_ name: String) {
            self.init(name.utf8[...])
        }

        init(_ inside: some Collection<UInt8>) {
            var length = 0
            for byte in inside {
                if length == 0, !closes, byte == UInt8(ascii: "/") {
                    closes = true
                    continue
                }
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || (byte == UInt8(ascii: "/") && length > 0) { break }
                guard length < 8 else {
                    name = .max
                    return
                }
                name |= UInt64(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) << (8 * length)
                length += 1
            }
        }
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
