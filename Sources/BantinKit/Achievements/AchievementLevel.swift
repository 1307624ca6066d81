/// The level at which an achievement was registered, proposed or recognized.
///
/// Cases are declared from the highest level down, the order in which emulation reports list them
/// (the highest recognition first), and `Comparable` follows that order.
public enum AchievementLevel: Int, CaseIterable, Comparable, Sendable {
    case centralGovernment
    case ministry
    case province
    case district
    case commune
    case grassroots

    /// The name as officials write it: "cấp cơ sở", "cấp bộ, ngành".
    public var name: String {
        switch self {
        case .centralGovernment: "cấp trung ương"
        case .ministry: "cấp bộ, ngành"
        case .province: "cấp tỉnh"
        case .district: "cấp huyện"
        case .commune: "cấp xã"
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
        case .commune: "xa"
        case .grassroots: "co-so"
        }
    }

    /// The words that name each level, as slugs; officials write one or several of the same level
    /// ("cấp xã, phường, thị trấn", "cấp tỉnh, thành phố").
    private static let names: [(slug: String, level: AchievementLevel)] = [
        ("trung-uong", .centralGovernment), ("toan-quoc", .centralGovernment), ("quoc-gia", .centralGovernment),
        ("nha-nuoc", .centralGovernment),
        ("bo-nganh", .ministry), ("bo", .ministry), ("nganh", .ministry),
        // "Thành phố thuộc tỉnh" is a district-level city; "thành phố" alone, or "trực thuộc trung ương", a province.
        ("thanh-pho-truc-thuoc-trung-uong", .province), ("thanh-pho-thuoc-trung-uong", .province),
        ("tinh", .province), ("thanh-pho", .province),
        ("thanh-pho-thuoc-tinh", .district), ("thanh-pho-truc-thuoc-tinh", .district),
        ("huyen", .district), ("quan", .district), ("thi-xa", .district),
        ("xa", .commune), ("phuong", .commune), ("thi-tran", .commune), ("dac-khu", .commune),
        ("co-so", .grassroots),
    ]

    /// Reads a level as written, ignoring case, tone marks, punctuation and "cấp": "Cấp cơ sở", "cap co so",
    /// "cơ sở", "cấp bộ ngành", "cấp phường" and "cấp xã, phường, thị trấn" are all accepted. Names of
    /// different levels together ("cấp tỉnh, huyện") are not a level.
    public init?(written text: String) {
        var words = Slug.make(from: text).split(separator: "-").filter { $0 != "cap" }[...]
        var level: AchievementLevel?
        while !words.isEmpty {
            // The longest name first, so "thành phố thuộc tỉnh" is not read as "thành phố" then "tỉnh".
            guard let match = Self.nameWords.first(where: { words.starts(with: $0.words) }), level == nil || level == match.level else {
                return nil
            }
            level = match.level
            words = words.dropFirst(match.words.count)
        }
        guard let level else { return nil }
        self = level
    }

    /// The words of each of `names`, split once, longest name first (the sort is stable: of two names
    /// as long, the one listed first).
    private static let nameWords = names.sorted { $0.slug.count > $1.slug.count }.map { (words: $0.slug.split(separator: "-"), level: $0.level) }

    /// True when `lhs` is the higher level, listed first.
    public static func < (lhs: AchievementLevel, rhs: AchievementLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The accepted values, as an error message lists them.
    static let allowedValues = allCases.reversed().map(\.name).joined(separator: " | ")
}
