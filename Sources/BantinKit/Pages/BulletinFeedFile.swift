/// `/ban-tin/rss.xml`: the bulletins, newest first; none without bulletins.
struct BulletinFeedFile: PageKind {
    static func pages(in context: SiteContext) -> [Page] {
        guard !context.bulletins.isEmpty else { return [] }
        return [.text(feed(in: context), at: String(BulletinIndexPage.sitePath.dropFirst()) + "rss.xml")]
    }

    private static func feed(in context: SiteContext) -> String {
        let config = context.config
        let labels = context.labels
        let escaped = XMLText.escaped
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
        <title>\(escaped("\(labels.bulletins) | \(config.title)"))</title>
        <link>\(escaped(config.absoluteURL(BulletinIndexPage.sitePath)))</link>
        <atom:link href="\(escaped(config.absoluteURL(BulletinIndexPage.sitePath + "rss.xml")))" rel="self" type="application/rss+xml"/>
        <description>\(escaped("\(labels.bulletins) – \(config.title)"))</description>
        <language>\(escaped(config.language))</language>

        """
        for bulletin in context.bulletins.prefix(SiteContext.feedCount) {
            let link = escaped(config.absoluteURL(bulletin.sitePath))
            xml += "<item>\n<title>\(escaped(bulletin.bulletin.title))</title>\n<link>\(link)</link>\n<guid isPermaLink=\"true\">\(link)</guid>\n"
            xml += "<pubDate>\(context.formatter.rfc822(bulletin.bulletin.to.value))</pubDate>\n"
            let summary = bulletin.bulletin.note.firstParagraphText
                ?? "\(BulletinIndexPage.numberLabel(bulletin, in: context)), \(BulletinIndexPage.period(bulletin, in: context))"
            xml += "<description>\(escaped(summary))</description>\n</item>\n"
        }
        xml += "</channel>\n</rss>\n"
        return xml
    }
}
