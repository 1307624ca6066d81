import BantinMarkdown
import Foundation

/// What an incremental rebuild (`SiteSession`) needs from the renderer: each page's output path and
/// the inputs its bytes depend on, so that a page whose inputs did not change is not rendered again.
///
/// `inputs(of:identities:)` must name everything `render(_:)` reads for a job, apart from the
/// templates, the site settings and the shared `site` context (`sharedInputs()`), whose change
/// re-renders every page.
/// A job kind added to `Job` must be added here too; `SiteSessionTests` compare incremental rebuilds
/// with full builds to catch an input that was left out.
extension PageRenderer {
    /// What an article's summary (`summaryContext`) shows: when it is unchanged, so is every list,
    /// feed item and neighbour link that shows the article, whatever happened to its body.
    struct SummaryKey: Hashable, Sendable {
        /// Moves whenever the title, lead or cover changes (`SiteSession` compares them when it parses).
        let summaryVersion: Int
        let date: Date
        let sitePath: String
        let categoryName: String?
        let categoryPath: String?
    }

    /// Everything one page's bytes depend on besides templates, settings and the `site` context, as
    /// numbers: the job kind, the parse versions and summary identities of the articles it shows, and
    /// the identities of its category or tags. Two equal inputs render the same bytes.
    ///
    /// Pages that gather from the whole site (bulletins, achievements) are `volatile`: they are few, so
    /// they are rendered at every update rather than tracked, and a volatile input equals nothing.
    struct PageInputs: Equatable, Sendable {
        var values: [Int]
        var volatile = false

        static func == (lhs: PageInputs, rhs: PageInputs) -> Bool {
            !lhs.volatile && !rhs.volatile && lhs.values == rhs.values
        }
    }

    /// A renderer that reuses summary contexts built by an earlier renderer for the same settings.
    /// - Parameter summaries: one context per article, in `site.articles` order.
    init(
        site: ResolvedSite, bulletins: [ResolvedBulletin], achievements: AchievementIndex,
        templates: TemplateSet, imageSizes: [String: ImageSize], summaries: [[String: Any]]
    ) {
        self.site = site
        self.bulletins = bulletins
        self.achievements = achievements
        self.templates = templates
        self.formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        self.imageSizes = imageSizes
        self.summaries = summaries
        self.siteContext = Self.siteContext(for: site, hasBulletins: !bulletins.isEmpty)
            .merging(Self.achievementSiteFields(achievements, config: site.config)) { $1 }
    }

    /// The summary key of the article at `index`, given the summary version of its document.
    static func summaryKey(of site: ResolvedSite, at index: Int, summaryVersion: Int) -> SummaryKey {
        let category = site.articles[index].category.map { site.categories[$0] }
        return SummaryKey(
            summaryVersion: summaryVersion, date: site.articles[index].date, sitePath: site.articles[index].sitePath,
            categoryName: category?.name, categoryPath: category?.sitePath
        )
    }

    /// What the `site` context shows that can change without the settings changing: the menu and the pages.
    func sharedInputs() -> [String] {
        site.menu.flatMap { [site.categories[$0].name, site.categories[$0].sitePath] }
            + site.pages.flatMap { [$0.document.title, $0.sitePath] }
            + [bulletins.isEmpty ? "no bulletins" : "bulletins", achievements.years.isEmpty ? "no achievements" : "achievements"]
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
        case .bulletinIndex: return "ban-tin/index.html"
        case .bulletin(let index): return Self.outputPath(bulletins[index].sitePath)
        case .bulletinEmail(let index): return String(bulletins[index].sitePath.dropFirst()) + "email.html"
        case .achievementIndex: return Self.outputPath(AchievementIndex.sitePath)
        case .achievementYear(let index): return Self.outputPath(achievements.years[index].sitePath)
        case .search: return Self.outputPath(SearchIndex.pagePath)
        }
    }

    /// Numbers that tell summaries, categories and tags apart: equal numbers, equal contents.
    struct Identities {
        /// Per article, its summary's identity.
        var summaries: [Int]
        /// Per article, its parse version.
        var articleVersions: [Int]
        /// Per page, its parse version.
        var pageVersions: [Int]
        /// Per category, the identity of its name and path.
        var categories: [Int]
        /// Per tag, the identity of its name and path.
        var tags: [Int]
    }

    /// The inputs of `job`.
    func inputs(of job: Job, identities ids: Identities) -> PageInputs {
        switch job {
        case .article(let index):
            var values = [1, ids.articleVersions[index], ids.summaries[index], index > 0 ? ids.summaries[index - 1] : -1,
                          index + 1 < site.articles.count ? ids.summaries[index + 1] : -1]
            if let category = site.articles[index].category {
                values.append(ids.categories[category])
                for other in site.categories[category].articles.lazy.filter({ $0 != index }).prefix(Self.relatedCount) {
                    values.append(ids.summaries[other])
                }
            }
            values.append(-2)
            for tag in site.articles[index].tags { values.append(ids.tags[tag]) }
            return PageInputs(values: values)
        case .page(let index):
            return PageInputs(values: [2, ids.pageVersions[index]])
        case .home(let number):
            var inputs = listInputs(3, identity: 0, articles: site.articles.indices, page: number, ids: ids)
            if number == 1 {
                // The first page also shows the newest articles of each menu category.
                for category in site.menu {
                    inputs.values.append(ids.categories[category])
                    inputs.values += site.categories[category].articles.prefix(Self.categoryBlockCount).map { ids.summaries[$0] }
                }
            }
            return inputs
        case .category(let index, let number):
            return listInputs(4, identity: ids.categories[index], articles: site.categories[index].articles, page: number, ids: ids)
        case .tag(let index, let number):
            return listInputs(5, identity: ids.tags[index], articles: site.tags[index].articles, page: number, ids: ids)
        case .notFound:
            return PageInputs(values: [6])
        case .search:
            // The page lists the categories that have articles and the years; the results are the index's.
            var values = [8]
            for (index, category) in site.categories.enumerated() where !category.articles.isEmpty { values.append(ids.categories[index]) }
            values.append(-1)
            values += Set(site.articles.map { formatter.year($0.date) }).sorted()
            return PageInputs(values: values)
        case .bulletinIndex, .bulletin, .bulletinEmail, .achievementIndex, .achievementYear:
            return PageInputs(values: [7], volatile: true)
        }
    }

    /// A list page shows its heading, its slice of summaries, its number and the number of pages.
    private func listInputs<C: Collection>(_ kind: Int, identity: Int, articles: C, page number: Int, ids: Identities) -> PageInputs
    where C.Element == Int, C.Index == Int {
        let start = articles.startIndex + (number - 1) * site.config.perPage
        let slice = articles[start..<min(start + site.config.perPage, articles.endIndex)]
        var values = [kind, identity, number, pageCount(articles.count)]
        values.reserveCapacity(values.count + slice.count)
        for article in slice { values.append(ids.summaries[article]) }
        return PageInputs(values: values)
    }

    /// Renders `jobs` on all cores, in order.
    func render(_ jobs: [Job]) -> [RenderedFile] {
        jobs.parallelMap { render($0) }
    }
}
