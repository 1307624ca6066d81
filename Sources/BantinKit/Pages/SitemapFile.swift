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

    /// The pages a sitemap lists, set once, when the site's list of pages is whole and before any
    /// page is made.
    final class Listing: @unchecked Sendable {
        // @unchecked: written once by `SitePages.all`, before the pages are handed to other threads.
        var pages: ArraySlice<Page> = []
    }

    /// The sitemap of the `listing`'s pages, in their order.
    static func page(listing: Listing, in context: SiteContext) -> Page {
        // It reads every article's date and URL: it is compared by its inputs, at every update.
        .bytes(from: inputs(listing.pages, in: context), at: "sitemap.xml", xml(_:))
    }

    private static func inputs(_ pages: ArraySlice<Page>, in context: SiteContext) -> Inputs {
        let listed = pages.filter { $0.path.hasSuffix("index.html") }
        return Inputs(config: context.config, paths: listed.map(\.path), lastModified: listed.map(\.lastModified))
    }

    /// Written as bytes: the preview writes the sitemap of 13,000 pages again after every edit that
    /// moves a page, and a string appended to piece by piece took 18 ms of it.
    private static func xml(_ inputs: Inputs) -> [UInt8] {
        let formatter = SiteDateFormatter(timeZone: inputs.config.timeZone)
        var start = Array("<url><loc>".utf8)
        XMLText.append(inputs.config.absoluteURL("/")[...], to: &start)
        let suffix = "index.html".utf8.count
        var xml: [UInt8] = []
        // Room for every line at once: a buffer that doubles as it fills held twice the sitemap
        // (28 MB at 100,000 articles) at the build's peak.
        let pathBytes = inputs.paths.reduce(0) { $0 + $1.utf8.count }
        xml.reserveCapacity(200 + pathBytes + inputs.paths.count * (start.count + 70))
        xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8
        for (path, date) in zip(inputs.paths, inputs.lastModified) {
            xml += start
            XMLText.append(Substring(path.utf8.dropLast(suffix)), to: &xml)
            xml += "</loc>".utf8
            if let date {
                xml += "<lastmod>".utf8
                formatter.appendISO8601(date, to: &xml)
                xml += "</lastmod>".utf8
            }
            xml += "</url>\n".utf8
        }
        xml += "</urlset>\n".utf8
        return xml
    }
}
