/// `/thanh-tich/`: every year's achievements, a chart and its table (`achievements.mustache`); none
/// when no published article reports an achievement.
struct AchievementIndexPage: PageKind {
    static let template = "achievements"

    /// A level the chart shows.
    struct Level: Encodable, Equatable, Sendable {
        let name: String
        let slug: String
    }

    /// One row of the table.
    struct Year: Encodable, Equatable, Sendable {
        struct Count: Encodable, Equatable, Sendable {
            let count: Int
        }

        let year: Int
        let url: String
        /// "02", as the yearly reports write counts.
        let count: String
        let summary: String
        /// One count per level, in the order of `levels`.
        let counts: [Count]
        let total: Int
        let csvURL: String
        let jsonURL: String
    }

    /// `achievements`.
    struct AchievementsFields: Encodable, Equatable, Sendable {
        let heading: String
        let intro: String
        let count: String
        let years: [Year]
        let levels: [Level]
        let chartTitle: String
        /// The chart as inline SVG; print it with `{{{chart}}}`.
        let chart: String
    }

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let achievements: AchievementsFields
        let breadcrumb: [Link]
        let hasBreadcrumb = true
    }

    static func pages(in context: SiteContext) -> [Page] {
        let achievements = context.achievements
        guard !achievements.years.isEmpty else { return [] }
        let config = context.config
        let labels = context.labels
        let levels = AchievementLevel.allCases.filter { level in achievements.years.contains { $0.count(at: level) > 0 } }
        let years = achievements.years.map { year in
            Year(
                year: year.year, url: config.href(year.sitePath), count: AchievementIndex.countText(year.count), summary: year.summary,
                counts: levels.map { Year.Count(count: year.count(at: $0)) }, total: year.count,
                csvURL: config.href(AchievementDataFile.sitePath(year, extension: "csv")),
                jsonURL: config.href(AchievementDataFile.sitePath(year, extension: "json"))
            )
        }
        let fields = AchievementsFields(
            heading: labels.achievements, intro: labels.achievementsIntro,
            count: AchievementIndex.countText(achievements.years.reduce(0) { $0 + $1.count }),
            years: years, levels: levels.map { Level(name: capitalized($0.name), slug: $0.slug) },
            chartTitle: labels.achievementChartTitle,
            chart: AchievementChart(years: achievements.years, title: labels.achievementChartTitle).svg()
        )
        return [.template(template, at: Page.outputPath(AchievementIndex.sitePath), Context(
            site: context.siteFields,
            page: context.pageFields(title: labels.achievements, sitePath: AchievementIndex.sitePath, description: labels.achievementsIntro, type: "website"),
            achievements: fields,
            breadcrumb: [context.homeCrumb]
        ))]
    }

    /// "cấp cơ sở" → "Cấp cơ sở", for headings.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
