import Foundation

/// A new bulletin file for one month, for `bantin new --bulletin 2021-11`.
public struct BulletinScaffold: Sendable, Equatable {
    /// Path relative to the site root, "content/bulletins/2021-11.md".
    public let path: String
    /// The file's text.
    public let text: String
    /// The issue number chosen: one more than the highest number used in that year.
    public let number: Int

    /// Prepares the bulletin of `month` ("YYYY-MM") as a draft, numbered after the bulletins already in that year.
    /// - Throws: `ScaffoldError` when `month` is not a month like 2021-11.
    public init(month: String, existing: [ParsedBulletin], config: SiteConfig) throws(ScaffoldError) {
        let parts = month.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let monthNumber = Int(parts[1]), (1...12).contains(monthNumber), year >= 1000
        else {
            throw ScaffoldError(.badMonth(month))
        }
        let formatter = SiteDateFormatter(timeZone: config.timeZone)
        let used = existing.filter { formatter.year($0.from.value) == year }.map(\.number.value)
        number = (used.max() ?? 0) + 1
        let days = Self.daysIn(month: monthNumber, year: year)
        let mm = String(format: "%02d", monthNumber)
        path = "content/bulletins/\(year)-\(mm).md"
        text = [
            "---",
            "title: \(ArticleScaffold.quoted("Bản tin \(config.title) tháng \(mm)/\(year)"))",
            "number: \(number)",
            "slug: thang-\(mm)-\(year)",
            "from: 01/\(mm)/\(year)",
            "to: \(days)/\(mm)/\(year)",
            "# categories: [\(config.menu.joined(separator: ", "))]   # bỏ dấu # để chỉ lấy các chuyên mục này",
            "# featured: []   # các bài muốn đưa lên đầu: slug, tiêu đề hoặc địa chỉ của bài, mỗi bài một dòng \"- ...\"",
            // A placeholder note must not go out as an issue at the next build; the editor publishes it.
            "draft: true",
            "---",
            "",
            "Lời ban biên tập…",
            "",
        ].joined(separator: "\n")
    }

    /// Writes the file under `root`, never over an existing one.
    /// - Throws: `ScaffoldError` when it exists or cannot be written.
    public func write(under root: URL) throws(ScaffoldError) {
        try ArticleScaffold.createNew(text, at: path, under: root)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
