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
        guard !slug.isEmpty else { throw ScaffoldError(message: "the title \"\(title)\" has no letters or digits to make a file name from") }
        let formatter = SiteDateFormatter(timeZone: config.timeZone)
        var date = now
        // A date given without a time stays without one: "00:00" was never what the writer said.
        var writesTime = true
        if let written {
            do {
                date = try SiteDate.parse(written, in: config.timeZone)
            } catch {
                throw ScaffoldError(message: "--date \"\(written)\": \(error.message)")
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
            throw ScaffoldError(message: "cannot create \(url.deletingLastPathComponent().path): \(error.localizedDescription)")
        }
        // O_EXCL makes "does it exist?" and "create it" one step, so a file appearing in between is not overwritten.
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw ScaffoldError(message: "\(path) already exists; bantin new never overwrites a file. Choose another title or edit that file.") }
            throw ScaffoldError(message: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            throw ScaffoldError(message: "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// A YAML double-quoted scalar, so titles with ":" or "#" stay text.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// Why `bantin new` could not write the article.
public struct ScaffoldError: Error, Equatable, Sendable {
    /// What went wrong, for the person.
    public let message: String
}
