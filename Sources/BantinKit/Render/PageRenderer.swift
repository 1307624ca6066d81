import BantinMarkdown
import Foundation

/// The fourth stage: turns the resolved site into files, in memory, on all cores.
///
/// `@unchecked Sendable` because the shared contexts are `[String: Any]`, which Swift cannot prove
/// sendable; they hold only strings, numbers, booleans, arrays and dictionaries of those, are built in
/// `init` and never mutated, so reading them from many threads is safe.
public struct PageRenderer: @unchecked Sendable {
    /// How many articles "Các tin khác" lists.
    static let relatedCount = 5
    /// How many articles a feed lists.
    static let feedCount = 20
    /// How many articles each category block on the home page lists.
    static let categoryBlockCount = 4

    public let site: ResolvedSite
    /// The bulletins, newest first.
    public let bulletins: [ResolvedBulletin]
    /// The achievements of the published articles, rolled up for `/thanh-tich/`.
    public let achievements: AchievementIndex
    public let templates: TemplateSet
    let formatter: SiteDateFormatter
    let labels = Labels()
    /// Summary contexts of every article, built once and shared by lists, related lists and feeds.
    let summaries: [[String: Any]]
    /// The `site` context shared by every page.
    let siteContext: [String: Any]
    /// Known image sizes by URL, for `width` and `height` on covers.
    let imageSizes: [String: ImageSize]

    /// Prepares a renderer: builds the contexts every page shares. Images in `imageSizes` (keyed by URL) get
    /// `width` and `height` in covers and thumbnails.
    /// - Parameter achievements: the roll-up of `site`'s achievements; made from `site` when not given.
    public init(
        site: ResolvedSite, bulletins: [ResolvedBulletin] = [], achievements: AchievementIndex? = nil,
        templates: TemplateSet, imageSizes: [String: ImageSize] = [:]
    ) {
        self.site = site
        self.bulletins = bulletins
        let achievements = achievements ?? AchievementIndex(site: site)
        self.achievements = achievements
        self.templates = templates
        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        self.formatter = formatter
        self.imageSizes = imageSizes
        self.summaries = site.articles.map { Self.summaryContext(for: $0, in: site, formatter: formatter, imageSizes: imageSizes) }
        self.siteContext = Self.siteContext(for: site, hasBulletins: !bulletins.isEmpty)
            .merging(Self.achievementSiteFields(achievements, config: site.config)) { $1 }
    }

    /// One unit of rendering work; the site is split into these so they can run in parallel.
    enum Job: Sendable {
        case article(Int)
        case page(Int)
        case home(page: Int)
        case category(Int, page: Int)
        case tag(Int, page: Int)
        case achievementIndex
        case achievementYear(Int)
        case notFound
        case bulletinIndex
        case bulletin(Int)
        case bulletinEmail(Int)
        /// `/tim-kiem/`, when the theme has `search.mustache` (see `PageRenderer+Search.swift`).
        case search
    }

    /// Every page of the site as jobs, in a stable order.
    func jobs() -> [Job] {
        var jobs: [Job] = site.articles.indices.map { .article($0) }
        jobs += site.pages.indices.map { .page($0) }
        jobs += (1...pageCount(site.articles.count)).map { .home(page: $0) }
        for (index, category) in site.categories.enumerated() {
            jobs += (1...pageCount(category.articles.count)).map { .category(index, page: $0) }
        }
        for (index, tag) in site.tags.enumerated() {
            jobs += (1...pageCount(tag.articles.count)).map { .tag(index, page: $0) }
        }
        jobs += achievementJobs()
        jobs.append(.notFound)
        if !bulletins.isEmpty {
            jobs.append(.bulletinIndex)
            for index in bulletins.indices { jobs += [.bulletin(index), .bulletinEmail(index)] }
        }
        if hasSearchPage { jobs.append(.search) }
        return jobs
    }

    /// Renders every page, feed and sitemap.
    /// - Parameter progress: called after each batch with (done, total) pages.
    public func render(progress: ((Int, Int) -> Void)? = nil) -> [RenderedFile] {
        let jobs = jobs()
        var files: [RenderedFile] = []
        files.reserveCapacity(jobs.count + site.categories.count + 4)
        let batchSize = 2_000
        var start = 0
        while start < jobs.count {
            let batch = Array(jobs[start..<min(start + batchSize, jobs.count)])
            files += batch.parallelMap { render($0) }
            start += batch.count
            progress?(start, jobs.count)
        }
        files += dataFiles()
        files.append(sitemap(pages: files))
        files.append(robots())
        return files
    }

    /// The files that are not pages: RSS feeds, the bulletin feed, the achievements' CSV and JSON, and
    /// the search index.
    func dataFiles() -> [RenderedFile] {
        var files = feeds()
        if !bulletins.isEmpty { files.append(bulletinFeed()) }
        files += achievementData()
        if hasSearchPage { files += SearchIndex(site: site).files() }
        return files
    }

    /// Renders one job.
    func render(_ job: Job) -> RenderedFile {
        switch job {
        case .article(let index):
            let article = site.articles[index]
            return RenderedFile(path: Self.outputPath(article.sitePath), text: templates.render("article", articleContext(index)))
        case .page(let index):
            let page = site.pages[index]
            return RenderedFile(path: Self.outputPath(page.sitePath), text: templates.render("page", pageContext(page)))
        case .home(let number):
            let context = listContext(
                heading: site.config.title, kind: "home", basePath: "/",
                articles: site.articles.indices, page: number, description: site.config.tagline, feedPath: "/rss.xml"
            )
            return RenderedFile(path: Self.outputPath(Self.paginatedPath("/", number)), text: templates.render("list", context))
        case .category(let index, let number):
            let category = site.categories[index]
            let context = listContext(
                heading: category.name, kind: "category", basePath: category.sitePath,
                articles: category.articles, page: number, description: nil,
                feedPath: category.sitePath + "rss.xml", crumb: category
            )
            return RenderedFile(path: Self.outputPath(Self.paginatedPath(category.sitePath, number)), text: templates.render("list", context))
        case .tag(let index, let number):
            let tag = site.tags[index]
            let context = listContext(
                heading: "\(labels.tag): \(tag.name)", kind: "tag", basePath: tag.sitePath,
                articles: tag.articles, page: number, description: nil, feedPath: nil
            )
            return RenderedFile(path: Self.outputPath(Self.paginatedPath(tag.sitePath, number)), text: templates.render("list", context))
        case .bulletinIndex, .bulletin, .bulletinEmail:
            return renderBulletin(job)
        case .achievementIndex:
            return achievementIndexPage()
        case .achievementYear(let index):
            return achievementYearPage(index)
        case .search:
            return searchPage()
        case .notFound:
            var context = baseContext(title: labels.notFoundTitle, sitePath: "/404.html", description: nil, type: "website")
            context["not_found"] = ["message": labels.notFoundMessage, "home_url": site.config.href("/")]
            return RenderedFile(path: "404.html", text: templates.render("404", context))
        }
    }

    /// How many list pages `count` articles need (at least one, so an empty list still has a page).
    func pageCount(_ count: Int) -> Int {
        max(1, (count + site.config.perPage - 1) / site.config.perPage)
    }

    /// "/chuyen-muc/x/" page 1 → itself; page 3 → "/chuyen-muc/x/trang/3/".
    static func paginatedPath(_ base: String, _ page: Int) -> String {
        page == 1 ? base : "\(base)trang/\(page)/"
    }

    /// The file a site path is written to: "/a/b/" → "a/b/index.html", "/" → "index.html".
    static func outputPath(_ sitePath: String) -> String {
        sitePath.hasSuffix("/") ? String(sitePath.dropFirst()) + "index.html" : String(sitePath.dropFirst())
    }
}
