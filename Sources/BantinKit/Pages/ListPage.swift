import BantinTemplate

/// The home page, each category and each tag, page by page (`list.mustache`): "/", "/trang/2/",
/// "/chuyen-muc/x/", "/the/y/trang/3/".
struct ListPage: PageKind {
    static let template = "list"

    /// A category's block on the home page: its newest few articles.
    struct CategoryBlock: Encodable, Equatable, Sendable {
        let name: String
        let url: String
        let slug: String
        let articles: [Encoded<ArticleSummary>]
        /// The articles shown, by index.
        let shown: [Int]

        enum CodingKeys: CodingKey {
            case name, url, slug, articles
        }
    }

    /// One link of the page links.
    struct PageNumber: Encodable, Equatable, Sendable {
        let number: Int?
        let url: String?
        let current: Bool
        /// True for the "…" between distant numbers.
        let gap: Bool
    }

    /// A link to the previous or next page.
    struct Step: Encodable, Equatable, Sendable {
        let url: String
        let label: String
    }

    /// The page links: the first, the last, two either side of the current one, and gaps between.
    struct Pagination: Encodable, Equatable, Sendable {
        let pages: [PageNumber]
        let label: String
        let previous: Step?
        let next: Step?
    }

    /// `list`.
    struct ListFields: Encodable, Equatable, Sendable {
        let heading: String
        /// "home", "category" or "tag".
        let kind: String
        let isHome: Bool
        let isCategory: Bool
        let isTag: Bool
        let articles: [Encoded<ArticleSummary>]
        /// The newest article, shown large on a list's first page.
        let leadArticle: Encoded<ArticleSummary>?
        let otherArticles: [Encoded<ArticleSummary>]
        let categoryBlocks: [CategoryBlock]
        let hasCategoryBlocks: Bool
        let pageNumber: Int
        let pageCount: Int
        let emptyMessage: String?
        let rssURL: String?
        let pagination: Pagination?
    }

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let list: ListFields
        let breadcrumb: [Link]
        let hasBreadcrumb: Bool
    }

    /// Which list a page belongs to.
    private enum Kind: String {
        case home, category, tag
    }

    static func pages(in context: SiteContext) -> [Page] {
        let site = context.site
        // Each list reads its group's articles (the home page, every article: the site's order), and the
        // home page the menu categories' too, for their blocks.
        var pages = pages(of: .home, heading: site.config.title, basePath: "/", articles: Array(site.articles.indices),
                          description: site.config.tagline, feedPath: "/rss.xml", crumb: nil, groups: Page.Reads(categories: site.menu), in: context)
        // A category without articles has no feed (`FeedFile`), so its page links none.
        for (index, category) in site.categories.enumerated() {
            pages += Self.pages(of: .category, heading: category.name, basePath: category.sitePath, articles: category.articles,
                                description: nil, feedPath: category.articles.isEmpty ? nil : category.sitePath + "rss.xml", crumb: category,
                                groups: Page.Reads(categories: [index]), in: context)
        }
        for (index, tag) in site.tags.enumerated() {
            pages += Self.pages(of: .tag, heading: "\(context.labels.tag): \(tag.name)", basePath: tag.sitePath, articles: tag.articles,
                                description: nil, feedPath: nil, crumb: nil, groups: Page.Reads(tags: [index]), in: context)
        }
        return pages
    }

    /// How many list pages `count` articles need (at least one, so an empty list still has a page).
    static func pageCount(_ count: Int, perPage: Int) -> Int {
        max(1, (count + perPage - 1) / perPage)
    }

    /// "/chuyen-muc/x/" page 1 → itself; page 3 → "/chuyen-muc/x/trang/3/".
    static func paginatedPath(_ base: String, _ page: Int) -> String {
        page == 1 ? base : "\(base)trang/\(page)/"
    }

    private static func pages(
        of kind: Kind, heading: String, basePath: String, articles: [Int], description: String?, feedPath: String?,
        crumb: ResolvedSite.Taxon?, groups: Page.Reads, in context: SiteContext
    ) -> [Page] {
        let perPage = context.config.perPage
        let list = OneList(
            kind: kind, heading: heading, basePath: basePath, description: description, feedPath: feedPath,
            breadcrumb: kind == .home ? [] : [context.homeCrumb] + (crumb.map { [Link(name: $0.name, url: context.config.href($0.sitePath))] } ?? []),
            pageCount: pageCount(articles.count, perPage: perPage), blocks: kind == .home ? categoryBlocks(in: context) : []
        )
        return (1...list.pageCount).map { number in
            let start = (number - 1) * perPage
            let shown = articles[min(start, articles.count)..<min(start + perPage, articles.count)]
            // The context is made when the page is rendered, and not at all when the page is the cached one.
            return .template(
                template, at: Page.outputPath(paginatedPath(basePath, number)),
                reads: context.reads(Self.reads(groups, shown: shown, blocks: number == 1 ? list.blocks : [])),
                Self.context(of: list, page: number, shown: shown, in: context)
            )
        }
    }

    /// What a list page reads: its groups' sizes, the articles it shows and, on the first page, the
    /// category blocks' articles.
    private static func reads(_ groups: Page.Reads, shown: ArraySlice<Int>, blocks: [CategoryBlock]) -> Page.Reads {
        var reads = groups
        reads.summaries = Array(shown) + blocks.flatMap(\.shown)
        return reads
    }

    /// What the pages of one list share.
    private struct OneList: Sendable {
        let kind: Kind
        let heading: String
        let basePath: String
        let description: String?
        let feedPath: String?
        let breadcrumb: [Link]
        let pageCount: Int
        /// The home page's category blocks, shown on its first page.
        let blocks: [CategoryBlock]
    }

    /// Page `number` of `list`, which shows the articles `shown`.
    private static func context(of list: OneList, page number: Int, shown: ArraySlice<Int>, in context: SiteContext) -> Context {
        let config = context.config
        let kind = list.kind
        let slice = shown.map { context.summaries[$0] }
        let sitePath = paginatedPath(list.basePath, number)
        let title = number == 1 ? list.heading : "\(list.heading) – \(context.labels.page) \(number)"
        let lead = number == 1 ? slice.first : nil
        let blocks = number == 1 ? list.blocks : []
        let fields = ListFields(
            heading: list.heading, kind: kind.rawValue, isHome: kind == .home, isCategory: kind == .category, isTag: kind == .tag,
            articles: slice, leadArticle: lead, otherArticles: lead == nil ? slice : Array(slice.dropFirst()),
            categoryBlocks: blocks, hasCategoryBlocks: !blocks.isEmpty,
            pageNumber: number, pageCount: list.pageCount,
            emptyMessage: slice.isEmpty ? context.labels.noArticles : nil,
            rssURL: list.feedPath.map(config.href),
            pagination: list.pageCount > 1 ? pagination(basePath: list.basePath, current: number, total: list.pageCount, in: context) : nil
        )
        return Context(
            site: context.siteFields,
            page: context.pageFields(title: title, sitePath: sitePath, description: list.description, type: "website"),
            list: fields,
            breadcrumb: list.breadcrumb,
            hasBreadcrumb: kind != .home
        )
    }

    /// The home page's block for each `menu` category that has articles.
    private static func categoryBlocks(in context: SiteContext) -> [CategoryBlock] {
        let site = context.site
        return site.menu.compactMap { index in
            let category = site.categories[index]
            guard !category.articles.isEmpty else { return nil }
            let shown = Array(category.articles.prefix(SiteContext.categoryBlockCount))
            return CategoryBlock(
                name: category.name, url: site.config.href(category.sitePath), slug: category.slug,
                articles: shown.map { context.summaries[$0] }, shown: shown
            )
        }
    }

    private static func pagination(basePath: String, current: Int, total: Int, in context: SiteContext) -> Pagination {
        let config = context.config
        var shown = Set([1, total])
        for number in (current - 2)...(current + 2) where number >= 1 && number <= total { shown.insert(number) }
        var items: [PageNumber] = []
        var previous = 0
        for number in shown.sorted() {
            if number > previous + 1 { items.append(PageNumber(number: nil, url: nil, current: false, gap: true)) }
            items.append(PageNumber(number: number, url: config.href(paginatedPath(basePath, number)), current: number == current, gap: false))
            previous = number
        }
        let labels = context.labels
        return Pagination(
            pages: items, label: labels.page,
            previous: current > 1 ? Step(url: config.href(paginatedPath(basePath, current - 1)), label: labels.previous) : nil,
            next: current < total ? Step(url: config.href(paginatedPath(basePath, current + 1)), label: labels.next) : nil
        )
    }
}

extension ListPage.Context: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 5)
        fields.set("site", value: site.value)
        fields.set("page", value: page.templateValue)
        fields.set("list", value: list.templateValue)
        fields.set("breadcrumb", value: Link.list(breadcrumb))
        fields.set("has_breadcrumb", hasBreadcrumb)
        return fields.value
    }
}

extension ListPage.ListFields: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 15)
        fields.set("heading", heading)
        fields.set("kind", kind)
        fields.set("is_home", isHome)
        fields.set("is_category", isCategory)
        fields.set("is_tag", isTag)
        fields.set("articles", value: Encoded.list(articles))
        fields.set("lead_article", value: leadArticle?.value)
        fields.set("other_articles", value: Encoded.list(otherArticles))
        fields.set("category_blocks", value: .list(categoryBlocks.map(\.templateValue)))
        fields.set("has_category_blocks", hasCategoryBlocks)
        fields.set("page_number", number: pageNumber)
        fields.set("page_count", number: pageCount)
        fields.set("empty_message", emptyMessage)
        fields.set("rss_url", rssURL)
        fields.set("pagination", value: pagination?.templateValue)
        return fields.value
    }
}

extension ListPage.CategoryBlock: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 4)
        fields.set("name", name)
        fields.set("url", url)
        fields.set("slug", slug)
        fields.set("articles", value: Encoded.list(articles))
        return fields.value
    }
}

extension ListPage.Pagination: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 4)
        fields.set("pages", value: .list(pages.map(\.templateValue)))
        fields.set("label", label)
        fields.set("previous", value: previous?.templateValue)
        fields.set("next", value: next?.templateValue)
        return fields.value
    }
}

extension ListPage.PageNumber: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 4)
        fields.set("number", number: number)
        fields.set("url", url)
        fields.set("current", current)
        fields.set("gap", gap)
        return fields.value
    }
}

extension ListPage.Step: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 2)
        fields.set("url", url)
        fields.set("label", label)
        return fields.value
    }
}
