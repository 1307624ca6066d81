/// One pass over a page's HTML that copies it byte for byte except the link values `RelativeLinks`
/// rewrites. It reads tags the way a browser's tokenizer does, enough to find attribute values:
/// comments, doctypes and end tags are skipped whole, `<script>` is copied without looking inside,
/// and `<style>` is searched for `url(…)`. Linear in the page's size.
struct HTMLLinkScanner {
    private let html: [UInt8]
    private let depth: Int
    private let links: RelativeLinks
    private var output: [UInt8] = []
    /// The first byte not yet copied to `output`.
    private var copied = 0

    /// Attributes whose whole value is one URL.
    private static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "poster"]

    init(html: [UInt8], pageDepth: Int, links: RelativeLinks) {
        self.html = html
        self.depth = pageDepth
        self.links = links
    }

    /// The page with its links rewritten.
    mutating func rewritten() -> [UInt8] {
        output.reserveCapacity(html.count + 256)
        var index = 0
        while let open = next(UInt8(ascii: "<"), from: index) {
            index = tag(at: open)
        }
        output += html[copied...]
        return output
    }

    // MARK: - Tags

    /// Reads the markup starting with "<" at `open`, rewriting what it holds; returns where to go on.
    private mutating func tag(at open: Int) -> Int {
        let after = open + 1
        if matches(Self.commentOpen, at: after) {
            return end(of: Self.commentClose, from: after + 3)
        }
        guard after < html.count else { return html.count }
        let first = html[after]
        if first == UInt8(ascii: "!") || first == UInt8(ascii: "?") || first == UInt8(ascii: "/") {
            return (next(UInt8(ascii: ">"), from: after) ?? html.count - 1) + 1
        }
        guard isLetter(first) else { return after }
        var index = after
        while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: ">"), html[index] != UInt8(ascii: "/") {
            index += 1
        }
        let name = lowercased(after..<index)
        index = attributes(from: index)
        switch name {
        case "script": return end(of: Self.scriptClose, from: index, caseInsensitive: true)
        case "style":
            let close = end(of: Self.styleClose, from: index, caseInsensitive: true)
            rewriteCSSURLs(in: index..<min(close, html.count))
            return close
        default: return index
        }
    }

    /// Reads the attributes of a start tag from `index` up to and past its ">".
    private mutating func attributes(from start: Int) -> Int {
        var index = start
        while index < html.count {
            while index < html.count, isSpace(html[index]) || html[index] == UInt8(ascii: "/") { index += 1 }
            guard index < html.count, html[index] != UInt8(ascii: ">") else { break }
            let nameStart = index
            while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: "="), html[index] != UInt8(ascii: ">"),
                  html[index] != UInt8(ascii: "/") || index == nameStart {
                index += 1
            }
            let name = lowercased(nameStart..<index)
            while index < html.count, isSpace(html[index]) { index += 1 }
            guard index < html.count, html[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < html.count, isSpace(html[index]) { index += 1 }
            guard index < html.count else { break }
            let value: Range<Int>
            let quote = html[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let close = next(quote, from: index + 1) ?? html.count
                value = (index + 1)..<close
                index = min(close + 1, html.count)
            } else {
                let valueStart = index
                while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: ">") { index += 1 }
                value = valueStart..<index
            }
            switch name {
            case _ where Self.urlAttributes.contains(name): replace(value)
            case "srcset": rewriteSrcset(value)
            case "style": rewriteCSSURLs(in: value)
            default: break
            }
        }
        return min(index + 1, html.count)
    }

    // MARK: - Values

    /// Replaces the link in `range` when it points into the site.
    private mutating func replace(_ range: Range<Int>) {
        guard !range.isEmpty, html[range.lowerBound] == UInt8(ascii: "/"),
              let relative = links.relative(String(decoding: html[range], as: UTF8.self), depth: depth)
        else { return }
        output += html[copied..<range.lowerBound]
        output += Array(relative.utf8)
        copied = range.upperBound
    }

    /// Each candidate of a `srcset`: a URL, then an optional descriptor, separated by commas.
    private mutating func rewriteSrcset(_ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, isSpace(html[index]) || html[index] == UInt8(ascii: ",") { index += 1 }
            let urlStart = index
            while index < range.upperBound, !isSpace(html[index]) { index += 1 }
            var urlEnd = index
            while urlEnd > urlStart, html[urlEnd - 1] == UInt8(ascii: ",") { urlEnd -= 1 }
            if urlEnd < index {
                index = urlEnd
            } else {
                while index < range.upperBound, html[index] != UInt8(ascii: ",") { index += 1 }
            }
            replace(urlStart..<urlEnd)
        }
    }

    /// Every `url(…)` in CSS text, quoted or not.
    private mutating func rewriteCSSURLs(in range: Range<Int>) {
        var index = range.lowerBound
        while index + 4 <= range.upperBound {
            guard matches(Self.cssURL, at: index, caseInsensitive: true) else {
                index += 1
                continue
            }
            index += 4
            while index < range.upperBound, isSpace(html[index]) { index += 1 }
            guard index < range.upperBound else { return }
            let quote = html[index]
            let quoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
            if quoted { index += 1 }
            let start = index
            while index < range.upperBound, html[index] != (quoted ? quote : UInt8(ascii: ")")), !(!quoted && isSpace(html[index])) {
                index += 1
            }
            replace(start..<index)
        }
    }

    // MARK: - Bytes

    private func next(_ byte: UInt8, from start: Int) -> Int? {
        guard start < html.count else { return nil }
        return html[start...].firstIndex(of: byte)
    }

    private static let commentOpen = Array("!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let scriptClose = Array("</script".utf8)
    private static let styleClose = Array("</style".utf8)
    private static let cssURL = Array("url(".utf8)

    /// The index just past the next `marker` (or the end of the page); with `caseInsensitive`, the
    /// index of the marker itself, so a closing `</style>` is read as a tag.
    private func end(of marker: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int {
        var index = start
        while index + marker.count <= html.count {
            if matches(marker, at: index, caseInsensitive: caseInsensitive) {
                return caseInsensitive ? index : index + marker.count
            }
            index += 1
        }
        return html.count
    }

    /// Whether `marker` (lowercase) stands at `index`, ignoring ASCII case when asked.
    private func matches(_ marker: [UInt8], at index: Int, caseInsensitive: Bool = false) -> Bool {
        guard index + marker.count <= html.count else { return false }
        for offset in 0..<marker.count {
            var byte = html[index + offset]
            if caseInsensitive, byte >= 65, byte <= 90 { byte += 32 }
            if byte != marker[offset] { return false }
        }
        return true
    }

    private func lowercased(_ range: Range<Int>) -> String {
        String(decoding: html[range].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
