import Foundation

/// `/sitemap.xml`: every HTML page of the site, with the article's date as `lastmod`.
enum SitemapFile {
    /// What the sitemap is written from: the settings (its URLs are absolute, its dates in the site's
    /// time zone), the HTML pages' paths in order, and each one's article date. The preview compares
    /// these after each save and writes the sitemap again only when they changed.
    struct Inputs: Equatable, Sendable {
        let config: SiteConfig
        let paths: [String]
        let lastModified: [Date?]
    }

    /// The sitemap of the `listing`'s pages, in their order.
    static func page(listing pages: [Page], in context: SiteContext) -> Page {
        // Of the articles it reads only their dates (the site's shape) and URLs (the pages' paths).
        .text(from: inputs(pages, in: context), at: "sitemap.xml", reads: Page.Reads(pagePaths: true), xml(_:))
    }

    private static func inputs(_ pages: [Page], in context: SiteContext) -> Inputs {
        let listed = pages.filter { $0.path.hasSuffix("index.html") }
        return Inputs(config: context.config, paths: listed.map(\.path), lastModified: listed.map(\.lastModified))
    }

    private static func xml(_ inputs: Inputs) -> String {
        let formatter = SiteDateFormatter(timeZone: inputs.config.timeZone)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, date) in zip(inputs.paths, inputs.lastModified) {
            let sitePath = "/" + path.dropLast("index.html".count)
            xml += "<url><loc>\(XMLText.escaped(inputs.config.absoluteURL(sitePath)))</loc>"
            if let date { xml += "<lastmod>\(formatter.iso8601(date))</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
