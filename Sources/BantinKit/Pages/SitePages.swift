/// Every kind of page and file bantin makes, in the order they are made (the sitemap lists the
/// pages in this order). A new kind is one type in this folder and one line here.
enum SitePages {
    /// The kinds rendered from the resolved site alone.
    static var kinds: [any PageKind.Type] { [
        ArticlePage.self,
        StandalonePage.self,
        ListPage.self,
        AchievementIndexPage.self,
        AchievementYearPage.self,
        NotFoundPage.self,
        BulletinIndexPage.self,
        BulletinPage.self,
        BulletinEmailPage.self,
        SearchPage.self,
        FeedFile.self,
        BulletinFeedFile.self,
        AchievementDataFile.self,
        SearchIndexFile.self,
    ] }

    /// The places of templates' contexts where pages show summaries of which they may print only some
    /// fields (`Page.Reads.placedSummaries`).
    static var summaryPlaces: [TemplatePlace] { kinds.flatMap { $0.summaryPlaces } }

    /// Every page and file of the site: the kinds above, then the sitemap of their pages and robots.txt.
    static func all(in site: SiteContext) -> [Page] {
        var pages: [Page] = []
        pages.reserveCapacity(site.site.articles.count * 3 / 2)
        for kind in kinds { pages += kind.pages(in: site) }
        // The sitemap is given its listing once the list is whole: a page holding the list while two
        // more are appended made the list be copied (15,000 retains at every preview update).
        let listing = SitemapFile.Listing()
        pages.append(SitemapFile.page(listing: listing, in: site))
        pages.append(RobotsFile.page(in: site))
        listing.pages = pages[..<(pages.count - 2)]
        return pages
    }
}
