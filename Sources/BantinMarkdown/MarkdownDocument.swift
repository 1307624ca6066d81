/// The HTML of a Markdown text and what the site needs to know about it.
public struct MarkdownDocument: Sendable, Equatable {
    /// The rendered HTML fragment's UTF-8, one newline after each block: a build writes it out as it
    /// came from cmark, without making (and checking) a String of every body.
    public let htmlBytes: [UInt8]
    /// The rendered HTML fragment.
    public var html: String { String(decoding: htmlBytes, as: UTF8.self) }
    /// Plain text of the first paragraph (softbreaks as spaces, markup removed), used as the lead when front matter has none; nil when there is no paragraph.
    public let firstParagraphText: String?
    /// Every link and image URL, in document order (table cells included).
    public let references: [MarkdownReference]
    /// Links and images that cannot work once published (files on the writer's computer), in document order.
    public let findings: [MarkdownFinding]

    /// Creates a document; `findings` default to none.
    public init(html: String, firstParagraphText: String?, references: [MarkdownReference], findings: [MarkdownFinding] = []) {
        self.init(htmlBytes: Array(html.utf8), firstParagraphText: firstParagraphText, references: references, findings: findings)
    }

    /// Creates a document from HTML that is valid UTF-8, as cmark writes it (it replaces every invalid
    /// byte of its input).
    init(htmlBytes: [UInt8], firstParagraphText: String?, references: [MarkdownReference], findings: [MarkdownFinding]) {
        self.htmlBytes = htmlBytes
        self.firstParagraphText = firstParagraphText
        self.references = references
        self.findings = findings
    }
}
