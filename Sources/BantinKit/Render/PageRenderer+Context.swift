import BantinMarkdown
import Foundation

/// The Mustache contexts. Dictionaries, not structs: swift-mustache reads a dictionary about five times
/// faster than it reflects over a struct's properties.
///
/// Optional fields a template may test are always present, `false` when there is nothing: Mustache
/// looks a missing key up in the enclosing sections, so an article without a cover, listed on a page
/// that has one, would otherwise show the page's cover; and the lookup stops at the first level.
extension PageRenderer {
    static func siteContext(for site: ResolvedSite, hasBulletins: Bool) -> [String: Any] {
        let config = site.config
        let text = PreEscapedText.make
        var context: [String: Any] = [
            "title": text(config.title),
            "language": text(config.language),
            "base_url": text(config.baseURL),
            "home_url": text(config.href("/")),
            "rss_url": text(config.href("/rss.xml")),
            "bulletins_url": hasBulletins ? text(config.href("/ban-tin/")) : false,
            "menu": site.menu.map { index -> [String: Any] in
                let category = site.categories[index]
                return ["name": text(category.name), "url": text(config.href(category.sitePath)), "slug": text(category.slug)]
            },
        ]
        if let tagline = config.tagline { context["tagline"] = text(tagline) }
        var contact: [String: Any] = [:]
        if let address = config.contact.address { contact["address"] = text(address) }
        if let phone = config.contact.phone { contact["phone"] = text(phone) }
        if let email = config.contact.email { contact["email"] = text(email) }
        if !contact.isEmpty { context["contact"] = contact }
        if !site.pages.isEmpty {
            context["pages"] = site.pages.map { ["title": text($0.document.title), "url": text(config.href($0.sitePath))] }
            context["has_pages"] = true
        }
        return context
    }

    /// What lists, "Các tin khác" and neighbours show of an article.
    static func summaryContext(
        for article: ResolvedSite.Article, in site: ResolvedSite, formatter: SiteDateFormatter, imageSizes: [String: ImageSize]
    ) -> [String: Any] {
        let config = site.config
        let text = PreEscapedText.make
        var context: [String: Any] = [
            "title": text(article.document.title),
            "url": text(config.href(article.sitePath)),
            "datetime": text(formatter.iso8601(article.date)),
            "time": text(formatter.timeAndDate(article.date)),
            "date": text(formatter.dayMonthYear(article.date)),
            "lead": false,
            "cover": false,
            "thumbnail": false,
            "category": false,
        ]
        if let lead = article.document.lead { context["lead"] = text(lead) }
        if let cover = article.document.cover { context["cover"] = coverContext(cover, title: article.document.title, imageSizes: imageSizes) }
        if let image = thumbnailImage(of: article.document) { context["thumbnail"] = imageContext(image, imageSizes: imageSizes) }
        if let category = article.category {
            context["category"] = ["name": text(site.categories[category].name), "url": text(config.href(site.categories[category].sitePath))]
        }
        return context
    }

    static func coverContext(_ cover: ParsedDocument.Cover, title: String, imageSizes: [String: ImageSize]) -> [String: Any] {
        var context = imageContext(cover.image, imageSizes: imageSizes)
        context["alt"] = cover.alt ?? cover.caption ?? title
        context["caption"] = false
        if let caption = cover.caption { context["caption"] = caption }
        return context
    }

    /// `src`, and `width` and `height` when the image's size is known (`false` otherwise).
    static func imageContext(_ src: String, imageSizes: [String: ImageSize]) -> [String: Any] {
        guard let size = imageSizes[src] else { return ["src": PreEscapedText.make(src), "width": false, "height": false] }
        return ["src": PreEscapedText.make(src), "width": size.width, "height": size.height]
    }

    /// The picture a list shows beside an article: its cover, else the first image of its body, so an
    /// article whose writer added photos but no cover still gets a thumbnail.
    static func thumbnailImage(of document: ParsedDocument) -> String? {
        if let cover = document.cover, !cover.image.isEmpty { return cover.image }
        return document.body.references.first { reference in
            reference.kind == .image && (reference.url.hasPrefix("/") || reference.url.hasPrefix("https://") || reference.url.hasPrefix("http://"))
        }?.url
    }

    /// A URL written as one query value, for share links ("https://x/a/" → "https%3A%2F%2Fx%2Fa%2F").
    static func queryEncoded(_ url: String) -> String {
        url.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? url
    }

    /// The keys every page has: `site`, `page` (title, description, canonical URL, sharing data).
    func baseContext(title: String, sitePath: String, description: String?, type: String, image: String? = nil) -> [String: Any] {
        let config = site.config
        // Escaped once here: a page prints its title, description and address several times (head, Open Graph, share links).
        let text = PreEscapedText.make
        var page: [String: Any] = [
            "title": text(title),
            "full_title": text(sitePath == "/" ? config.title : "\(title) | \(config.title)"),
            "url": text(config.href(sitePath)),
            "canonical_url": text(config.absoluteURL(sitePath)),
            "encoded_url": text(Self.queryEncoded(config.absoluteURL(sitePath))),
            "og_type": type,
        ]
        if let description { page["description"] = text(description) }
        if let image { page["image"] = text(config.absoluteURL(forHref: image)) }
        return ["site": siteContext, "page": page]
    }

    func articleContext(_ index: Int) -> [String: Any] {
        let article = site.articles[index]
        let document = article.document
        let config = site.config
        var context = baseContext(
            title: document.title, sitePath: article.sitePath, description: document.lead,
            type: "article", image: document.cover?.image
        )
        var fields = summaries[index]
        fields["body"] = document.body.html
        for key in ["summary", "author", "has_tags", "has_related", "newer", "older"] { fields[key] = false }
        fields["tags"] = [Any]()
        fields["related"] = [Any]()
        // The summary is the lead the summary context already escaped, unless the lead came from the body.
        if let summary = document.summary { fields["summary"] = fields["lead"] ?? summary }
        if let author = document.author { fields["author"] = author }
        if !article.tags.isEmpty {
            fields["tags"] = article.tags.map { ["name": site.tags[$0].name, "url": config.href(site.tags[$0].sitePath)] }
            fields["has_tags"] = true
        }
        if let category = article.category {
            let others = Array(site.categories[category].articles.lazy.filter { $0 != index }.prefix(Self.relatedCount))
            if !others.isEmpty {
                fields["related"] = others.map { summaries[$0] }
                fields["has_related"] = true
            }
        }
        if index > 0 { fields["newer"] = summaries[index - 1] }
        if index + 1 < site.articles.count { fields["older"] = summaries[index + 1] }
        fields.merge(achievementBoxFields(document)) { $1 }
        context["article"] = fields
        var crumbs: [[String: Any]] = [["name": labels.home, "url": config.href("/")]]
        if let category = fields["category"] as? [String: Any] { crumbs.append(category) }
        context["breadcrumb"] = crumbs
        context["has_breadcrumb"] = true
        return context
    }

    func pageContext(_ page: ResolvedSite.Page) -> [String: Any] {
        let document = page.document
        var context = baseContext(title: document.title, sitePath: page.sitePath, description: document.lead, type: "website", image: document.cover?.image)
        var fields: [String: Any] = [
            "title": document.title, "body": document.body.html, "url": site.config.href(page.sitePath), "cover": false, "author": false,
        ]
        if let cover = document.cover { fields["cover"] = Self.coverContext(cover, title: document.title, imageSizes: imageSizes) }
        if let author = document.author { fields["author"] = author }
        context["document"] = fields
        context["breadcrumb"] = [["name": labels.home, "url": site.config.href("/")]]
        context["has_breadcrumb"] = true
        return context
    }

    func listContext<C: Collection>(
        heading: String, kind: String, basePath: String, articles: C, page number: Int,
        description: String?, feedPath: String?, crumb: ResolvedSite.Taxon? = nil
    ) -> [String: Any] where C.Element == Int, C.Index == Int {
        let config = site.config
        let perPage = config.perPage
        let total = pageCount(articles.count)
        let start = articles.startIndex + (number - 1) * perPage
        let slice = articles[start..<min(start + perPage, articles.endIndex)]
        let sitePath = Self.paginatedPath(basePath, number)
        let title = number == 1 ? heading : "\(heading) – \(labels.page) \(number)"
        var context = baseContext(title: title, sitePath: sitePath, description: description, type: "website")
        var list: [String: Any] = [
            "heading": heading,
            "kind": kind,
            "is_\(kind)": true,
            "articles": slice.map { summaries[$0] },
            "lead_article": false,
            "other_articles": slice.map { summaries[$0] },
            "category_blocks": [Any](),
            "has_category_blocks": false,
            "page_number": number,
            "page_count": total,
        ]
        if slice.isEmpty { list["empty_message"] = labels.noArticles }
        if let first = slice.first, number == 1 {
            list["lead_article"] = summaries[first]
            list["other_articles"] = slice.dropFirst().map { summaries[$0] }
        }
        if kind == "home", number == 1 {
            let blocks = categoryBlocks()
            list["category_blocks"] = blocks
            list["has_category_blocks"] = !blocks.isEmpty
        }
        if let feedPath { list["rss_url"] = config.href(feedPath) }
        if total > 1 { list["pagination"] = pagination(basePath: basePath, current: number, total: total) }
        context["list"] = list
        var crumbs: [[String: Any]] = [["name": labels.home, "url": config.href("/")]]
        if let crumb { crumbs.append(["name": crumb.name, "url": config.href(crumb.sitePath)]) }
        if kind != "home" {
            context["breadcrumb"] = crumbs
            context["has_breadcrumb"] = true
        }
        return context
    }

    /// The home page's block for each `menu` category that has articles: its newest few.
    func categoryBlocks() -> [[String: Any]] {
        site.menu.compactMap { index -> [String: Any]? in
            let category = site.categories[index]
            guard !category.articles.isEmpty else { return nil }
            return [
                "name": PreEscapedText.make(category.name), "url": site.config.href(category.sitePath), "slug": category.slug,
                "articles": category.articles.prefix(Self.categoryBlockCount).map { summaries[$0] },
            ]
        }
    }

    /// Page links: the first, the last, two either side of the current one, and gaps ("…") between.
    func pagination(basePath: String, current: Int, total: Int) -> [String: Any] {
        let config = site.config
        var shown = Set([1, total])
        for number in (current - 2)...(current + 2) where number >= 1 && number <= total { shown.insert(number) }
        var items: [[String: Any]] = []
        var previous = 0
        for number in shown.sorted() {
            if number > previous + 1 { items.append(["gap": true]) }
            var item: [String: Any] = ["number": number, "url": config.href(Self.paginatedPath(basePath, number))]
            if number == current { item["current"] = true }
            items.append(item)
            previous = number
        }
        var context: [String: Any] = ["pages": items, "label": labels.page]
        if current > 1 {
            context["previous"] = ["url": config.href(Self.paginatedPath(basePath, current - 1)), "label": labels.previous]
        }
        if current < total {
            context["next"] = ["url": config.href(Self.paginatedPath(basePath, current + 1)), "label": labels.next]
        }
        return context
    }
}
