/// `/ban-tin/<slug>/`: a bulletin on the site (`bulletin.mustache`).
struct BulletinPage: PageKind {
    static let template = "bulletin"

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let bulletin: BulletinFields<Encoded<ArticleSummary>>
        let breadcrumb: [Link]
        let hasBreadcrumb = true
    }

    static func pages(in context: SiteContext) -> [Page] {
        let config = context.config
        return context.bulletins.map { bulletin in
            .template(template, at: Page.outputPath(bulletin.sitePath), Context(
                site: context.siteFields,
                page: context.pageFields(title: bulletin.bulletin.title, sitePath: bulletin.sitePath, description: bulletin.bulletin.note.firstParagraphText, type: "website"),
                bulletin: BulletinFields(bulletin, note: bulletin.bulletin.note.html, in: context, link: config.href) { context.summaries[$0] },
                breadcrumb: [context.homeCrumb, Link(name: context.labels.bulletins, url: config.href(BulletinIndexPage.sitePath))]
            ))
        }
    }
}
