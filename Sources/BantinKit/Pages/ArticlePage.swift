import BantinTemplate

/// An article at its permalink (`article.mustache`).
struct ArticlePage: PageKind {
    static let template = "article"

    /// `article`: the summary's fields and the article's own.
    struct ArticleFields: Encodable, Equatable, Sendable {
        /// The HTML of the body.
        let body: String
        /// The lead, when the writer gave `summary:` (a lead taken from the body is not printed twice).
        let summary: String?
        let author: String?
        let tags: [Link]
        let hasTags: Bool
        /// "Các tin khác": the newest other articles of the category.
        let related: [Encoded<ArticleSummary>]
        let hasRelated: Bool
        let newer: Encoded<ArticleSummary>?
        let older: Encoded<ArticleSummary>?
        let achievements: [RecordFields]
        let hasAchievements: Bool
    }

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let article: Extended<Encoded<ArticleSummary>, ArticleFields>
        let breadcrumb: [Link]
        let hasBreadcrumb = true
    }

    /// Where the page shows other articles' summaries: "Các tin khác" and the neighbours.
    static let relatedPlace = TemplatePlace(template: template, path: ["article", "related"])
    static let newerPlace = TemplatePlace(template: template, path: ["article", "newer"])
    static let olderPlace = TemplatePlace(template: template, path: ["article", "older"])
    static var summaryPlaces: [TemplatePlace] { [relatedPlace, newerPlace, olderPlace] }

    static func pages(in site: SiteContext) -> [Page] {
        // One per article, at every preview update: listed on all cores.
        Parallel.map(site.site.articles.count) { page(index: $0, in: site) }
    }

    /// The articles an article page shows besides its own: "Các tin khác" and the neighbours.
    struct Neighbourhood: Sendable {
        let related: [Int]
        let newer: Int?
        let older: Int?

        init(of index: Int, in context: SiteContext) {
            if let category = context.site.articles[index].category {
                var related: [Int] = []
                related.reserveCapacity(SiteContext.relatedCount)
                for article in context.site.categories[category].articles where article != index {
                    guard related.count < SiteContext.relatedCount else { break }
                    related.append(article)
                }
                self.related = related
            } else {
                related = []
            }
            newer = index > 0 ? index - 1 : nil
            older = index + 1 < context.site.articles.count ? index + 1 : nil
        }

        /// What the page reads of the articles: its own document and summary, and the summaries of these
        /// at their places ("Các tin khác", the head of its category's list, and the neighbours).
        func reads(_ index: Int) -> Page.Reads {
            // Made for every article at every update: in one array, without the temporary ones.
            var placed: [(article: Int, place: TemplatePlace)] = []
            placed.reserveCapacity(2 + related.count)
            for article in related { placed.append((article, ArticlePage.relatedPlace)) }
            if let newer { placed.append((newer, ArticlePage.newerPlace)) }
            if let older { placed.append((older, ArticlePage.olderPlace)) }
            return Page.Reads(documents: [index], summaries: [index], placedSummaries: placed)
        }
    }

    static func page(index: Int, in context: SiteContext) -> Page {
        // The neighbourhood is made again when the page is rendered: a build's 100,000 pages do not
        // each hold their "Các tin khác" until then. The article's fields are read in place: a copy of
        // it (or of the site's lists), made for each of 10,000 pages on two cores at every update, was
        // a retain of the same few objects from both.
        .template(
            template, at: Page.outputPath(context.site.articles[index].sitePath),
            reads: context.reads(Neighbourhood(of: index, in: context).reads(index)),
            lastModified: context.site.articles[index].date, Self.context(index: index, in: context)
        )
    }

    /// The article page's context, made when the page is rendered.
    static func context(index: Int, in context: SiteContext) -> Context {
        Self.context(index: index, Neighbourhood(of: index, in: context), in: context)
    }

    private static func context(index: Int, _ neighbourhood: Neighbourhood, in context: SiteContext) -> Context {
        let site = context.site
        let article = site.articles[index]
        let document = article.document
        let config = site.config
        let related = neighbourhood.related.map { context.summaries[$0] }
        let fields = ArticleFields(
            body: document.body.html,
            summary: document.summary == nil ? nil : document.lead,
            author: document.author,
            tags: article.tags.map { Link(name: site.tags[$0].name, url: config.href(site.tags[$0].sitePath)) },
            hasTags: !article.tags.isEmpty,
            related: related,
            hasRelated: !related.isEmpty,
            newer: neighbourhood.newer.map { context.summaries[$0] },
            older: neighbourhood.older.map { context.summaries[$0] },
            achievements: document.achievements.map { RecordFields($0, in: context, link: config.href) },
            hasAchievements: !document.achievements.isEmpty
        )
        var breadcrumb = [context.homeCrumb]
        if let category = article.category {
            breadcrumb.append(Link(name: site.categories[category].name, url: config.href(site.categories[category].sitePath)))
        }
        return Context(
            site: context.siteFields,
            page: context.pageFields(title: document.title, sitePath: article.sitePath, description: document.lead, type: "article", image: document.cover?.image),
            article: Extended(context.summaries[index], fields),
            breadcrumb: breadcrumb
        )
    }
}

extension ArticlePage.Context: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 5)
        fields.set("site", value: site.value)
        fields.set("page", value: page.templateValue)
        fields.set("article", value: article.extra.templateValue(extending: article.base.value))
        fields.set("breadcrumb", value: Link.list(breadcrumb))
        fields.set("has_breadcrumb", hasBreadcrumb)
        return fields.value
    }
}

extension ArticlePage.ArticleFields {
    /// The article's own fields after those of `summary`, as `Extended` encodes them.
    func templateValue(extending summary: TemplateValue) -> TemplateValue {
        var fields = TemplateFields(extending: summary, capacity: 11)
        fields.set("body", body)
        fields.set("summary", self.summary)
        fields.set("author", author)
        fields.set("tags", value: Link.list(tags))
        fields.set("has_tags", hasTags)
        fields.set("related", value: Encoded.list(related))
        fields.set("has_related", hasRelated)
        fields.set("newer", value: newer?.value)
        fields.set("older", value: older?.value)
        fields.set("achievements", value: .list(achievements.map { TemplateEncoder.encode($0) }))
        fields.set("has_achievements", hasAchievements)
        return fields.value
    }
}
