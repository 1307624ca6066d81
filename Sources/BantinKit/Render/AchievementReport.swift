import Foundation
import BantinTemplate

/// The achievements of one year as a single HTML file laid out as an A4 report: title block, summary,
/// tables by level, and the source articles with their addresses. Its CSS is inline and it loads
/// nothing (no stylesheet, font, image or script), so it opens offline, can be mailed as one file,
/// and prints from a browser straight to PDF.
public struct AchievementReport: Sendable {
    /// Why a report could not be made or written.
    public enum Problem: Error, Equatable, Sendable {
        /// No published article records an achievement of that year.
        case noAchievements(year: Int, recordedYears: [Int])
        /// The output file exists and replacing it was not asked for.
        case fileExists(path: String)
        /// The file system refused the write.
        case cannotWrite(path: String, reason: SystemReason)

        /// What to tell the person, and what to do about it, in the language of this run.
        public var message: String { text }
    }

    /// The year reported.
    public let year: Int
    /// The report's HTML.
    public let html: String
    /// How many achievements it lists.
    public let achievementCount: Int
    /// How many articles it cites.
    public let articleCount: Int

    /// "bao-cao-thanh-tich-2021.html", the file name used when none is given.
    public static func defaultFileName(year: Int) -> String {
        "bao-cao-thanh-tich-\(year).html"
    }

    /// Makes the report of `year`.
    /// - Parameter now: the day the report is made, printed at its foot.
    /// - Throws: `Problem.noAchievements` when the year has none.
    public init(year: Int, site: ResolvedSite, achievements: AchievementIndex, now: Date) throws(Problem) {
        guard let entries = achievements.year(year) else {
            throw .noAchievements(year: year, recordedYears: achievements.years.map(\.year))
        }
        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        let context = Self.context(entries, site: site, formatter: formatter, now: now)
        self.year = year
        self.achievementCount = entries.count
        self.articleCount = context.articles.count
        // The template is part of bantin and tested, so it compiles.
        let library = try? TemplateLibrary(files: [("report", "bantin:report", Self.template)])
        self.html = library?.render("report", TemplateEncoder.encode(context)) ?? ""
    }

    /// Writes the report to `url`.
    /// - Parameter replacing: replace an existing file (`--force`); otherwise an existing file is left alone.
    /// - Throws: `Problem.fileExists` or `Problem.cannotWrite`.
    public func write(to url: URL, replacing: Bool) throws(Problem) {
        do {
            try Data(html.utf8).write(to: url, options: replacing ? .atomic : .withoutOverwriting)
        } catch {
            if !replacing, FileManager.default.fileExists(atPath: url.path) { throw .fileExists(path: url.path) }
            throw .cannotWrite(path: url.path, reason: SystemReason(error))
        }
    }

    /// What the report's template reads.
    struct Context: Encodable {
        struct Total: Encodable {
            let name: String
            let count: String
        }

        struct Record: Encodable {
            let number: Int
            let title: String
            let kind: String
            let unit: String
            let status: String
            let decision: String
            /// "[1] [3]": the numbers of the articles that report it.
            let sources: String
        }

        struct Level: Encodable {
            let letter: String
            let name: String
            let count: String
            let records: [Record]
        }

        struct Article: Encodable {
            let number: Int
            let title: String
            let date: String
            let url: String
        }

        let language: String
        let organisation: String
        let year: Int
        let summary: String
        let count: String
        let totals: [Total]
        let levels: [Level]
        let articles: [Article]
        let siteURL: String
        let madeOn: String
    }

    private static func context(_ year: AchievementIndex.Year, site: ResolvedSite, formatter: SiteDateFormatter, now: Date) -> Context {
        let config = site.config
        // Sources are numbered in the order the tables first cite them, so [1], [2]… rise down the page.
        var sourceNumbers: [Int: Int] = [:]
        var sources: [Int] = []
        var number = 0
        let levels = year.levels.enumerated().map { position, level in
            let records = level.kinds.flatMap(\.entries).map { entry in
                number += 1
                let record = entry.record
                var decision = record.decision.map { "Số \($0)" } ?? ""
                if let date = record.date { decision += (decision.isEmpty ? "Ngày " : " ngày ") + formatter.dayMonthYear(date) }
                let cited = entry.articles.map { article -> Int in
                    if let known = sourceNumbers[article] { return known }
                    sources.append(article)
                    sourceNumbers[article] = sources.count
                    return sources.count
                }
                return Context.Record(
                    number: number, title: record.title, kind: record.kind?.text ?? "", unit: record.unit ?? "",
                    status: record.status.name, decision: decision, sources: cited.sorted().map { "[\($0)]" }.joined(separator: " ")
                )
            }
            return Context.Level(
                letter: sectionLetters[position], name: AchievementIndexPage.capitalized(level.level.name),
                count: AchievementIndex.countText(level.count), records: records
            )
        }
        return Context(
            language: config.language, organisation: config.title, year: year.year, summary: year.summary,
            count: AchievementIndex.countText(year.count),
            totals: year.levels.map { Context.Total(name: AchievementIndexPage.capitalized($0.level.name), count: AchievementIndex.countText($0.count)) },
            levels: levels,
            articles: sources.enumerated().map { offset, index in
                let article = site.articles[index]
                return Context.Article(
                    number: offset + 1, title: article.document.title, date: formatter.dayMonthYear(article.date), url: config.absoluteURL(article.sitePath)
                )
            },
            siteURL: config.baseURL,
            madeOn: formatter.dayMonthYear(now)
        )
    }

    /// The sections of part II, one per level, lettered the way Vietnamese documents letter points
    /// (a, b, c, d, đ); digits would be confused with the rows' numbers.
    private static let sectionLetters = ["a", "b", "c", "d", "đ"]
}

extension AchievementReport.Problem: CatalogueMessage {
    /// One key per case.
    public enum Key: CaseIterable, Sendable {
        case noAchievements, noAchievementsAtAll, fileExists, cannotWrite
    }

    public var key: Key {
        switch self {
        case .noAchievements(_, let recordedYears): recordedYears.isEmpty ? .noAchievementsAtAll : .noAchievements
        case .fileExists: .fileExists
        case .cannotWrite: .cannotWrite
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .noAchievements: .noAchievements(year: 2019, recordedYears: [2022, 2021])
        case .noAchievementsAtAll: .noAchievements(year: 2019, recordedYears: [])
        case .fileExists: .fileExists(path: "bao-cao-thanh-tich-2021.html")
        case .cannotWrite: .cannotWrite(path: "/home/an/bao-cao-thanh-tich-2021.html", reason: SystemReason(code: EACCES))
        }
    }
}
