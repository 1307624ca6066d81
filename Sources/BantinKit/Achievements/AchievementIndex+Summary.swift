/// The summary sentence of a year, written the way emulation reports write it.
extension AchievementIndex.Year {
    /// "Năm 2021: 02 mô hình “Dân vận khéo” được công nhận cấp cơ sở; 03 điển hình được công nhận cấp cơ sở".
    ///
    /// One clause per level, kind and status, in page order (furthest status first within a kind).
    public var summary: String {
        "Năm \(year): " + summaryClauses.joined(separator: "; ")
    }

    /// The clauses of a summary of `levels`, each a count, what was counted, its status and its level.
    static func summaryClauses(of levels: [AchievementIndex.LevelGroup]) -> [String] {
        var clauses: [String] = []
        for level in levels {
            for kind in level.kinds {
                let byStatus = Dictionary(grouping: kind.entries, by: \.record.status)
                for status in byStatus.keys.sorted(by: >) {
                    let entries = byStatus[status]!
                    let what = Self.kindPhrase(entries.map(\.record.kind))
                    clauses.append("\(AchievementIndex.countText(entries.count)) \(what) \(status.summaryPhrase) \(level.level.name)")
                }
            }
        }
        return clauses
    }

    /// The kind as a sentence names it: the qualified kind when every record has the same one
    /// ("mô hình “Dân vận khéo”"), else the known kind ("mô hình"), else "thành tích".
    private static func kindPhrase(_ kinds: [AchievementKind?]) -> String {
        guard let first = kinds.first, let kind = first else { return "thành tích" }
        let written = Slug.make(from: kind.text)
        if kinds.allSatisfy({ $0.map { Slug.make(from: $0.text) } == written }) { return kind.summaryPhrase }
        return kind.known?.name ?? kind.text
    }
}

extension AchievementIndex {
    /// A count as reports write it: two digits below ten ("02"), as is from ten ("12").
    public static func countText(_ count: Int) -> String {
        count < 10 && count >= 0 ? "0\(count)" : "\(count)"
    }
}
