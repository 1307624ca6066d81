import Foundation

/// What an incremental rebuild (`SiteSession`) needs from the renderer: each page's output path and
/// the inputs its bytes depend on, so that a page whose inputs did not change is not rendered again.
///
/// `inputs(of:)` must name everything `render(_:)` reads for a job, apart from the templates, the
/// site settings and the shared `site` context (`sharedInputs()`), whose change re-renders every page.
/// A job kind added to `Job` must be added here too; `SiteSessionTests` compare incremental rebuilds
/// with full builds to catch an input that was left out.
extension PageRenderer {
    /// What an article's summary (`summaryContext`) shows: when it is unchanged, so is every list,
    /// feed item and neighbour link that shows the article, whatever happened to its body.
    struct SummaryKey: Hashable, Sendable {
        let title: String
        let lead: String?
        let coverImage: String?
        let coverAlt: String?
        let coverCaption: String?
        let date: Date
        let sitePath: String
        let categoryName: String?
        let categoryPath: String?
    }

    /// Everything one page's bytes depend on besides templates, settings and the `site` context.
    struct PageInputs: Equatable, Sendable {
        var kind: String
        var numbers: [Int] = []
        var texts: [String] = []
        var summaries: [SummaryKey?] = []
    }

    /// A renderer that reuses summary contexts built by an earlier renderer for the same settings.
    /// - Parameter summaries: one context per article, in `site.articles` order.
    init(site: ResolvedSite, templates: TemplateSet, summaries: [[String: Any]]) {
        self.site = site
        self.templates = templates
        self.formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        self.summaries = summaries
        self.siteContext = Self.siteContext(for: site)
    }

    /// The summary keys of every article of `site`.
    static func summaryKeys(of site: ResolvedSite) -> [SummaryKey] {
        site.articles.map { article in
            let document = article.document
            let category = article.category.map { site.categories[$0] }
            return SummaryKey(
                title: document.title, lead: document.lead, coverImage: document.cover?.image, coverAlt: document.cover?.alt,
                coverCaption: document.cover?.caption, date: article.date, sitePath: article.sitePath,
                categoryName: category?.name, categoryPath: category?.sitePath
            )
        }
    }

    /// What the `site` context shows that can change without the settings changing: the menu and the pages.
    func sharedInputs() -> [String] {
        site.menu.flatMap { [site.categories[$0].name, site.categories[$0].sitePath] }
            + site.pages.flatMap { [$0.document.title, $0.sitePath] }
    }

    /// The output path `render(job)` writes.
    func outputPath(of job: Job) -> String {
        switch job {
        case .article(let index): return Self.outputPath(site.articles[index].sitePath)
        case .page(let index): return Self.outputPath(site.pages[index].sitePath)
        case .home(let number): return Self.outputPath(Self.paginatedPath("/", number))
        case .category(let index, let number): return Self.outputPath(Self.paginatedPath(site.categories[index].sitePath, number))
        case .tag(let index, let number): return Self.outputPath(Self.paginatedPath(site.tags[index].sitePath, number))
        case .notFound: return "404.html"
        }
    }

    /// The inputs of `job`, given the summary keys of every article and the parse versions of every
    /// article and page (a version changes whenever the file's text does).
    func inputs(of job: Job, summaryKeys: [SummaryKey], articleVersions: [Int], pageVersions: [Int]) -> PageInputs {
        switch job {
        case .article(let index):
            let article = site.articles[index]
            var inputs = PageInputs(kind: "article", summaries: [summaryKeys[index]])
            inputs.texts = article.tags.flatMap { [site.tags[$0].name, site.tags[$0].sitePath] }
            if let category = article.category {
                let others = site.categories[category].articles.lazy.filter { $0 != index }.prefix(Self.relatedCount)
                inputs.summaries += others.map { summaryKeys[$0] }
            }
            inputs.numbers = [articleVersions[index], inputs.summaries.count]
            inputs.summaries.append(index > 0 ? summaryKeys[index - 1] : nil)
            inputs.summaries.append(index + 1 < site.articles.count ? summaryKeys[index + 1] : nil)
            return inputs
        case .page(let index):
            return PageInputs(kind: "page", numbers: [pageVersions[index]], texts: [site.pages[index].sitePath])
        case .home(let number):
            return listInputs("home", articles: site.articles.indices, page: number, keys: summaryKeys)
        case .category(let index, let number):
            let category = site.categories[index]
            var inputs = listInputs("category", articles: category.articles, page: number, keys: summaryKeys)
            inputs.texts = [category.name, category.sitePath]
            return inputs
        case .tag(let index, let number):
            let tag = site.tags[index]
            var inputs = listInputs("tag", articles: tag.articles, page: number, keys: summaryKeys)
            inputs.texts = [tag.name, tag.sitePath]
            return inputs
        case .notFound:
            return PageInputs(kind: "404")
        }
    }

    /// A list page shows its slice of summaries, its number and the number of pages.
    private func listInputs<C: Collection>(_ kind: String, articles: C, page number: Int, keys: [SummaryKey]) -> PageInputs
    where C.Element == Int, C.Index == Int {
        let start = articles.startIndex + (number - 1) * site.config.perPage
        let slice = articles[start..<min(start + site.config.perPage, articles.endIndex)]
        return PageInputs(kind: kind, numbers: [number, pageCount(articles.count)], summaries: slice.map { keys[$0] })
    }

    /// Renders `jobs` on all cores, in order.
    func render(_ jobs: [Job]) -> [RenderedFile] {
        jobs.parallelMap { render($0) }
    }
}
