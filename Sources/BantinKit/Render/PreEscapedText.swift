import Mustache

/// Text escaped for HTML once, handed to swift-mustache as a template that has no tags.
///
/// swift-mustache escapes every `{{value}}` as it renders, one `Character` at a time with a dictionary
/// lookup; in a 10,000-article build that was 28% of all CPU time (measured with `perf`), because the
/// same values — the site's name and menu, each article's title, lead and date — are printed on
/// thousands of pages. A `MustacheTemplate` value is rendered as itself and not escaped again, so
/// escaping shared values once, when their context is built, gives the same bytes for a fraction of
/// the work. `{` is written `&#123;` so that no text can ever form a `{{tag}}`.
enum PreEscapedText {
    /// The escaped template for `text`; the same output as `{{text}}` would give.
    static func make(_ text: String) -> Any {
        let escaped = escape(text)
        // Cannot fail: the text contains no "{", so it has no tags to get wrong.
        return (try? MustacheTemplate(string: escaped)) ?? escaped
    }

    /// `text` with & < > " ' replaced as swift-mustache does, and { as &#123;.
    static func escape(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "{") {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            case UInt8(ascii: "{"): bytes += Array("&#123;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
