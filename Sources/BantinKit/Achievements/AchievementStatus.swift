/// Where an achievement stands, from registration to the award itself.
///
/// Cases are declared in the order an achievement goes through them; `Comparable` follows that order,
/// so when two articles report one achievement, the further status is the current one.
public enum AchievementStatus: Int, CaseIterable, Comparable, Sendable {
    case registered
    case proposed
    case underReview
    case recognized
    case awarded

    /// The name as officials write it: "công nhận".
    public var name: String {
        switch self {
        case .registered: "đăng ký"
        case .proposed: "đề nghị"
        case .underReview: "đang xét duyệt"
        case .recognized: "công nhận"
        case .awarded: "trao tặng"
        }
    }

    /// The verb phrase of a summary sentence: "02 mô hình … được công nhận cấp cơ sở".
    public var summaryPhrase: String {
        switch self {
        case .registered: "đăng ký"
        case .proposed: "được đề nghị"
        case .underReview: "đang xét duyệt"
        case .recognized: "được công nhận"
        case .awarded: "được trao tặng"
        }
    }

    /// Reads a status as officials write it, ignoring case, tone marks and Unicode normalization:
    /// a leading "đã" or "được" is accepted ("đã công nhận", "được trao tặng"), and anything after
    /// "đề nghị" names what is proposed ("đề nghị khen thưởng" is "đề nghị").
    public init?(written text: String) {
        var slug = Slug.make(from: text)
        for marker in ["da-", "duoc-"] where slug.hasPrefix(marker) {
            slug.removeFirst(marker.count)
        }
        switch slug {
        case "dang-ky": self = .registered
        case "de-nghi": self = .proposed
        case _ where slug.hasPrefix("de-nghi-"): self = .proposed
        case "dang-xet-duyet": self = .underReview
        case "cong-nhan": self = .recognized
        case "trao-tang": self = .awarded
        default: return nil
        }
    }

    /// True when `lhs` comes earlier on the way from registration to award.
    public static func < (lhs: AchievementStatus, rhs: AchievementStatus) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The accepted values, as an error message lists them.
    static let allowedValues = allCases.map(\.name).joined(separator: " | ")
}
