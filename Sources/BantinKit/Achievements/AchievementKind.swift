import Foundation

/// What an achievement is: free text, with the kinds officials count by recognized inside it.
///
/// `kind: mô hình Dân vận khéo` is a `mô hình` qualified by "Dân vận khéo": it is grouped and counted
/// with the other models, and printed as written.
public struct AchievementKind: Sendable, Equatable {
    /// The kinds reports count by.
    public enum Known: Int, CaseIterable, Sendable {
        case model
        case title
        case certificateOfMerit
        case certificateOfCommendation
        case emulationFlag

        /// The kind's name in lower case, as it reads inside a sentence: "bằng khen".
        public var name: String {
            switch self {
            case .model: "mô hình"
            case .title: "danh hiệu"
            case .certificateOfMerit: "bằng khen"
            case .certificateOfCommendation: "giấy khen"
            case .emulationFlag: "cờ thi đua"
            }
        }
    }

    /// The kind as written, spaces collapsed: "mô hình Dân vận khéo".
    public let text: String
    /// The known kind the text starts with, if any.
    public let known: Known?
    /// The words after the known kind, without surrounding quotes: "Dân vận khéo"; empty when none.
    public let qualifier: String
    /// Whether the qualifier is a name, quoted in sentences: written in quotes, or the capitalized
    /// name of a model or title ("Dân vận khéo"). After a certificate or flag it names the issuer
    /// ("của UBND tỉnh", "Thủ tướng Chính phủ") and stays unquoted.
    public let qualifierIsName: Bool

    /// Reads a kind; nil when the text is empty.
    public init?(written: String) {
        let words = written.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        text = words.joined(separator: " ")
        // Only the first words can start a known kind: slugging every word of a long kind was most of
        // the time spent reading achievements.
        let slugWords = words.prefix(Self.longestKnownName).map { Slug.make(from: String($0)) }
        let match = Self.knownSlugWords.first { slugWords.starts(with: $0.words) }
        known = match?.kind
        if let match {
            let rest = words.dropFirst(match.words.count).joined(separator: " ")
            qualifier = Self.trimmingQuotes(rest)
            let namesSomething = match.kind == .model || match.kind == .title
            qualifierIsName = !qualifier.isEmpty && (qualifier != rest || (namesSomething && qualifier.first!.isUppercase))
        } else {
            qualifier = ""
            qualifierIsName = false
        }
        groupKey = known.map { "\(Self.knownGroupPrefix)\($0.rawValue)" } ?? Slug.make(from: text)
    }

    /// Each known kind with the slugs of its name's words, made once: "bằng khen" is ["bang", "khen"].
    private static let knownSlugWords = Known.allCases.map { kind in
        (kind: kind, words: kind.name.split(separator: " ").map { Slug.make(from: String($0)) })
    }

    /// The most words a known kind's name has.
    private static let longestKnownName = knownSlugWords.map(\.words.count).max()!

    /// What records are grouped and counted by: the known kind, else the text compared as a slug.
    public let groupKey: String

    /// Starts the group key of a known kind; a slug never contains "#", so no written kind can collide.
    static let knownGroupPrefix = "#known-"

    /// The kind inside a summary sentence: "mô hình “Dân vận khéo”", "bằng khen của UBND tỉnh", "điển hình".
    public var summaryPhrase: String {
        guard let known else { return text }
        if qualifier.isEmpty { return known.name }
        return qualifierIsName ? "\(known.name) “\(qualifier)”" : "\(known.name) \(qualifier)"
    }

    /// `text` without the quotes and spaces around it, as `trimmingCharacters(in:)` trims scalars,
    /// without its cost: Foundation's took a third of reading a record's kind.
    private static func trimmingQuotes(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !quotes.contains($0) }),
              let last = scalars.lastIndex(where: { !quotes.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }

    private static let quotes = Set("\"'“”‘’«» ".unicodeScalars)
}
