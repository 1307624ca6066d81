/// A link or image URL found in the Markdown, with where it was written.
public struct MarkdownReference: Sendable, Equatable {
    /// Whether the URL belongs to a link or an image.
    public enum Kind: Sendable, Equatable {
        /// A link, inline, reference-style or autolink.
        case link
        /// An image.
        case image
    }

    /// Whether this is a link or an image.
    public let kind: Kind
    /// The URL after the relative-URL rewrite, as the HTML uses it.
    public let url: String
    /// 1-based line in the Markdown text given to render.
    public let line: Int
    /// 1-based column in Unicode scalars (not bytes, not Characters) of the opening `[` or `!`.
    public let column: Int
}
