/// Finds files the theme links that the site does not have, for `bantin check`: a deleted
/// `templates/assets/logo.svg` or a misspelt stylesheet leaves every page with a broken picture or
/// no style, and no document's link check would notice.
struct ThemeLinkChecker {
    let basePath: String

    /// An error for each internal `href`/`src` in the rendered pages that names no file of the site
    /// and that a template writes, at that template line. Links no template writes come from
    /// documents, whose own check reports them where they are written.
    func check(_ files: [RenderedFile], templates: [SourceFile]) -> [Diagnostic] {
        let outputs = Set(files.map(\.path))
        var missing: [String: String] = [:]  // output path → the link as written
        for file in files where file.path.hasSuffix(".html") {
            guard case .bytes(let html) = file.contents else { continue }
            for link in Self.internalLinks(in: html) {
                guard link.hasPrefix(basePath) else { continue }
                var path = String(link.dropFirst(basePath.count))
                path = path.removingPercentEncoding ?? path
                let candidates = path.isEmpty || path.hasSuffix("/") ? [path + "index.html"] : [path, path + "/index.html"]
                if !candidates.contains(where: outputs.contains), missing[candidates[0]] == nil { missing[candidates[0]] = link }
            }
        }
        // Most missing links come from documents (10,000 broken links in one article are 10,000 here):
        // the runs of each template's text that a link could be written in rule them out at once,
        // where searching every template's text for each took seconds.
        let words = templates.map { Self.linkWords(in: $0.text) }
        return missing.sorted { $0.key < $1.key }.compactMap { path, link -> Diagnostic? in
            let message = SiteMessage.themeLinkMissing(link: link, path: path)
            let relative = String(link.dropFirst(basePath.count))
            let bytes = Array(relative.utf8)
            let isWord = !bytes.contains(where: Self.endsWord)
            for (template, words) in zip(templates, words) {
                if isWord, !words.contains(where: { Self.contains($0, bytes) }) { continue }
                guard let range = template.text.range(of: relative) else { continue }
                let before = template.text[..<range.lowerBound]
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let column = before.reversed().prefix { $0 != "\n" }.count + 1
                return Diagnostic(.error, in: template, line: line, column: column, message: message)
            }
            return nil
        }
    }

    /// Whether `byte` ends a run of text a link can be written in: quotes, angle brackets, white space,
    /// Mustache's braces, an equals sign.
    private static func endsWord(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\n"),
             UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "="):
            true
        default: false
        }
    }

    /// The runs of `text` between bytes that end a word, as UTF-8: a link without such a byte that the
    /// text holds lies inside one of them.
    static func linkWords(in text: String) -> [[UInt8]] {
        Array(text.utf8).split(whereSeparator: endsWord).map(Array.init)
    }

    /// Whether `word` holds `part`. Written out: the standard library's generic `contains(_:)` on byte
    /// arrays made `scripts/bench-limits.sh`'s 10,000 broken links take 18 s instead of 0.6 s.
    private static func contains(_ word: [UInt8], _ part: [UInt8]) -> Bool {
        guard word.count >= part.count else { return false }
        guard let first = part.first else { return true }
        for start in 0...(word.count - part.count) where word[start] == first && word[start..<start + part.count].elementsEqual(part) {
            return true
        }
        return false
    }

    /// The values of `href="/…"` and `src="/…"` in `html`, without query or fragment.
    static func internalLinks(in html: [UInt8]) -> [String] {
        var links: [String] = []
        var index = 0
        let quote = UInt8(ascii: "\"")
        while index + 6 < html.count {
            let isHref = html[index] == UInt8(ascii: "h") && html[index + 1] == UInt8(ascii: "r") && html[index + 2] == UInt8(ascii: "e")
                && html[index + 3] == UInt8(ascii: "f") && html[index + 4] == UInt8(ascii: "=") && html[index + 5] == quote
            let isSrc = html[index] == UInt8(ascii: "s") && html[index + 1] == UInt8(ascii: "r") && html[index + 2] == UInt8(ascii: "c")
                && html[index + 3] == UInt8(ascii: "=") && html[index + 4] == quote
            guard isHref || isSrc else {
                index += 1
                continue
            }
            let start = index + (isHref ? 6 : 5)
            guard start < html.count, html[start] == UInt8(ascii: "/"), start + 1 < html.count, html[start + 1] != UInt8(ascii: "/") else {
                index = start
                continue
            }
            var end = start
            while end < html.count, html[end] != quote, html[end] != UInt8(ascii: "?"), html[end] != UInt8(ascii: "#") { end += 1 }
            links.append(String(decoding: html[start..<end], as: UTF8.self))
            index = end
        }
        return links
    }
}
