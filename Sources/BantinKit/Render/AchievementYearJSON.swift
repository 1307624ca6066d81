/// The shape of `/thanh-tich/<year>.json`.
struct AchievementYearJSON: Encodable, Equatable, Sendable {
    /// One achievement.
    struct Record: Encodable, Equatable, Sendable {
        let title: String
        let kind: String?
        let level: String
        let year: Int
        let status: String
        let unit: String?
        let decision: String?
        /// ISO day, "2021-12-15".
        let date: String?
        let articles: [Article]

        enum CodingKeys: String, CodingKey {
            case title, kind, level, year, status, unit, decision, date, articles
        }

        // Written out so that absent fields are `null` rather than missing: every record has every key.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(kind, forKey: .kind)
            try container.encode(level, forKey: .level)
            try container.encode(year, forKey: .year)
            try container.encode(status, forKey: .status)
            try container.encode(unit, forKey: .unit)
            try container.encode(decision, forKey: .decision)
            try container.encode(date, forKey: .date)
            try container.encode(articles, forKey: .articles)
        }
    }

    /// An article that reports the achievement.
    struct Article: Encodable, Equatable, Sendable {
        let title: String
        /// Absolute URL.
        let url: String
        /// ISO day of publication.
        let date: String
    }

    /// The organisation (`title` in site.yml).
    let site: String
    let year: Int
    /// The year's page, absolute.
    let url: String
    let count: Int
    let summary: String
    let achievements: [Record]
}
