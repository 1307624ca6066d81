/// `page`: the title, description and addresses of the page being rendered, for `<head>`, Open Graph
/// and share links.
///
/// It keeps what the fields are made from and makes them when encoded: the preview compares every
/// page's context at each update, and most pages do not change, so their addresses need not be
/// formatted again.
struct PageFields: Encodable, Equatable, Sendable {
    let title: String
    let sitePath: String
    let description: String?
    /// Open Graph type: "article" or "website".
    let ogType: String
    /// The cover, as linked in the site.
    let image: String?
    /// The site's title and address, which the page's full title and addresses are made with.
    let siteTitle: String
    let baseURL: String

    private enum Keys: String, CodingKey {
        case title, fullTitle = "full_title", url, canonicalURL = "canonical_url", encodedURL = "encoded_url", ogType = "og_type"
        case description, image
    }

    func encode(to encoder: Encoder) throws {
        let config = SiteConfig(title: siteTitle, baseURL: baseURL)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(title, forKey: .title)
        // "Title | Site", or the site's title alone on the home page.
        try container.encode(sitePath == "/" ? siteTitle : "\(title) | \(siteTitle)", forKey: .fullTitle)
        try container.encode(config.href(sitePath), forKey: .url)
        try container.encode(config.absoluteURL(sitePath), forKey: .canonicalURL)
        // The canonical URL as one query value, for share links.
        try container.encode(URLText.queryValue(config.absoluteURL(sitePath)), forKey: .encodedURL)
        try container.encode(ogType, forKey: .ogType)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(image.map { config.absoluteURL(forHref: URLText.encoded($0)) }, forKey: .image)
    }
}

/// A named link: a breadcrumb step, a category, a tag.
struct Link: Encodable, Equatable, Sendable {
    let name: String
    let url: String
}
