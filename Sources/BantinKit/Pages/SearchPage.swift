/// `/tim-kiem/`: the search box, the filters and the message for readers without JavaScript
/// (`search.mustache`). The results come from `assets/search.js` and the index `SearchIndexFile`
/// writes. Both exist only when the theme has `search.mustache`, so a theme made before search
/// keeps building, and a site never carries an index nothing reads.
struct SearchPage: PageKind {
    static let template = "search"
    /// The search page's title and heading.
    static let title = "Tìm kiếm"

    /// A category to filter by.
    struct Category: Encodable, Equatable, Sendable {
        let name: String
        let url: String
        let slug: String
    }

    /// A year to filter by.
    struct Year: Encodable, Equatable, Sendable {
        let year: Int
    }

    /// `search`.
    struct SearchFields: Encodable, Equatable, Sendable {
        let heading: String
        /// The index's manifest, which `search.js` reads first.
        let indexURL: String
        /// The categories that have articles.
        let categories: [Category]
        let hasCategories: Bool
        /// The years that have articles, newest first.
        let years: [Year]
        let hasYears: Bool
    }

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let search: SearchFields
        let breadcrumb: [Link]
        let hasBreadcrumb = true
    }

    static func pages(in context: SiteContext) -> [Page] {
        guard context.hasSearchPage else { return [] }
        // It reads the years of every article's date: it is compared by its context, at every update.
        return [.template(template, at: Page.outputPath(SearchIndex.pagePath), Self.context(in: context))]
    }

    private static func context(in context: SiteContext) -> Context {
        let config = context.config
        let years = Self.years(of: context.site.articles, formatter: context.formatter)
        let categories = context.site.categories.filter { !$0.articles.isEmpty }
        let fields = SearchFields(
            heading: title, indexURL: config.href("/" + SearchIndex.dataFolder + "muc-luc.json"),
            categories: categories.map { Category(name: $0.name, url: config.href($0.sitePath), slug: $0.slug) },
            hasCategories: !categories.isEmpty,
            years: years.map { Year(year: $0) }, hasYears: !years.isEmpty
        )
        return Context(
            site: context.siteFields,
            page: context.pageFields(
                title: title, sitePath: SearchIndex.pagePath, description: "Tìm bài viết trên trang \(config.title), có dấu hoặc không dấu.", type: "website"
            ),
            search: fields,
            breadcrumb: [context.homeCrumb]
        )
    }

    /// The years of the articles' dates, newest first, each once. The articles are newest first, so
    /// where each year ends is found by halving: the page's context is made at every preview update,
    /// and a look at every date took 3 ms of it at 10,000 articles.
    static func years(of articles: [ResolvedSite.Article], formatter: SiteDateFormatter) -> [Int] {
        var years: [Int] = []
        var start = 0
        while start < articles.count {
            let year = formatter.year(articles[start].date)
            years.append(year)
            // The first article of an earlier year.
            var low = start + 1
            var high = articles.count
            while low < high {
                let middle = (low + high) / 2
                if formatter.year(articles[middle].date) < year { high = middle } else { low = middle + 1 }
            }
            start = low
        }
        return years
    }
}
