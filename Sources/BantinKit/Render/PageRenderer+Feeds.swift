import Foundation

/// RSS feeds, the sitemap and robots.txt: written in code, not templates, because their escaping and
/// formats are fixed by their specifications, not by the look of the site.
extension PageRenderer {
    /// `/rss.xml` and one feed per category at `/chuyen-muc/<slug>/rss.xml`.
    func feeds() -> [RenderedFile] {
        var files = [RenderedFile(path: "rss.xml", text: feed(title: site.config.title, sitePath: "/", feedPath: "/rss.xml", articles: Array(site.articles.indices)))]
        for category in site.categories where !category.articles.isEmpty {
            let feedPath = category.sitePath + "rss.xml"
            files.append(RenderedFile(
                path: String(feedPath.dropFirst()),
                text: feed(title: "\(category.name) | \(site.config.title)", sitePath: category.sitePath, feedPath: feedPath, articles: category.articles)
            ))
        }
        return files
    }

    /// An RSS 2.0 feed of the newest articles among `articles` (already newest first).
    func feed(title: String, sitePath: String, feedPath: String, articles: [Int]) -> String {
        let config = site.config
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
        <title>\(Self.xmlEscaped(title))</title>
        <link>\(Self.xmlEscaped(config.absoluteURL(sitePath)))</link>
        <atom:link href="\(Self.xmlEscaped(config.absoluteURL(feedPath)))" rel="self" type="application/rss+xml"/>
        <description>\(Self.xmlEscaped(config.tagline ?? config.title))</description>
        <language>\(Self.xmlEscaped(config.language))</language>

        """
        if let newest = articles.first {
            // The newest article's date, not the clock: the same content gives the same feed.
            xml += "<lastBuildDate>\(formatter.rfc822(site.articles[newest].date))</lastBuildDate>\n"
        }
        for index in articles.prefix(Self.feedCount) {
            let article = site.articles[index]
            let document = article.document
            let link = Self.xmlEscaped(config.absoluteURL(article.sitePath))
            xml += "<item>\n<title>\(Self.xmlEscaped(document.title))</title>\n<link>\(link)</link>\n<guid isPermaLink=\"true\">\(link)</guid>\n"
            xml += "<pubDate>\(formatter.rfc822(article.date))</pubDate>\n"
            if let author = document.author { xml += "<dc:creator>\(Self.xmlEscaped(author))</dc:creator>\n" }
            if let category = article.category { xml += "<category>\(Self.xmlEscaped(site.categories[category].name))</category>\n" }
            if let lead = document.lead { xml += "<description>\(Self.xmlEscaped(lead))</description>\n" }
            xml += "</item>\n"
        }
        xml += "</channel>\n</rss>\n"
        return xml
    }

    /// `/sitemap.xml`: every HTML page written, with the article's date as `lastmod`.
    func sitemap(pages files: [RenderedFile]) -> RenderedFile {
        var lastModified: [String: Date] = [:]
        for article in site.articles { lastModified[Self.outputPath(article.sitePath)] = article.date }
        let entries = files.lazy.filter { $0.path.hasSuffix("index.html") }.map { sitemapEntry(outputPath: $0.path, lastModified: lastModified[$0.path]) }
        return sitemap(entries: entries)
    }

    /// The sitemap made of `entries` (from `sitemapEntry`), in order.
    func sitemap(entries: some Sequence<String>) -> RenderedFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries { xml += entry }
        xml += "</urlset>\n"
        return RenderedFile(path: "sitemap.xml", text: xml)
    }

    /// The sitemap's line for the page written at `outputPath` ("a/b/index.html").
    func sitemapEntry(outputPath: String, lastModified: Date?) -> String {
        let sitePath = "/" + outputPath.dropLast("index.html".count)
        var entry = "<url><loc>\(Self.xmlEscaped(site.config.absoluteURL(sitePath)))</loc>"
        if let lastModified { entry += "<lastmod>\(formatter.iso8601(lastModified))</lastmod>" }
        return entry + "</url>\n"
    }

    /// `/robots.txt`, pointing crawlers at the sitemap.
    func robots() -> RenderedFile {
        RenderedFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(site.config.absoluteURL("/sitemap.xml"))\n")
    }

    /// Escapes text for XML and HTML element content and attribute values (`&apos;` is valid in both).
    public static func xmlEscaped(_ text: String) -> String {
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
