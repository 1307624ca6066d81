/// `/thanh-tich/<year>/`: a year's records by level and kind (`achievement-year.mustache`).
struct AchievementYearPage: PageKind {
    static let template = "achievement-year"

    /// A record as the year page lists it: numbered, with the articles that report it.
    struct NumberedRecord: Encodable, Equatable, Sendable {
        let number: Int
        let articles: [Encoded<ArticleSummary>]
    }

    struct Kind: Encodable, Equatable, Sendable {
        let name: String
        let count: String
        let records: [Extended<RecordFields, NumberedRecord>]
    }

    struct Level: Encodable, Equatable, Sendable {
        let name: String
        let slug: String
        let count: String
        let kinds: [Kind]
    }

    /// A link to a neighbouring year.
    struct YearLink: Encodable, Equatable, Sendable {
        let year: Int
        let url: String
    }

    /// `achievement_year`.
    struct YearFields: Encodable, Equatable, Sendable {
        let year: Int
        let heading: String
        let summary: String
        let count: String
        let levels: [Level]
        let csvURL: String
        let jsonURL: String
        let indexURL: String
        let newer: YearLink?
        let older: YearLink?
    }

    struct Context: Encodable, Equatable, Sendable {
        let site: Encoded<SiteFields>
        let page: PageFields
        let achievementYear: YearFields
        let breadcrumb: [Link]
        let hasBreadcrumb = true
    }

    static func pages(in context: SiteContext) -> [Page] {
        let years = context.achievements.years
        return years.indices.map { index in
            // Besides the year's records (the achievements, in the site's shape), the page shows the
            // reporting articles' summaries.
            let reads = context.reads(Page.Reads(summaries: years[index].articles, achievements: true))
            return .template(
                template, at: Page.outputPath(years[index].sitePath), reads: reads, isWholeSite: true, Self.context(year: index, in: context)
            )
        }
    }

    private static func context(year index: Int, in context: SiteContext) -> Context {
        let years = context.achievements.years
        let config = context.config
        let year = years[index]
        let title = context.labels.achievementYear(year.year)
        var number = 0
        let levels = year.levels.map { level in
            Level(
                name: AchievementIndexPage.capitalized(level.level.name), slug: level.level.slug, count: AchievementIndex.countText(level.count),
                kinds: level.kinds.map { kind in
                    Kind(name: kind.name, count: AchievementIndex.countText(kind.entries.count), records: kind.entries.map { entry in
                        number += 1
                        return Extended(
                            RecordFields(entry.record, in: context, link: config.href),
                            NumberedRecord(number: number, articles: entry.articles.map { context.summaries[$0] })
                        )
                    })
                }
            )
        }
        let link = { (year: AchievementIndex.Year) in YearLink(year: year.year, url: config.href(year.sitePath)) }
        // Years are newest first, so the one before is newer.
        let fields = YearFields(
            year: year.year, heading: title, summary: year.summary, count: AchievementIndex.countText(year.count), levels: levels,
            csvURL: config.href(AchievementDataFile.sitePath(year, extension: "csv")),
            jsonURL: config.href(AchievementDataFile.sitePath(year, extension: "json")),
            indexURL: config.href(AchievementIndex.sitePath),
            newer: index > 0 ? link(years[index - 1]) : nil,
            older: index + 1 < years.count ? link(years[index + 1]) : nil
        )
        return Context(
            site: context.siteFields,
            page: context.pageFields(title: title, sitePath: year.sitePath, description: year.summary, type: "website"),
            achievementYear: fields,
            breadcrumb: [context.homeCrumb, Link(name: context.labels.achievements, url: config.href(AchievementIndex.sitePath))]
        )
    }
}
