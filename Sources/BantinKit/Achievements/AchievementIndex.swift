/// The achievements of the published articles rolled up for the annual pages: each achievement counted
/// once however many articles report it, grouped by year (newest first), level (highest first) and kind.
public struct AchievementIndex: Sendable, Equatable {
    /// One achievement and the articles that report it.
    public struct Entry: Sendable, Equatable {
        /// The achievement, merged from its reports: the furthest status, and the optional fields that any report gives.
        public let record: AchievementRecord
        /// Indices into `ResolvedSite.articles` of the articles reporting it, newest first.
        public let articles: [Int]
    }

    /// The achievements of one kind at one level.
    public struct KindGroup: Sendable, Equatable {
        /// The heading: "Mô hình", "Bằng khen", a kind as written, or "Khác" for records without a kind.
        public let name: String
        /// In Vietnamese alphabetical order of title, then unit.
        public let entries: [Entry]
    }

    /// The achievements of one level in one year.
    public struct LevelGroup: Sendable, Equatable {
        /// The level the group holds.
        public let level: AchievementLevel
        /// The known kinds, then other kinds, each in Vietnamese alphabetical order; records without a kind last.
        public let kinds: [KindGroup]
        /// How many achievements the level has.
        public var count: Int { kinds.reduce(0) { $0 + $1.entries.count } }
    }

    /// One year's achievements.
    public struct Year: Sendable, Equatable {
        /// The year, e.g. 2021.
        public let year: Int
        /// Levels from the highest down; only levels with achievements.
        public let levels: [LevelGroup]
        /// The clauses of `summary`, each a count, what was counted, its status and its level. Made
        /// once: several pages print the summary, and the preview makes them again after every save.
        public let summaryClauses: [String]
        /// The reporting articles of every entry, in page order (an article once per entry it reports):
        /// what the year's pages read of the articles, asked at every preview update.
        public let articles: [Int]

        init(year: Int, levels: [LevelGroup]) {
            self.init(year: year, levels: levels, summaryClauses: Self.summaryClauses(of: levels))
        }

        private init(year: Int, levels: [LevelGroup], summaryClauses: [String]) {
            self.year = year
            self.levels = levels
            self.summaryClauses = summaryClauses
            self.articles = levels.flatMap { $0.kinds.flatMap { $0.entries.flatMap(\.articles) } }
        }

        /// The year with each reporting article's index replaced by `relabel`'s.
        func relabeled(_ relabel: (Int) -> Int) -> Year {
            let levels = levels.map { level in
                LevelGroup(level: level.level, kinds: level.kinds.map { kind in
                    KindGroup(name: kind.name, entries: kind.entries.map { Entry(record: $0.record, articles: $0.articles.map(relabel)) })
                })
            }
            return Year(year: year, levels: levels, summaryClauses: summaryClauses)
        }
        /// How many achievements the year has.
        public var count: Int { levels.reduce(0) { $0 + $1.count } }
        /// Every entry in page order: by level, then kind, then title.
        public var entries: [Entry] { levels.flatMap { $0.kinds.flatMap(\.entries) } }
        /// "/thanh-tich/2021/".
        public var sitePath: String { "\(AchievementIndex.sitePath)\(year)/" }

        /// How many achievements the year has at `level`.
        public func count(at level: AchievementLevel) -> Int {
            levels.first { $0.level == level }?.count ?? 0
        }
    }

    /// "/thanh-tich/": the page listing every year.
    public static let sitePath = "/thanh-tich/"
    /// The heading of the group of records that have no `kind`.
    public static let otherKindName = "Khác"

    /// Years with achievements, newest first.
    public let years: [Year]
    /// Reports of one achievement that disagree, or that repeat within an article.
    public let warnings: [Diagnostic]
    /// The roll-up this index was made by: an index relabeled from it keeps it, having the same
    /// records grouped alike, so that `hasSameRecords` need not compare 3,000 of them after a date edit.
    private let rollUp: RollUp

    private final class RollUp: Sendable {}

    /// The same achievements, reported by the same articles, and the same warnings.
    public static func == (lhs: AchievementIndex, rhs: AchievementIndex) -> Bool {
        lhs.years == rhs.years && lhs.warnings == rhs.warnings
    }

    /// Rolls up the achievements of `site`'s published articles.
    public init(site: ResolvedSite) {
        self.init(reports: Self.reports(in: site))
    }

    /// The records of one article, at its position in the site's articles: what the index is made of.
    struct ArticleReports: Equatable, Sendable {
        let article: Int
        let records: [AchievementRecord]
    }

    /// The achievement records of `site`, article by article: an index made from equal reports is the
    /// same index, so the preview keeps the last one while they do not change.
    static func reports(in site: ResolvedSite) -> [ArticleReports] {
        site.articles.indices.compactMap { index in
            let records = site.articles[index].document.achievements
            return records.isEmpty ? nil : ArticleReports(article: index, records: records)
        }
    }

    /// The index of the records `reports` lists (`reports(in:)`).
    init(reports articles: [ArticleReports]) {
        // Each achievement's reports, in the order the achievements first appear.
        var slots: [AchievementRecord.Identity: Int] = [:]
        var reports: [[(record: AchievementRecord, article: Int)]] = []
        var warnings: [Diagnostic] = []
        for article in articles {
            let articleIndex = article.article
            for record in article.records {
                guard let slot = slots[record.identity] else {
                    slots[record.identity] = reports.count
                    reports.append([(record, articleIndex)])
                    continue
                }
                if let earlier = reports[slot].first(where: { $0.article == articleIndex }) {
                    warnings.append(Diagnostic(
                        .warning, at: record.location,
                        message: AchievementMessage.repeatedInArticle(line: earlier.record.location.line)
                    ))
                    continue
                }
                reports[slot].append((record, articleIndex))
            }
        }

        var entriesByYear: [Int: [Entry]] = [:]
        for achievement in reports {
            let (entry, conflicts) = Self.merge(achievement)
            warnings += conflicts
            entriesByYear[entry.record.year, default: []].append(entry)
        }
        let collation = VietnameseCollation()
        years = entriesByYear.keys.sorted(by: >).map { year in
            Year(year: year, levels: Self.group(entriesByYear[year]!, collation: collation))
        }
        self.warnings = warnings
        rollUp = RollUp()
    }

    private init(years: [Year], warnings: [Diagnostic], rollUp: RollUp = RollUp()) {
        self.years = years
        self.warnings = warnings
        self.rollUp = rollUp
    }

    /// The index of `reports`, made from this one, the index of `earlier`, when the same files report
    /// the same records; nil when it cannot be (then it is made anew). Merging takes the newest report
    /// first, and entries are sorted by text, so such an index differs in the articles' places, and in
    /// the achievements whose reporting articles changed order among themselves: those are merged
    /// again, and kept in place when they keep their level, kind, title and unit. The preview's date
    /// edit (which moves one article, and shifts those between its two places) skips the roll-up, 40 ms
    /// at 10,000 articles.
    func relabeled(from earlier: [ArticleReports], to reports: [ArticleReports]) -> AchievementIndex? {
        guard earlier.count == reports.count else { return nil }
        var newIndex: [Int: Int] = [:]
        newIndex.reserveCapacity(reports.count)
        var reordered: Set<AchievementRecord.Identity> = []
        if zip(earlier, reports).allSatisfy({ $0.records == $1.records }) {
            // In the same order: an article without records moved.
            for (old, new) in zip(earlier, reports) { newIndex[old.article] = new.article }
        } else {
            // An article with records moved: matched by file (a record's location is its article's).
            let byFile = Dictionary(reports.map { ($0.records[0].location.path, $0) }, uniquingKeysWith: { first, _ in first })
            for old in earlier {
                guard let new = byFile[old.records[0].location.path], new.records == old.records else { return nil }
                newIndex[old.article] = new.article
            }
            guard newIndex.count == reports.count else { return nil }
            for year in years {
                for level in year.levels {
                    for kind in level.kinds {
                        for entry in kind.entries where entry.articles.count > 1 {
                            let places = entry.articles.map { newIndex[$0]! }
                            if !zip(places, places.dropFirst()).allSatisfy({ $0 < $1 }) { reordered.insert(entry.record.identity) }
                        }
                    }
                }
            }
        }
        guard !reordered.isEmpty else {
            return AchievementIndex(years: years.map { $0.relabeled { newIndex[$0]! } }, warnings: warnings, rollUp: rollUp)
        }
        return remerged(reordered, from: earlier, to: reports, newIndex: newIndex)
    }

    /// This index relabeled by `newIndex`, with the achievements `identities` merged again from their
    /// reports in `reports`; nil when one of them would move to another group or place.
    private func remerged(
        _ identities: Set<AchievementRecord.Identity>, from earlier: [ArticleReports], to reports: [ArticleReports], newIndex: [Int: Int]
    ) -> AchievementIndex? {
        let oldReports = Self.reports(of: identities, in: earlier)
        let newReports = Self.reports(of: identities, in: reports)
        var warnings = warnings
        var merged: [AchievementRecord.Identity: Entry] = [:]
        for identity in identities {
            guard let old = oldReports[identity], let new = newReports[identity] else { return nil }
            let (_, oldConflicts) = Self.merge(old)
            let (entry, conflicts) = Self.merge(new)
            // The conflicts of the old merge go; those of the new one come (the build sorts warnings).
            for conflict in oldConflicts {
                guard let index = warnings.firstIndex(of: conflict) else { return nil }
                warnings.remove(at: index)
            }
            warnings += conflicts
            merged[identity] = entry
        }
        let collation = VietnameseCollation()
        var years = years
        for (yearIndex, year) in years.enumerated() {
            guard year.entries.contains(where: { identities.contains($0.record.identity) }) else {
                years[yearIndex] = year.relabeled { newIndex[$0]! }
                continue
            }
            var levels = year.levels
            for levelIndex in levels.indices {
                var kinds = levels[levelIndex].kinds
                for kindIndex in kinds.indices {
                    var entries = kinds[kindIndex].entries.map { Entry(record: $0.record, articles: $0.articles.map { newIndex[$0]! }) }
                    for index in entries.indices {
                        let old = entries[index].record
                        guard let entry = merged[old.identity] else { continue }
                        let new = entry.record
                        // The same group and the same text: the same place, unless a neighbour has the
                        // same text too (then the newest article orders them).
                        guard new.level == old.level, new.kind?.groupKey == old.kind?.groupKey,
                              Self.groupName(new.kind) == Self.groupName(old.kind), new.title == old.title, new.unit == old.unit,
                              !Self.sortsAlike(entries, index, index - 1, collation), !Self.sortsAlike(entries, index, index + 1, collation)
                        else { return nil }
                        entries[index] = entry
                    }
                    kinds[kindIndex] = KindGroup(name: kinds[kindIndex].name, entries: entries)
                }
                levels[levelIndex] = LevelGroup(level: levels[levelIndex].level, kinds: kinds)
            }
            // The merged records' statuses and kinds are in the year's summary.
            years[yearIndex] = Year(year: year.year, levels: levels)
        }
        return AchievementIndex(years: years, warnings: warnings)
    }

    /// The reports of each of `identities`, in article order, each article's first only: what
    /// `init(reports:)` merges.
    private static func reports(
        of identities: Set<AchievementRecord.Identity>, in articles: [ArticleReports]
    ) -> [AchievementRecord.Identity: [(record: AchievementRecord, article: Int)]] {
        var found: [AchievementRecord.Identity: [(record: AchievementRecord, article: Int)]] = [:]
        // A few identities, looked for among thousands of records: compared, not hashed.
        let wanted = Array(identities)
        for article in articles {
            for record in article.records where wanted.contains(record.identity) {
                if found[record.identity]?.contains(where: { $0.article == article.article }) == true { continue }
                found[record.identity, default: []].append((record, article.article))
            }
        }
        return found
    }

    /// Whether entry `other` of `entries` exists and sorts by text alike entry `index` (see `sorted`).
    private static func sortsAlike(_ entries: [Entry], _ index: Int, _ other: Int, _ collation: VietnameseCollation) -> Bool {
        guard entries.indices.contains(other) else { return false }
        let lhs = entries[index].record, rhs = entries[other].record
        return collation.sortKey(for: lhs.title) == collation.sortKey(for: rhs.title)
            && collation.sortKey(for: lhs.unit ?? "") == collation.sortKey(for: rhs.unit ?? "")
    }

    /// True when both indexes have the same achievements, grouped and ordered alike, whichever articles
    /// report them.
    func hasSameRecords(as other: AchievementIndex) -> Bool {
        if rollUp === other.rollUp { return true }
        guard years.count == other.years.count, warnings == other.warnings else { return false }
        return zip(years, other.years).allSatisfy { year, other in
            year.year == other.year && year.summaryClauses == other.summaryClauses && year.levels.count == other.levels.count
                && zip(year.levels, other.levels).allSatisfy { level, other in
                    level.level == other.level && level.kinds.count == other.kinds.count
                        && zip(level.kinds, other.kinds).allSatisfy { kind, other in
                            kind.name == other.name && kind.entries.count == other.entries.count
                                && kind.entries.indices.allSatisfy { kind.entries[$0].record == other.entries[$0].record }
                        }
                }
        }
    }

    /// The year `year`, when it has achievements.
    public func year(_ year: Int) -> Year? {
        years.first { $0.year == year }
    }

    /// One entry from the reports of one achievement (newest article first), and a warning for each
    /// report whose level or decision disagrees with the one kept.
    private static func merge(_ reports: [(record: AchievementRecord, article: Int)]) -> (Entry, [Diagnostic]) {
        // The furthest status is the current one ("đăng ký" in March, "công nhận" in December);
        // among equals, the newest article's report, which comes first.
        var kept = reports[0]
        for report in reports.dropFirst() where report.record.status > kept.record.status { kept = report }
        var record = kept.record
        var warnings: [Diagnostic] = []
        for report in reports where report.article != kept.article {
            let other = report.record
            record.kind = record.kind ?? other.kind
            record.decision = record.decision ?? other.decision
            record.date = record.date ?? other.date
            let keptAt = "\(kept.record.location.path):\(kept.record.location.line)"
            if other.level != record.level {
                warnings.append(Diagnostic(
                    .warning, at: other.location,
                    message: AchievementMessage.levelDisagrees(written: other.level, keptAt: keptAt, kept: record.level)
                ))
            }
            if let otherDecision = other.decision, let keptDecision = kept.record.decision, Slug.make(from: otherDecision) != Slug.make(from: keptDecision) {
                warnings.append(Diagnostic(
                    .warning, at: other.location,
                    message: AchievementMessage.decisionDisagrees(written: otherDecision, keptAt: keptAt, kept: keptDecision)
                ))
            }
        }
        let articles = reports.count == 1 ? [reports[0].article] : Array(Set(reports.map(\.article))).sorted()
        return (Entry(record: record, articles: articles), warnings)
    }

    /// A year's entries grouped by level, then kind, each in a fixed order.
    private static func group(_ entries: [Entry], collation: VietnameseCollation) -> [LevelGroup] {
        let byLevel = Dictionary(grouping: entries, by: \.record.level)
        return byLevel.keys.sorted().map { level in
            var names: [String: String] = [:]
            var members: [String: [Entry]] = [:]
            for entry in byLevel[level]! {
                let key = entry.record.kind?.groupKey ?? ""
                if names[key] == nil { names[key] = groupName(entry.record.kind) }
                members[key, default: []].append(entry)
            }
            // The kinds reports count by come first, then other kinds, then records without one ("Khác").
            func rank(_ key: String) -> Int { key.isEmpty ? 2 : key.hasPrefix(AchievementKind.knownGroupPrefix) ? 0 : 1 }
            let kindKeys = members.keys.sorted { lhs, rhs in
                if rank(lhs) != rank(rhs) { return rank(lhs) < rank(rhs) }
                return collation.sortKey(for: names[lhs]!) < collation.sortKey(for: names[rhs]!)
            }
            let kinds = kindKeys.map { key in
                KindGroup(name: names[key]!, entries: sorted(members[key]!, collation: collation))
            }
            return LevelGroup(level: level, kinds: kinds)
        }
    }

    private static func sorted(_ entries: [Entry], collation: VietnameseCollation) -> [Entry] {
        let keys = entries.map { (title: collation.sortKey(for: $0.record.title), unit: collation.sortKey(for: $0.record.unit ?? "")) }
        return entries.indices.sorted { lhs, rhs in
            if keys[lhs].title != keys[rhs].title { return keys[lhs].title < keys[rhs].title }
            if keys[lhs].unit != keys[rhs].unit { return keys[lhs].unit < keys[rhs].unit }
            return entries[lhs].articles[0] < entries[rhs].articles[0]
        }.map { entries[$0] }
    }

    /// "Mô hình" for every kind starting with "mô hình"; other kinds as written, capitalized.
    private static func groupName(_ kind: AchievementKind?) -> String {
        guard let kind else { return otherKindName }
        let name = kind.known?.name ?? kind.text
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
