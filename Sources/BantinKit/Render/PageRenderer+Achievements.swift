import Foundation

/// The achievement pages: `/thanh-tich/` (every year, a chart and its table) and `/thanh-tich/<year>/`
/// (the year's records by level and kind), and the box of achievements on an article page.
extension PageRenderer {
    /// The index and one page per year; none when no published article reports an achievement.
    func achievementJobs() -> [Job] {
        guard !achievements.years.isEmpty else { return [] }
        return [.achievementIndex] + achievements.years.indices.map { .achievementYear($0) }
    }

    /// `site.achievements_url`, so a theme can link the achievement pages; false when there are none.
    static func achievementSiteFields(_ achievements: AchievementIndex, config: SiteConfig) -> [String: Any] {
        ["achievements_url": achievements.years.isEmpty ? false : config.href(AchievementIndex.sitePath)]
    }

    /// `/thanh-tich/`.
    func achievementIndexPage() -> RenderedFile {
        let config = site.config
        let sitePath = AchievementIndex.sitePath
        var context = baseContext(title: labels.achievements, sitePath: sitePath, description: labels.achievementsIntro, type: "website")
        let levels = AchievementLevel.allCases.filter { level in achievements.years.contains { $0.count(at: level) > 0 } }
        let years: [[String: Any]] = achievements.years.map { year in
            [
                "year": year.year,
                "url": config.href(year.sitePath),
                "count": AchievementIndex.countText(year.count),
                "summary": year.summary,
                "counts": levels.map { ["count": year.count(at: $0)] },
                "total": year.count,
                "csv_url": config.href(Self.achievementDataPath(year, extension: "csv")),
                "json_url": config.href(Self.achievementDataPath(year, extension: "json")),
            ]
        }
        context["achievements"] = [
            "heading": labels.achievements,
            "intro": labels.achievementsIntro,
            "count": AchievementIndex.countText(achievements.years.reduce(0) { $0 + $1.count }),
            "years": years,
            "levels": levels.map { ["name": Self.capitalized($0.name), "slug": $0.slug] },
            "chart_title": labels.achievementChartTitle,
            "chart": AchievementChart(years: achievements.years, title: labels.achievementChartTitle).svg(),
        ] as [String: Any]
        context["breadcrumb"] = [["name": labels.home, "url": config.href("/")]]
        context["has_breadcrumb"] = true
        return RenderedFile(path: Self.outputPath(sitePath), text: templates.render("achievements", context))
    }

    /// `/thanh-tich/<year>/`.
    func achievementYearPage(_ index: Int) -> RenderedFile {
        let config = site.config
        let year = achievements.years[index]
        let title = labels.achievementYear(year.year)
        var context = baseContext(title: title, sitePath: year.sitePath, description: year.summary, type: "website")
        var number = 0
        let levels: [[String: Any]] = year.levels.map { level in
            [
                "name": Self.capitalized(level.level.name),
                "slug": level.level.slug,
                "count": AchievementIndex.countText(level.count),
                "kinds": level.kinds.map { kind -> [String: Any] in
                    [
                        "name": kind.name,
                        "count": AchievementIndex.countText(kind.entries.count),
                        "records": kind.entries.map { entry -> [String: Any] in
                            number += 1
                            var fields = recordFields(entry.record)
                            fields["number"] = number
                            fields["articles"] = entry.articles.map { summaries[$0] }
                            return fields
                        },
                    ]
                },
            ]
        }
        var fields: [String: Any] = [
            "year": year.year,
            "heading": title,
            "summary": year.summary,
            "count": AchievementIndex.countText(year.count),
            "levels": levels,
            "csv_url": config.href(Self.achievementDataPath(year, extension: "csv")),
            "json_url": config.href(Self.achievementDataPath(year, extension: "json")),
            "index_url": config.href(AchievementIndex.sitePath),
            "newer": false,
            "older": false,
        ]
        // Years are newest first, so the one before is newer.
        if index > 0 { fields["newer"] = yearLink(achievements.years[index - 1]) }
        if index + 1 < achievements.years.count { fields["older"] = yearLink(achievements.years[index + 1]) }
        context["achievement_year"] = fields
        context["breadcrumb"] = [
            ["name": labels.home, "url": config.href("/")],
            ["name": labels.achievements, "url": config.href(AchievementIndex.sitePath)],
        ]
        context["has_breadcrumb"] = true
        return RenderedFile(path: Self.outputPath(year.sitePath), text: templates.render("achievement-year", context))
    }

    /// `article.achievements` and `article.has_achievements`: the records as the article writes them.
    func achievementBoxFields(_ document: ParsedDocument) -> [String: Any] {
        [
            "achievements": document.achievements.map(recordFields),
            "has_achievements": !document.achievements.isEmpty,
        ]
    }

    /// What templates show of one record; optional fields are `false` when empty.
    func recordFields(_ record: AchievementRecord) -> [String: Any] {
        [
            "title": record.title,
            "kind": record.kind?.text ?? false,
            "level": record.level.name,
            "status": record.status.name,
            "unit": record.unit ?? false,
            "decision": record.decision ?? false,
            "date": record.date.map(formatter.dayMonthYear) ?? false,
            "year": record.year,
            "year_url": site.config.href("\(AchievementIndex.sitePath)\(record.year)/"),
        ]
    }

    /// "/thanh-tich/2021.csv".
    static func achievementDataPath(_ year: AchievementIndex.Year, extension fileExtension: String) -> String {
        "\(AchievementIndex.sitePath)\(year.year).\(fileExtension)"
    }

    private func yearLink(_ year: AchievementIndex.Year) -> [String: Any] {
        ["year": year.year, "url": site.config.href(year.sitePath)]
    }

    /// "cấp cơ sở" → "Cấp cơ sở", for headings.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
