/// Renders CommonMark with cmark: smart punctuation on, safe by default, images alone in a paragraph as figures.
public enum MarkdownRenderer {
    /// Parses `markdown` once and returns its HTML, lead text and link/image references.
    public static func render(_ markdown: String, options: MarkdownOptions = .init()) -> MarkdownDocument {
        CmarkConverter.convert(markdown, options: options)
    }
}
