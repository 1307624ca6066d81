// The English catalogue: achievements recorded in articles, and the yearly report.

extension AchievementMessage {
    public var english: String {
        switch self {
        case .notAList:
            "`achievements` must be a list of records, each starting with `- title:`"
        case .recordNotMapping:
            "each achievement must be `key: value` lines (title, kind, level, year, status, unit, decision, date), not a single value"
        case .yearAfterArticle(let year, let articleDate):
            "year \(year) is later than this article's date (\(articleDate)): check `year`, or the article's `date`"
        case .missingLevel:
            "missing `level`: an achievement needs its level, one of: \(Self.quotedChoices(AchievementLevel.allCases.reversed().map(\.name)))"
        case .unknownLevel(let written):
            "there is no level \"\(written)\"; write one of: \(Self.quotedChoices(AchievementLevel.allCases.reversed().map(\.name)))"
        case .missingStatus:
            "missing `status`: an achievement needs its status, one of: \(Self.quotedChoices(AchievementStatus.allCases.map(\.name))) (a leading \"đã\" is allowed)"
        case .unknownStatus(let written):
            "there is no status \"\(written)\"; write one of: \(Self.quotedChoices(AchievementStatus.allCases.map(\.name))) (a leading \"đã\" is allowed)"
        case .missingYear:
            "missing `year`: an achievement needs one, like `year: 2021`"
        case .implausibleYear(let written):
            "year \"\(written)\" is not a plausible year; write it with four digits, from \(AchievementRecord.plausibleYears.lowerBound) to \(AchievementRecord.plausibleYears.upperBound), like `year: 2021`"
        case .badDate(let error):
            error.english
        case .repeatedInArticle(let line):
            "this achievement is already listed on line \(line) of this article (same title, year and unit); it is counted once"
        case .levelDisagrees(let written, let keptAt, let kept):
            "this report says \"\(written.name)\", but \(keptAt) reports the same achievement (same title, year and unit) at \"\(kept.name)\"; it is counted once, at \"\(kept.name)\""
        case .decisionDisagrees(let written, let keptAt, let kept):
            "this report gives decision \"\(written)\", but \(keptAt) gives \"\(kept)\" for the same achievement; the page shows \"\(kept)\""
        }
    }

    /// The Vietnamese names an English sentence lists, each in quotes: "cấp cơ sở" | "cấp xã".
    private static func quotedChoices(_ names: [String]) -> String {
        names.map { "\"\($0)\"" }.joined(separator: " | ")
    }
}

extension AchievementReport.Problem {
    public var english: String {
        switch self {
        case let .noAchievements(year, recordedYears) where recordedYears.isEmpty:
            "no published article records an achievement of \(year); no published article records any achievement yet (add `achievements:` to an article's front matter)"
        case let .noAchievements(year, recordedYears):
            "no published article records an achievement of \(year); years with achievements: \(recordedYears.map(String.init).joined(separator: ", "))"
        case let .fileExists(path):
            "\(path) already exists; pass --force to replace it, or --output to write elsewhere"
        case let .cannotWrite(path, reason):
            "cannot write \(path): \(reason.text(in: .english))"
        }
    }
}
