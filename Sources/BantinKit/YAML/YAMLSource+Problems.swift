import Foundation
import Yams

extension YAMLSource {
    /// A YAML syntax error said in Vietnamese, at the line and column a person has to change, with what to do.
    ///
    /// libyaml's own words ("mapping values are not allowed in this context") name the grammar, not the
    /// fix, and often point past the line at fault; the common cases are recognised here and explained.
    func diagnostic(for error: YamlError, in yaml: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            func character(at mark: Mark) -> Character? {
                guard lines.indices.contains(mark.line - 1) else { return nil }
                return lines[mark.line - 1].dropFirst(mark.column - 1).first
            }
            let (message, at) = Self.explanation(
                problem: problem, context: context.map { ($0.text, $0.mark) }, mark: mark,
                character: character(at: mark), lineOffset: lineOffset,
                line: { lines.indices.contains($0 - 1) ? lines[$0 - 1] : nil }
            )
            return Diagnostic(.error, in: file, line: at.line + lineOffset, column: at.column, message: message)
        case .reader(let problem, let offset, let value, let yaml):
            // libyaml's reader refuses a byte before it reads any structure; Yams gives its place as a
            // count of characters, which is turned into the line and column of the file here.
            guard let offset else { fallthrough }
            let before = yaml.prefix(offset)
            let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = before.reversed().prefix { $0 != "\n" }.count + 1
            let message = problem.hasPrefix("control characters")
                ? YAMLMessage.controlCharacter(code: "\\u" + String(format: "%04X", value))
                : YAMLMessage.unreadableHere(problem: problem)
            return Diagnostic(.error, in: file, line: line + lineOffset, column: column, message: message)
        default:
            return Diagnostic(.error, path: file.path, line: lineOffset + 1, message: YAMLMessage.unreadable(problem: String(describing: error)))
        }
    }

    /// The message and the 1-based YAML position it belongs at.
    private static func explanation(
        problem: String, context: (text: String, mark: Mark)?, mark: Mark, character: Character?,
        lineOffset: Int, line: (Int) -> Substring?
    ) -> (YAMLMessage, (line: Int, column: Int)) {
        let here = (line: mark.line, column: mark.column)
        if character == "\t" {
            return (.tab, here)
        }
        switch problem {
        case "mapping values are not allowed in this context":
            // A plain value holding ": " reads as a second key on the same line.
            if let text = line(mark.line), let colon = text.firstIndex(of: ":") {
                var key = text[..<colon].trimmingCharacters(in: .whitespaces)
                if key.hasPrefix("- ") { key = key.dropFirst(2).trimmingCharacters(in: .whitespaces) }
                let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if !key.isEmpty, !key.hasPrefix("-"), !value.isEmpty {
                    let column = text.distance(from: text.startIndex, to: colon) + 1 + text[text.index(after: colon)...].prefix { $0 == " " }.count + 1
                    return (
                        .colonInValue(key: key, value: value),
                        (mark.line, column)
                    )
                }
            }
            return (.colonHere, here)
        case "could not find expected ':'":
            // libyaml notices only on the next line; the line without a colon is where the key started.
            let start = context.map { (line: $0.mark.line, column: $0.mark.column) } ?? here
            return (.missingColon, start)
        case "found unexpected end of stream" where context?.text == "while scanning a quoted scalar":
            let start = context.map { (line: $0.mark.line, column: $0.mark.column) } ?? here
            return (.unclosedQuote, start)
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            let start = context.map { (line: $0.mark.line, column: $0.mark.column) } ?? here
            let bracket = problem.hasSuffix("']'") ? ("[", "]") : ("{", "}")
            return (.unclosedBracket(open: bracket.0, close: bracket.1), start)
        case "did not find expected key" where context?.text == "while parsing a block mapping"
            && line(mark.line).map { Self.startsContent($0, at: mark.column) } == true:
            // A `key:` line indented less or more than the fields of its group: libyaml marks its first character.
            return (.misaligned, here)
        case "found undefined alias":
            // Text fields are quoted before YAML reads them, so an anchor there is text and its alias is left without one.
            return (.undefinedAlias, here)
        case "found character that cannot start any token":
            return (.reservedStart(character: character.map(String.init)), here)
        default:
            return (
                .syntax(problem: problem, context: context?.text, line: context.map { $0.mark.line + lineOffset }, column: context?.mark.column),
                here
            )
        }
    }

    /// True when 1-based `column` of `line` is its first character after the indentation, and that
    /// character starts a `key:` rather than a `- ` list item.
    private static func startsContent(_ line: Substring, at column: Int) -> Bool {
        let indentation = line.prefix { $0 == " " }.count
        return column == indentation + 1 && line.dropFirst(indentation).first != "-"
    }
}
