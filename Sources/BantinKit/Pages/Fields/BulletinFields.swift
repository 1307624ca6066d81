/// `bulletin`: what both editions of a bulletin show; `Item` is how each edition lists an article.
struct BulletinFields<Item: Encodable & Equatable & Sendable>: Encodable, Equatable, Sendable {
    /// The articles of one category in the period.
    struct Group: Encodable, Equatable, Sendable {
        let articles: [Item]
        let name: String
        let url: String?
    }

    /// The article that first reports an achievement.
    struct ReportingArticle: Encodable, Equatable, Sendable {
        let title: String
        let url: String
    }

    /// An achievement of the period, with the first article that reports it.
    struct PeriodRecord: Encodable, Equatable, Sendable {
        let article: ReportingArticle
    }

    let achievements: [Extended<RecordFields, PeriodRecord>]
    let hasAchievements: Bool
    let title: String
    let number: Int
    let numberLabel: String
    let period: String
    let from: String
    let to: String
    /// The editorial note's HTML.
    let note: String
    let hasNote: Bool
    let featured: [Item]
    let hasFeatured: Bool
    let groups: [Group]
    let articleCount: Int
    let url: String
    let absoluteURL: String
    let emailURL: String
    let organisation: String

    /// - Parameter link: turns a site path into the link the edition uses (relative on the site, absolute in e-mail).
    init(_ bulletin: ResolvedBulletin, note: String, in context: SiteContext, link: (String) -> String, item: (Int) -> Item) {
        let site = context.site
        groups = bulletin.groups.map { group in
            Group(
                articles: group.articles.map(item),
                name: group.category.map { site.categories[$0].name } ?? context.labels.uncategorized,
                url: group.category.map { link(site.categories[$0].sitePath) }
            )
        }
        // Each achievement once (same title, year and unit), in the order the bulletin shows the articles.
        var seen = Set<AchievementRecord.Identity>()
        var records: [Extended<RecordFields, PeriodRecord>] = []
        for index in bulletin.featured + bulletin.groups.flatMap(\.articles) {
            let article = site.articles[index]
            for record in article.document.achievements where seen.insert(record.identity).inserted {
                records.append(Extended(
                    RecordFields(record, in: context, link: link),
                    PeriodRecord(article: ReportingArticle(title: article.document.title, url: link(article.sitePath)))
                ))
            }
        }
        achievements = records
        hasAchievements = !records.isEmpty
        title = bulletin.bulletin.title
        number = bulletin.bulletin.number.value
        numberLabel = BulletinIndexPage.numberLabel(bulletin, in: context)
        period = BulletinIndexPage.period(bulletin, in: context)
        from = context.formatter.dayMonthYear(bulletin.bulletin.from.value)
        to = context.formatter.dayMonthYear(bulletin.bulletin.to.value)
        self.note = note
        hasNote = !bulletin.bulletin.note.html.isEmpty
        featured = bulletin.featured.map(item)
        hasFeatured = !bulletin.featured.isEmpty
        articleCount = bulletin.articleCount
        url = link(bulletin.sitePath)
        absoluteURL = context.config.absoluteURL(bulletin.sitePath)
        emailURL = link(bulletin.sitePath + "email.html")
        organisation = context.config.title
    }
}
