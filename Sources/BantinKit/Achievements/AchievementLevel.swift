/// The level at which an achievement was registered, proposed or recognized.
///
/// Cases are declared from the highest level down, the order in which emulation reports list them
/// (the highest recognition first), and `Comparable` follows that order.
public enum AchievementLevel: Int, CaseIterable, Comparable, Sendable {
    case centralGovernment
    case ministry
    case province
    case district
    case grassroots

    /// The name as officials write it: "cấp cơ sở", "cấp bộ, ngành".
    public var name: String {
        switch self {
        case .centralGovernment: "cấp trung ương"
        case .ministry: "cấp bộ, ngành"
        case .province: "cấp tỉnh"
        case .district: "cấp huyện"
        case .grassroots: "cấp cơ sở"
        }
    }

    /// A short ASCII name for ids and CSS classes: "co-so", "bo-nganh".
    public var slug: String {
        switch self {
        case .centralGovernment: "trung-uong"
        case .ministry: "bo-nganh"
        case .province: "tinh"
        case .district: "huyen"
        case .grassroots: "co-so"
        }
    }

    /// Reads a level as written, ignoring case, tone marks, punctuation and a missing "cấp":
    /// "Cấp cơ sở", "cap co so", "cơ sở" and "cấp bộ ngành" are all accepted.
    public init?(written text: String) {
        var slug = Slug.make(from: text)
        if slug.hasPrefix("cap-") { slug.removeFirst("cap-".count) }
        switch slug {
        case "trung-uong": self = .centralGovernment
        case "bo-nganh", "bo", "nganh": self = .ministry
        case "tinh": self = .province
        case "huyen": self = .district
        case "co-so": self = .grassroots
        default: return nil
        }
    }

    /// True when `lhs` is the higher level, listed first.
    public static func < (lhs: AchievementLevel, rhs: AchievementLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The accepted values, as an error message lists them.
    static let allowedValues = allCases.reversed().map(\.name).joined(separator: " | ")
}
