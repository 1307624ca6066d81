/// `/tim-kiem/chi-muc/…`: the search index, split so that a query downloads only the parts it needs
/// (see `SearchIndex`); written only when the theme has a search page.
struct SearchIndexFile: PageKind {
    static func pages(in context: SiteContext) -> [Page] {
        guard context.hasSearchPage, !context.indexesApart else { return [] }
        return SearchIndex(site: context.site).files().map { file in
            guard case .bytes(let bytes) = file.contents else { return Page(path: file.path) { .text("") } }
            return Page(path: file.path) { .bytes(bytes) }
        }
    }
}
