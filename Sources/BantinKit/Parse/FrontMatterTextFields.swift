/// Front matter rewritten before YAML reads it, so one-line text fields keep what people type.
///
/// Staff write `title: Hội nghị tại Hội trường #2` or `title: Kiên Giang: tổng kết năm` and mean the whole
/// line; YAML reads the first as a comment and refuses the second. For the text fields (`title`,
/// `summary`, `author`, a cover's `caption` and `alt`, an achievement's `title`, `kind` and `unit`), the
/// value is the whole rest of the line, and it is handed to YAML double-quoted. Values that are already
/// quoted (and end with their quote), block scalars (`|`, `>`) and empty values are left as they are.
/// A bulletin's `featured:` is read the same way, as one text or as `- ` lines of text; a `[a, b]` list
/// stays YAML's.
///
/// Lines that continue such a value (more indented, or a pasted second line that does not start with
/// `key:`) become part of the text, joined with a space as YAML folds lines. No line is added or
/// removed, so every position YAML reports is still the file's line; `quotedLines` tells `YAMLSource`
/// which values were quoted here, so it points at their first character, not one after.
///
/// A line indented with a Tab is refused here, since YAML's own message for it never says "Tab".
struct FrontMatterTextFields {
    /// The YAML text to hand to the parser, line for line the same as the original.
    let yaml: String
    /// 1-based lines of the YAML whose value was quoted here.
    let quotedLines: Set<Int>
    /// Lines indented with a Tab: 1-based line and column of the first Tab within the YAML.
    let tabIndents: [(line: Int, column: Int)]

    /// Which keys hold one-line text, by the block they are in.
    private static let topLevelTextKeys: Set<Substring> = ["title", "summary", "author"]
    /// Keys whose value is one text, or a `- ` list of texts (a bulletin's `featured:` titles hold ": " and "#").
    private static let listTextKeys: Set<Substring> = ["featured"]
    private static let nestedTextKeys: [Substring: Set<Substring>] = [
        "cover": ["caption", "alt"],
        "achievements": ["title", "kind", "unit"],
    ]

    /// Rewrites `text`, the lines between the front matter's fences.
    init(_ text: Substring) {
        // Split on the byte: a line feed is always a character of its own, and Character-wise splitting
        // spent most of this type's time in grapheme breaking.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        // The lines are copied only once one of them is rewritten: most front matters need none.
        var output: [String]?
        func rewrite(from index: Int) {
            if output == nil { output = lines[..<index].map(String.init) }
        }
        var quoted = Set<Int>()
        var tabs: [(Int, Int)] = []
        var block: Substring?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let tab = Self.tabInIndentation(line) { tabs.append((index + 1, tab)) }
            let field = Self.field(in: line)
            if let field, field.keyColumn == 0 { block = field.key }
            if let block, Self.listTextKeys.contains(block), let item = Self.listItem(in: line), let value = Self.textValue(item) {
                rewrite(from: index)
                output?.append(String(line[..<item.startIndex]) + "\"" + Self.escaped(value) + "\"")
                quoted.insert(index + 1)
                index += 1
                continue
            }
            guard let field, Self.isTextKey(field.key, column: field.keyColumn, block: block),
                  !(Self.listTextKeys.contains(field.key) && field.value.first == "["),
                  let value = Self.textValue(field.value) else {
                output?.append(String(line))
                index += 1
                continue
            }
            var parts = [value]
            var next = index + 1
            while next < lines.count, Self.continues(lines[next], keyColumn: field.keyColumn) {
                parts.append(Self.trimmed(lines[next]))
                next += 1
            }
            // The separator after `key:` may be a Tab, which YAML refuses there; a space keeps the column.
            let separator = String(repeating: " ", count: field.separatorWidth)
            rewrite(from: index)
            output?.append(String(line[..<field.valueStart].dropLast(field.separatorWidth)) + separator + "\"" + Self.escaped(parts[0]) + (parts.count == 1 ? "\"" : ""))
            for (offset, part) in parts.enumerated().dropFirst() {
                // Inside a double-quoted scalar a line break folds into one space; indent past the key to stay in its block.
                let closing = offset == parts.count - 1 ? "\"" : ""
                output?.append(String(repeating: " ", count: field.keyColumn) + Self.escaped(part) + closing)
            }
            quoted.insert(index + 1)
            index = next
        }
        yaml = output?.joined(separator: "\n") ?? String(text)
        quotedLines = quoted
        tabIndents = tabs
    }

    /// A `key: value` line: the key, where its value starts, and how the key sits in the line.
    private struct Field {
        let key: Substring
        /// 0-based column of the key's first character (after indentation and a `- ` list marker).
        let keyColumn: Int
        let value: Substring
        let valueStart: Substring.Index
        /// Spaces and Tabs between the colon and the value.
        let separatorWidth: Int
    }

    private static func field(in line: Substring) -> Field? {
        var rest = line.drop { $0 == " " }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        let key = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        guard !key.isEmpty, key.first?.isLetter == true else { return nil }
        let afterKey = rest[key.endIndex...]
        guard afterKey.first == ":" else { return nil }
        let afterColon = afterKey.dropFirst()
        guard afterColon.isEmpty || afterColon.first == " " || afterColon.first == "\t" else { return nil }
        let value = afterColon.drop { $0 == " " || $0 == "\t" }
        return Field(
            key: key, keyColumn: line.distance(from: line.startIndex, to: key.startIndex), value: value,
            valueStart: value.startIndex, separatorWidth: afterColon.distance(from: afterColon.startIndex, to: value.startIndex)
        )
    }

    /// The value of a `- value` line of a block list.
    private static func listItem(in line: Substring) -> Substring? {
        let content = line.drop { $0 == " " }
        guard content.hasPrefix("- ") else { return nil }
        let value = content.dropFirst(2).drop { $0 == " " }
        return value.isEmpty ? nil : value
    }

    private static func isTextKey(_ key: Substring, column: Int, block: Substring?) -> Bool {
        if column == 0 { return topLevelTextKeys.contains(key) || listTextKeys.contains(key) }
        guard let block, let keys = nestedTextKeys[block] else { return false }
        return keys.contains(key)
    }

    /// The text to quote, or nil when the value is left to YAML as it was written.
    private static func textValue(_ raw: Substring) -> Substring? {
        let value = trimmingTrailingBlanks(raw)
        guard let first = value.first else { return nil }
        switch first {
        case "\"", "'":
            return isWholeQuotedScalar(value) ? nil : value
        case "|", ">":
            // A block scalar header: the indicator, optional chomping and indentation digits, then a comment at most.
            let header = value.dropFirst().prefix { $0 == "+" || $0 == "-" || $0.isASCII && $0.isNumber }
            let after = value[header.endIndex...]
            let isBlockHeader = after.isEmpty || (after.first == " " && after.drop { $0 == " " }.first == "#")
            return isBlockHeader ? nil : value
        default:
            return ["~", "null", "Null", "NULL"].contains(value) ? nil : value
        }
    }

    /// True when a value that starts with a quote is one quoted scalar, perhaps followed by a comment, or
    /// when its closing quote is on a later line (YAML reads that, or says it is never closed).
    private static func isWholeQuotedScalar(_ value: Substring) -> Bool {
        let quote = value.first!
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            if quote == "\"", character == "\\" {
                index = value.index(after: index)
                if index < value.endIndex { index = value.index(after: index) }
                continue
            }
            if character == quote {
                let next = value.index(after: index)
                if quote == "'", next < value.endIndex, value[next] == "'" {
                    index = value.index(after: next)
                    continue
                }
                let rest = value[next...]
                return rest.isEmpty || rest.first == " " && rest.drop { $0 == " " }.first == "#"
            }
            index = value.index(after: index)
        }
        return true
    }

    /// True when `line` carries on the text of a field whose key starts at 0-based `keyColumn`: indented
    /// further, or a pasted line that is neither a `key:` line, a list item, a comment nor blank.
    private static func continues(_ line: Substring, keyColumn: Int) -> Bool {
        let content = line.drop { $0 == " " }
        guard let first = content.first, first != "#", first != "\t" else { return false }
        let indent = line.distance(from: line.startIndex, to: content.startIndex)
        if indent > keyColumn { return true }
        return field(in: line) == nil && !content.hasPrefix("- ") && content != "-"
    }

    /// The 1-based column of a Tab in the indentation of a line that has content.
    private static func tabInIndentation(_ line: Substring) -> Int? {
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        guard indentation.count < line.count, let tab = indentation.firstIndex(of: "\t") else { return nil }
        return line.distance(from: line.startIndex, to: tab) + 1
    }

    private static func trimmed(_ line: Substring) -> Substring {
        trimmingTrailingBlanks(line.drop { $0 == " " || $0 == "\t" })
    }

    /// `text` without the spaces and Tabs at its end, found byte by byte: walking Characters backwards
    /// is slow, and a space or Tab byte is always a character of its own there.
    private static func trimmingTrailingBlanks(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == UInt8(ascii: " ") || utf8[before] == UInt8(ascii: "\t") else { break }
            end = before
        }
        return text[..<end]
    }

    private static func escaped(_ text: Substring) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 2)
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default: result.append(character)
            }
        }
        return result
    }
}
