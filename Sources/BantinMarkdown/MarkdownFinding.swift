/// Something in the Markdown that cannot work once published, with where it was written, for the site to report.
public struct MarkdownFinding: Sendable, Equatable {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
        /// A link or image pointing at a file on the writer's computer (`C:\…`, `D:/…`, `file:///…`, `\\máy\…`), which no reader can open.
        case localPath(MarkdownReference.Kind)
    }

    /// What is wrong.
    public let kind: Kind
    /// The destination as written (after NFC), e.g. `C:\Users\Thu\Pictures\anh.jpg`.
    public let url: String
    /// 1-based line in the Markdown text given to render.
    public let line: Int
    /// 1-based column in Unicode scalars of the opening `[` or `!`.
    public let column: Int

    /// Creates a finding.
    public init(kind: Kind, url: String, line: Int, column: Int) {
        self.kind = kind
        self.url = url
        self.line = line
        self.column = column
    }
}
