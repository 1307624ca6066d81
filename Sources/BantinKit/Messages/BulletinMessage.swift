/// What reading a bulletin, and choosing its articles from the site, can find wrong.
public enum BulletinMessage: CatalogueMessage, Equatable {
    /// No `number:`.
    case missingNumber
    /// No `from:` or no `to:` (`key` is which).
    case missingPeriod(key: String)
    /// `from` is after `to`; the dates as the site writes them, and the line of `to`.
    case periodReversed(from: String, to: String, toLine: Int)
    /// A `slug:` with characters a URL part may not have.
    case badSlug(String)
    /// The title has no letters or digits to make a slug from.
    case emptySlug
    /// A category of `categories:` that the site does not have, with the closest name there is.
    case unknownCategory(name: String, suggestion: String?)
    /// No article in the period (and, when `categories` is set, in those categories).
    case noArticlesInPeriod(categories: Bool)
    /// An article `featured:` names twice.
    case featuredRepeated(title: String)
    /// A `featured:` entry that names no published article, with the closest one there is.
    case featuredNotFound(entry: String, suggestedTitle: String?, suggestedSlug: String?)
    /// Two bulletins of one year with one number; `first` is "path:line" of the other.
    case numberUsedTwice(number: Int, year: Int, first: String)
    /// Two bulletins at one URL; `first` is the other's path.
    case slugUsedTwice(slug: String, first: String)

    /// One key per case.
    public enum Key: CaseIterable, Sendable {
        case missingNumber, missingPeriod, periodReversed, badSlug, emptySlug, unknownCategory, noArticlesInPeriod
        case featuredRepeated, featuredNotFound, numberUsedTwice, slugUsedTwice
    }

    public var key: Key {
        switch self {
        case .missingNumber: .missingNumber
        case .missingPeriod: .missingPeriod
        case .periodReversed: .periodReversed
        case .badSlug: .badSlug
        case .emptySlug: .emptySlug
        case .unknownCategory: .unknownCategory
        case .noArticlesInPeriod: .noArticlesInPeriod
        case .featuredRepeated: .featuredRepeated
        case .featuredNotFound: .featuredNotFound
        case .numberUsedTwice: .numberUsedTwice
        case .slugUsedTwice: .slugUsedTwice
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .missingNumber: .missingNumber
        case .missingPeriod: .missingPeriod(key: "to")
        case .periodReversed: .periodReversed(from: "30/11/2021", to: "01/11/2021", toLine: 5)
        case .badSlug: .badSlug("Thang 11")
        case .emptySlug: .emptySlug
        case .unknownCategory: .unknownCategory(name: "Thoi su", suggestion: "Thoi-su")
        case .noArticlesInPeriod: .noArticlesInPeriod(categories: true)
        case .featuredRepeated: .featuredRepeated(title: "Hoi nghi tong ket")
        case .featuredNotFound: .featuredNotFound(entry: "hoi-nghi", suggestedTitle: "Hoi nghi tong ket", suggestedSlug: "hoi-nghi-tong-ket")
        case .numberUsedTwice: .numberUsedTwice(number: 11, year: 2021, first: "content/bulletins/2021-11.md:3")
        case .slugUsedTwice: .slugUsedTwice(slug: "thang-11-2021", first: "content/bulletins/2021-11.md")
        }
    }
}
