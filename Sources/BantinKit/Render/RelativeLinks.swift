/// Makes a rendered page's links to its own site relative to the page, so the site opens from disk
/// (`file://`, a USB stick) as well as from a web host (`relative_urls`, Hugo's relativeURLs).
///
/// It is a pass over finished HTML, not a template feature: the templates keep writing
/// `{{site.home_url}}assets/style.css`, and this turns "/assets/style.css" on the page
/// "2021/11/x/index.html" into "../../../assets/style.css". Only values that start with the site's
/// base path are touched, in `href`, `src`, `srcset`, `action`, `formaction`, `poster`, inline
/// `style` attributes and `<style>` elements (`url(…)`); absolute addresses (canonical, Open Graph,
/// feeds' and share links) and `<meta content>` stay as they are. A link to a folder gets
/// `index.html` appended, since a browser reading files shows a folder listing, not its index.
public struct RelativeLinks: Sendable {
    /// The path every internal link starts with: "/" or, for a site under a folder, "/tin/".
    public let basePath: String

    /// Creates the pass for a site whose links start with `basePath` (`SiteConfig.basePath`).
    public init(basePath: String) {
        self.basePath = basePath.hasSuffix("/") ? basePath : basePath + "/"
    }

    /// `file` with its links made relative, when it is a rendered HTML page; anything else unchanged.
    ///
    /// `404.html` is left absolute: a web host serves it at whatever address was missing, at any
    /// depth, where relative links would point nowhere; a site opened from disk never shows it.
    public func rewriting(_ file: RenderedFile) -> RenderedFile {
        guard file.path.hasSuffix(".html"), file.path != "404.html", case .bytes(let html) = file.contents else { return file }
        return RenderedFile(path: file.path, contents: .bytes(rewrite(html, pagePath: file.path)))
    }

    /// The HTML of the page at `pagePath` (relative to the output folder) with its site links made relative.
    public func rewrite(_ html: [UInt8], pagePath: String) -> [UInt8] {
        var scanner = HTMLLinkScanner(html: html, pageDepth: pagePath.utf8.count { $0 == UInt8(ascii: "/") }, links: self)
        return scanner.rewritten()
    }

    /// `link` as seen from a page `depth` folders below the site's root, or nil when it is not a
    /// link into the site (another host, another path on this host, a fragment, a `mailto:`).
    public func relative(_ link: String, depth: Int) -> String? {
        let inSite: Substring
        if link.hasPrefix(basePath) {
            inSite = link.dropFirst(basePath.count)
        } else if basePath != "/", link == basePath.dropLast() || link.hasPrefix(basePath.dropLast() + "?") || link.hasPrefix(basePath.dropLast() + "#") {
            inSite = link.dropFirst(basePath.count - 1)
        } else {
            return nil
        }
        // "//host/x" when the base path is "/": another host, not a path of this site.
        if basePath == "/" && inSite.hasPrefix("/") { return nil }
        let suffixStart = inSite.firstIndex { $0 == "?" || $0 == "#" } ?? inSite.endIndex
        var path = String(inSite[..<suffixStart])
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        var prefix = String(repeating: "../", count: depth)
        // A first segment with a colon would read as a scheme ("a:b/index.html").
        if prefix.isEmpty, path.prefix(while: { $0 != "/" }).contains(":") { prefix = "./" }
        return prefix + path + inSite[suffixStart...]
    }
}
