/// Lets an incremental rebuild skip the resolve stage when an edit cannot change the site's shape:
/// a new parse of a document whose date, draft flag, category, tags and slug are the same is
/// published at the same place, in the same order and groups, so only the document itself changes.
/// An article whose slug alone changed keeps its place too; only its URL moves.
///
/// `resolvesAlike` must compare every field `SiteResolver.resolve` reads from a document, apart from
/// its path (a new or removed path always resolves again) and the slug's location (used only in the
/// error for two documents at one URL, which a site that resolved before cannot have).
extension ResolvedSite {
    /// Whether `new` is published exactly where and how `old` was (apart from its URL, when
    /// `ignoringSlug`: articles are ordered by date and path, not by slug).
    static func resolvesAlike(_ old: ParsedDocument, _ new: ParsedDocument, ignoringSlug: Bool = false) -> Bool {
        old.path == new.path && old.kind == new.kind && old.date == new.date && old.draft == new.draft
            && old.category == new.category && old.tags == new.tags && (ignoringSlug || old.slug == new.slug)
    }

    /// The same site with the published documents among `documents` replaced by their new parses.
    /// - Parameters:
    ///   - articleIndex: the index in `articles` of each published article, by path.
    ///   - pageIndex: the index in `pages` of each published page, by path.
    ///   - sitePaths: the new URL of each article whose slug changed, by path.
    func replacing(_ documents: [ParsedDocument], articleIndex: [String: Int], pageIndex: [String: Int], sitePaths: [String: String] = [:]) -> ResolvedSite {
        var articles = self.articles
        var pages = self.pages
        for document in documents {
            if let index = articleIndex[document.path] {
                let article = articles[index]
                articles[index] = Article(
                    document: document, sitePath: sitePaths[document.path] ?? article.sitePath, date: article.date,
                    category: article.category, tags: article.tags
                )
            } else if let index = pageIndex[document.path] {
                pages[index] = Page(document: document, sitePath: pages[index].sitePath)
            }
        }
        return ResolvedSite(
            config: config, articles: articles, pages: pages, categories: categories, tags: tags, menu: menu,
            skippedDrafts: skippedDrafts, skippedFuture: skippedFuture
        )
    }
}
