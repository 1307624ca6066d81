/// A content file cut into its YAML front matter and its Markdown body.
///
/// The cut is made only on lines that are exactly `---` (trailing spaces allowed), the first at the very
/// top of the file, never on a `---` inside the text (a Markdown rule or a YAML string).
struct FrontMatterSplit: Equatable {
    /// The YAML between the fences.
    let yaml: Substring
    /// The Markdown after the closing fence.
    let body: Substring
    /// Lines of the file before the YAML (the opening fence): what YAML positions are shifted by.
    let yamlLineOffset: Int
    /// Lines of the file before the body: what Markdown positions are shifted by.
    let bodyLineOffset: Int

    /// Why a file could not be cut.
    enum Problem: Error, Equatable {
        /// The file does not start with a `---` line.
        case missingOpeningFence
        /// The `---` on line 1 is never closed.
        case missingClosingFence
    }

    /// Cuts `text`, whose line endings are already "\n".
    static func split(_ text: String) -> Result<FrontMatterSplit, Problem> {
        // Line feeds are found in the UTF-8 view: a line feed is always a character of its own, and
        // walking Characters to find them was most of the cost of cutting a file.
        guard let firstLineEnd = text.utf8.firstIndex(of: UInt8(ascii: "\n")), isFence(text[..<firstLineEnd]) else {
            return .failure(.missingOpeningFence)
        }
        let yamlStart = text.index(after: firstLineEnd)
        var lineStart = yamlStart
        var line = 2
        while lineStart < text.endIndex {
            let lineEnd = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            if isFence(text[lineStart..<lineEnd]) {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return .success(FrontMatterSplit(
                    yaml: text[yamlStart..<lineStart],
                    body: text[bodyStart...],
                    yamlLineOffset: 1,
                    bodyLineOffset: line
                ))
            }
            guard lineEnd < text.endIndex else { break }
            lineStart = text.index(after: lineEnd)
            line += 1
        }
        return .failure(.missingClosingFence)
    }

    private static func isFence(_ line: Substring) -> Bool {
        guard line.hasPrefix("---") else { return false }
        return line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
