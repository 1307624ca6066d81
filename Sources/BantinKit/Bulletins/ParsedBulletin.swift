import BantinMarkdown
import Foundation

/// A bulletin (bản tin) file after its front matter and editorial note have been read.
public struct ParsedBulletin: Sendable {
    /// A value from the front matter with where it was written, for diagnostics found later.
    public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
        public let value: Value
        public let location: SourceLocation
    }

    /// The file's path relative to the site root.
    public let path: String
    public let title: String
    /// The issue number, printed "Số 11".
    public let number: Located<Int>
    /// The first moment of the period (inclusive).
    public let from: Located<Date>
    /// The first moment after the period: the day after `to` when `to` is a date, one second after it when it has a time.
    public let until: Date
    /// The last day as written, for display.
    public let to: Located<Date>
    /// Category names to keep; empty keeps every category.
    public let categories: [Located<String>]
    /// The articles shown first, in this order, as written: a slug, a title or an address each.
    public let featured: [Located<String>]
    /// The URL slug: `slug:` when given, else made from the title.
    public let slug: Located<String>
    public let draft: Bool
    /// The editorial note (lời ban biên tập), rendered.
    public let note: MarkdownDocument
    /// Lines of the file before the note, to turn Markdown positions into file positions.
    public let bodyLineOffset: Int
}
