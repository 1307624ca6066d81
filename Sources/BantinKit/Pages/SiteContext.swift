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
        indexesApart: Bool = false, shared: inout Shared
    ) {
        self.hasSearchPage = hasSearchPage
        self.indexesApart = indexesApart
        self.site = site
        self.bulletins = bulletins
        self.achievements = achievements
        self.imageSizes = imageSizes
        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        self.formatter = formatter
        // The site fields are on every page: when they did not change, the encoded value of the last
        // update is kept, so that comparing a page's context with the cached one finds them identical
        // at once instead of comparing them field by field, page after page.
        let fields = SiteFields(site: site, hasBulletins: !bulletins.isEmpty, hasAchievements: !achievements.years.isEmpty)
        if let cached = shared.siteFields, cached.fields == fields {
            siteFields = cached.encoded
        } else {
            siteFields = Encoded(fields)
            shared.siteFields = (fields, siteFields)
        }
        // A summary is made again only when what it shows changed: at 10,000 articles, formatting and
        // encoding every summary at each preview update would cost more than the update itself.
        let summaryCache = shared.summaries
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
        shared.summaries = next
    }

    /// Builds the shared values from scratch.
    init(site: ResolvedSite, bulletins: [ResolvedBulletin], achievements: AchievementIndex, imageSizes: [String: ImageSize], hasSearchPage: Bool = false) {
        var none = Shared()
        self.init(site: site, bulletins: bulletins, achievements: achievements, imageSizes: imageSizes, hasSearchPage: hasSearchPage, shared: &none)
    }

    /// The encoded values of the last update, with what each was made from (see `BuildCache.shared`).
    struct Shared: Sendable {
        var siteFields: (fields: SiteFields, encoded: Encoded<SiteFields>)?
        /// Articles' summaries by document path.
        var summaries: [String: ArticleSummary.Cached] = [:]
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
