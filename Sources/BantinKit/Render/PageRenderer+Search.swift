/// The search page, `/tim-kiem/`: the box, the filters and the message for readers without
/// JavaScript. The results come from `assets/search.js` and the index `SearchIndex` writes.
///
/// The page and its index exist only when the theme has `search.mustache`, so a theme made before
/// search keeps building, and a site never carries an index nothing reads.
extension PageRenderer {
    /// The search page's title and heading.
    static let searchTitle = "Tìm kiếm"

    /// True when the theme has a search page.
    var hasSearchPage: Bool {
        templates.names.contains("search")
    }

    /// Renders `/tim-kiem/` with `search.mustache`.
    func searchPage() -> RenderedFile {
        let config = site.config
        var context = baseContext(
            title: Self.searchTitle, sitePath: SearchIndex.pagePath,
            description: "Tìm bài viết trên trang \(config.title), có dấu hoặc không dấu.", type: "website"
        )
        var years: [Int] = []
        for article in site.articles.reversed() {
            let year = formatter.year(article.date)
            if years.last != year { years.append(year) }
        }
        let categories = site.categories.filter { !$0.articles.isEmpty }
        context["search"] = [
            "heading": Self.searchTitle,
            "index_url": config.href("/" + SearchIndex.dataFolder + "muc-luc.json"),
            "categories": categories.map { ["name": $0.name, "url": config.href($0.sitePath), "slug": $0.slug] },
            "has_categories": !categories.isEmpty,
            "years": years.reversed().map { ["year": $0] },
            "has_years": !years.isEmpty,
        ] as [String: Any]
        context["breadcrumb"] = [["name": labels.home, "url": config.href("/")]]
        context["has_breadcrumb"] = true
        return RenderedFile(path: Self.outputPath(SearchIndex.pagePath), text: templates.render("search", context))
    }
}
