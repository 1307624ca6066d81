/// `/rss.xml` and one feed per category at `/chuyen-muc/<slug>/rss.xml`: RSS 2.0 written in code,
/// because a feed's escaping and format are fixed by its specification, not by the look of the site.
struct FeedFile: PageKind {
    static func pages(in context: SiteContext) -> [Page] {
        let site = context.site
        var pages = [Page.text(feed(title: site.config.title, sitePath: "/", feedPath: "/rss.xml", articles: Array(site.articles.indices), in: context), at: "rss.xml")]
        for category in site.categories where !category.articles.isEmpty {
            let feedPath = category.sitePath + "rss.xml"
            pages.append(.text(
                feed(title: "\(category.name) | \(site.config.title)", sitePath: category.sitePath, feedPath: feedPath, articles: category.articles, in: context),
                at: String(feedPath.dropFirst())
            ))
        }
        return pages
    }

    /// The newest articles among `articles` (already newest first).
    static func feed(title: String, sitePath: String, feedPath: String, articles: [Int], in context: SiteContext) -> String {
        let config = context.config
        let escaped = XMLText.escaped
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
        <title>\(escaped(title))</title>
        <link>\(escaped(config.absoluteURL(sitePath)))</link>
        <atom:link href="\(escaped(config.absoluteURL(feedPath)))" rel="self" type="application/rss+xml"/>
        <description>\(escaped(config.tagline ?? config.title))</description>
        <language>\(escaped(config.language))</language>

        """
        if let newest = articles.first {
            // The newest article's date, not the clock: the same content gives the same feed.
            xml += "<lastBuildDate>\(context.formatter.rfc822(context.site.articles[newest].date))</lastBuildDate>\n"
        }
        for index in articles.prefix(SiteContext.feedCount) {
            let article = context.site.articles[index]
            let document = article.document
            let link = escaped(config.absoluteURL(article.sitePath))
            xml += "<item>\n<title>\(escaped(document.title))</title>\n<link>\(link)</link>\n<guid isPermaLink=\"true\">\(link)</guid>\n"
            xml += "<pubDate>\(context.formatter.rfc822(article.date))</pubDate>\n"
            if let author = document.author { xml += "<dc:creator>\(escaped(author))</dc:creator>\n" }
            if let category = article.category { xml += "<category>\(escaped(context.site.categories[category].name))</category>\n" }
            if let lead = document.lead { xml += "<description>\(escaped(lead))</description>\n" }
            xml += "</item>\n"
        }
        xml += "</channel>\n</rss>\n"
        return xml
    }
}
