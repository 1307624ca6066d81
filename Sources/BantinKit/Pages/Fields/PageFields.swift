import BantinTemplate

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

    /// The fields made from what the page keeps.
    private var made: (fullTitle: String, url: String, canonicalURL: String, encodedURL: String, image: String?) {
        let config = SiteConfig(title: siteTitle, baseURL: baseURL)
        let canonicalURL = config.absoluteURL(sitePath)
        return (
            // "Title | Site", or the site's title alone on the home page.
            fullTitle: sitePath == "/" ? siteTitle : "\(title) | \(siteTitle)",
            url: config.href(sitePath),
            canonicalURL: canonicalURL,
            // The canonical URL as one query value, for share links.
            encodedURL: URLText.queryValue(canonicalURL),
            image: image.map { config.absoluteURL(forHref: URLText.encoded($0)) }
        )
    }

    func encode(to encoder: Encoder) throws {
        let made = made
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(title, forKey: .title)
        try container.encode(made.fullTitle, forKey: .fullTitle)
        try container.encode(made.url, forKey: .url)
        try container.encode(made.canonicalURL, forKey: .canonicalURL)
        try container.encode(made.encodedURL, forKey: .encodedURL)
        try container.encode(ogType, forKey: .ogType)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(made.image, forKey: .image)
    }
}

extension PageFields: TemplateValueConvertible {
    var templateValue: TemplateValue {
        let made = made
        var fields = TemplateFields(capacity: 8)
        fields.set("title", title)
        fields.set("full_title", made.fullTitle)
        fields.set("url", made.url)
        fields.set("canonical_url", made.canonicalURL)
        fields.set("encoded_url", made.encodedURL)
        fields.set("og_type", ogType)
        fields.set("description", description)
        fields.set("image", made.image)
        return fields.value
    }
}

/// A named link: a breadcrumb step, a category, a tag.
struct Link: Encodable, Equatable, Sendable {
    let name: String
    let url: String
}

extension Link: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 2)
        fields.set("name", name)
        fields.set("url", url)
        return fields.value
    }

    /// A list of links, as a list field holds it.
    static func list(_ links: [Link]) -> TemplateValue {
        .list(links.map(\.templateValue))
    }
}
