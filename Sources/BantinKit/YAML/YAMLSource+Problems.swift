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
                ? "ở đây có ký tự điều khiển \\u\(String(format: "%04X", value)) (không in được, thường do dán từ chương trình khác); hãy xoá nó"
                : "không đọc được YAML ở đây: \(problem)"
            return Diagnostic(.error, in: file, line: line + lineOffset, column: column, message: message)
        default:
            return Diagnostic(.error, path: file.path, line: lineOffset + 1, message: "không đọc được YAML: \(error)")
        }
    }

    /// The message and the 1-based YAML position it belongs at.
    private static func explanation(
        problem: String, context: (text: String, mark: Mark)?, mark: Mark, character: Character?,
        lineOffset: Int, line: (Int) -> Substring?
    ) -> (String, (line: Int, column: Int)) {
        let here = (line: mark.line, column: mark.column)
        if character == "\t" {
            return ("ở đây có ký tự Tab; hãy thay nó bằng dấu cách", here)
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
                        "giá trị của `\(key)` có dấu hai chấm và dấu cách (“: ”) nên bị đọc nhầm thành một trường mới; "
                            + "hãy đặt cả giá trị trong dấu ngoặc kép: \(key): \"\(value.replacingOccurrences(of: "\"", with: "\\\""))\"",
                        (mark.line, column)
                    )
                }
            }
            return ("dấu hai chấm và dấu cách (“: ”) ở đây bị đọc nhầm thành một trường mới; hãy đặt cả giá trị trong dấu ngoặc kép", here)
        case "could not find expected ':'":
            // libyaml notices only on the next line; the line without a colon is where the key started.
            let start = context.map { (line: $0.mark.line, column: $0.mark.column) } ?? here
            return (
                "dòng này thiếu dấu hai chấm: mỗi dòng viết `tên trường: giá trị`; nếu đây là phần tiếp theo của dòng trên, "
                    + "hãy nối nó vào cuối dòng trên",
                start
            )
        case "found unexpected end of stream" where context?.text == "while scanning a quoted scalar":
            let start = context.map { (line: $0.mark.line, column: $0.mark.column) } ?? here
            return ("dấu ngoặc mở ở đây không bao giờ được đóng; thêm dấu ngoặc đóng ở cuối giá trị", start)
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            let start = context.map { (line: $0.mark.line, column: $0.mark.column) } ?? here
            let bracket = problem.hasSuffix("']'") ? ("[", "]") : ("{", "}")
            return ("dấu “\(bracket.0)” mở ở đây chưa được đóng; thêm “\(bracket.1)” ở cuối, hoặc đặt giá trị trong dấu ngoặc kép nếu nó không phải danh sách", start)
        case "found undefined alias":
            // Text fields are quoted before YAML reads them, so an anchor there is text and its alias is left without one.
            return ("không dùng được bí danh YAML (&tên, *tên) ở đây; hãy viết thẳng giá trị ra", here)
        case "found character that cannot start any token":
            let shown = character.map { "“\($0)”" } ?? "này"
            return ("giá trị không thể bắt đầu bằng ký tự \(shown); hãy đặt cả giá trị trong dấu ngoặc kép", here)
        default:
            var message = "phần này viết sai cú pháp YAML (\(problem)"
            if let context {
                message += ", \(context.text) bắt đầu ở dòng \(context.mark.line + lineOffset), cột \(context.mark.column)"
            }
            message += "); kiểm tra dấu cách ở đầu dòng, dấu hai chấm và dấu ngoặc"
            return (message, here)
        }
    }
}
