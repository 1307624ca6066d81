/// Rewrites the links of rendered HTML.
enum HTMLLinks {
    /// `html` with every site-absolute `href="/…"` and `src="/…"` made absolute with the site's origin,
    /// for copies of a page that are read away from the site (an email).
    ///
    /// Works on cmark's output, whose attributes are always double-quoted; protocol-relative `//host`
    /// URLs and everything else are left alone.
    static func absolutized(_ html: String, config: SiteConfig) -> String {
        let origin = String(config.baseURL.dropLast(config.basePath.count))
        var result = ""
        result.reserveCapacity(html.utf8.count + 64)
        var rest = Substring(html)
        while let match = nextAttribute(in: rest) {
            result += rest[..<match]
            result += origin
            rest = rest[match...]
        }
        result += rest
        return result
    }

    /// The index of the "/" that starts a site-absolute URL in the next `href="` or `src="`.
    private static func nextAttribute(in text: Substring) -> Substring.Index? {
        var searchStart = text.startIndex
        while let quote = text[searchStart...].range(of: "=\"/") {
            let attribute = text[..<quote.lowerBound]
            let slash = text.index(before: quote.upperBound)
            let isLink = attribute.hasSuffix(" href") || attribute.hasSuffix(" src")
            let isProtocolRelative = text[quote.upperBound...].hasPrefix("/")
            if isLink && !isProtocolRelative { return slash }
            searchStart = quote.upperBound
        }
        return nil
    }
}
