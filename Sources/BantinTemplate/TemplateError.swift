/// A problem in one template file: where it is, the line it is on, and why.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The template's path for messages, e.g. "templates/article.mustache".
    public let path: String
    /// 1-based line of the tag at fault.
    public let line: Int
    /// 1-based column, in characters, of the tag's opening delimiter.
    public let column: Int
    /// The line quoted, without its line break.
    public let sourceLine: String
    /// What is wrong.
    public let reason: Reason

    /// An error at a known position.
    public init(path: String, line: Int, column: Int, sourceLine: String, reason: Reason) {
        self.path = path
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
        self.reason = reason
    }

    /// `path:line:column: lỗi: message`, then the quoted line with a caret under the column.
    public var description: String {
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        let caret = String(repeating: " ", count: column - 1) + "^"
        return "\(path):\(line):\(column): lỗi: \(reason.message)\n \(number) | \(sourceLine)\n \(gutter) | \(caret)"
    }
}
