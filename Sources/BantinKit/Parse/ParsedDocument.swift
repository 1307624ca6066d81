import BantinMarkdown
import Foundation

/// A position in a user's file.
public struct SourceLocation: Sendable, Equatable, Hashable {
    /// The file's path relative to the site root.
    public let path: String
    /// 1-based line.
    public let line: Int
    /// 1-based column.
    public let column: Int
    /// The text of that line, quoted in diagnostics.
    public let sourceLine: String?

    /// Creates a location.
    public init(path: String, line: Int, column: Int, sourceLine: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }
}

/// An article or page after its front matter and Markdown have been read.
///
/// A class, immutable: every stage after the parse (resolve, lists, pages, links, the search index)
/// passes documents around, and a copy is one reference, not the twenty of its fields.
public final class ParsedDocument: Sendable {
    /// What a content file is.
    public enum Kind: Sendable, Hashable {
        /// A dated news item under `content/articles/`.
        case article
        /// A standalone page under `content/pages/`.
        case page
    }

    /// A picture shown above the article and in lists.
    public struct Cover: Sendable, Equatable {
        /// The image URL as it goes into the HTML (relative paths already made site-absolute).
        public let image: String
        /// Text for readers who cannot see the image.
        public let alt: String?
        /// The caption under the image.
        public let caption: String?
        /// Where `cover` is written, for warnings about a missing image.
        public let location: SourceLocation
    }

    public let kind: Kind
    /// The file's path relative to the site root.
    public let path: String
    public let title: String
    /// Publication moment; always set for articles.
    public let date: Date?
    public let category: String?
    public let tags: [String]
    public let author: String?
    /// The lead as written in front matter.
    public let summary: String?
    /// The lead shown in lists and sharing previews: `summary`, else the first paragraph's text. Only
    /// it is kept: at 100,000 articles with summaries, the unread first paragraphs weighed 90 MB.
    public let lead: String?
    public let cover: Cover?
    /// The URL slug: `slug:` when given, else made from the title.
    public let slug: String
    /// Where the slug comes from (the `slug:` value, else the title), for duplicate-URL errors.
    public let slugLocation: SourceLocation
    public let draft: Bool
    /// The achievements the article reports (`achievements:`), in the order written.
    public let achievements: [AchievementRecord]
    /// The body, rendered.
    public let body: DocumentBody
    /// Lines of the file before the body, to turn Markdown positions into file positions.
    public let bodyLineOffset: Int
    /// Problems in the file that do not stop the build, such as an achievement dated after the article.
    public let warnings: [Diagnostic]
    /// The lines a link warning may quote, taken while the file's text was at hand: the texts are
    /// not kept after the parse (at 100,000 articles they weigh most of a gigabyte). Sorted by
    /// position, so that an article with thousands of broken links finds each quote by a binary search.
    public let linkQuotes: [LinkQuote]

    /// The quoted line of a link or image of the body that may point at nothing.
    public struct LinkQuote: Sendable, Equatable {
        /// The reference's position in the body, as `MarkdownReference` and `MarkdownFinding` give it.
        public let line: Int
        public let column: Int
        public let quote: QuotedLine
    }

    init(
        kind: Kind, path: String, title: String, date: Date?, category: String?, tags: [String], author: String?, summary: String?,
        cover: Cover?, slug: String, slugLocation: SourceLocation, draft: Bool, achievements: [AchievementRecord],
        body: DocumentBody, firstParagraphText: String?, bodyLineOffset: Int, warnings: [Diagnostic], linkQuotes: [LinkQuote]
    ) {
        self.kind = kind
        self.path = path
        self.title = title
        self.date = date
        self.category = category
        self.tags = tags
        self.author = author
        self.summary = summary
        self.lead = summary ?? firstParagraphText
        self.cover = cover
        self.slug = slug
        self.slugLocation = slugLocation
        self.draft = draft
        self.achievements = achievements
        self.body = body
        self.bodyLineOffset = bodyLineOffset
        self.warnings = warnings
        self.linkQuotes = linkQuotes.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The quote taken for the reference at `line` and `column` of the body.
    func linkQuote(line: Int, column: Int) -> QuotedLine? {
        let index = linkQuotes.partitionPoint { ($0.line, $0.column) >= (line, column) }
        guard index < linkQuotes.count, linkQuotes[index].line == line, linkQuotes[index].column == column else { return nil }
        return linkQuotes[index].quote
    }
}
