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
        func check(_ sitePath: String, _ document: () -> ParsedDocument) {
            let segments = sitePath.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
            if let first = segments.first, generated.contains(String(first)) {
                diagnostics.append(Diagnostic(
                    .error, at: document().slugLocation,
                    message: SiteMessage.generatedPath(url: config.href(sitePath), segment: String(first))
                ))
            }
            if let long = segments.first(where: { $0.utf8.count > maximumSegmentBytes }) {
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
