import Foundation

/// A new article file with its front matter filled in, for `bantin new`.
public struct ArticleScaffold: Sendable, Equatable {
    /// Path relative to the site root, "content/articles/2026/<slug>.md".
    public let path: String
    /// The file's text.
    public let text: String

    /// Prepares the article `title`, dated `date` when given (any form an article's `date:` accepts), else
    /// `now`, in the site's time zone; the file goes under the year of that date.
    /// - Throws: `ScaffoldError` when the title gives no usable slug, or `date` is not a date.
    public init(title: String, category: String?, now: Date, date written: String? = nil, config: SiteConfig) throws(ScaffoldError) {
        let slug = Slug.make(from: title)
        guard !slug.isEmpty else { throw ScaffoldError(.titleWithoutLetters(title)) }
        let formatter = SiteDateFormatter(timeZone: config.timeZone)
        var date = now
        // A date given without a time stays without one: "00:00" was never what the writer said.
        var writesTime = true
        if let written {
            do {
                date = try SiteDate.parse(written, in: config.timeZone)
            } catch {
                throw ScaffoldError(.badDate(written: written, error))
            }
            writesTime = written.contains(":")
        }
        let parts = formatter.parts(date)
        let time = formatter.timeAndDate(date).split(separator: " ").first.map(String.init) ?? "00:00"
        path = "content/articles/\(parts.year)/\(slug).md"
        var lines = [
            "---",
            "title: \(Self.quoted(title))",
            "date: \(formatter.dayMonthYear(date))" + (writesTime ? " \(time)" : ""),
        ]
        lines.append("category: \(category.map(Self.quoted) ?? (config.menu.first.map(Self.quoted) ?? "\"\""))")
        lines += ["tags: []", "author: ", "summary: ", "draft: true", "---", "", "Nội dung bài viết…", ""]
        text = lines.joined(separator: "\n")
    }

    /// Writes the file under `root`, creating its year folder.
    /// - Throws: `ScaffoldError` when the file exists already (it is never overwritten) or cannot be written.
    public func write(under root: URL) throws(ScaffoldError) {
        try Self.createNew(text, at: path, under: root)
    }

    /// Creates the file `path` under `root` with `text`, creating its folder, and never replaces an existing file.
    /// - Throws: `ScaffoldError` when the file exists already or cannot be written.
    static func createNew(_ text: String, at path: String, under root: URL) throws(ScaffoldError) {
        let url = root.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw ScaffoldError(.cannotCreateFolder(path: url.deletingLastPathComponent().path, reason: SystemReason(error)))
        }
        // O_EXCL makes "does it exist?" and "create it" one step, so a file appearing in between is not overwritten.
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw ScaffoldError(.fileExists(path: path)) }
            throw ScaffoldError(.cannotCreate(path: path, errno: errno))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            throw ScaffoldError(.cannotWrite(path: path, reason: SystemReason(error)))
        }
    }

    /// A YAML double-quoted scalar, so titles with ":" or "#" stay text.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// Why `bantin new` could not write the article or bulletin.
public struct ScaffoldError: Error, Equatable, Sendable {
    /// What went wrong.
    public enum Problem: CatalogueMessage, Equatable {
        /// The title gives an empty slug.
        case titleWithoutLetters(String)
        /// `--date` is not a date.
        case badDate(written: String, SiteDate.ParseError)
        /// `--bulletin` is not a month written YYYY-MM.
        case badMonth(String)
        /// The file's folder could not be created.
        case cannotCreateFolder(path: String, reason: SystemReason)
        /// The file exists; `bantin new` never replaces one.
        case fileExists(path: String)
        /// The file could not be created.
        case cannotCreate(path: String, errno: Int32)
        /// The file was created but could not be written.
        case cannotWrite(path: String, reason: SystemReason)

        /// One key per case.
        public enum Key: CaseIterable, Sendable {
            case titleWithoutLetters, badDate, badMonth, cannotCreateFolder, fileExists, cannotCreate, cannotWrite
        }

        public var key: Key {
            switch self {
            case .titleWithoutLetters: .titleWithoutLetters
            case .badDate: .badDate
            case .badMonth: .badMonth
            case .cannotCreateFolder: .cannotCreateFolder
            case .fileExists: .fileExists
            case .cannotCreate: .cannotCreate
            case .cannotWrite: .cannotWrite
            }
        }

        public static func example(of key: Key) -> Self {
            switch key {
            case .titleWithoutLetters: .titleWithoutLetters("!!!")
            case .badDate: .badDate(written: "31/02/2021", SiteDate.ParseError(reason: .impossibleDay(day: 31, month: 2, year: 2021), offset: 0))
            case .badMonth: .badMonth("11/2021")
            case .cannotCreateFolder: .cannotCreateFolder(path: "content/articles/2021", reason: SystemReason(code: EACCES))
            case .fileExists: .fileExists(path: "content/articles/2021/tin-moi.md")
            case .cannotCreate: .cannotCreate(path: "content/articles/2021/tin-moi.md", errno: EACCES)
            case .cannotWrite: .cannotWrite(path: "content/articles/2021/tin-moi.md", reason: SystemReason(code: ENOSPC))
            }
        }
    }

    /// What went wrong.
    public let problem: Problem

    /// Creates an error for `problem`.
    public init(_ problem: Problem) {
        self.problem = problem
    }

    /// What to tell the person, in the language of this run.
    public var message: String { problem.text }
}
