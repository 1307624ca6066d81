/// Options for turning Markdown into HTML.
public struct MarkdownOptions: Sendable, Equatable {
    /// When true, raw HTML in Markdown is passed through (CMARK_OPT_UNSAFE); off by default: raw HTML and javascript: links are dropped.
    public var allowsRawHTML: Bool
    /// Prepended to relative URLs of links and images ("media/x.jpg" → "/media/x.jpg" with prefix "/"; "/tin/" gives "/tin/media/x.jpg"). nil leaves URLs alone.
    public var relativeURLPrefix: String?
    /// Sizes of known images by URL (after the relative-URL rewrite); a figure whose image is listed gets `width` and `height`.
    public var imageSizes: [String: ImageSize]

    /// Creates options; the defaults are safe HTML, untouched URLs and no known image sizes.
    public init(allowsRawHTML: Bool = false, relativeURLPrefix: String? = nil, imageSizes: [String: ImageSize] = [:]) {
        self.allowsRawHTML = allowsRawHTML
        self.relativeURLPrefix = relativeURLPrefix
        self.imageSizes = imageSizes
    }
}

extension MarkdownOptions {
    /// A URL written outside the Markdown body (a cover image in front matter) treated as the body treats
    /// its links: relative ones get `relativeURLPrefix`, and in safe mode a dangerous one (javascript:, …) becomes "".
    public func resolvedURL(_ url: String) -> String {
        var bytes = url
        let (dangerous, relative) = bytes.withUTF8 { (URLRules.isDangerous($0), URLRules.isRelative($0)) }
        if dangerous && !allowsRawHTML { return "" }
        if relative, let prefix = relativeURLPrefix { return prefix + url }
        return url
    }
}
