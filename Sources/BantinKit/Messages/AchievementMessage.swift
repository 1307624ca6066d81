/// What reading an article's `achievements` and rolling them up into the yearly pages can find wrong.
public enum AchievementMessage: CatalogueMessage, Equatable {
    /// `achievements:` is not a list.
    case notAList
    /// An item of the list is a single value, not `key: value` lines.
    case recordNotMapping
    /// The record's year is after the article's date (written as the site writes dates).
    case yearAfterArticle(year: Int, articleDate: String)
    /// No `level`.
    case missingLevel
    /// A `level` that names no level.
    case unknownLevel(written: String)
    /// No `status`.
    case missingStatus
    /// A `status` that names no status.
    case unknownStatus(written: String)
    /// No `year`.
    case missingYear
    /// A `year` that is not four digits within `AchievementRecord.plausibleYears`.
    case implausibleYear(written: String)
    /// A decision `date` that is not a date.
    case badDate(SiteDate.ParseError)
    /// The same achievement twice in one article; `line` is the first one's.
    case repeatedInArticle(line: Int)
    /// Two articles report one achievement at different levels; `keptAt` is "path:line" of the one kept.
    case levelDisagrees(written: AchievementLevel, keptAt: String, kept: AchievementLevel)
    /// Two articles report one achievement with different decisions.
    case decisionDisagrees(written: String, keptAt: String, kept: String)

    /// One key per case.
    public enum Key: CaseIterable, Sendable {
        case notAList, recordNotMapping, yearAfterArticle, missingLevel, unknownLevel, missingStatus, unknownStatus
        case missingYear, implausibleYear, badDate, repeatedInArticle, levelDisagrees, decisionDisagrees
    }

    public var key: Key {
        switch self {
        case .notAList: .notAList
        case .recordNotMapping: .recordNotMapping
        case .yearAfterArticle: .yearAfterArticle
        case .missingLevel: .missingLevel
        case .unknownLevel: .unknownLevel
        case .missingStatus: .missingStatus
        case .unknownStatus: .unknownStatus
        case .missingYear: .missingYear
        case .implausibleYear: .implausibleYear
        case .badDate: .badDate
        case .repeatedInArticle: .repeatedInArticle
        case .levelDisagrees: .levelDisagrees
        case .decisionDisagrees: .decisionDisagrees
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .notAList: .notAList
        case .recordNotMapping: .recordNotMapping
        case .yearAfterArticle: .yearAfterArticle(year: 2022, articleDate: "09/11/2021")
        case .missingLevel: .missingLevel
        case .unknownLevel: .unknownLevel(written: "cap vu tru")
        case .missingStatus: .missingStatus
        case .unknownStatus: .unknownStatus(written: "xong")
        case .missingYear: .missingYear
        case .implausibleYear: .implausibleYear(written: "20211")
        case .badDate: .badDate(SiteDate.ParseError(reason: .monthOutOfRange(13), offset: 3))
        case .repeatedInArticle: .repeatedInArticle(line: 7)
        case .levelDisagrees: .levelDisagrees(written: .commune, keptAt: "content/articles/2021/a.md:9", kept: .province)
        case .decisionDisagrees: .decisionDisagrees(written: "12/QD-UBND", keptAt: "content/articles/2021/a.md:9", kept: "15/QD-UBND")
        }
    }
}
