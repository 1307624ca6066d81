import BantinTemplate
import BantinMarkdown

/// What every page kind reads: the resolved site, and the values many pages share, made once.
/// A class, immutable: each of the site's pages holds it until rendered, as one reference.
final class SiteContext: Sendable {
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
    /// - Parameter last: the context the cached pages were rendered from, whose summaries are kept
    ///   where the same document is at the same place.
    init(
        site: ResolvedSite, bulletins: [ResolvedBulletin], achievements: AchievementIndex, imageSizes: [String: ImageSize], hasSearchPage: Bool = false,
        indexesApart: Bool = false, last: SiteContext? = nil, shared: inout Shared
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
        // When every article is where it was, the same document at the same place keeps its summary
        // without a look at what it shows, and the table by path is updated in place; otherwise the
        // table is made anew from the last one, so that articles no longer published are forgotten.
        let last = last.flatMap { $0.hasSamePlaces(as: site, imageSizes: imageSizes) ? $0 : nil }
        var byPath: [String: ArticleSummary.Cached] = [:]
        swap(&byPath, &shared.summaries)
        var previous: [String: ArticleSummary.Cached] = [:]
        if last == nil {
            swap(&byPath, &previous)
            byPath.reserveCapacity(site.articles.count)
        }
        // Made on all cores from the table as it was; then the table is updated, no longer shared.
        let made = Self.summaries(of: site, last: last, table: last == nil ? previous : byPath, formatter: formatter, imageSizes: imageSizes)
        for (index, entry) in made.enumerated() {
            if let cached = entry.cached { byPath[site.articles[index].document.path] = cached }
        }
        summaries = made.map(\.summary)
        shared.summaries = byPath
    }

    /// Each article's summary: the last context's at the same place, the table's when what it shows
    /// is the same, or made now; with the table's entry for it when that is not the last context's.
    private static func summaries(
        of site: ResolvedSite, last: SiteContext?, table: [String: ArticleSummary.Cached], formatter: SiteDateFormatter, imageSizes: [String: ImageSize]
    ) -> [(summary: Encoded<ArticleSummary>, cached: ArticleSummary.Cached?)] {
        Parallel.map(site.articles.count) { index in
            let article = site.articles[index]
            if let last, last.site.articles[index].document === article.document, last.site.articles[index].sitePath == article.sitePath {
                return (last.summaries[index], nil)
            }
            let inputs = ArticleSummary.Inputs(article, in: site, imageSizes: imageSizes)
            if let cached = table[article.document.path], cached.inputs == inputs {
                return (cached.summary, cached)
            }
            let summary = Encoded(ArticleSummary(article, in: site, formatter: formatter, imageSizes: imageSizes))
            return (summary, ArticleSummary.Cached(inputs: inputs, summary: summary))
        }
    }

    /// Builds the shared values from scratch.
    convenience init(site: ResolvedSite, bulletins: [ResolvedBulletin], achievements: AchievementIndex, imageSizes: [String: ImageSize], hasSearchPage: Bool = false) {
        var none = Shared()
        self.init(site: site, bulletins: bulletins, achievements: achievements, imageSizes: imageSizes, hasSearchPage: hasSearchPage, shared: &none)
    }

    /// The encoded values of the last update, with what each was made from (see `BuildCache.shared`).
    struct Shared: Sendable {
        var siteFields: (fields: SiteFields, encoded: Encoded<SiteFields>)?
        /// Articles' summaries by document path.
        var summaries: [String: ArticleSummary.Cached] = [:]
    }

    /// True when each article of `site` is at the same place as here, with the same path, date and
    /// category, and the settings, categories and image sizes are the same: then an article whose
    /// document and URL are the same has the same summary (`ArticleSummary.Inputs` reads nothing else).
    private func hasSamePlaces(as site: ResolvedSite, imageSizes: [String: ImageSize]) -> Bool {
        guard self.site.articles.count == site.articles.count, self.site.config == site.config, self.site.categories == site.categories,
              self.imageSizes == imageSizes else { return false }
        return site.articles.indices.allSatisfy { Self.isInPlace($0, site.articles, self.site.articles) }
    }

    /// Whether the article at `index` of `new` is the one at `index` of `old` (the same file), with the
    /// same date and category: what keeps the site's shape. Read field by field: an article is a large
    /// value, and a copy of each would be a dozen retains.
    private static func isInPlace(_ index: Int, _ new: [ResolvedSite.Article], _ old: [ResolvedSite.Article]) -> Bool {
        new[index].document.path == old[index].document.path && new[index].date == old[index].date && new[index].category == old[index].category
    }

    var config: SiteConfig { site.config }

    /// Which articles changed since an earlier context, position by position.
    struct Changes: Sendable {
        /// By article index: the article is another document.
        let documents: [Bool]
        /// By article index: its summary shows something else.
        let summaries: [Bool]
        /// By article index, for summaries that changed: the names of the fields that did.
        let summaryFields: [Int: Set<String>]
        /// The fields templates may print of the summaries at each place (`Page.Reads.placedSummaries`);
        /// a place not listed may print all of them.
        var fieldsRead: [TemplatePlace: Set<String>] = [:]
        /// By category and tag index: its list of articles is another.
        let categories: [Bool]
        let tags: [Bool]
        /// True when some pages are at other paths than then (an article's new URL).
        let pagesMoved: Bool

        /// True when none of the articles and groups `reads` names changed, nor the paths of pages if
        /// it reads them.
        func unchanged(_ reads: Page.Reads) -> Bool {
            !(reads.pagePaths && pagesMoved) && !reads.documents.contains { documents[$0] } && !reads.summaries.contains { summaries[$0] }
                && !reads.placedSummaries.contains { showsChange(of: $0.article, at: $0.place) }
                && !reads.categories.contains { categories[$0] } && !reads.tags.contains { tags[$0] }
        }

        /// Whether the article's summary changed in a field the template may print at `place`.
        private func showsChange(of article: Int, at place: TemplatePlace) -> Bool {
            guard summaries[article] else { return false }
            guard let read = fieldsRead[place], let changed = summaryFields[article] else { return true }
            return !changed.isDisjoint(with: read)
        }
    }

    /// Which articles and groups differ from `last`'s, when the site kept its shape: the same settings
    /// and site fields, every article at the same place with the same date and category, the same
    /// categories and tags by name and URL, the same menu and the same achievements. An article at a
    /// new URL or with other tags is another document (its slug, date or category changed) with another
    /// summary; a group with other articles is marked. Nil when the site did not keep its shape: then
    /// any page may read something that changed. Comparing values that share their storage is
    /// immediate, and an edit that moves nothing keeps them shared (`ResolveStage`, `BuildCache.achievements`).
    /// - Parameter pagesMoved: whether some pages are at other paths than `last`'s (same number of pages).
    func changes(since last: SiteContext, pagesMoved: Bool) -> Changes? {
        let old = last.site
        guard siteFields == last.siteFields, site.config == old.config, site.articles.count == old.articles.count,
              site.menu == old.menu, achievements == last.achievements,
              let categories = Self.changedLists(site.categories, old.categories), let tags = Self.changedLists(site.tags, old.tags)
        else { return nil }
        var documents = [Bool](repeating: false, count: site.articles.count)
        var summaries = documents
        var summaryFields: [Int: Set<String>] = [:]
        let new = site.articles
        let before = old.articles
        for index in new.indices {
            guard Self.isInPlace(index, new, before) else { return nil }
            documents[index] = new[index].document !== before[index].document || new[index].tags != before[index].tags
            summaries[index] = self.summaries[index] != last.summaries[index]
            if summaries[index] { summaryFields[index] = self.summaries[index].value.fieldsDiffering(from: last.summaries[index].value) }
        }
        return Changes(
            documents: documents, summaries: summaries, summaryFields: summaryFields, categories: categories, tags: tags, pagesMoved: pagesMoved
        )
    }

    /// For each group, whether its list of articles changed; nil when the groups are not the same ones
    /// (another number, name or URL).
    private static func changedLists(_ new: [ResolvedSite.Taxon], _ old: [ResolvedSite.Taxon]) -> [Bool]? {
        guard new.count == old.count else { return nil }
        var changed: [Bool] = []
        changed.reserveCapacity(new.count)
        for (new, old) in zip(new, old) {
            guard new.name == old.name, new.slug == old.slug, new.sitePath == old.sitePath else { return nil }
            changed.append(new.articles != old.articles)
        }
        return changed
    }

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
