/// What templates show of one achievement record.
struct RecordFields: Encodable, Equatable, Sendable {
    let title: String
    let kind: String?
    let level: String
    let status: String
    let unit: String?
    let decision: String?
    let date: String?
    let year: Int
    /// The year's page, `/thanh-tich/<year>/`.
    let yearURL: String

    init(_ record: AchievementRecord, in site: SiteContext, link: (String) -> String) {
        title = record.title
        kind = record.kind?.text
        level = record.level.name
        status = record.status.name
        unit = record.unit
        decision = record.decision
        date = record.date.map(site.formatter.dayMonthYear)
        year = record.year
        yearURL = link("\(AchievementIndex.sitePath)\(record.year)/")
    }
}
