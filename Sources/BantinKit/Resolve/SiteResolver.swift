import Foundation

/// The third stage: decides what is published, at which URL, in which order and group.
public struct SiteResolver: Sendable {
    /// Which documents a build includes.
    public struct Inclusion: Sendable, Equatable {
        /// Include `draft: true` documents.
        public var drafts: Bool
        /// Include articles dated after `now`.
        public var future: Bool

        /// Creates an inclusion policy; by default drafts and future articles are left out.
        public init(drafts: Bool = false, future: Bool = false) {
            self.drafts = drafts
            self.future = future
        }
    }

    public let config: SiteConfig
    public let inclusion: Inclusion
    /// The build's clock reading; articles after it are "future".
    public let now: Date
    private let formatter: SiteDateFormatter
    private let collation = VietnameseCollation()

    /// Creates a resolver.
    public init(config: SiteConfig, inclusion: Inclusion, now: Date) {
        self.config = config
        self.inclusion = inclusion
        self.now = now
        self.formatter = SiteDateFormatter(timeZone: config.timeZone)
    }

    /// Resolves parsed articles and pages into a site.
    /// - Throws: `BuildFailure` when two documents would be published at the same URL, or at a URL the
    ///   build generates, or at one too long for a file name.
    public func resolve(articles parsedArticles: [ParsedDocument], pages parsedPages: [ParsedDocument]) throws(BuildFailure) -> ResolvedSite {
        try resolveWithSources(articles: parsedArticles, pages: parsedPages).site
    }

    /// Whether an article is published, or left out and why.
    enum Placement: Equatable {
        case published, draft, future
    }

    /// Where `article` goes in this build; the one place the rule is written.
    func placement(of article: ParsedDocument, date: Date) -> Placement {
        if article.draft && !inclusion.drafts { return .draft }
        if date > now && !inclusion.future { return .future }
        return .published
    }

    /// `resolve(articles:pages:)`, and for each resolved article and page its index in the documents
    /// given, so that an update can put new documents in their places (`ResolveStage`).
    /// - Parameter last: what the previous resolve made (see `Previous`): a grouping made from the same
    ///   names, article by article, is taken as it was (a title edit leaves every article's names as they
    ///   were), and so is a URL made from the same date, slug and category at the same place.
    func resolveWithSources(
        articles parsedArticles: [ParsedDocument], pages parsedPages: [ParsedDocument], last: Previous? = nil
    ) throws(BuildFailure) -> (site: ResolvedSite, articleSources: [Int], pageSources: [Int], previous: Previous) {
        var skippedDrafts = 0
        var skippedFuture = 0
        // Published articles by their index in `parsedArticles`: sorting and grouping move numbers,
        // and each document is copied once, into its resolved article.
        var placed: [(index: Int, date: Date)] = []
        for (index, document) in parsedArticles.enumerated() {
            guard let date = document.date else { continue }
            switch placement(of: document, date: date) {
            case .draft: skippedDrafts += 1
            case .future: skippedFuture += 1
            case .published: placed.append((index, date))
            }
        }
        let published = placed.sorted { lhs, rhs in
            lhs.date != rhs.date ? lhs.date > rhs.date : parsedArticles[lhs.index].path < parsedArticles[rhs.index].path
        }
        let pageSources = parsedPages.indices.filter { !parsedPages[$0].draft || inclusion.drafts }
        let pages = pageSources.map { parsedPages[$0] }
        skippedDrafts += parsedPages.count - pages.count

        // Where each published article was in the last resolve, by its document's place among those given
        // (the same files give the same places): a date edit moves thousands of articles by one.
        let lastPlaces = last.flatMap { Self.lastPlaces(of: published.map(\.index), last: $0.sources, documentCount: parsedArticles.count) }
        // Categories and tags are grouped at once, on two cores: the preview resolves again after every
        // edit of a title, a date or the tags.
        let grouped = Parallel.map(2) { which in
            which == 0
                ? Grouping(published.map { parsedArticles[$0.index].category.map { [$0] } ?? [] }, preferredNames: config.menu, under: "chuyen-muc",
                           last: last?.categories, lastPlaces: lastPlaces, by: self)
                : Grouping(published.map { parsedArticles[$0.index].tags }, preferredNames: [], under: "tu-khoa", last: last?.tags,
                           lastPlaces: lastPlaces, by: self)
        }
        let categories = grouped[0].result
        let tags = grouped[1].result

        var categoryTaxa = categories.taxa
        var menu: [Int] = []
        for name in config.menu {
            let slug = Slug.make(from: name)
            if let index = categoryTaxa.firstIndex(where: { $0.slug == slug }) {
                menu.append(index)
            } else if !slug.isEmpty {
                categoryTaxa.append(.init(name: name, slug: slug, sitePath: "/chuyen-muc/\(slug)/", articles: []))
                menu.append(categoryTaxa.count - 1)
            }
        }
        // Menu-only categories were appended; sort once more, and the articles take the new indices.
        let keys = categoryTaxa.map { collation.sortKey(for: $0.name) }
        let order = categoryTaxa.indices.sorted { keys[$0] < keys[$1] }
        var positions = [Int](repeating: 0, count: categoryTaxa.count)
        for (position, old) in order.enumerated() { positions[old] = position }
        let newIndex = positions
        let sortedCategories = order.map { categoryTaxa[$0] }

        // Each article's URL is made on all cores, or taken from the last resolve: the URL it made from the
        // same date, slug and category, for the document at the same place among those given. Each is
        // put straight at its document's place, and the articles are made from them in a second pass:
        // (article, URL) pairs split afterwards were copied three times over, 10 ms of a tag edit.
        let lastURLs = last.flatMap { $0.config == config ? $0.urls : nil } ?? []
        var madeURLs = [URLInputs?](repeating: nil, count: parsedArticles.count)
        madeURLs.withUnsafeMutableBufferPointer { urls in
            // Each published document is at one place, so each element is written by one job only.
            nonisolated(unsafe) let urls = urls
            Parallel.forEach(published.count) { index in
                let entry = published[index]
                let document = parsedArticles[entry.index]
                var url = URLInputs(
                    date: entry.date, slug: document.slug,
                    categorySlug: categories.membership[index].first.map { categories.taxa[$0].slug }, path: ""
                )
                if entry.index < lastURLs.count, let lastURL = lastURLs[entry.index], lastURL.isMade(from: url) {
                    url = lastURL
                } else {
                    let parts = formatter.parts(entry.date)
                    url.path = config.permalink.path(year: parts.year, month: parts.month, day: parts.day, slug: url.slug, categorySlug: url.categorySlug)
                }
                urls[entry.index] = url
            }
        }
        let urls = madeURLs
        let articles = Parallel.map(published.count) { index in
            let entry = published[index]
            return ResolvedSite.Article(
                document: parsedArticles[entry.index], sitePath: urls[entry.index]!.path, date: entry.date,
                category: categories.membership[index].first.map { newIndex[$0] }, tags: tags.membership[index]
            )
        }
        let resolvedPages = pages.map { ResolvedSite.Page(document: $0, sitePath: "/\($0.slug)/") }
        // The last resolve's URLs passed these checks: when the same documents are published, each at the
        // URL it had, and the pages' are the same, the checks would pass again.
        let sameURLs = last.map { last in
            last.config == config && lastPlaces != nil && urls.count == lastURLs.count
                && urls.indices.allSatisfy { urls[$0]?.path == lastURLs[$0]?.path } && last.pagePaths == resolvedPages.map(\.sitePath)
        } ?? false
        if !sameURLs {
            try checkUniqueURLs(articles: articles, pages: resolvedPages)
            let pathProblems = SitePathRule.problems(articles: articles, pages: resolvedPages, config: config)
            if !pathProblems.isEmpty { throw BuildFailure(diagnostics: pathProblems) }
        }

        let site = ResolvedSite(
            config: config, articles: articles, pages: resolvedPages,
            categories: sortedCategories, tags: tags.taxa, menu: menu.map { newIndex[$0] },
            skippedDrafts: skippedDrafts, skippedFuture: skippedFuture
        )
        let previous = Previous(
            config: config, categories: grouped[0], tags: grouped[1], urls: urls, sources: published.map(\.index),
            pagePaths: resolvedPages.map(\.sitePath)
        )
        return (site, published.map(\.index), pageSources, previous)
    }

    /// What a resolve that succeeded hands the next one: its groups of categories and tags, with the
    /// names they were made from, and its articles' URLs, with what each was made from.
    struct Previous: Sendable {
        let config: SiteConfig
        let categories: Grouping
        let tags: Grouping
        /// By document, in the order given: the URL of each published one.
        let urls: [URLInputs?]
        /// By published article, newest first: its document's place among those given.
        let sources: [Int]
        let pagePaths: [String]
    }

    /// For each published article (by its document's place among those given), its index in the last
    /// resolve's articles; nil when the published documents are not the last ones.
    static func lastPlaces(of sources: [Int], last: [Int], documentCount: Int) -> [Int]? {
        guard sources.count == last.count else { return nil }
        var lastIndex = [Int](repeating: -1, count: documentCount)
        for (index, source) in last.enumerated() {
            guard source < documentCount else { return nil }
            lastIndex[source] = index
        }
        var places: [Int] = []
        places.reserveCapacity(sources.count)
        for source in sources {
            guard lastIndex[source] >= 0 else { return nil }
            places.append(lastIndex[source])
        }
        return places
    }

    /// An article's URL and what it is made from (with the settings' permalink and time zone).
    struct URLInputs: Sendable {
        let date: Date
        let slug: String
        let categorySlug: String?
        var path: String

        /// True when this URL was made from the date, slug and category of `other`.
        func isMade(from other: URLInputs) -> Bool {
            date == other.date && slug == other.slug && categorySlug == other.categorySlug
        }
    }

    /// Groups made from the names each published article lists, in order.
    struct Grouping: Sendable {
        let names: [[String]]
        let preferredNames: [String]
        let result: Groups

        /// The groups of `names`: `last`'s when it was made from the same names (comparing lists that
        /// share their storage is immediate), `last`'s with other articles when every name is one of
        /// its groups' (a tag the site has added, an article moved), else made by `resolver`.
        /// - Parameter lastPlaces: for each article, its index in `last`'s, when the same documents are published.
        init(_ names: [[String]], preferredNames: [String], under prefix: String, last: Grouping?, lastPlaces: [Int]?, by resolver: SiteResolver) {
            self.names = names
            self.preferredNames = preferredNames
            if let last, last.names == names, last.preferredNames == preferredNames {
                result = last.result
            } else if let last, last.preferredNames == preferredNames,
                      let regrouped = last.result.regrouped(names, lastNames: last.names, lastPlaces: lastPlaces) {
                result = regrouped
            } else {
                result = resolver.groups(names, preferredNames: preferredNames, under: prefix)
            }
        }
    }

    /// Groups in Vietnamese alphabetical order, and for each article the indices of its groups.
    struct Groups: Sendable {
        let taxa: [ResolvedSite.Taxon]
        let membership: [[Int]]
        /// Each name by its bytes, and its group; nil when a group is named in more than one way ("OCOP"
        /// and "ocop"), as then which spelling names it depends on the order of the articles.
        let groupOfName: [ExactText: Int]?

        /// The same groups, with the articles of `names`: nil when a name is not one of theirs, or a group
        /// would be left without articles (then the groups are made anew). Names are looked up only
        /// for articles whose names are not those of `lastNames` at their last place (`lastPlaces`, or
        /// the same place).
        func regrouped(_ names: [[String]], lastNames: [[String]], lastPlaces: [Int]?) -> Groups? {
            guard let groupOfName else { return nil }
            var membership: [[Int]] = []
            membership.reserveCapacity(names.count)
            for (index, articleNames) in names.enumerated() {
                let last = lastPlaces?[index] ?? index
                if last < lastNames.count, last < self.membership.count, articleNames == lastNames[last] {
                    membership.append(self.membership[last])
                    continue
                }
                var groups: [Int] = []
                groups.reserveCapacity(articleNames.count)
                for name in articleNames {
                    guard let group = groupOfName[ExactText(name)] else { return nil }
                    groups.append(group)
                }
                membership.append(groups)
            }
            var members = [[Int]](repeating: [], count: taxa.count)
            for (index, groups) in membership.enumerated() {
                for group in groups { members[group].append(index) }
            }
            guard !members.contains(where: \.isEmpty) else { return nil }
            let taxa = zip(taxa, members).map { taxon, articles in
                ResolvedSite.Taxon(name: taxon.name, slug: taxon.slug, sitePath: taxon.sitePath, articles: articles)
            }
            return Groups(taxa: taxa, membership: membership, groupOfName: groupOfName)
        }
    }

    /// Groups articles by the names they list, merging names with the same slug ("OCOP" and "ocop").
    ///
    /// - Returns: the groups in Vietnamese alphabetical order, and for each article the indices of its groups.
    fileprivate func groups(_ namesPerArticle: [[String]], preferredNames: [String], under prefix: String) -> Groups {
        var preferred: [String: String] = [:]
        for name in preferredNames { preferred[Slug.make(from: name)] = preferred[Slug.make(from: name)] ?? name }
        // A site has a few hundred names used tens of thousands of times: each name is looked up once
        // per use, by its bytes (two spellings of a name meet at their slug), and its group is a number
        // from then on. Making a slug decomposes the name: once per distinct spelling.
        var groupOfName: [ExactText: Int] = [:]
        var groupOfSlug: [String: Int] = [:]
        var slugs: [String] = []
        var names: [String] = []
        var members: [[Int]] = []
        var groupsPerArticle: [[Int]] = []
        groupsPerArticle.reserveCapacity(namesPerArticle.count)
        var spelledOnce = true
        for (index, articleNames) in namesPerArticle.enumerated() {
            var groups: [Int] = []
            for name in articleNames {
                let group: Int
                if let known = groupOfName[ExactText(name)] {
                    group = known
                } else {
                    let slug = Slug.make(from: name)
                    if slug.isEmpty {
                        group = -1
                    } else if let known = groupOfSlug[slug] {
                        group = known
                        spelledOnce = false
                    } else {
                        // The first name seen for a slug names the group, unless the menu names it.
                        group = slugs.count
                        groupOfSlug[slug] = group
                        slugs.append(slug)
                        names.append(preferred[slug] ?? name)
                        members.append([])
                    }
                    groupOfName[ExactText(name)] = group
                }
                guard group >= 0 else { continue }
                members[group].append(index)
                groups.append(group)
            }
            groupsPerArticle.append(groups)
        }
        let keys = names.map { collation.sortKey(for: $0) }
        let order = slugs.indices.sorted { (keys[$0], slugs[$0]) < (keys[$1], slugs[$1]) }
        var position = [Int](repeating: 0, count: slugs.count)
        for (offset, group) in order.enumerated() { position[group] = offset }
        let taxa = order.map { ResolvedSite.Taxon(name: names[$0], slug: slugs[$0], sitePath: "/\(prefix)/\(slugs[$0])/", articles: members[$0]) }
        return Groups(
            taxa: taxa, membership: groupsPerArticle.map { $0.map { position[$0] } },
            groupOfName: spelledOnce ? groupOfName.compactMapValues { $0 < 0 ? nil : position[$0] } : nil
        )
    }

    private func checkUniqueURLs(articles: [ResolvedSite.Article], pages: [ResolvedSite.Page]) throws(BuildFailure) {
        // Paths are almost always unique: the owners are listed only for the paths that are not.
        var seen = Set<String>(minimumCapacity: articles.count + pages.count)
        var repeated = Set<String>()
        for path in articles.map(\.sitePath) + pages.map(\.sitePath) where !seen.insert(path).inserted { repeated.insert(path) }
        guard !repeated.isEmpty else { return }
        var owners: [String: [SourceLocation]] = [:]
        for article in articles where repeated.contains(article.sitePath) { owners[article.sitePath, default: []].append(article.document.slugLocation) }
        for page in pages where repeated.contains(page.sitePath) { owners[page.sitePath, default: []].append(page.document.slugLocation) }
        var diagnostics: [Diagnostic] = []
        for (path, locations) in owners where locations.count > 1 {
            let sorted = locations.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
            for location in sorted {
                let others = sorted.filter { $0 != location }.map { "\($0.path):\($0.line):\($0.column)" }
                diagnostics.append(Diagnostic(
                    .error, at: location,
                    message: SiteMessage.duplicateURL(url: config.href(path), others: others)
                ))
            }
        }
        if !diagnostics.isEmpty { throw BuildFailure(diagnostics: diagnostics) }
    }
}
