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

    /// Builds the shared values.
    init(
        site: ResolvedSite, bulletins: [ResolvedBulletin], achievements: AchievementIndex, imageSizes: [String: ImageSize], hasSearchPage: Bool = false
    ) {
        self.hasSearchPage = hasSearchPage
        self.site = site
        self.bulletins = bulletins
        self.achievements = achievements
        self.imageSizes = imageSizes
        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        self.formatter = formatter
        siteFields = Encoded(SiteFields(site: site, hasBulletins: !bulletins.isEmpty, hasAchievements: !achievements.years.isEmpty))
        summaries = site.articles.map { Encoded(ArticleSummary($0, in: site, formatter: formatter, imageSizes: imageSizes)) }
    }

    var config: SiteConfig { site.config }

    /// The `page` fields of the page at `sitePath`.
    func pageFields(title: String, sitePath: String, description: String?, type: String, image: String? = nil) -> PageFields {
        PageFields(
            title: title,
            fullTitle: sitePath == "/" ? config.title : "\(title) | \(config.title)",
            url: config.href(sitePath),
            canonicalURL: config.absoluteURL(sitePath),
            encodedURL: Self.queryEncoded(config.absoluteURL(sitePath)),
            ogType: type,
            description: description,
            image: image.map { config.absoluteURL(forHref: $0) }
        )
    }

    /// The breadcrumb's first step.
    var homeCrumb: Link { Link(name: labels.home, url: config.href("/")) }

    /// A URL written as one query value, for share links ("https://x/a/" → "https%3A%2F%2Fx%2Fa%2F").
    static func queryEncoded(_ url: String) -> String {
        url.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? url
    }
}

import Foundation
