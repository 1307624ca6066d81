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
        var skippedDrafts = 0
        var skippedFuture = 0
        var published: [(document: ParsedDocument, date: Date)] = []
        for document in parsedArticles {
            guard let date = document.date else { continue }
            if document.draft && !inclusion.drafts {
                skippedDrafts += 1
            } else if date > now && !inclusion.future {
                skippedFuture += 1
            } else {
                published.append((document, date))
            }
        }
        published.sort { lhs, rhs in
            lhs.date != rhs.date ? lhs.date > rhs.date : lhs.document.path < rhs.document.path
        }
        let pages = parsedPages.filter { !$0.draft || inclusion.drafts }
        skippedDrafts += parsedPages.count - pages.count

        let categories = groups(published.map { $0.document.category.map { [$0] } ?? [] }, preferredNames: config.menu, under: "chuyen-muc")
        let tags = groups(published.map(\.document.tags), preferredNames: [], under: "tu-khoa")

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
        var newIndex = [Int](repeating: 0, count: categoryTaxa.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }
        let sortedCategories = order.map { categoryTaxa[$0] }

        var articles: [ResolvedSite.Article] = []
        articles.reserveCapacity(published.count)
        for (index, entry) in published.enumerated() {
            let parts = formatter.parts(entry.date)
            let category = categories.membership[index].first
            let path = config.permalink.path(
                year: parts.year, month: parts.month, day: parts.day, slug: entry.document.slug,
                categorySlug: category.map { categories.taxa[$0].slug }
            )
            articles.append(.init(document: entry.document, sitePath: path, date: entry.date, category: category.map { newIndex[$0] }, tags: tags.membership[index]))
        }
        let resolvedPages = pages.map { ResolvedSite.Page(document: $0, sitePath: "/\($0.slug)/") }
        try checkUniqueURLs(articles: articles, pages: resolvedPages)
        let pathProblems = SitePathRule.problems(articles: articles, pages: resolvedPages, config: config)
        if !pathProblems.isEmpty { throw BuildFailure(diagnostics: pathProblems) }

        return ResolvedSite(
            config: config, articles: articles, pages: resolvedPages,
            categories: sortedCategories, tags: tags.taxa, menu: menu.map { newIndex[$0] },
            skippedDrafts: skippedDrafts, skippedFuture: skippedFuture
        )
    }

    /// Groups articles by the names they list, merging names with the same slug ("OCOP" and "ocop").
    ///
    /// - Returns: the groups in Vietnamese alphabetical order, and for each article the indices of its groups.
    private func groups(_ namesPerArticle: [[String]], preferredNames: [String], under prefix: String) -> (taxa: [ResolvedSite.Taxon], membership: [[Int]]) {
        var preferred: [String: String] = [:]
        for name in preferredNames { preferred[Slug.make(from: name)] = preferred[Slug.make(from: name)] ?? name }
        var nameForSlug: [String: String] = [:]
        var members: [String: [Int]] = [:]
        var slugsPerArticle: [[String]] = []
        // A site has a few dozen names used thousands of times; making a slug decomposes the name.
        var slugForName: [String: String] = [:]
        for (index, names) in namesPerArticle.enumerated() {
            var slugs: [String] = []
            for name in names {
                let slug: String
                if let known = slugForName[name] {
                    slug = known
                } else {
                    slug = Slug.make(from: name)
                    slugForName[name] = slug
                }
                guard !slug.isEmpty else { continue }
                if nameForSlug[slug] == nil { nameForSlug[slug] = preferred[slug] ?? name }
                members[slug, default: []].append(index)
                slugs.append(slug)
            }
            slugsPerArticle.append(slugs)
        }
        let sortedSlugs = nameForSlug.map { (slug: $0.key, key: collation.sortKey(for: $0.value)) }
            .sorted { $0.key < $1.key }
            .map(\.slug)
        var position: [String: Int] = [:]
        var taxa: [ResolvedSite.Taxon] = []
        for (offset, slug) in sortedSlugs.enumerated() {
            position[slug] = offset
            taxa.append(.init(name: nameForSlug[slug]!, slug: slug, sitePath: "/\(prefix)/\(slug)/", articles: members[slug]!))
        }
        return (taxa, slugsPerArticle.map { $0.map { position[$0]! } })
    }

    private func checkUniqueURLs(articles: [ResolvedSite.Article], pages: [ResolvedSite.Page]) throws(BuildFailure) {
        var owners: [String: [SourceLocation]] = [:]
        for article in articles { owners[article.sitePath, default: []].append(article.document.slugLocation) }
        for page in pages { owners[page.sitePath, default: []].append(page.document.slugLocation) }
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
