/// A problem found in a user's file, with where it is and the line it is on.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is: errors stop the build, warnings do not.
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    /// Whether this stops the build.
    public let severity: Severity
    /// Path of the file relative to the site root, with "/" separators.
    public let path: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public let line: Int?
    /// 1-based column in characters, or nil when the problem concerns the whole file or line.
    public let column: Int?
    /// What is wrong and, where possible, how to fix it.
    public let message: String
    /// The offending line, quoted under the message.
    public let sourceLine: String?
    /// Where the caret goes in `sourceLine` when the quote is a cut of a long line; nil when it is `column`.
    public let caretColumn: Int?
    /// Further lines printed under the quote, such as the other file of a duplicate URL.
    public let notes: [String]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        path: String,
        line: Int? = nil,
        column: Int? = nil,
        message: String,
        sourceLine: String? = nil,
        caretColumn: Int? = nil,
        notes: [String] = []
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
        self.caretColumn = caretColumn
        self.notes = notes
    }

    /// Creates a diagnostic that quotes `line` of `file`.
    public init(_ severity: Severity, in file: SourceFile, line: Int, column: Int, message: String, notes: [String] = []) {
        self.init(
            severity, path: file.path, line: line, column: column,
            message: message, sourceLine: file.line(line), notes: notes
        )
    }

    /// Creates a diagnostic at a location recorded earlier.
    public init(_ severity: Severity, at location: SourceLocation, message: String, notes: [String] = []) {
        self.init(
            severity, path: location.path, line: location.line, column: location.column,
            message: message, sourceLine: location.sourceLine, notes: notes
        )
    }

    /// The `path:line:column: severity: message` head line, as compilers print it.
    public var headline: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }

    /// The head line, the quoted source line with a caret under the column, and the notes.
    public var description: String {
        var text = headline
        if let sourceLine, let line {
            let gutter = String(line)
            text += "\n \(gutter) | \(sourceLine)"
            if let column = caretColumn ?? column, column >= 1 {
                let pad = sourceLine.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                text += "\n \(String(repeating: " ", count: gutter.count)) | \(pad)^"
            }
        }
        for note in notes {
            text += "\n  note: \(note)"
        }
        return text
    }
}

extension Diagnostic: Comparable {
    /// Orders diagnostics by file, then position, so reports read top to bottom and stay deterministic.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        return lhs.message < rhs.message
    }
}
