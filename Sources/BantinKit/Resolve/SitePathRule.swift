/// What a document's URL may be, beyond being unique: it may not take a path the build generates
/// itself, and each of its parts must fit in a file name.
enum SitePathRule {
    /// Bytes a part of a URL may have: a file name may have 255, and the writer adds a few for its
    /// temporary files.
    static let maximumSegmentBytes = 200

    /// The first URL parts the build writes itself; the catalogue says what lives at each
    /// (`SiteMessage.generatedPath`).
    static let generated: Set<String> = [
        "trang", "chuyen-muc", "tu-khoa", "the", "ban-tin", "thanh-tich", "tim-kiem", "media", "assets",
        "rss.xml", "sitemap.xml", "robots.txt", "404.html", "index.html",
    ]

    /// The first bytes of the generated paths, and the longest of them, in bytes.
    private static let generatedFirstBytes = Set(generated.compactMap(\.utf8.first))
    private static let longestGenerated = generated.map(\.utf8.count).max()!

    /// Errors, at each document's slug (or title), for a URL that takes a generated path or is too long.
    static func problems(articles: [ResolvedSite.Article], pages: [ResolvedSite.Page], config: SiteConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The document is read only for a URL found wrong: copying 10,000 documents to look at their
        // paths cost more than the check.
        // The path's bytes are read once, in place, and a part is made a string only when it may be
        // wrong: the preview checks 10,000 URLs after each edit of a title, a date or the tags, and
        // most first parts are a year, which starts with no generated path's first letter.
        func check(_ sitePath: String, _ document: () -> ParsedDocument) {
            var path = sitePath
            let (first, long) = path.withUTF8 { bytes -> (first: Range<Int>?, long: Range<Int>?) in
                var first: Range<Int>?
                var long: Range<Int>?
                var start = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
                    if start < index {
                        if first == nil { first = start..<index }
                        if long == nil, index - start > maximumSegmentBytes { long = start..<index }
                    }
                    start = index + 1
                }
                if let range = first, range.count > longestGenerated || !generatedFirstBytes.contains(bytes[range.lowerBound]) { first = nil }
                return (first, long)
            }
            let utf8 = sitePath.utf8
            func segment(_ range: Range<Int>) -> Substring {
                Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
            }
            if let first = first.map(segment), generated.contains(String(first)) {
                diagnostics.append(Diagnostic(
                    .error, at: document().slugLocation,
                    message: SiteMessage.generatedPath(url: config.href(sitePath), segment: String(first))
                ))
            }
            if let long = long.map(segment) {
                diagnostics.append(Diagnostic(
                    .error, at: document().slugLocation,
                    message: SiteMessage.segmentTooLong(start: String(long.prefix(40)), bytes: long.utf8.count, maximum: maximumSegmentBytes)
                ))
            }
        }
        for index in articles.indices { check(articles[index].sitePath) { articles[index].document } }
        for index in pages.indices { check(pages[index].sitePath) { pages[index].document } }
        return diagnostics
    }
}
