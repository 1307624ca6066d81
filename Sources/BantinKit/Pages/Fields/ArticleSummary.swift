import BantinTemplate
import Foundation
import BantinMarkdown

/// What lists, "Các tin khác", neighbours and the home page's blocks show of an article.
struct ArticleSummary: Encodable, Equatable, Sendable {
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

    /// What a summary is made from, compared before the summary is made again.
    struct Inputs: Equatable, Sendable {
        let title: String
        let lead: String?
        let sitePath: String
        let date: Date
        let cover: [String?]
        let thumbnail: String?
        let imageSizes: [ImageSize?]
        let category: [String]
        /// The settings every summary depends on: links' base path and the time zone of dates.
        let basePath: String
        let timeZone: String

        init(_ article: ResolvedSite.Article, in site: ResolvedSite, imageSizes: [String: ImageSize]) {
            let document = article.document
            title = document.title
            lead = document.lead
            sitePath = article.sitePath
            date = article.date
            cover = document.cover.map { [$0.image, $0.alt, $0.caption] } ?? []
            thumbnail = ArticleSummary.thumbnailImage(of: document)
            self.imageSizes = [document.cover?.image, thumbnail].map { $0.flatMap { imageSizes[$0] } }
            category = article.category.map { [site.categories[$0].name, site.categories[$0].sitePath] } ?? []
            basePath = site.config.basePath
            timeZone = site.config.timeZone.identifier
        }
    }

    /// A summary kept between builds with what it was made from.
    struct Cached: Sendable {
        let inputs: Inputs
        let summary: Encoded<ArticleSummary>
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
struct ImageFields: Encodable, Equatable, Sendable {
    let src: String
    let width: Int?
    let height: Int?

    init(src: String, imageSizes: [String: ImageSize]) {
        self.src = URLText.encoded(src)
        width = imageSizes[src]?.width
        height = imageSizes[src]?.height
    }
}

/// A cover picture: the image, its text alternative and its caption.
struct CoverFields: Encodable, Equatable, Sendable {
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

extension ArticleSummary: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 9)
        fields.set("title", title)
        fields.set("url", url)
        fields.set("datetime", datetime)
        fields.set("time", time)
        fields.set("date", date)
        fields.set("lead", lead)
        fields.set("cover", value: cover?.templateValue)
        fields.set("thumbnail", value: thumbnail?.templateValue)
        fields.set("category", value: category?.templateValue)
        return fields.value
    }
}

extension ImageFields: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 3)
        fields.setImage(src: src, width: width, height: height)
        return fields.value
    }
}

extension CoverFields: TemplateValueConvertible {
    var templateValue: TemplateValue {
        var fields = TemplateFields(capacity: 5)
        fields.setImage(src: src, width: width, height: height)
        fields.set("alt", alt)
        fields.set("caption", caption)
        return fields.value
    }
}

private extension TemplateFields {
    /// An image's fields, as a thumbnail and a cover have them.
    mutating func setImage(src: String, width: Int?, height: Int?) {
        set("src", src)
        set("width", number: width)
        set("height", number: height)
    }
}
