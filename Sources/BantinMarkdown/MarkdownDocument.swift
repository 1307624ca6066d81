/// The HTML of a Markdown text and what the site needs to know about it.
public struct MarkdownDocument: Sendable, Equatable {
    /// The rendered HTML fragment, one newline after each block.
    public let html: String
    /// Plain text of the first paragraph (softbreaks as spaces, markup removed), used as the lead when front matter has none; nil when there is no paragraph.
    public let firstParagraphText: String?
    /// Every link and image URL, in document order (table cells included).
    public let references: [MarkdownReference]
    /// Links and images that cannot work once published (files on the writer's computer), in document order.
    public let findings: [MarkdownFinding]

    /// Creates a document; `findings` default to none.
    public init(html: String, firstParagraphText: String?, references: [MarkdownReference], findings: [MarkdownFinding] = []) {
        self.html = html
        self.firstParagraphText = firstParagraphText
        self.references = references
        self.findings = findings
    }
}
