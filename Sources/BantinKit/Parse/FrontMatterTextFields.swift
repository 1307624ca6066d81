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
    private static let topLevelTextKeys: Set<String> = ["title", "summary", "author"]
    /// Keys whose value is one text, or a `- ` list of texts (a bulletin's `featured:` titles hold ": " and "#").
    private static let listTextKeys: Set<String> = ["featured"]
    private static let nestedTextKeys: [String: Set<String>] = [
        "cover": ["caption", "alt"],
        "achievements": ["title", "kind", "unit"],
    ]

    /// Rewrites `text`, the lines between the front matter's fences.
    ///
    /// Works on bytes: everything it looks for (spaces, Tabs, quotes, `-`, `:`, `#`, ASCII keys) is one
    /// byte, and walking Characters spent most of its time in grapheme breaking.
    init(_ text: Substring) {
        let bytes = Array(text.utf8)
        var lines: [Line] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == Byte.newline {
            lines.append(Line(bytes[start..<offset]))
            start = offset + 1
        }
        lines.append(Line(bytes[start...]))

        // The lines are copied only once one of them is rewritten: most front matters need none.
        var output: [UInt8]?
        func rewrite(from index: Int) {
            guard output == nil else { return }
            output = []
            output!.reserveCapacity(bytes.count + 32)
            for line in lines[..<index] { append(line.bytes) }
        }
        func append<Bytes: Sequence<UInt8>>(_ line: Bytes) {
            output!.append(contentsOf: line)
            output!.append(Byte.newline)
        }
        var quoted = Set<Int>()
        var tabs: [(Int, Int)] = []
        var block: String?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let tab = line.tabInIndentation { tabs.append((index + 1, tab)) }
            let field = line.field
            if let field, field.keyColumn == 0 { block = field.key }
            if let block, Self.listTextKeys.contains(block), let item = line.listItem, let value = Self.textValue(item) {
                rewrite(from: index)
                append(line.bytes[..<item.startIndex] + [Byte.quote] + Self.escaped(value) + [Byte.quote])
                quoted.insert(index + 1)
                index += 1
                continue
            }
            guard let field, Self.isTextKey(field.key, column: field.keyColumn, block: block),
                  !(Self.listTextKeys.contains(field.key) && field.value.first == UInt8(ascii: "[")),
                  let value = Self.textValue(field.value) else {
                if output != nil { append(line.bytes) }
                index += 1
                continue
            }
            var parts = [value]
            var next = index + 1
            while next < lines.count, lines[next].continues(keyColumn: field.keyColumn) {
                parts.append(lines[next].trimmed)
                next += 1
            }
            // The separator after `key:` may be a Tab, which YAML refuses there; a space keeps the column.
            rewrite(from: index)
            append(
                line.bytes[..<(field.value.startIndex - field.separatorWidth)] + [UInt8](repeating: Byte.space, count: field.separatorWidth)
                    + [Byte.quote] + Self.escaped(parts[0]) + (parts.count == 1 ? [Byte.quote] : [])
            )
            for (offset, part) in parts.enumerated().dropFirst() {
                // Inside a double-quoted scalar a line break folds into one space; indent past the key to stay in its block.
                let closing: [UInt8] = offset == parts.count - 1 ? [Byte.quote] : []
                append([UInt8](repeating: Byte.space, count: field.keyColumn) + Self.escaped(part) + closing)
            }
            quoted.insert(index + 1)
            index = next
        }
        if var output {
            output.removeLast()  // the line feed after the last line
            yaml = String(decoding: output, as: UTF8.self)
        } else {
            yaml = String(text)
        }
        quotedLines = quoted
        tabIndents = tabs
    }

    private enum Byte {
        static let newline = UInt8(ascii: "\n")
        static let space = UInt8(ascii: " ")
        static let tab = UInt8(ascii: "\t")
        static let quote = UInt8(ascii: "\"")
        static let apostrophe = UInt8(ascii: "'")
        static let backslash = UInt8(ascii: "\\")
        static let hash = UInt8(ascii: "#")
        static let dash = UInt8(ascii: "-")
    }

    /// A `key: value` line: the key, where its value starts, and how the key sits in the line.
    private struct Field {
        let key: String
        /// 0-based column of the key's first character (after indentation and a `- ` list marker).
        let keyColumn: Int
        let value: ArraySlice<UInt8>
        /// Spaces and Tabs between the colon and the value.
        let separatorWidth: Int
    }

    /// One line of the front matter, without its line feed.
    private struct Line {
        let bytes: ArraySlice<UInt8>

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
        }

        /// The line after its indentation.
        var content: ArraySlice<UInt8> { bytes.drop { $0 == Byte.space } }

        var field: Field? {
            var rest = content
            if rest.starts(with: [Byte.dash, Byte.space]) { rest = rest.dropFirst(2).drop { $0 == Byte.space } }
            let key = rest.prefix { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "_"), Byte.dash:
                    true
                default:
                    false
                }
            }
            guard let first = key.first,
                  (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return nil }
            let afterKey = rest[key.endIndex...]
            guard afterKey.first == UInt8(ascii: ":") else { return nil }
            let afterColon = afterKey.dropFirst()
            guard afterColon.isEmpty || afterColon.first == Byte.space || afterColon.first == Byte.tab else { return nil }
            let value = afterColon.drop { $0 == Byte.space || $0 == Byte.tab }
            return Field(
                key: String(decoding: key, as: UTF8.self), keyColumn: key.startIndex - bytes.startIndex, value: value,
                separatorWidth: value.startIndex - afterColon.startIndex
            )
        }

        /// The value of a `- value` line of a block list.
        var listItem: ArraySlice<UInt8>? {
            let content = self.content
            guard content.starts(with: [Byte.dash, Byte.space]) else { return nil }
            let value = content.dropFirst(2).drop { $0 == Byte.space }
            return value.isEmpty ? nil : value
        }

        /// True when this line carries on the text of a field whose key starts at 0-based `keyColumn`:
        /// indented further, or a pasted line that is neither a `key:` line, a list item, a comment nor blank.
        func continues(keyColumn: Int) -> Bool {
            let content = self.content
            guard let first = content.first, first != Byte.hash, first != Byte.tab else { return false }
            let indent = content.startIndex - bytes.startIndex
            if indent > keyColumn { return true }
            return field == nil && !content.starts(with: [Byte.dash, Byte.space]) && !content.elementsEqual([Byte.dash])
        }

        /// The 1-based column of a Tab in the indentation of a line that has content.
        var tabInIndentation: Int? {
            let indentation = bytes.prefix { $0 == Byte.space || $0 == Byte.tab }
            guard indentation.count < bytes.count, let tab = indentation.firstIndex(of: Byte.tab) else { return nil }
            return tab - bytes.startIndex + 1
        }

        /// The line without the spaces and Tabs around it.
        var trimmed: ArraySlice<UInt8> {
            FrontMatterTextFields.trimmingTrailingBlanks(bytes.drop { $0 == Byte.space || $0 == Byte.tab })
        }
    }

    private static func isTextKey(_ key: String, column: Int, block: String?) -> Bool {
        if column == 0 { return topLevelTextKeys.contains(key) || listTextKeys.contains(key) }
        guard let block, let keys = nestedTextKeys[block] else { return false }
        return keys.contains(key)
    }

    /// The text to quote, or nil when the value is left to YAML as it was written.
    private static func textValue(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let value = trimmingTrailingBlanks(raw)
        guard let first = value.first else { return nil }
        switch first {
        case Byte.quote, Byte.apostrophe:
            return isWholeQuotedScalar(value) ? nil : value
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            // A block scalar header: the indicator, optional chomping and indentation digits, then a comment at most.
            let header = value.dropFirst().prefix { $0 == UInt8(ascii: "+") || $0 == Byte.dash || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            let after = value[header.endIndex...]
            let isBlockHeader = after.isEmpty || (after.first == Byte.space && after.drop { $0 == Byte.space }.first == Byte.hash)
            return isBlockHeader ? nil : value
        default:
            let isNull = ["~", "null", "Null", "NULL"].contains { value.elementsEqual($0.utf8) }
            return isNull ? nil : value
        }
    }

    /// True when a value that starts with a quote is one quoted scalar, perhaps followed by a comment, or
    /// when its closing quote is on a later line (YAML reads that, or says it is never closed).
    private static func isWholeQuotedScalar(_ value: ArraySlice<UInt8>) -> Bool {
        let quote = value.first!
        var index = value.startIndex + 1
        while index < value.endIndex {
            let byte = value[index]
            if quote == Byte.quote, byte == Byte.backslash {
                index += 2
                continue
            }
            if byte == quote {
                let next = index + 1
                if quote == Byte.apostrophe, next < value.endIndex, value[next] == Byte.apostrophe {
                    index = next + 1
                    continue
                }
                let rest = value[next...]
                return rest.isEmpty || rest.first == Byte.space && rest.drop { $0 == Byte.space }.first == Byte.hash
            }
            index += 1
        }
        return true
    }

    /// `text` without the spaces and Tabs at its end.
    private static func trimmingTrailingBlanks(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = text.endIndex
        while end > text.startIndex, text[end - 1] == Byte.space || text[end - 1] == Byte.tab { end -= 1 }
        return text[..<end]
    }

    /// `text` for inside double quotes: `\` and `"` escaped.
    private static func escaped(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 2)
        for byte in text {
            if byte == Byte.backslash || byte == Byte.quote { result.append(Byte.backslash) }
            result.append(byte)
        }
        return result
    }
}
