/// What `base_url` may be: an `http` or `https` address with a host, an optional port and an optional
/// path, and nothing a feed, `robots.txt` or an HTML attribute would have to escape.
///
/// It is printed raw in `robots.txt` and the sitemap, and at the head of every absolute link, so a
/// quote, an angle bracket, `..` or `user:pass@` in it ends up in every page.
public enum BaseURLRule {
    /// Why a `base_url` is refused.
    public enum Problem: Equatable, Sendable, CatalogueMessage {
        /// A character that may not appear, as written.
        case forbiddenCharacter(Unicode.Scalar)
        /// Not `http://` or `https://`.
        case notHTTP
        /// A user name or password before "@".
        case credentials
        /// A `?…` or `#…` part.
        case queryOrFragment
        /// No host name, or one with "..".
        case badHost
        /// A port that is not a number of up to five digits.
        case badPort
        /// A path segment "." or "..".
        case dotSegment
    }

    /// Why `url` is not an acceptable `base_url`, or nil when it is.
    static func problem(_ url: String) -> Problem? {
        if let bad = url.unicodeScalars.first(where: { !allowed.contains($0) }) {
            return .forbiddenCharacter(bad)
        }
        let lowered = url.lowercased()
        guard let schemeEnd = lowered.range(of: "://"), ["http", "https"].contains(lowered[..<schemeEnd.lowerBound]) else {
            return .notHTTP
        }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        if authority.contains("@") {
            return .credentials
        }
        if url.contains("?") || url.contains("#") {
            return .queryOrFragment
        }
        let host = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = host.first, !name.isEmpty, !name.hasPrefix("."), !name.hasSuffix(".."), !name.contains("..") else {
            return .badHost
        }
        if host.count == 2, host[1].isEmpty || !host[1].allSatisfy(\.isNumber) || host[1].count > 5 {
            return .badPort
        }
        if path.split(separator: "/").contains(where: { $0 == "." || $0 == ".." }) {
            return .dotSegment
        }
        return nil
    }

    /// Letters, digits and the URL characters a plain address needs; `%` for percent-encoded paths.
    private static let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/%?#@[]".unicodeScalars)
}

extension BaseURLRule.Problem {
    public enum Key: CaseIterable, Sendable {
        case forbiddenCharacter, notHTTP, credentials, queryOrFragment, badHost, badPort, dotSegment
    }

    public var key: Key {
        switch self {
        case .forbiddenCharacter: .forbiddenCharacter
        case .notHTTP: .notHTTP
        case .credentials: .credentials
        case .queryOrFragment: .queryOrFragment
        case .badHost: .badHost
        case .badPort: .badPort
        case .dotSegment: .dotSegment
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .forbiddenCharacter: .forbiddenCharacter("<")
        case .notHTTP: .notHTTP
        case .credentials: .credentials
        case .queryOrFragment: .queryOrFragment
        case .badHost: .badHost
        case .badPort: .badPort
        case .dotSegment: .dotSegment
        }
    }
}
