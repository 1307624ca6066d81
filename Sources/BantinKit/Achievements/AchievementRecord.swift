import Foundation

/// One achievement (thành tích) as an article's front matter reports it, validated.
public struct AchievementRecord: Sendable, Equatable {
    /// What was achieved: the model's name, the title or the award, spaces collapsed.
    public let title: String
    /// What kind of achievement it is, when given.
    public var kind: AchievementKind?
    /// The level of the recognition.
    public var level: AchievementLevel
    /// The year the achievement belongs to.
    public let year: Int
    /// Where it stands: registered, proposed, recognized…
    public var status: AchievementStatus
    /// Who achieved it (a collective or a person), when given.
    public let unit: String?
    /// The number of the recognition decision, e.g. "123/QĐ-UBND", when given.
    public var decision: String?
    /// The day of the decision, when given.
    public var date: Date?
    /// Where the record starts in the article (its `title:` line), for diagnostics.
    public var location: SourceLocation

    /// Creates a record.
    public init(
        title: String, kind: AchievementKind? = nil, level: AchievementLevel, year: Int, status: AchievementStatus,
        unit: String? = nil, decision: String? = nil, date: Date? = nil, location: SourceLocation
    ) {
        self.title = title
        self.kind = kind
        self.level = level
        self.year = year
        self.status = status
        self.unit = unit
        self.decision = decision
        self.date = date
        self.location = location
        identity = Identity(title: Slug.make(from: title), year: year, unit: Slug.make(from: unit ?? ""))
    }

    /// Two reports are of the same achievement when title, year and unit match, ignoring case, tone
    /// marks, punctuation and Unicode normalization, so a retyped title in a later article still matches.
    /// Made with the record, when its article is read (on all cores, and once per save of the article),
    /// not each time the achievements are rolled up.
    public let identity: Identity

    /// What makes two reports the same achievement.
    public struct Identity: Hashable, Sendable {
        let title: String
        let year: Int
        let unit: String
    }
}
