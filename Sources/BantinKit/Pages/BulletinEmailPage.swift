/// `/ban-tin/<slug>/email.html`: the edition to paste into an e-mail (`bulletin-email.mustache`).
/// Every URL is absolute, because a mail client has no page to resolve a relative one against.
struct BulletinEmailPage: PageKind {
    static let template = "bulletin-email"

    /// How the e-mail lists an article.
    struct Item: Encodable, Equatable, Sendable {
        /// A cover with an absolute address.
        struct Cover: Encodable, Equatable, Sendable {
            let src: String
            let alt: String
        }

        let title: String
        let url: String
        let date: String
        let time: String
        let lead: String?
        let cover: Cover?
    }

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let bulletin: BulletinFields<Item>
    }

    static func pages(in context: SiteContext) -> [Page] {
        let config = context.config
        let site = context.site
        return context.bulletins.map { bulletin in
            let fields = BulletinFields(
                bulletin, note: HTMLLinks.absolutized(bulletin.bulletin.note.html, config: config), in: context, link: { config.absoluteURL($0) }
            ) { index in
                let article = site.articles[index]
                let document = article.document
                return Item(
                    title: document.title, url: config.absoluteURL(article.sitePath),
                    date: context.formatter.dayMonthYear(article.date), time: context.formatter.timeAndDate(article.date),
                    lead: document.lead,
                    cover: document.cover.map { Item.Cover(src: config.absoluteURL(forHref: URLText.encoded($0.image)), alt: $0.alt ?? $0.caption ?? document.title) }
                )
            }
            return .template(template, at: String(bulletin.sitePath.dropFirst()) + "email.html", Context(
                site: context.siteFields,
                page: context.pageFields(title: bulletin.bulletin.title, sitePath: bulletin.sitePath, description: bulletin.bulletin.note.firstParagraphText, type: "website"),
                bulletin: fields
            ))
        }
    }
}
