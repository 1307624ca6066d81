import Foundation

/// Chooses each bulletin's articles from the published site, and checks what only the whole site can tell.
public struct BulletinResolver: Sendable {
    public let site: ResolvedSite
    public let inclusion: SiteResolver.Inclusion

    /// Creates a resolver over a resolved site.
    public init(site: ResolvedSite, inclusion: SiteResolver.Inclusion) {
        self.site = site
        self.inclusion = inclusion
    }

    /// The bulletins newest first, with their articles; errors (a featured entry that names no article, an unknown category, a number used
    /// twice in one year, two bulletins at one URL) and warnings (a period without articles) alongside.
    public func resolve(_ parsed: [ParsedBulletin]) -> (bulletins: [ResolvedBulletin], diagnostics: [Diagnostic]) {
        let bulletins = parsed.filter { !$0.draft || inclusion.drafts }.sorted { lhs, rhs in
            if lhs.from.value != rhs.from.value { return lhs.from.value > rhs.from.value }
            if lhs.number.value != rhs.number.value { return lhs.number.value > rhs.number.value }
            return lhs.path < rhs.path
        }
        var diagnostics = duplicateNumbers(bulletins) + duplicateSlugs(bulletins)
        // Indexing every article costs a tenth of a preview update at 10,000 articles: only when asked.
        guard !bulletins.isEmpty else { return ([], diagnostics) }
        let finder = FeaturedArticleFinder(site: site)
        let categoryBySlug = Dictionary(site.categories.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })

        var resolved: [ResolvedBulletin] = []
        for bulletin in bulletins {
            var allowed: Set<Int>?
            for name in bulletin.categories {
                guard let category = categoryBySlug[Slug.make(from: name.value)] else {
                    let suggestion = YAMLMapping.closest(to: name.value, among: site.categories.map(\.name))
                    diagnostics.append(Diagnostic(.error, at: name.location, message: BulletinMessage.unknownCategory(name: name.value, suggestion: suggestion)))
                    continue
                }
                allowed = (allowed ?? []).union([category])
            }
            let (featured, featuredErrors) = featuredArticles(bulletin, finder: finder)
            diagnostics += featuredErrors
            let inPeriod = site.articles.indices.filter { index in
                let article = site.articles[index]
                guard article.date >= bulletin.from.value, article.date < bulletin.until, !featured.contains(index) else { return false }
                guard let allowed else { return true }
                return article.category.map(allowed.contains) ?? false
            }
            if inPeriod.isEmpty && featured.isEmpty {
                diagnostics.append(Diagnostic(.warning, at: bulletin.from.location, message: BulletinMessage.noArticlesInPeriod(categories: allowed != nil)))
            }
            resolved.append(ResolvedBulletin(
                bulletin: bulletin, sitePath: "/ban-tin/\(bulletin.slug.value)/",
                featured: featured, groups: groups(inPeriod)
            ))
        }
        return (resolved, diagnostics)
    }

    /// The articles `featured:` names, in its order and each once, and an error for each entry that names none.
    private func featuredArticles(_ bulletin: ParsedBulletin, finder: FeaturedArticleFinder) -> ([Int], [Diagnostic]) {
        let period = bulletin.from.value..<bulletin.until
        let entries = bulletin.featured
        var featured: [Int] = []
        var diagnostics: [Diagnostic] = []
        func add(_ index: Int, at entry: ParsedBulletin.Located<String>) {
            guard !featured.contains(index) else {
                // Listed once, shown once: the repeat is dropped, and the editor is told which line it was.
                diagnostics.append(Diagnostic(
                    .warning, at: entry.location,
                    message: BulletinMessage.featuredRepeated(title: site.articles[index].document.title)
                ))
                return
            }
            featured.append(index)
        }
        var position = 0
        while position < entries.count {
            let entry = entries[position]
            if let index = finder.article(entry.value, in: period) {
                add(index, at: entry)
                position += 1
                continue
            }
            // `[Hội nghị A, B]` splits a title with a comma into two entries of one line; joined, they may be that title.
            let sameLine = entries[(position + 1)...].prefix { $0.location.line == entry.location.line }
            var joined: (end: Int, index: Int)?
            for end in sameLine.indices {
                if let index = finder.article(entries[position...end].map(\.value).joined(separator: ", "), in: period) {
                    joined = (end, index)
                    break
                }
            }
            if let joined {
                add(joined.index, at: entry)
                position = joined.end + 1
                continue
            }
            // `featured: a, b` without brackets is one text; its parts may be the slugs meant.
            let parts = entry.value.split(separator: ",").map { finder.article(String($0), in: period) }
            if parts.count > 1, parts.allSatisfy({ $0 != nil }) {
                parts.forEach { add($0!, at: entry) }
                position += 1
                continue
            }
            let suggestion = finder.suggestion(for: entry.value)
            diagnostics.append(Diagnostic(
                .error, at: entry.location,
                message: BulletinMessage.featuredNotFound(entry: entry.value, suggestedTitle: suggestion?.title, suggestedSlug: suggestion?.slug)
            ))
            position += 1
        }
        return (featured, diagnostics)
    }

    /// Articles grouped by category: `menu` categories first in menu order, then the others in Vietnamese
    /// order (the order of `site.categories`), then articles without a category.
    private func groups(_ articles: [Int]) -> [ResolvedBulletin.Group] {
        var byCategory: [Int?: [Int]] = [:]
        for index in articles { byCategory[site.articles[index].category, default: []].append(index) }
        var order: [Int?] = site.menu
        order += site.categories.indices.filter { !site.menu.contains($0) }
        order.append(nil)
        return order.compactMap { category in
            byCategory[category].map { ResolvedBulletin.Group(category: category, articles: $0) }
        }
    }

    private func duplicateNumbers(_ bulletins: [ParsedBulletin]) -> [Diagnostic] {
        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        var seen: [String: ParsedBulletin] = [:]
        var diagnostics: [Diagnostic] = []
        for bulletin in bulletins.sorted(by: { $0.path < $1.path }) {
            let year = formatter.year(bulletin.from.value)
            let key = "\(year)/\(bulletin.number.value)"
            if let first = seen[key] {
                diagnostics.append(Diagnostic(
                    .error, at: bulletin.number.location,
                    message: BulletinMessage.numberUsedTwice(number: bulletin.number.value, year: year, first: "\(first.path):\(first.number.location.line)")
                ))
            } else {
                seen[key] = bulletin
            }
        }
        return diagnostics
    }

    private func duplicateSlugs(_ bulletins: [ParsedBulletin]) -> [Diagnostic] {
        var seen: [String: ParsedBulletin] = [:]
        var diagnostics: [Diagnostic] = []
        for bulletin in bulletins.sorted(by: { $0.path < $1.path }) {
            if let first = seen[bulletin.slug.value] {
                diagnostics.append(Diagnostic(
                    .error, at: bulletin.slug.location,
                    message: BulletinMessage.slugUsedTwice(slug: bulletin.slug.value, first: first.path)
                ))
            } else {
                seen[bulletin.slug.value] = bulletin
            }
        }
        return diagnostics
    }
}
