import Foundation

/// Bulletin pages: the index, each bulletin, its email edition and its feed.
extension PageRenderer {
    /// The templates a site with bulletins needs.
    static let bulletinTemplates = ["bulletins", "bulletin", "bulletin-email"]

    func renderBulletin(_ job: Job) -> RenderedFile {
        switch job {
        case .bulletin(let index):
            return RenderedFile(path: Self.outputPath(bulletins[index].sitePath), text: templates.render("bulletin", bulletinContext(index)))
        case .bulletinEmail(let index):
            return RenderedFile(path: String(bulletins[index].sitePath.dropFirst()) + "email.html", text: templates.render("bulletin-email", emailContext(index)))
        default:
            var context = baseContext(title: labels.bulletins, sitePath: "/ban-tin/", description: nil, type: "website")
            context["bulletins"] = bulletins.map { bulletin -> [String: Any] in
                ["title": bulletin.bulletin.title, "url": site.config.href(bulletin.sitePath), "number_label": numberLabel(bulletin),
                 "period": period(bulletin), "article_count": bulletin.articleCount]
            }
            context["has_bulletins"] = !bulletins.isEmpty
            context["breadcrumb"] = [["name": labels.home, "url": site.config.href("/")]]
            context["has_breadcrumb"] = true
            return RenderedFile(path: "ban-tin/index.html", text: templates.render("bulletins", context))
        }
    }

    /// "Số 11".
    func numberLabel(_ bulletin: ResolvedBulletin) -> String {
        "\(labels.number) \(bulletin.bulletin.number.value)"
    }

    /// "01/11/2021 – 30/11/2021".
    func period(_ bulletin: ResolvedBulletin) -> String {
        "\(formatter.dayMonthYear(bulletin.bulletin.from.value)) – \(formatter.dayMonthYear(bulletin.bulletin.to.value))"
    }

    /// The fields both editions share; `item` turns an article index into what a list shows.
    /// - Parameter link: turns a site path into the link the edition uses (relative on the site, absolute in email).
    private func bulletinFields(_ bulletin: ResolvedBulletin, note: String, link: (String) -> String, item: (Int) -> [String: Any]) -> [String: Any] {
        let groups = bulletin.groups.map { group -> [String: Any] in
            var fields: [String: Any] = ["articles": group.articles.map(item), "name": labels.uncategorized, "url": false]
            if let category = group.category {
                fields["name"] = site.categories[category].name
                fields["url"] = link(site.categories[category].sitePath)
            }
            return fields
        }
        let achievements = periodAchievements(bulletin, link: link)
        return [
            "achievements": achievements,
            "has_achievements": !achievements.isEmpty,
            "title": bulletin.bulletin.title,
            "number": bulletin.bulletin.number.value,
            "number_label": numberLabel(bulletin),
            "period": period(bulletin),
            "from": formatter.dayMonthYear(bulletin.bulletin.from.value),
            "to": formatter.dayMonthYear(bulletin.bulletin.to.value),
            "note": note,
            "has_note": !bulletin.bulletin.note.html.isEmpty,
            "featured": bulletin.featured.map(item),
            "has_featured": !bulletin.featured.isEmpty,
            "groups": groups,
            "article_count": bulletin.articleCount,
            "url": link(bulletin.sitePath),
            "absolute_url": site.config.absoluteURL(bulletin.sitePath),
            "email_url": link(bulletin.sitePath + "email.html"),
            "organisation": site.config.title,
        ]
    }

    /// The achievements the bulletin's articles report, each once (same title, year and unit), in the order the
    /// bulletin shows the articles, with the first article that reports it.
    private func periodAchievements(_ bulletin: ResolvedBulletin, link: (String) -> String) -> [[String: Any]] {
        var seen = Set<AchievementRecord.Identity>()
        var records: [[String: Any]] = []
        for index in bulletin.featured + bulletin.groups.flatMap(\.articles) {
            let article = site.articles[index]
            for record in article.document.achievements where seen.insert(record.identity).inserted {
                var fields = recordFields(record)
                fields["year_url"] = link("\(AchievementIndex.sitePath)\(record.year)/")
                fields["article"] = ["title": article.document.title, "url": link(article.sitePath)]
                records.append(fields)
            }
        }
        return records
    }

    func bulletinContext(_ index: Int) -> [String: Any] {
        let bulletin = bulletins[index]
        var context = baseContext(title: bulletin.bulletin.title, sitePath: bulletin.sitePath, description: bulletin.bulletin.note.firstParagraphText, type: "website")
        context["bulletin"] = bulletinFields(bulletin, note: bulletin.bulletin.note.html, link: site.config.href) { summaries[$0] }
        context["breadcrumb"] = [
            ["name": labels.home, "url": site.config.href("/")],
            ["name": labels.bulletins, "url": site.config.href("/ban-tin/")],
        ]
        context["has_breadcrumb"] = true
        return context
    }

    /// The email edition: every URL absolute, because a mail client has no page to resolve a relative one against.
    func emailContext(_ index: Int) -> [String: Any] {
        let bulletin = bulletins[index]
        let config = site.config
        var context = baseContext(title: bulletin.bulletin.title, sitePath: bulletin.sitePath, description: bulletin.bulletin.note.firstParagraphText, type: "website")
        context["bulletin"] = bulletinFields(bulletin, note: HTMLLinks.absolutized(bulletin.bulletin.note.html, config: config), link: { config.absoluteURL($0) }) { article in
            let resolved = site.articles[article]
            var item: [String: Any] = [
                "title": resolved.document.title,
                "url": config.absoluteURL(resolved.sitePath),
                "date": formatter.dayMonthYear(resolved.date),
                "time": formatter.timeAndDate(resolved.date),
                "lead": resolved.document.lead ?? false,
                "cover": false,
            ]
            if let cover = resolved.document.cover {
                item["cover"] = ["src": config.absoluteURL(forHref: cover.image), "alt": cover.alt ?? cover.caption ?? resolved.document.title]
            }
            return item
        }
        return context
    }

    /// `/ban-tin/rss.xml`: the bulletins, newest first.
    func bulletinFeed() -> RenderedFile {
        let config = site.config
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
        <title>\(Self.xmlEscaped("\(labels.bulletins) | \(config.title)"))</title>
        <link>\(Self.xmlEscaped(config.absoluteURL("/ban-tin/")))</link>
        <atom:link href="\(Self.xmlEscaped(config.absoluteURL("/ban-tin/rss.xml")))" rel="self" type="application/rss+xml"/>
        <description>\(Self.xmlEscaped("\(labels.bulletins) – \(config.title)"))</description>
        <language>\(Self.xmlEscaped(config.language))</language>

        """
        for bulletin in bulletins.prefix(Self.feedCount) {
            let link = Self.xmlEscaped(config.absoluteURL(bulletin.sitePath))
            xml += "<item>\n<title>\(Self.xmlEscaped(bulletin.bulletin.title))</title>\n<link>\(link)</link>\n<guid isPermaLink=\"true\">\(link)</guid>\n"
            xml += "<pubDate>\(formatter.rfc822(bulletin.bulletin.to.value))</pubDate>\n"
            let summary = bulletin.bulletin.note.firstParagraphText ?? "\(numberLabel(bulletin)), \(period(bulletin))"
            xml += "<description>\(Self.xmlEscaped(summary))</description>\n</item>\n"
        }
        xml += "</channel>\n</rss>\n"
        return RenderedFile(path: "ban-tin/rss.xml", text: xml)
    }
}
