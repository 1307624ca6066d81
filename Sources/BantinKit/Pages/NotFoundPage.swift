/// `/404.html`, which web servers show for an address the site does not have (`404.mustache`).
struct NotFoundPage: PageKind {
    static let template = "404"

    /// `not_found`.
    struct NotFoundFields: Encodable, Equatable, Sendable {
        let message: String
        let homeURL: String
    }

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let notFound: NotFoundFields
    }

    static func pages(in context: SiteContext) -> [Page] {
        [.template(template, at: "404.html", Context(
            site: context.siteFields,
            page: context.pageFields(title: context.labels.notFoundTitle, sitePath: "/404.html", description: nil, type: "website"),
            notFound: NotFoundFields(message: context.labels.notFoundMessage, homeURL: context.config.href("/"))
        ))]
    }
}
