/// An article URL pattern such as `/:year/:month/:slug/`.
public struct Permalink: Sendable, Equatable {
    /// One piece of the pattern.
    public enum Segment: Sendable, Equatable {
        case literal(String)
        case year, month, day, slug, category
    }

    /// The pattern's path segments, in order.
    public let segments: [Segment]
    /// The pattern as written.
    public let pattern: String

    /// The default, `/:year/:month/:slug/`.
    public static let `default` = try! Permalink("/:year/:month/:slug/")

    /// The tokens a pattern may use.
    public static let tokens = [":year", ":month", ":day", ":slug", ":category"]

    /// Parses a pattern; it must start and end with "/", contain `:slug`, and use only known tokens.
    /// - Throws: `Permalink.Problem` with a message that says what to write instead.
    public init(_ pattern: String) throws(Problem) {
        guard pattern.hasPrefix("/"), pattern.hasSuffix("/"), pattern.count > 1 else {
            throw .slashes
        }
        var segments: [Segment] = []
        for part in pattern.split(separator: "/", omittingEmptySubsequences: false).dropFirst().dropLast() {
            switch part {
            case ":year": segments.append(.year)
            case ":month": segments.append(.month)
            case ":day": segments.append(.day)
            case ":slug": segments.append(.slug)
            case ":category": segments.append(.category)
            default:
                if part.isEmpty || part == "." || part == ".." {
                    throw .emptyOrDotSegment
                }
                if part.hasPrefix(":") {
                    throw .unknownToken(String(part))
                }
                guard Slug.isValid(String(part)) else {
                    throw .invalidSegment(String(part))
                }
                segments.append(.literal(String(part)))
            }
        }
        guard segments.contains(.slug) else {
            throw .missingSlug
        }
        self.segments = segments
        self.pattern = pattern
    }

    /// The site path ("/2021/11/slug/") for the given parts.
    public func path(year: String, month: String, day: String, slug: String, categorySlug: String?) -> String {
        var path = "/"
        for segment in segments {
            switch segment {
            case .literal(let text): path += text
            case .year: path += year
            case .month: path += month
            case .day: path += day
            case .slug: path += slug
            case .category: path += categorySlug ?? "chua-phan-loai"
            }
            path += "/"
        }
        return path
    }

    /// Why a pattern was refused.
    public enum Problem: Error, Equatable, Sendable, CatalogueMessage {
        /// It does not start and end with "/".
        case slashes
        /// A segment is empty, "." or "..".
        case emptyOrDotSegment
        /// A `:word` that is none of `tokens`.
        case unknownToken(String)
        /// A written segment with characters other than a-z, 0-9 and "-".
        case invalidSegment(String)
        /// No `:slug`, so two articles of a day would share an address.
        case missingSlug

        /// The sentence a person reads, in the language of this run.
        public var message: String { text }
    }
}

extension Permalink.Problem {
    public enum Key: CaseIterable, Sendable {
        case slashes, emptyOrDotSegment, unknownToken, invalidSegment, missingSlug
    }

    public var key: Key {
        switch self {
        case .slashes: .slashes
        case .emptyOrDotSegment: .emptyOrDotSegment
        case .unknownToken: .unknownToken
        case .invalidSegment: .invalidSegment
        case .missingSlug: .missingSlug
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .slashes: .slashes
        case .emptyOrDotSegment: .emptyOrDotSegment
        case .unknownToken: .unknownToken(":title")
        case .invalidSegment: .invalidSegment("Tin_Tuc")
        case .missingSlug: .missingSlug
        }
    }
}
