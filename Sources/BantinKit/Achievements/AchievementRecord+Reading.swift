import Foundation
import Yams

/// Reading the `achievements` list of an article's front matter, with a diagnostic for every problem.
extension AchievementRecord {
    /// The keys a record may have.
    static let keys = ["title", "kind", "level", "year", "status", "unit", "decision", "date"]
    /// Years a record may name: the emulation movement's awards start with the state in 1945, and an
    /// upper bound catches typos such as 20211 or 3021 (a year after the article's date is only a warning).
    public static let plausibleYears = 1945...2099

    /// What reading an article's `achievements` found.
    struct Reading {
        /// The records without errors, in the order written.
        var records: [AchievementRecord] = []
        /// Problems that stop the build.
        var errors: [Diagnostic] = []
        /// Problems worth a look that do not stop the build.
        var warnings: [Diagnostic] = []
    }

    /// Reads every record of `node` (the value of `achievements:`).
    ///
    /// - Parameters:
    ///   - articleDate: the article's date, when it has a valid one; a record of a later year is a warning.
    ///   - timeZone: the site's zone, for decision dates and the article's year.
    static func read(_ node: Node, source: YAMLSource, articleDate: Date?, timeZone: TimeZone) -> Reading {
        var reading = Reading()
        guard case .sequence(let items) = node else {
            reading.errors.append(diagnostic(.error, source, at: node, .notAList))
            return reading
        }
        let articleYear = articleDate.map { SiteDateFormatter(timeZone: timeZone).year($0) }
        for item in items {
            guard case .mapping = item else {
                reading.errors.append(diagnostic(.error, source, at: item, .recordNotMapping))
                continue
            }
            guard var fields = YAMLMapping(item, allowedKeys: keys, what: .achievement, source: source, diagnostics: &reading.errors) else { continue }
            let record = read(&fields, item: item, timeZone: timeZone)
            reading.errors += fields.diagnostics
            guard let record else { continue }
            if let articleYear, let articleDate, record.year > articleYear, let yearNode = fields.node("year") {
                let written = SiteDateFormatter(timeZone: timeZone).dayMonthYear(articleDate)
                reading.warnings.append(diagnostic(.warning, source, at: yearNode, .yearAfterArticle(year: record.year, articleDate: written)))
            }
            reading.records.append(record)
        }
        return reading
    }

    /// One record; nil when a required field is missing or wrong (the reason is in `fields.diagnostics`).
    private static func read(_ fields: inout YAMLMapping, item: Node, timeZone: TimeZone) -> AchievementRecord? {
        let source = fields.source
        let title = fields.requiredString("title", missingAt: item, what: .achievement).map(DocumentParser.collapseSpaces)
        let kind = fields.string("kind").flatMap(AchievementKind.init(written:))
        let level: AchievementLevel? = readChoice(
            &fields, key: "level", item: item, parse: AchievementLevel.init(written:),
            missing: .missingLevel, unknown: AchievementMessage.unknownLevel(written:)
        )
        let status: AchievementStatus? = readChoice(
            &fields, key: "status", item: item, parse: AchievementStatus.init(written:),
            missing: .missingStatus, unknown: AchievementMessage.unknownStatus(written:)
        )
        let year = readYear(&fields, item: item)
        let unit = fields.string("unit").map(DocumentParser.collapseSpaces).flatMap { $0.isEmpty ? nil : $0 }
        let decision = fields.string("decision").map(DocumentParser.collapseSpaces).flatMap { $0.isEmpty ? nil : $0 }
        var date: Date?
        if let text = fields.string("date"), let node = fields.node("date") {
            do {
                date = try SiteDate.parse(text, in: timeZone)
            } catch {
                fields.record(diagnostic(.error, source, at: node, .badDate(error), columnOffset: error.offset))
            }
        }
        guard let title, let level, let status, let year else { return nil }
        let (line, column) = source.position(of: item)
        return AchievementRecord(
            title: title, kind: kind, level: level, year: year, status: status, unit: unit, decision: decision, date: date,
            location: SourceLocation(path: source.file.path, line: line, column: column, sourceLine: source.file.line(line))
        )
    }

    /// A required field whose value must be one of a closed list (read leniently by `parse`); `missing`
    /// and `unknown` say what is wrong when it is absent or names nothing of the list.
    private static func readChoice<Value>(
        _ fields: inout YAMLMapping, key: String, item: Node, parse: (String) -> Value?,
        missing: AchievementMessage, unknown: (String) -> AchievementMessage
    ) -> Value? {
        let source = fields.source
        guard let text = fields.string(key), let node = fields.node(key) else {
            if fields.node(key) == nil {
                fields.record(diagnostic(.error, source, at: fields.keyNode(key) ?? item, missing))
            }
            return nil
        }
        guard let value = parse(text) else {
            fields.record(diagnostic(.error, source, at: node, unknown(text)))
            return nil
        }
        return value
    }

    private static func readYear(_ fields: inout YAMLMapping, item: Node) -> Int? {
        let source = fields.source
        guard let text = fields.string("year"), let node = fields.node("year") else {
            if fields.node("year") == nil {
                fields.record(diagnostic(.error, source, at: fields.keyNode("year") ?? item, .missingYear))
            }
            return nil
        }
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text), plausibleYears.contains(year) else {
            fields.record(diagnostic(.error, source, at: node, .implausibleYear(written: text)))
            return nil
        }
        return year
    }

    /// A diagnostic at `node`, quoting its line.
    private static func diagnostic(
        _ severity: Diagnostic.Severity, _ source: YAMLSource, at node: Node, _ message: AchievementMessage, columnOffset: Int = 0
    ) -> Diagnostic {
        let (line, column) = source.position(of: node)
        return Diagnostic(severity, in: source.file, line: line, column: column + columnOffset, message: message)
    }
}

extension Character {
    /// True for 0 to 9 only (not other scripts' digits, which `Int` would refuse anyway).
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
