import Foundation

/// `/thanh-tich/<year>.csv` and `/thanh-tich/<year>.json`: a year's achievements as data, in page
/// order. Written in code, like the feeds, because their formats are fixed by their specifications.
struct AchievementDataFile: PageKind {
    /// The CSV columns, in Vietnamese as the people who open the file in Excel read them.
    static let csvHeader = [
        "STT", "Năm", "Cấp", "Loại", "Tên thành tích", "Đơn vị", "Tình trạng", "Số quyết định", "Ngày quyết định", "Bài viết",
    ]

    static func pages(in context: SiteContext) -> [Page] {
        context.achievements.years.flatMap { year in
            // Besides the year's records (the achievements, in the site's shape), the files read the
            // reporting articles' URLs (shape too) and titles (their documents).
            let reads = context.reads(Page.Reads(documents: year.articles, achievements: true))
            return [
                Page.bytes(from: csvRows(year, in: context), at: String(sitePath(year, extension: "csv").dropFirst()), reads: reads, csv(rows:)),
                Page.bytes(
                    from: jsonDocument(year, in: context), at: String(sitePath(year, extension: "json").dropFirst()), reads: reads,
                    json(document:)
                ),
            ]
        }
    }

    /// "/thanh-tich/2021.csv".
    static func sitePath(_ year: AchievementIndex.Year, extension fileExtension: String) -> String {
        "\(AchievementIndex.sitePath)\(year.year).\(fileExtension)"
    }

    /// RFC 4180 CSV (CRLF line ends, quotes only where needed) behind a UTF-8 byte-order mark, without
    /// which Excel reads the file in the computer's legacy code page and garbles every tone mark.
    /// Several reporting articles share one cell, their addresses separated by "; ".
    static func csv(_ year: AchievementIndex.Year, in context: SiteContext) -> String {
        String(decoding: csv(rows: csvRows(year, in: context)), as: UTF8.self)
    }

    /// The CSV's rows, header first: what the file says, before it is written out.
    static func csvRows(_ year: AchievementIndex.Year, in context: SiteContext) -> [[String]] {
        let site = context.site
        var rows = [csvHeader]
        for (offset, entry) in year.entries.enumerated() {
            let record = entry.record
            rows.append([
                String(offset + 1), String(record.year), record.level.name, record.kind?.text ?? "", record.title,
                record.unit ?? "", record.status.name, record.decision ?? "", record.date.map(context.formatter.dayMonthYear) ?? "",
                entry.articles.map { site.config.absoluteURL(site.articles[$0].sitePath) }.joined(separator: "; "),
            ])
        }
        return rows
    }

    /// Written as bytes into one buffer: a year's file is megabytes at 100,000 articles, and the rows
    /// joined into a text, then copied into bytes, held it three times at the build's peak.
    static func csv(rows: [[String]]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows.reduce(3) { size, row in row.reduce(size + row.count + 1) { $0 + $1.utf8.count } })
        bytes += "\u{FEFF}".utf8
        for row in rows {
            for (column, field) in row.enumerated() {
                if column > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes += csvField(field).utf8
            }
            bytes += "\r\n".utf8
        }
        return bytes
    }

    /// Pretty-printed JSON with sorted keys; absent optional fields are `null`, so every record has every key.
    static func json(_ year: AchievementIndex.Year, in context: SiteContext) -> String {
        String(decoding: json(document: jsonDocument(year, in: context)), as: UTF8.self)
    }

    /// What the JSON file says, before it is encoded.
    static func jsonDocument(_ year: AchievementIndex.Year, in context: SiteContext) -> AchievementYearJSON {
        let site = context.site
        let formatter = context.formatter
        return AchievementYearJSON(
            site: site.config.title,
            year: year.year,
            url: site.config.absoluteURL(year.sitePath),
            count: year.count,
            summary: year.summary,
            achievements: year.entries.map { entry in
                let record = entry.record
                return AchievementYearJSON.Record(
                    title: record.title, kind: record.kind?.text, level: record.level.name, year: record.year,
                    status: record.status.name, unit: record.unit, decision: record.decision,
                    date: record.date.map { String(formatter.iso8601($0).prefix(10)) },
                    articles: entry.articles.map { index in
                        let article = site.articles[index]
                        return .init(title: article.document.title, url: site.config.absoluteURL(article.sitePath), date: String(formatter.iso8601(article.date).prefix(10)))
                    }
                )
            }
        )
    }

    /// The encoder's bytes and a line end, copied once (not into a text and back).
    static func json(document: AchievementYearJSON) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, numbers and nulls cannot fail.
        let data = (try? encoder.encode(document)) ?? Data()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count + 1)
        bytes += data
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// A field quoted when it holds a comma, a quote or a line break, inner quotes doubled (RFC 4180).
    /// A field starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that
    /// Excel shows it as text instead of running it as a formula (OWASP "CSV injection").
    static func csvField(_ field: String) -> String {
        let text = field.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true ? "'" + field : field
        // By bytes: each of these is one byte in UTF-8, and "\r\n" holds a "\r".
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
