/// `page`: the title, description and addresses of the page being rendered, for `<head>`, Open Graph and share links.
struct PageFields: Encodable, Sendable {
    let title: String
    /// "Title | Site", or the site's title alone on the home page.
    let fullTitle: String
    let url: String
    let canonicalURL: String
    /// The canonical URL as one query value, for share links.
    let encodedURL: String
    /// Open Graph type: "article" or "website".
    let ogType: String
    let description: String?
    /// The cover's absolute URL.
    let image: String?
}

/// A named link: a breadcrumb step, a category, a tag.
struct Link: Encodable, Sendable {
    let name: String
    let url: String
}
