import BantinMarkdown

/// What lists, "Các tin khác", neighbours and the home page's blocks show of an article.
struct ArticleSummary: Encodable, Sendable {
    let title: String
    let url: String
    /// ISO 8601, for `<time datetime>`.
    let datetime: String
    /// "09:40 | 09/11/2021".
    let time: String
    /// "09/11/2021".
    let date: String
    let lead: String?
    let cover: CoverFields?
    let thumbnail: ImageFields?
    let category: Link?

    init(_ article: ResolvedSite.Article, in site: ResolvedSite, formatter: SiteDateFormatter, imageSizes: [String: ImageSize]) {
        let config = site.config
        let document = article.document
        title = document.title
        url = config.href(article.sitePath)
        datetime = formatter.iso8601(article.date)
        time = formatter.timeAndDate(article.date)
        date = formatter.dayMonthYear(article.date)
        lead = document.lead
        cover = document.cover.map { CoverFields($0, title: document.title, imageSizes: imageSizes) }
        thumbnail = Self.thumbnailImage(of: document).map { ImageFields(src: $0, imageSizes: imageSizes) }
        category = article.category.map { Link(name: site.categories[$0].name, url: config.href(site.categories[$0].sitePath)) }
    }

    /// The picture a list shows beside an article: its cover, else the first image of its body, so an
    /// article whose writer added photos but no cover still gets a thumbnail.
    static func thumbnailImage(of document: ParsedDocument) -> String? {
        if let cover = document.cover, !cover.image.isEmpty { return cover.image }
        return document.body.references.first { reference in
            reference.kind == .image && (reference.url.hasPrefix("/") || reference.url.hasPrefix("https://") || reference.url.hasPrefix("http://"))
        }?.url
    }
}

/// An image: `src`, and `width` and `height` when its size is known.
struct ImageFields: Encodable, Sendable {
    let src: String
    let width: Int?
    let height: Int?

    init(src: String, imageSizes: [String: ImageSize]) {
        self.src = src
        width = imageSizes[src]?.width
        height = imageSizes[src]?.height
    }
}

/// A cover picture: the image, its text alternative and its caption.
struct CoverFields: Encodable, Sendable {
    let src: String
    let width: Int?
    let height: Int?
    let alt: String
    let caption: String?

    init(_ cover: ParsedDocument.Cover, title: String, imageSizes: [String: ImageSize]) {
        let image = ImageFields(src: cover.image, imageSizes: imageSizes)
        src = image.src
        width = image.width
        height = image.height
        alt = cover.alt ?? cover.caption ?? title
        caption = cover.caption
    }
}
