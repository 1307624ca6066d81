import Foundation

/// `/sitemap.xml`: every HTML page of the site, with the article's date as `lastmod`.
enum SitemapFile {
    /// The sitemap of the `listing`'s pages, in their order.
    static func page(listing pages: [Page], in context: SiteContext) -> Page {
        let paths = pages.map(\.path)
        return .text(xml(listing: paths, in: context), at: "sitemap.xml")
    }

    private static func xml(listing paths: [String], in context: SiteContext) -> String {
        var lastModified: [String: Date] = [:]
        for article in context.site.articles { lastModified[Page.outputPath(article.sitePath)] = article.date }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths where path.hasSuffix("index.html") {
            let sitePath = "/" + path.dropLast("index.html".count)
            xml += "<url><loc>\(XMLText.escaped(context.config.absoluteURL(sitePath)))</loc>"
            if let date = lastModified[path] { xml += "<lastmod>\(context.formatter.iso8601(date))</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
