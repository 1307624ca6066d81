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
    /// Where each article was in the context given as `last`, when that published the same files.
    let lastPlaces: ArticlePlaces?
    /// True when the pages say what they read (`Page.Reads`): for a cache that compares them at the
    /// next update. A build has none; its 100,000 article pages' lists weighed 40 MB.
    let keepsReads: Bool

    /// Builds the shared values.
    /// - Parameter last: the context the cached pages were rendered from, whose summaries are kept
    ///   where the same document is at the same place.
    init(
        site: ResolvedSite, bulletins: [ResolvedBulletin], achievements: AchievementIndex, imageSizes: [String: ImageSize], hasSearchPage: Bool = false,
        indexesApart: Bool = false, keepsReads: Bool = true, last: SiteContext? = nil, shared: inout Shared
    ) {
        self.hasSearchPage = hasSearchPage
        self.keepsReads = keepsReads
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
        // When the same files are published, each moved or not, an article keeps the summary it had at
        // its last place while its document, URL, date and category are the same: a date edit moves
        // thousands of articles by one place, and shows no other summary.
        let places = last.flatMap { ArticlePlaces(of: site, in: $0.site) }
        lastPlaces = places
        let last = last.flatMap { places != nil && $0.hasSameSummaryInputs(as: site, imageSizes: imageSizes) ? $0 : nil }
        var byPath: [String: ArticleSummary.Cached] = [:]
        swap(&byPath, &shared.summaries)
        var previous: [String: ArticleSummary.Cached] = [:]
        if last == nil {
            swap(&byPath, &previous)
            byPath.reserveCapacity(site.articles.count)
        }
        // Made on all cores from the table as it was; then the table is updated, no longer shared.
        let made = Self.summaries(
            of: site, last: last.map { ($0, places!) }, table: last == nil ? previous : byPath, formatter: formatter, imageSizes: imageSizes
        )
        for (index, entry) in made.enumerated() {
            if let cached = entry.cached { byPath[site.articles[index].document.path] = cached }
        }
        summaries = made.map(\.summary)
        shared.summaries = byPath
    }

    /// Each article's summary: the last context's at the same place, the table's when what it shows
    /// is the same, or made now; with the table's entry for it when that is not the last context's.
    private static func summaries(
        of site: ResolvedSite, last: (context: SiteContext, places: ArticlePlaces)?, table: [String: ArticleSummary.Cached],
        formatter: SiteDateFormatter, imageSizes: [String: ImageSize]
    ) -> [(summary: Encoded<ArticleSummary>, cached: ArticleSummary.Cached?)] {
        Parallel.map(site.articles.count) { index in
            let article = site.articles[index]
            if let (last, places) = last {
                let earlier = places.earlier[index]
                if Self.isSame(article, as: last.site.articles[earlier]) { return (last.summaries[earlier], nil) }
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

    /// True when the settings, the categories' names and URLs and the image sizes are the same as
    /// here: then an article whose document, URL, date and category are the same has the same summary
    /// (`ArticleSummary.Inputs` reads nothing else).
    private func hasSameSummaryInputs(as site: ResolvedSite, imageSizes: [String: ImageSize]) -> Bool {
        self.site.config == site.config && Self.sameNames(site.categories, self.site.categories) && self.imageSizes == imageSizes
    }

    /// Whether `new` is the article `old` was, the same document at the same URL, date and category:
    /// then it shows the same summary. Read field by field: an article is a large value, and a copy of
    /// each would be a dozen retains.
    private static func isSame(_ new: ResolvedSite.Article, as old: ResolvedSite.Article) -> Bool {
        new.document === old.document && new.sitePath == old.sitePath && new.date == old.date && new.category == old.category
    }

    /// True when both lists have the same groups by name, slug and URL, whatever their articles.
    private static func sameNames(_ new: [ResolvedSite.Taxon], _ old: [ResolvedSite.Taxon]) -> Bool {
        new.count == old.count && zip(new, old).allSatisfy { $0.name == $1.name && $0.slug == $1.slug && $0.sitePath == $1.sitePath }
    }

    var config: SiteConfig { site.config }

    /// What a page reads, for `Page.reads`, when the pages keep it (`keepsReads`); made only then.
    func reads(_ reads: @autoclosure () -> Page.Reads) -> Page.Reads? {
        keepsReads ? reads() : nil
    }

    /// Which articles changed since an earlier context, position by position.
    struct Changes: Sendable {
        /// By article index: the article's index in the last site.
        let earlier: [Int]
        /// By article index: the article is another document, or at another URL, date, category or tags.
        let documents: [Bool]
        /// By article index: its summary shows something else.
        let summaries: [Bool]
        /// By article index, for summaries that changed: the names of the fields that did.
        let summaryFields: [Int: Set<String>]
        /// The fields templates may print of the summaries at each place (`Page.Reads.placedSummaries`);
        /// a place not listed may print all of them.
        var fieldsRead: [TemplatePlace: Set<String>] = [:]
        /// By category and tag index: it has another number of articles.
        let categories: [Bool]
        let tags: [Bool]
        /// True when the achievements rolled up are others, not only reported by articles at other places.
        let achievements: Bool

        /// True when the page reads, in the same order, the articles the cached page read (`cached`),
        /// none of which changed, and the same groups, none of which has another number of articles.
        func unchanged(_ reads: Page.Reads, cached: Page.Reads) -> Bool {
            sameApartFromPlaces(reads, cached: cached) && samePlaced(reads.placedSummaries, cached.placedSummaries)
        }

        /// The articles the page shows at `place` now, when that list is all that changed since the
        /// cached page (`cached`): every other article it reads is the one it read and unchanged, and the
        /// list was not empty then and is not now (so whatever prints only when it has articles, prints
        /// as it did). Nil otherwise.
        func onlyList(at place: TemplatePlace, changedIn reads: Page.Reads, cached: Page.Reads) -> [Int]? {
            guard sameApartFromPlaces(reads, cached: cached),
                  samePlaced(reads.placedSummaries.filter { $0.place != place }, cached.placedSummaries.filter { $0.place != place })
            else { return nil }
            let list = reads.placedSummaries.filter { $0.place == place }.map(\.article)
            guard !list.isEmpty, cached.placedSummaries.contains(where: { $0.place == place }) else { return nil }
            return list
        }

        /// True when the page reads what the cached page read, unchanged, but for the summaries it shows
        /// at places: the achievements, the same groups, the same articles' documents and summaries.
        private func sameApartFromPlaces(_ reads: Page.Reads, cached: Page.Reads) -> Bool {
            !(reads.achievements && achievements) && reads.achievements == cached.achievements
                && reads.categories == cached.categories && reads.tags == cached.tags
                && !reads.categories.contains(where: { categories[$0] }) && !reads.tags.contains(where: { tags[$0] })
                && Self.same(reads.documents, cached.documents, earlier: earlier, changed: documents)
                && Self.same(reads.summaries, cached.summaries, earlier: earlier, changed: summaries)
        }

        /// True when `new` shows, place by place and in the same order, the articles `old` showed, none
        /// changed in a field the template prints there.
        private func samePlaced(_ new: [(article: Int, place: TemplatePlace)], _ old: [(article: Int, place: TemplatePlace)]) -> Bool {
            guard new.count == old.count else { return false }
            for (new, old) in zip(new, old) {
                guard earlier[new.article] == old.article, new.place == old.place, !showsChange(of: new.article, at: new.place) else { return false }
            }
            return true
        }

        /// True when `new`, by present index, names the articles `old` named by their earlier indices,
        /// in the same order, and none of them is marked in `changed`.
        private static func same(_ new: [Int], _ old: [Int], earlier: [Int], changed: [Bool]) -> Bool {
            guard new.count == old.count else { return false }
            for (new, old) in zip(new, old) where earlier[new] != old || changed[new] { return false }
            return true
        }

        /// Whether the article's summary changed in a field the template may print at `place`.
        private func showsChange(of article: Int, at place: TemplatePlace) -> Bool {
            guard summaries[article] else { return false }
            guard let read = fieldsRead[place], let changed = summaryFields[article] else { return true }
            return !changed.isDisjoint(with: read)
        }
    }

    /// Which articles and groups differ from `last`'s, when the site kept its shape: the same settings
    /// and site fields, the same files published (each at its place or moved), the same categories and
    /// tags by name and URL, the same menu. An article at a new URL, date or category or with other
    /// tags is marked as another document; a group with another number of articles is marked; so are
    /// the achievements when they are others (not only reported from other places), for the pages
    /// that show them. Nil when the site did not keep its shape:
    /// then any page may read something that changed. Comparing values that share their storage is
    /// immediate, and an edit that moves nothing keeps them shared (`ResolveStage`, `BuildCache.achievements`).
    /// - Parameter last: the context given to this one's `init` as `last`.
    func changes(since last: SiteContext) -> Changes? {
        let old = last.site
        guard let places = lastPlaces, siteFields == last.siteFields, site.config == old.config, site.menu == old.menu,
              let categories = Self.changedCounts(site.categories, old.categories), let tags = Self.changedCounts(site.tags, old.tags)
        else { return nil }
        var documents = [Bool](repeating: false, count: site.articles.count)
        var summaries = documents
        var summaryFields: [Int: Set<String>] = [:]
        let new = site.articles
        let before = old.articles
        for index in new.indices {
            let earlier = places.earlier[index]
            documents[index] = !Self.isSame(new[index], as: before[earlier]) || new[index].tags != before[earlier].tags
            summaries[index] = self.summaries[index] != last.summaries[earlier]
            if summaries[index] { summaryFields[index] = self.summaries[index].value.fieldsDiffering(from: last.summaries[earlier].value) }
        }
        return Changes(
            earlier: places.earlier, documents: documents, summaries: summaries, summaryFields: summaryFields,
            categories: categories, tags: tags,
            achievements: !(achievements == last.achievements || achievements.hasSameRecords(as: last.achievements))
        )
    }

    /// For each group, whether its number of articles changed; nil when the groups are not the same
    /// ones (another number, name or URL).
    private static func changedCounts(_ new: [ResolvedSite.Taxon], _ old: [ResolvedSite.Taxon]) -> [Bool]? {
        guard sameNames(new, old) else { return nil }
        return zip(new, old).map { $0.articles.count != $1.articles.count }
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

/// Where each article of a site was in an earlier one that published the same files.
struct ArticlePlaces: Sendable {
    /// By article index: the index in the earlier site of the article of the same file.
    let earlier: [Int]

    /// Nil when the sites do not publish the same files.
    init?(of site: ResolvedSite, in earlier: ResolvedSite) {
        let new = site.articles
        let old = earlier.articles
        guard new.count == old.count else { return nil }
        // Usually every article is where it was; after a date edit, those between its two places moved by one.
        var places = Array(new.indices)
        guard let firstMoved = new.indices.first(where: { new[$0].document.path != old[$0].document.path }) else {
            self.earlier = places
            return
        }
        // Past the last article out of place, every article is where it was.
        var lastMoved = new.count - 1
        while lastMoved > firstMoved, new[lastMoved].document.path == old[lastMoved].document.path { lastMoved -= 1 }
        func same(_ newIndex: Int, _ oldIndex: Int) -> Bool { new[newIndex].document.path == old[oldIndex].document.path }
        if (firstMoved + 1..<lastMoved + 1).allSatisfy({ same($0, $0 - 1) }), same(firstMoved, lastMoved) {
            // One article moved up (a later date): those it passed went down by one.
            places[firstMoved] = lastMoved
            for index in firstMoved + 1..<lastMoved + 1 { places[index] = index - 1 }
        } else if (firstMoved..<lastMoved).allSatisfy({ same($0, $0 + 1) }), same(lastMoved, firstMoved) {
            // One article moved down (an earlier date): those it passed went up by one.
            places[lastMoved] = firstMoved
            for index in firstMoved..<lastMoved { places[index] = index + 1 }
        } else {
            // Anything else, matched by path; the paths are the same set at those places or the sites
            // publish different files.
            var oldIndex: [String: Int] = [:]
            oldIndex.reserveCapacity(lastMoved - firstMoved + 1)
            for index in firstMoved...lastMoved { oldIndex[old[index].document.path] = index }
            for index in firstMoved...lastMoved {
                guard let found = oldIndex[new[index].document.path] else { return nil }
                places[index] = found
            }
        }
        self.earlier = places
    }
}
