import Foundation

/// Finds the article a bulletin's `featured:` entry means: its slug, its title (exactly, or ignoring tone
/// marks, case and punctuation), or its address (absolute, or the path on the site).
///
/// Editors copy whatever they have at hand: the title from the page, the address from the browser bar.
/// Lookups are by dictionary; only an entry that matches nothing is compared with every article, to
/// suggest the one it was probably meant to be.
struct FeaturedArticleFinder {
    private let site: ResolvedSite
    private var bySlug: [String: [Int]] = [:]
    private var byTitle: [String: [Int]] = [:]
    private var byFoldedTitle: [String: [Int]] = [:]
    private var bySitePath: [String: [Int]] = [:]

    /// Indexes the published articles of `site`.
    init(site: ResolvedSite) {
        self.site = site
        for (index, article) in site.articles.enumerated() {
            bySlug[article.document.slug, default: []].append(index)
            byTitle[article.document.title, default: []].append(index)
            byFoldedTitle[Slug.make(from: article.document.title), default: []].append(index)
            bySitePath[article.sitePath, default: []].append(index)
        }
    }

    /// The article `reference` names; when several do (two articles with one title), the one dated within
    /// `period`, else the newest.
    func article(_ reference: String, in period: Range<Date>) -> Int? {
        let written = DocumentParser.collapseSpaces(reference)
        guard !written.isEmpty else { return nil }
        let candidates = sitePath(of: written).flatMap { bySitePath[$0] }
            ?? bySlug[written]
            ?? byTitle[written]
            ?? byFoldedTitle[Slug.make(from: written)]
            ?? bySlug[Slug.make(from: written)]
        guard let candidates else { return nil }
        return candidates.first { period.contains(site.articles[$0].date) } ?? candidates.first
    }

    /// The title and slug of the article nearest to an entry that matched none, when one is near enough
    /// to be a likely slip.
    func suggestion(for reference: String) -> (title: String, slug: String)? {
        let written = Slug.make(from: sitePath(of: reference).map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? reference)
        guard !written.isEmpty else { return nil }
        let limit = max(2, written.count / 4)
        var best: (index: Int, distance: Int)?
        for (index, article) in site.articles.enumerated() {
            for name in [article.document.slug, Slug.make(from: article.document.title)]
            where abs(name.count - written.count) <= limit {
                let distance = YAMLMapping.editDistance(written, name)
                if distance <= limit, distance < best?.distance ?? .max { best = (index, distance) }
            }
        }
        return best.map { (site.articles[$0.index].document.title, site.articles[$0.index].document.slug) }
    }

    /// The site path an address points at ("https://host/tin/2021/11/x/" → "/2021/11/x/"), or nil when
    /// `reference` is not an address. The host is not compared, so a staging or old address works too.
    private func sitePath(of reference: String) -> String? {
        var path: Substring
        if let scheme = reference.range(of: "://"), reference.lowercased().hasPrefix("http") {
            let afterHost = reference[scheme.upperBound...]
            path = afterHost.firstIndex(of: "/").map { afterHost[$0...] } ?? "/"
        } else if reference.hasPrefix("/") {
            path = reference[...]
        } else {
            return nil
        }
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        if path.hasSuffix("/index.html") { path = path.dropLast("index.html".count) }
        var result = String(path)
        if !result.hasSuffix("/") { result += "/" }
        let basePath = site.config.basePath
        if basePath != "/", result.hasPrefix(basePath) { result = "/" + result.dropFirst(basePath.count) }
        return result
    }
}
