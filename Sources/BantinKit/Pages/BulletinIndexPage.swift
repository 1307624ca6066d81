/// `/ban-tin/`: every bulletin, newest first (`bulletins.mustache`); none without bulletins.
struct BulletinIndexPage: PageKind {
    static let template = "bulletins"
    static let sitePath = "/ban-tin/"
    /// The templates a site with bulletins needs.
    static let templates = ["bulletins", "bulletin", "bulletin-email"]

    /// One bulletin in the list.
    struct Item: Encodable, Equatable, Sendable {
        let title: String
        let url: String
        /// "Số 11".
        let numberLabel: String
        /// "01/11/2021 – 30/11/2021".
        let period: String
        let articleCount: Int
    }

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let bulletins: [Item]
        let hasBulletins: Bool
        let breadcrumb: [Link]
        let hasBreadcrumb = true
    }

    static func pages(in context: SiteContext) -> [Page] {
        guard !context.bulletins.isEmpty else { return [] }
        let items = context.bulletins.map { bulletin in
            Item(
                title: bulletin.bulletin.title, url: context.config.href(bulletin.sitePath), numberLabel: numberLabel(bulletin, in: context),
                period: period(bulletin, in: context), articleCount: bulletin.articleCount
            )
        }
        return [.template(template, at: Page.outputPath(sitePath), Context(
            site: context.siteFields,
            page: context.pageFields(title: context.labels.bulletins, sitePath: sitePath, description: nil, type: "website"),
            bulletins: items, hasBulletins: true, breadcrumb: [context.homeCrumb]
        ))]
    }

    /// "Số 11".
    static func numberLabel(_ bulletin: ResolvedBulletin, in context: SiteContext) -> String {
        "\(context.labels.number) \(bulletin.bulletin.number.value)"
    }

    /// "01/11/2021 – 30/11/2021".
    static func period(_ bulletin: ResolvedBulletin, in context: SiteContext) -> String {
        "\(context.formatter.dayMonthYear(bulletin.bulletin.from.value)) – \(context.formatter.dayMonthYear(bulletin.bulletin.to.value))"
    }
}
