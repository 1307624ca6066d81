/// A page of `content/pages/` ("Giới thiệu", "Liên hệ") at its address (`page.mustache`).
struct StandalonePage: PageKind {
    static let template = "page"

    /// `document`.
    struct DocumentFields: Encodable, Equatable, Sendable {
        let title: String
        let body: String
        let url: String
        let cover: CoverFields?
        let author: String?
    }

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let document: DocumentFields
        let breadcrumb: [Link]
        let hasBreadcrumb = true
    }

    static func pages(in context: SiteContext) -> [Page] {
        context.site.pages.map { page in
            let document = page.document
            return .template(template, at: Page.outputPath(page.sitePath), Context(
                site: context.siteFields,
                page: context.pageFields(title: document.title, sitePath: page.sitePath, description: document.lead, type: "website", image: document.cover?.image),
                document: DocumentFields(
                    title: document.title, body: document.body.html, url: context.config.href(page.sitePath),
                    cover: document.cover.map { CoverFields($0, title: document.title, imageSizes: context.imageSizes) },
                    author: document.author
                ),
                breadcrumb: [context.homeCrumb]
            ))
        }
    }
}
