/// A problem found in a user's file, with where it is and the line it is on.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is: errors stop the build, warnings do not.
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning

        /// "lỗi" or "error", "cảnh báo" or "warning", as the head line says it.
        public func label(in language: Language) -> String {
            switch (self, language) {
            case (.error, .vietnamese): "lỗi"
            case (.warning, .vietnamese): "cảnh báo"
            case (.error, .english): "error"
            case (.warning, .english): "warning"
            }
        }
    }

    /// Whether this stops the build.
    public private(set) var severity: Severity
    /// Path of the file relative to the site root, with "/" separators.
    public let path: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public let line: Int?
    /// 1-based column in characters, or nil when the problem concerns the whole file or line.
    public let column: Int?
    /// What is wrong and, where possible, how to fix it, in both languages.
    public let text: LocalizedText
    /// What is wrong and, where possible, how to fix it, in the language of this run.
    public var message: String { text.description }
    /// The offending line as quoted under the message: cut around the column when long, control
    /// characters escaped.
    public var sourceLine: String? { quote?.text }
    /// The quoted part of the offending line and where the caret goes in it.
    public private(set) var quote: QuotedLine?
    /// Further lines printed under the quote, such as the other file of a duplicate URL.
    public let notes: [LocalizedText]

    /// Creates a diagnostic whose message comes from the catalogue.
    public init(
        _ severity: Severity,
        path: String,
        line: Int? = nil,
        column: Int? = nil,
        message: some CatalogueMessage,
        sourceLine: String? = nil,
        notes: [LocalizedText] = []
    ) {
        self.init(severity, path: path, line: line, column: column, text: message.localized, sourceLine: sourceLine, notes: notes)
    }

    /// Creates a diagnostic from a text already in both languages.
    public init(
        _ severity: Severity,
        path: String,
        line: Int? = nil,
        column: Int? = nil,
        text: LocalizedText,
        sourceLine: String? = nil,
        notes: [LocalizedText] = []
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.text = text
        self.quote = sourceLine.map { QuotedLine($0, column: column) }
        self.notes = notes
    }

    /// Creates a diagnostic that quotes `line` of `file`, reading only the quoted part of it.
    public init(_ severity: Severity, in file: SourceFile, line: Int, column: Int, message: some CatalogueMessage, notes: [LocalizedText] = []) {
        self.init(severity, path: file.path, line: line, column: column, text: message.localized, sourceLine: nil, notes: notes)
        self.quote = file.quote(line: line, column: column)
    }

    /// Creates a diagnostic with a line quoted earlier, while its file's text was at hand.
    init(_ severity: Severity, path: String, line: Int, column: Int, message: some CatalogueMessage, quote: QuotedLine?) {
        self.init(severity, path: path, line: line, column: column, text: message.localized, sourceLine: nil)
        self.quote = quote
    }

    /// Creates a diagnostic at a location recorded earlier.
    public init(_ severity: Severity, at location: SourceLocation, message: some CatalogueMessage, notes: [LocalizedText] = []) {
        self.init(
            severity, path: location.path, line: location.line, column: location.column,
            text: message.localized, sourceLine: location.sourceLine, notes: notes
        )
    }

    /// Creates a diagnostic quoting `line` of `file` from a text already in both languages.
    public init(_ severity: Severity, in file: SourceFile, line: Int, column: Int, text: LocalizedText, notes: [LocalizedText] = []) {
        self.init(severity, path: file.path, line: line, column: column, text: text, sourceLine: nil, notes: notes)
        self.quote = file.quote(line: line, column: column)
    }

    /// The same diagnostic with another severity (`check` turns link warnings into errors).
    public func with(_ severity: Severity) -> Diagnostic {
        var copy = self
        copy.severity = severity
        return copy
    }

    /// The `path:line:column: severity: message` head line, as compilers print it. Control characters
    /// are escaped, so a newline in a file name or a value cannot split the line.
    public var headline: String { headline(in: .current) }

    /// The head line in `language`: `content/site.yml:3:7: lỗi: …`.
    public func headline(in language: Language) -> String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return QuotedLine.escaping("\(location): \(severity.label(in: language)): \(text.text(in: language))")
    }

    /// The head line, the quoted source line with a caret under the column, and the notes.
    public var description: String { description(in: .current) }

    /// The whole diagnostic in `language`.
    public func description(in language: Language) -> String {
        var text = headline(in: language)
        if let quote, let line {
            let gutter = String(line)
            text += "\n \(gutter) | \(quote.text)"
            if column != nil, let pad = quote.caretPadding {
                text += "\n \(String(repeating: " ", count: gutter.count)) | \(pad)^"
            }
        }
        for note in notes {
            text += "\n  \(language == .vietnamese ? "ghi chú" : "note"): \(QuotedLine.escaping(note.text(in: language)))"
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
        return lhs.text.vietnamese < rhs.text.vietnamese
    }
}

extension [Diagnostic] {
    /// This sorted list and the sorted `other` as one sorted list, in one pass: what sorting the two
    /// joined gives (on a tie, this list's diagnostic comes first), without sorting again a long list
    /// that is sorted already.
    ///
    /// Each of `other`'s diagnostics finds its place by a search that gallops from the last place: a
    /// few new warnings are merged into thousands with a few comparisons each, and the runs between
    /// them are copied whole.
    func merged(with other: [Diagnostic]) -> [Diagnostic] {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var merged: [Diagnostic] = []
        merged.reserveCapacity(count + other.count)
        var index = startIndex
        for diagnostic in other {
            // The first of ours after `diagnostic`: ours come first on a tie.
            let place = firstIndex(after: diagnostic, from: index)
            merged += self[index..<place]
            merged.append(diagnostic)
            index = place
        }
        merged += self[index...]
        return merged
    }

    /// The first index from `start` whose diagnostic comes after `diagnostic` (in this sorted list),
    /// found by steps that double, then by halves.
    private func firstIndex(after diagnostic: Diagnostic, from start: Int) -> Int {
        var low = start
        var step = 1
        var high = start
        while high < endIndex, !(diagnostic < self[high]) {
            low = high + 1
            high = start + step
            step *= 2
        }
        high = Swift.min(high, endIndex)
        while low < high {
            let middle = (low + high) / 2
            if diagnostic < self[middle] { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The range of this sorted list's diagnostics about the file at `path`, from `start` on.
    func range(ofPath path: String, from start: Int = 0) -> Range<Int> {
        func first(from low: Int, where isPast: (String) -> Bool) -> Int {
            var low = low
            var high = endIndex
            while low < high {
                let middle = (low + high) / 2
                if isPast(self[middle].path) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let lower = first(from: start) { $0 >= path }
        return lower..<first(from: lower) { $0 > path }
    }
}
