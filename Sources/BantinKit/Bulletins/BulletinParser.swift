import BantinMarkdown
import Foundation
import Yams

/// Reads bulletin files (`content/bulletins/*.md`): the period, the number, the filters and the editorial note.
public struct BulletinParser: Sendable {
    /// The keys a bulletin's front matter may contain.
    public static let keys = ["title", "number", "from", "to", "categories", "featured", "slug", "draft"]

    public let config: SiteConfig
    private let markdownOptions: MarkdownOptions

    /// Creates a parser for a site.
    public init(config: SiteConfig) {
        self.config = config
        self.markdownOptions = MarkdownOptions(allowsRawHTML: config.unsafeHTML, relativeURLPrefix: config.basePath)
    }

    /// Parses every bulletin file, reporting all problems.
    public func parse(_ files: [SourceFile]) -> (bulletins: [ParsedBulletin], diagnostics: [Diagnostic]) {
        var bulletins: [ParsedBulletin] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            switch parse(file) {
            case .success(let bulletin): bulletins.append(bulletin)
            case .failure(let failure): diagnostics += failure.diagnostics
            }
        }
        return (bulletins, diagnostics)
    }

    /// Parses one bulletin file.
    public func parse(_ file: SourceFile) -> Result<ParsedBulletin, BuildFailure> {
        let frontMatter: FrontMatter
        switch FrontMatter.read(file, allowedKeys: Self.keys, requiredKeys: ["title", "number", "from", "to"]) {
        case .success(let value): frontMatter = value
        case .failure(let failure): return .failure(failure)
        }
        var fields = frontMatter.fields
        let source = frontMatter.source
        let root = frontMatter.root
        func located<Value>(_ value: Value, _ key: String) -> ParsedBulletin.Located<Value> {
            .init(value: value, location: location(of: fields.node(key) ?? root, source))
        }

        let title = fields.requiredString("title", missingAt: root, what: .bulletin)
        let number = fields.positiveInt("number")
        if fields.node("number") == nil {
            fields.record(Self.diagnostic(source, at: fields.keyNode("number") ?? root, .missingNumber))
        }
        for key in ["from", "to"] where fields.node(key) == nil {
            fields.record(Self.diagnostic(source, at: fields.keyNode(key) ?? root, .missingPeriod(key: key)))
        }
        let from = fields.date("from", in: config.timeZone)
        let to = fields.date("to", in: config.timeZone)
        var until: Date?
        if let to, let text = fields.string("to") {
            // A day without a time covers the whole day; a time is the last moment included.
            until = text.contains(":") ? to.addingTimeInterval(1) : nextDay(after: to)
        }
        if let from, let to, let until, from >= until, let node = fields.node("from") {
            let formatter = SiteDateFormatter(timeZone: config.timeZone)
            fields.record(Self.diagnostic(source, at: node, .periodReversed(
                from: formatter.dayMonthYear(from), to: formatter.dayMonthYear(to), toLine: source.position(of: fields.node("to")!).line
            )))
        }
        let categories = fields.strings("categories").map { ParsedBulletin.Located(value: DocumentParser.collapseSpaces($0.0), location: location(of: $0.1, source)) }
        let featured = fields.strings("featured").map { ParsedBulletin.Located(value: $0.0.trimmingCharacters(in: .whitespaces), location: location(of: $0.1, source)) }
        let draft = fields.bool("draft") ?? false
        var slug: ParsedBulletin.Located<String>?
        if let written = fields.string("slug"), let node = fields.node("slug") {
            if Slug.isValid(written) {
                slug = located(written, "slug")
            } else {
                fields.record(Self.diagnostic(source, at: node, .badSlug(written)))
            }
        } else if let title {
            let made = Slug.make(from: title)
            if made.isEmpty {
                fields.record(Self.diagnostic(source, at: fields.node("title") ?? root, .emptySlug))
            } else {
                slug = located(made, "title")
            }
        }

        guard fields.diagnostics.isEmpty, let title, let number, let from, let to, let until, let slug else {
            return .failure(BuildFailure(diagnostics: fields.diagnostics))
        }
        return .success(ParsedBulletin(
            path: file.path, title: DocumentParser.collapseSpaces(title), number: located(number, "number"),
            from: located(from, "from"), until: until, to: located(to, "to"), categories: categories,
            featured: featured, slug: slug, draft: draft,
            note: MarkdownRenderer.render(String(frontMatter.body), options: markdownOptions),
            bodyLineOffset: frontMatter.bodyLineOffset
        ))
    }

    private func location(of node: Node, _ source: YAMLSource) -> SourceLocation {
        let (line, column) = source.position(of: node)
        return SourceLocation(path: source.file.path, line: line, column: column, sourceLine: source.file.line(line))
    }

    /// An error at `node`, quoting its line.
    private static func diagnostic(_ source: YAMLSource, at node: Node, _ message: BulletinMessage) -> Diagnostic {
        let (line, column) = source.position(of: node)
        return Diagnostic(.error, in: source.file, line: line, column: column, message: message)
    }

    private func nextDay(after date: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = config.timeZone
        return calendar.date(byAdding: .day, value: 1, to: date) ?? date.addingTimeInterval(86_400)
    }
}
