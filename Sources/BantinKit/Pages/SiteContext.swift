import BantinMarkdown

/// What every page kind reads: the resolved site, and the values many pages share, made once.
struct SiteContext: Sendable {
    /// How many articles "Các tin khác" lists.
    static let relatedCount = 5
    /// How many articles a feed lists.
    static let feedCount = 20
    /// How many articles each category block on the home page lists.
    static let categoryBlockCount = 4

    let site: ResolvedSite
    /// The bulletins, newest first.
    let bulletins: [ResolvedBulletin]
    /// The achievements of the published articles, rolled up.
    let achievements: AchievementIndex
    /// Known image sizes by URL, for `width` and `height`.
    let imageSizes: [String: ImageSize]
    let formatter: SiteDateFormatter
    let labels = Labels()
    /// The `site` fields every page has.
    let siteFields: Encoded<SiteFields>
    /// What lists, "Các tin khác", neighbours and feeds show of each article, by article index.
    let summaries: [Encoded<ArticleSummary>]
    /// True when the theme has `search.mustache`: then the site has a search page and its index.
    let hasSearchPage: Bool
    /// True when the index is built apart, beside the rendering (`SiteBuilder.build(into:)`), and is
    /// not one of the pages listed here.
    let indexesApart: Bool

    /// Builds the shared values.
    init(
        site: ResolvedSite, bulletins: [ResolvedBulletin], achievements: AchievementIndex, imageSizes: [String: ImageSize], hasSearchPage: Bool = false,
        indexesApart: Bool = false, summaryCache: inout [String: ArticleSummary.Cached]
    ) {
        self.hasSearchPage = hasSearchPage
        self.indexesApart = indexesApart
        self.site = site
        self.bulletins = bulletins
        self.achievements = achievements
        self.imageSizes = imageSizes
        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        self.formatter = formatter
        siteFields = Encoded(SiteFields(site: site, hasBulletins: !bulletins.isEmpty, hasAchievements: !achievements.years.isEmpty))
        // A summary is made again only when what it shows changed: at 10,000 articles, formatting and
        // encoding every summary at each preview update would cost more than the update itself.
        var next: [String: ArticleSummary.Cached] = [:]
        next.reserveCapacity(site.articles.count)
        summaries = site.articles.map { article in
            let inputs = ArticleSummary.Inputs(article, in: site, imageSizes: imageSizes)
            if let cached = summaryCache[article.document.path], cached.inputs == inputs {
                next[article.document.path] = cached
                return cached.summary
            }
            let summary = Encoded(ArticleSummary(article, in: site, formatter: formatter, imageSizes: imageSizes))
            next[article.document.path] = ArticleSummary.Cached(inputs: inputs, summary: summary)
            return summary
        }
        summaryCache = next
    }

    /// Builds the shared values from scratch.
    init(site: ResolvedSite, bulletins: [ResolvedBulletin], achievements: AchievementIndex, imageSizes: [String: ImageSize], hasSearchPage: Bool = false) {
        var none: [String: ArticleSummary.Cached] = [:]
        self.init(site: site, bulletins: bulletins, achievements: achievements, imageSizes: imageSizes, hasSearchPage: hasSearchPage, summaryCache: &none)
    }

    var config: SiteConfig { site.config }

    /// The `page` fields of the page at `sitePath`.
    func pageFields(title: String, sitePath: String, description: String?, type: String, image: String? = nil) -> PageFields {
        PageFields(
            title: title, sitePath: sitePath, description: description, ogType: type, image: image,
            siteTitle: config.title, baseURL: config.baseURL
        )
    }

    /// The breadcrumb's first step.
    var homeCrumb: Link { Link(name: labels.home, url: config.href("/")) }
}

import Foundation
