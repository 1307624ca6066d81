import Foundation

/// The settings in `content/site.yml`.
public struct SiteConfig: Sendable, Equatable {
    /// Footer contact details.
    public struct Contact: Sendable, Equatable {
        public var address: String?
        public var phone: String?
        public var email: String?

        /// Creates contact details.
        public init(address: String? = nil, phone: String? = nil, email: String? = nil) {
            self.address = address
            self.phone = phone
            self.email = email
        }
    }

    /// The organisation's name, printed in the header and page titles.
    public var title: String
    /// A short line under the name.
    public var tagline: String?
    /// Where the site is published, always ending in "/", e.g. "https://lmhtx.example/" or "https://example.org/tin/".
    public var baseURL: String {
        didSet { basePath = Self.basePath(of: baseURL) }
    }
    /// The `lang` of every page.
    public var language: String
    /// The zone of dates written without an offset, and of every date the site prints.
    public var timeZone: TimeZone
    /// Articles per list page.
    public var perPage: Int
    /// The URL pattern of articles.
    public var permalink: Permalink
    /// Category names in navigation order.
    public var menu: [String]
    /// Footer contact details.
    public var contact: Contact
    /// Whether raw HTML in Markdown is kept (for trusted sites only).
    public var unsafeHTML: Bool
    /// Whether pages link to each other relative to themselves, so the site opens from disk.
    public var relativeURLs: Bool
    /// Where `bantin publish` may send the site, by name (`publish:` in site.yml).
    public var publish: [String: PublishAddress]

    /// Creates a configuration; defaults are those of an empty `site.yml` apart from the title.
    public init(
        title: String,
        tagline: String? = nil,
        baseURL: String = "/",
        language: String = "vi",
        timeZone: TimeZone = SiteConfig.defaultTimeZone,
        perPage: Int = 20,
        permalink: Permalink = .default,
        menu: [String] = [],
        contact: Contact = Contact(),
        unsafeHTML: Bool = false,
        relativeURLs: Bool = false,
        publish: [String: PublishAddress] = [:]
    ) {
        self.title = title
        self.tagline = tagline
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.basePath = Self.basePath(of: self.baseURL)
        self.language = language
        self.timeZone = timeZone
        self.perPage = perPage
        self.permalink = permalink
        self.menu = menu
        self.contact = contact
        self.unsafeHTML = unsafeHTML
        self.relativeURLs = relativeURLs
        self.publish = publish
    }

    /// Asia/Ho_Chi_Minh, the zone the site's readers live in.
    public static let defaultTimeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    /// The path part of `baseURL` ("/" or "/tin/"), which every internal link starts with; kept with
    /// `baseURL`, since every link of every page asks for it.
    public private(set) var basePath: String

    private static func basePath(of baseURL: String) -> String {
        guard let schemeEnd = baseURL.range(of: "://") else { return baseURL.hasPrefix("/") ? baseURL : "/" + baseURL }
        let afterHost = baseURL[schemeEnd.upperBound...]
        guard let slash = afterHost.firstIndex(of: "/") else { return "/" }
        return String(afterHost[slash...])
    }

    /// The link to a site path ("/2021/11/x/" → "/tin/2021/11/x/" when the site lives under /tin/).
    /// A site at the root of its host links each path as it is: the link is the same text, not a copy
    /// (the summaries of 100,000 articles hold their URLs, and their categories').
    public func href(_ sitePath: String) -> String {
        if basePath.utf8.count == 1, sitePath.utf8.first == UInt8(ascii: "/") { return sitePath }
        return basePath + sitePath.dropFirst()
    }

    /// The absolute URL of a site path, for feeds, sitemaps, canonical and sharing links.
    public func absoluteURL(_ sitePath: String) -> String {
        baseURL + sitePath.dropFirst()
    }

    /// The absolute form of a link found in the HTML: "/tin/media/x.jpg" → "https://host/tin/media/x.jpg".
    public func absoluteURL(forHref href: String) -> String {
        guard href.hasPrefix("/"), !href.hasPrefix("//") else { return href }
        return baseURL.dropLast(basePath.count) + href
    }
}
