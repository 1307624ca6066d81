import Foundation
import Yams

extension SiteConfig {
    /// How many categories `menu:` may list: the menu is printed on every page (issue 11: a menu of
    /// 10,000 made 10,000 pages of 10,000 links).
    static let maximumMenuEntries = 30

    /// The keys `site.yml` may contain.
    static let keys = [
        "title", "tagline", "base_url", "language", "timezone", "per_page",
        "permalink", "menu", "contact", "unsafe_html", "relative_urls", "publish",
    ]

    /// Reads `content/site.yml`.
    /// - Parameter baseURLOverride: replaces `base_url` (the `--base-url` flag), e.g. for a staging host.
    /// - Throws: `BuildFailure` with every problem in the file.
    public static func load(from file: SourceFile, baseURLOverride: String? = nil) throws(BuildFailure) -> SiteConfig {
        let source = YAMLSource(file: file, lineOffset: 0)
        var (root, diagnostics) = source.compose(file.text)
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics: diagnostics) }
        guard let root else {
            throw BuildFailure(diagnostics: [Diagnostic(.error, path: file.path, line: 1, column: 1, message: SiteConfigMessage.empty)])
        }
        guard var fields = YAMLMapping(root, allowedKeys: keys, what: .siteSettings, source: source, diagnostics: &diagnostics) else {
            throw BuildFailure(diagnostics: diagnostics)
        }
        let title = fields.requiredString("title", missingAt: root, what: .site)
        let tagline = fields.string("tagline")
        var baseURL = baseURLOverride
        if baseURL == nil, let written = fields.requiredString("base_url", missingAt: root, what: .siteAddress) {
            baseURL = written
        }
        if let url = baseURL, let problem = baseURLProblem(url) {
            if baseURLOverride != nil {
                fields.record(Diagnostic(.error, path: "--base-url", message: problem))
            } else if let node = fields.node("base_url") {
                fields.record(source.error(at: node, problem))
            }
            baseURL = nil
        }
        let language = fields.string("language") ?? "vi"
        var timeZone = defaultTimeZone
        if let name = fields.string("timezone"), let node = fields.node("timezone") {
            if let zone = TimeZone(identifier: name) {
                timeZone = zone
            } else {
                fields.record(source.error(at: node, SiteConfigMessage.unknownTimeZone(name: name)))
            }
        }
        let perPage = fields.positiveInt("per_page") ?? 20
        var permalink = Permalink.default
        if let pattern = fields.string("permalink"), let node = fields.node("permalink") {
            do {
                permalink = try Permalink(pattern)
            } catch {
                fields.record(source.error(at: node, error))
            }
        }
        let menuEntries = fields.strings("menu")
        if menuEntries.count > Self.maximumMenuEntries {
            // Every page prints the menu, and each menu entry has its own list pages: a menu of N makes N pages of N links.
            fields.record(source.error(
                at: menuEntries[Self.maximumMenuEntries].1,
                SiteConfigMessage.tooManyMenuEntries(count: menuEntries.count, limit: Self.maximumMenuEntries)
            ))
        }
        let menu = menuEntries.prefix(Self.maximumMenuEntries).map(\.0)
        var contact = Contact()
        if let node = fields.node("contact") {
            var contactDiagnostics: [Diagnostic] = []
            if var contactFields = YAMLMapping(node, allowedKeys: ["address", "phone", "email"], what: .contact, source: source, diagnostics: &contactDiagnostics) {
                contact = Contact(
                    address: contactFields.string("address"),
                    phone: contactFields.string("phone"),
                    email: contactFields.string("email")
                )
                contactDiagnostics += contactFields.diagnostics
            }
            contactDiagnostics.forEach { fields.record($0) }
        }
        let unsafeHTML = fields.bool("unsafe_html") ?? false
        let relativeURLs = fields.bool("relative_urls") ?? false
        let publish = publishAddresses(fields.node("publish"), source: source).reduce(into: [String: PublishAddress]()) { result, entry in
            switch entry {
            case .success(let (name, address)): result[name] = address
            case .failure(let diagnostic): fields.record(diagnostic)
            }
        }

        diagnostics += fields.diagnostics
        guard diagnostics.isEmpty, let title, let baseURL else { throw BuildFailure(diagnostics: diagnostics) }
        return SiteConfig(
            title: title, tagline: tagline, baseURL: baseURL, language: language,
            timeZone: timeZone, perPage: perPage, permalink: permalink, menu: menu,
            contact: contact, unsafeHTML: unsafeHTML, relativeURLs: relativeURLs, publish: publish
        )
    }

    /// A character that may not appear, else the message for an address that is not http(s) at all,
    /// else the finer rules of `BaseURLRule`; each quotes the value.
    private static func baseURLProblem(_ url: String) -> SiteConfigMessage? {
        let problem = BaseURLRule.problem(url)
        let isCharacterProblem = if case .forbiddenCharacter = problem { true } else { false }
        guard isAbsoluteHTTP(url) || isCharacterProblem else { return .baseURLNotHTTP(url: url) }
        return problem.map { .baseURL(problem: $0, url: url) }
    }

    /// The named targets of `publish:`, each address read where it is written, so a bad one is
    /// reported at its own line and column.
    private static func publishAddresses(_ node: Node?, source: YAMLSource) -> [Result<(String, PublishAddress), Diagnostic>] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            return [.failure(source.error(at: node, SiteConfigMessage.publishNotMapping))]
        }
        return mapping.map { keyNode, valueNode in
            guard case .scalar(let key) = keyNode, !key.string.isEmpty else {
                return .failure(source.error(at: keyNode, SiteConfigMessage.publishNameNotWord))
            }
            guard case .scalar(let value) = valueNode else {
                return .failure(source.error(at: valueNode, SiteConfigMessage.publishAddressNotText(name: key.string)))
            }
            do throws(PublishAddress.Problem) {
                return .success((key.string, try PublishAddress(parsing: value.string, relativeTo: nil)))
            } catch {
                return .failure(source.error(at: valueNode, SiteConfigMessage.publishAddress(name: key.string, problem: error)))
            }
        }
    }

    private static func isAbsoluteHTTP(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        return components.query == nil && components.fragment == nil
    }
}
