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

    /// Errors, at each document's slug (or title), for a URL that takes a generated path or is too long.
    static func problems(articles: [ResolvedSite.Article], pages: [ResolvedSite.Page], config: SiteConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The document is read only for a URL found wrong: copying 10,000 documents to look at their
        // paths cost more than the check.
        // The path's parts are found by their slashes, without making a list of them: the preview
        // checks 10,000 URLs after each edit of a title, a date or the tags.
        func check(_ sitePath: String, _ document: () -> ParsedDocument) {
            let bytes = sitePath.utf8
            var first: Substring?
            var long: Substring?
            var start = bytes.startIndex
            while start < bytes.endIndex {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.endIndex
                if start < end {
                    let segment = sitePath[start..<end]
                    if first == nil { first = segment }
                    if long == nil, bytes.distance(from: start, to: end) > maximumSegmentBytes { long = segment }
                }
                start = end < bytes.endIndex ? bytes.index(after: end) : end
            }
            if let first, generated.contains(String(first)) {
                diagnostics.append(Diagnostic(
                    .error, at: document().slugLocation,
                    message: SiteMessage.generatedPath(url: config.href(sitePath), segment: String(first))
                ))
            }
            if let long {
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
