import Foundation

/// What the `bantin` command prints besides diagnostics: summary lines, progress, the checks of its
/// arguments and the errors that are not about a file of the site.
public enum CommandMessage: CatalogueMessage, Equatable {
    /// How many errors and warnings: "2 lỗi, 1 cảnh báo".
    case counts(errors: Int, warnings: Int)
    /// An error that has no file and line, after "lỗi: "; `detail` is already in the current language.
    case failure(detail: String)

    /// `build`'s last line.
    case buildSummary(BuildSummary)
    /// `build` stopped at errors.
    case buildFailed(errors: Int, warnings: Int, output: String)
    /// `build --list-changes`: a file written.
    case fileWritten(path: String)
    /// `build --list-changes`: a file removed.
    case fileRemoved(path: String)
    /// `build --verbose`: the time a stage took, its name padded to `width` characters.
    case stageTime(StageTiming, width: Int)

    /// `check` found errors or warnings.
    case checkFailed(errors: Int, warnings: Int)
    /// `check` found nothing.
    case noProblems(root: String)

    /// `--lang` names a language bantin does not speak.
    case unknownLanguage(String)
    /// `--root` is not a folder.
    case noSiteFolder(path: String)
    /// `--root` is a folder without content/site.yml.
    case noSiteSettings(path: String)

    /// `init` wrote a new site; `folder` is what to `cd` into, nil when it is the current folder.
    case siteCreated(path: String, files: Int, folder: String?)

    /// `new` without a title or --bulletin.
    case newNeedsTitle
    /// `new` with both a title and --bulletin.
    case newTitleAndBulletin
    /// `new ""`.
    case newEmptyTitle
    /// `new --bulletin … --category …`.
    case newCategoryForBulletin
    /// `new --bulletin … --date …`.
    case newDateForBulletin
    /// `new` could not read the site's settings.
    case newUnreadableSettings(root: String, detail: SystemReason)
    /// `new` wrote an article.
    case articleCreated(path: String)
    /// `new --bulletin` wrote a bulletin with its number in the year.
    case bulletinCreated(path: String, number: Int)

    /// `report --year` outside the years an achievement can have.
    case reportImplausibleYear(year: Int, lowest: Int, highest: Int)
    /// `report` stopped at errors.
    case reportFailed(errors: Int, warnings: Int)
    /// `report --output` names a place bantin must not write; `reason` follows "không ghi … vào …:".
    case reportRefused(path: String, reason: String)
    /// `report` wrote its file.
    case reportWritten(path: String, achievements: Int, year: Int, articles: Int)

    /// `serve --host` is not an address.
    case serveBadHost(host: String)
    /// `serve --host` reaches beyond this machine.
    case serveShared(host: String)
    /// `serve` starts its first build.
    case serveBuilding(root: String)
    /// `serve` is ready.
    case serveServing(url: String)
    /// `serve` watches by scanning.
    case servePolling
    /// `serve` took the next free port.
    case servePortMoved(asked: Int, used: Int)
    /// `serve --port` is taken.
    case servePortInUse(port: Int)
    /// `serve` ends (Ctrl-C).
    case serveStopping
    /// `serve` built the whole site.
    case serveBuilt(articles: Int, pages: Int, files: Int, elapsed: Duration)
    /// `serve` updated part of the site; `spliced` of the pages rendered only took a new "Các tin khác".
    case serveUpdated(elapsed: Duration, rendered: Int, spliced: Int = 0, changed: Int)
    /// `serve --verbose`: each stage's time in one line.
    case serveTimings([StageTiming])
    /// `serve`'s build has warnings.
    case serveWarnings(count: Int)
    /// `serve`'s build has errors; the last good site stays.
    case serveFailed(errors: Int, warnings: Int)

    /// The numbers of `bantin build`'s summary line.
    public struct BuildSummary: Sendable, Equatable {
        /// Articles and pages built.
        public var articles: Int, pages: Int
        /// The output folder.
        public var output: String
        /// Files in the output, and what happened to them.
        public var files: Int, written: Int, unchanged: Int, removed: Int
        /// From start to finish.
        public var elapsed: Duration
        /// Documents left out without --drafts and --future.
        public var drafts: Int, future: Int
        /// Warnings printed above.
        public var warnings: Int

        /// The numbers of one build.
        public init(
            articles: Int, pages: Int, output: String, files: Int, written: Int, unchanged: Int, removed: Int,
            elapsed: Duration, drafts: Int = 0, future: Int = 0, warnings: Int = 0
        ) {
            self.articles = articles
            self.pages = pages
            self.output = output
            self.files = files
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
            self.elapsed = elapsed
            self.drafts = drafts
            self.future = future
            self.warnings = warnings
        }
    }
}

extension CommandMessage {
    /// `text` followed by spaces up to `width` characters, for names shown in a column.
    public static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    public enum Key: CaseIterable, Sendable {
        case counts, failure, buildSummary, buildFailed, fileWritten, fileRemoved, stageTime, checkFailed, noProblems
        case unknownLanguage, noSiteFolder, noSiteSettings, siteCreated
        case newNeedsTitle, newTitleAndBulletin, newEmptyTitle, newCategoryForBulletin, newDateForBulletin, newUnreadableSettings
        case articleCreated, bulletinCreated
        case reportImplausibleYear, reportFailed, reportRefused, reportWritten
        case serveBadHost, serveShared, serveBuilding, serveServing, servePolling, servePortMoved, servePortInUse, serveStopping
        case serveBuilt, serveUpdated, serveTimings, serveWarnings, serveFailed
    }

    public var key: Key {
        switch self {
        case .counts: .counts
        case .failure: .failure
        case .buildSummary: .buildSummary
        case .buildFailed: .buildFailed
        case .fileWritten: .fileWritten
        case .fileRemoved: .fileRemoved
        case .stageTime: .stageTime
        case .checkFailed: .checkFailed
        case .noProblems: .noProblems
        case .unknownLanguage: .unknownLanguage
        case .noSiteFolder: .noSiteFolder
        case .noSiteSettings: .noSiteSettings
        case .siteCreated: .siteCreated
        case .newNeedsTitle: .newNeedsTitle
        case .newTitleAndBulletin: .newTitleAndBulletin
        case .newEmptyTitle: .newEmptyTitle
        case .newCategoryForBulletin: .newCategoryForBulletin
        case .newDateForBulletin: .newDateForBulletin
        case .newUnreadableSettings: .newUnreadableSettings
        case .articleCreated: .articleCreated
        case .bulletinCreated: .bulletinCreated
        case .reportImplausibleYear: .reportImplausibleYear
        case .reportFailed: .reportFailed
        case .reportRefused: .reportRefused
        case .reportWritten: .reportWritten
        case .serveBadHost: .serveBadHost
        case .serveShared: .serveShared
        case .serveBuilding: .serveBuilding
        case .serveServing: .serveServing
        case .servePolling: .servePolling
        case .servePortMoved: .servePortMoved
        case .servePortInUse: .servePortInUse
        case .serveStopping: .serveStopping
        case .serveBuilt: .serveBuilt
        case .serveUpdated: .serveUpdated
        case .serveTimings: .serveTimings
        case .serveWarnings: .serveWarnings
        case .serveFailed: .serveFailed
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .counts: .counts(errors: 2, warnings: 1)
        case .failure: .failure(detail: "x")
        case .buildSummary:
            .buildSummary(BuildSummary(
                articles: 12, pages: 2, output: "/srv/tin/site", files: 61, written: 5, unchanged: 56, removed: 0,
                elapsed: .milliseconds(210), drafts: 1, future: 1, warnings: 1
            ))
        case .buildFailed: .buildFailed(errors: 2, warnings: 0, output: "/srv/tin/site")
        case .fileWritten: .fileWritten(path: "2021/11/x/index.html")
        case .fileRemoved: .fileRemoved(path: "old.html")
        case .stageTime: .stageTime(StageTiming(stage: "render", duration: .milliseconds(85)), width: 12)
        case .checkFailed: .checkFailed(errors: 1, warnings: 0)
        case .noProblems: .noProblems(root: "/srv/tin")
        case .unknownLanguage: .unknownLanguage("fr")
        case .noSiteFolder: .noSiteFolder(path: "/srv/tin")
        case .noSiteSettings: .noSiteSettings(path: "/srv/tin")
        case .siteCreated: .siteCreated(path: "/srv/tin", files: 31, folder: "tin")
        case .newNeedsTitle: .newNeedsTitle
        case .newTitleAndBulletin: .newTitleAndBulletin
        case .newEmptyTitle: .newEmptyTitle
        case .newCategoryForBulletin: .newCategoryForBulletin
        case .newDateForBulletin: .newDateForBulletin
        case .newUnreadableSettings: .newUnreadableSettings(root: "/srv/tin", detail: SystemReason(code: ENOENT))
        case .articleCreated: .articleCreated(path: "content/articles/2021/x.md")
        case .bulletinCreated: .bulletinCreated(path: "content/bulletins/2021-12.md", number: 1)
        case .reportImplausibleYear: .reportImplausibleYear(year: 1021, lowest: 1945, highest: 2100)
        case .reportFailed: .reportFailed(errors: 1, warnings: 2)
        case .reportRefused: .reportRefused(path: "/srv/tin/content", reason: "x")
        case .reportWritten: .reportWritten(path: "/srv/tin/bao-cao-thanh-tich-2021.html", achievements: 2, year: 2021, articles: 1)
        case .serveBadHost: .serveBadHost(host: "may-chu")
        case .serveShared: .serveShared(host: "0.0.0.0")
        case .serveBuilding: .serveBuilding(root: "/srv/tin")
        case .serveServing: .serveServing(url: "http://127.0.0.1:8080/")
        case .servePolling: .servePolling
        case .servePortMoved: .servePortMoved(asked: 8080, used: 8081)
        case .servePortInUse: .servePortInUse(port: 8080)
        case .serveStopping: .serveStopping
        case .serveBuilt: .serveBuilt(articles: 3, pages: 2, files: 41, elapsed: .microseconds(88_600))
        case .serveUpdated: .serveUpdated(elapsed: .microseconds(12_300), rendered: 3, spliced: 2, changed: 1)
        case .serveTimings:
            .serveTimings([StageTiming(stage: "load", duration: .milliseconds(4)), StageTiming(stage: "render", duration: .milliseconds(9))])
        case .serveWarnings: .serveWarnings(count: 1)
        case .serveFailed: .serveFailed(errors: 1, warnings: 0)
        }
    }
}
