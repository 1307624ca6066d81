import Yams

/// Front matter in the plain shape nearly every file has, read without libyaml.
///
/// Reading a typical article's ten lines through Yams cost more than rendering its Markdown: an
/// encoding lookup per parser, a tag resolved by regular expression for every key while checking for
/// duplicates, a class per event. Almost every front matter is a block mapping of `key: value` lines,
/// quoted texts, `[a, b]` lists and `- ` lists of such mappings; this reads exactly that, and hands
/// anything else back (nil) for Yams to read, so YAML's meaning and its error messages stay Yams'.
///
/// What it builds is what Yams composes from the same text, node for node: the same strings, the same
/// scalar styles and tags, the same marks (1-based line, column in scalars), so every diagnostic points
/// at the same place. `PlainYAMLTests` holds the two readers to that on every shape read here.
///
/// Read here: block mappings with ASCII keys; block sequences, also at the key's indentation and with
/// `- key: value` items; single-line plain, single-quoted and double-quoted (`\"` and `\\` only)
/// scalars; one-line flow sequences of those; blank and comment lines. Anything else is YAML's:
/// tabs, carriage returns, comments after a value, multi-line scalars, block scalars, anchors, tags,
/// flow mappings, explicit keys, document markers, empty values, duplicate keys.
enum PlainYAML {
    /// The node tree Yams would compose from `yaml`, or nil when the text is not in the plain shape.
    static func compose(_ yaml: String) -> Node? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.document()
        }
    }

    /// Where a node starts, as Yams' `Mark` holds it. Yams makes marks only while it parses, so one is
    /// built from its two stored numbers; `PlainYAMLTests` checks that the layout is still that.
    static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }

    /// A line of the text: its bytes, 1-based number and indentation.
    private struct Line {
        let start: Int
        let end: Int
        let number: Int
        let indent: Int
        var content: Int { start + indent }
    }

    /// Gives up on the plain shape; the caller hands the text to Yams.
    private struct NotPlain: Error {}

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The lines with content: blank and comment-only lines are left out, as YAML ignores them.
        private var lines: [Line] = []
        /// The line being read.
        private var current = 0
        private var depth = 0
        /// One constructor for the document's tags, as Yams' parser has: `Tag`'s default builds a new one.
        private let constructor = Constructor.default

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// A fresh tag: an implicit tag is resolved in place when first read, so tags are not shared.
        private func tag(_ name: Tag.Name) -> Tag {
            Tag(name, .default, constructor)
        }

        mutating func document() -> Node? {
            guard let lines = Self.contentLines(of: bytes) else { return nil }
            self.lines = lines
            guard let first = lines.first, first.indent == 0 else { return nil }
            guard let root = try? mapping(startingAt: first.content, indent: 0), current == lines.count else { return nil }
            return root
        }

        /// Splits the text into lines; nil for bytes YAML treats specially (Tab, CR, other controls,
        /// NEL, LS, PS, BOM) or a line YAML reads as a marker or directive.
        private static func contentLines(of bytes: UnsafeBufferPointer<UInt8>) -> [Line]? {
            var lines: [Line] = []
            var start = 0
            var number = 1
            var index = 0
            let count = bytes.count
            while start <= count {
                var indent = 0
                var firstContent: UInt8?
                index = start
                while index < count, bytes[index] != 0x0A {
                    let byte = bytes[index]
                    switch byte {
                    case 0x20:
                        if firstContent == nil { indent += 1 }
                    case ..<0x20, 0x7F:
                        return nil
                    case 0xC2 where index + 1 < count && bytes[index + 1] == 0x85:
                        return nil
                    case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                        return nil
                    case 0xEF where index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                        return nil
                    default:
                        if firstContent == nil { firstContent = byte }
                    }
                    index += 1
                }
                if let firstContent, firstContent != UInt8(ascii: "#") {
                    if indent == 0, firstContent == UInt8(ascii: "%") || Self.isDocumentMarker(bytes, from: start, to: index) {
                        return nil
                    }
                    lines.append(Line(start: start, end: index, number: number, indent: indent))
                }
                start = index + 1
                number += 1
            }
            return lines
        }

        private static func isDocumentMarker(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
            guard end - start >= 3 else { return false }
            let first = bytes[start]
            guard (first == UInt8(ascii: "-") || first == UInt8(ascii: ".")),
                  bytes[start + 1] == first, bytes[start + 2] == first else { return false }
            return end - start == 3 || bytes[start + 3] == 0x20
        }

        /// A block mapping whose first key starts at byte `start` of the current line; its keys sit at
        /// `indent` spaces (for a `- key: value` item, the column after the dash).
        private mutating func mapping(startingAt start: Int, indent: Int) throws(NotPlain) -> Node {
            depth += 1
            defer { depth -= 1 }
            guard depth < 64 else { throw NotPlain() }
            var pairs: [(Node, Node)] = []
            var keys: Set<String> = []
            var keyStart = start
            let mappingMark = mark(at: keyStart, on: lines[current])
            while true {
                let line = lines[current]
                let (key, afterColon) = try self.key(at: keyStart, on: line)
                guard keys.insert(key.string).inserted else { throw NotPlain() }
                let valueStart = skipSpaces(from: afterColon, to: line.end)
                let value: Node
                if valueStart == line.end {
                    value = try nestedBlock(under: indent)
                } else {
                    value = try inlineValue(from: valueStart, on: line)
                    current += 1
                }
                pairs.append((.scalar(key), value))
                guard current < lines.count else { break }
                let next = lines[current]
                if next.indent < indent || (next.indent == indent && startsItem(next)) { break }
                guard next.indent == indent else { throw NotPlain() }
                keyStart = next.content
            }
            return .mapping(Node.Mapping(pairs, tag(.implicit), .any, mappingMark))
        }

        /// The value of a key with nothing after its colon: a mapping or list on the lines below.
        private mutating func nestedBlock(under indent: Int) throws(NotPlain) -> Node {
            current += 1
            guard current < lines.count else { throw NotPlain() }
            let next = lines[current]
            if startsItem(next), next.indent >= indent {
                return try sequence(indent: next.indent)
            }
            guard next.indent > indent else { throw NotPlain() }
            return try mapping(startingAt: next.content, indent: next.indent)
        }

        /// A block sequence whose `- ` items sit at `indent` spaces, starting at the current line.
        private mutating func sequence(indent: Int) throws(NotPlain) -> Node {
            depth += 1
            defer { depth -= 1 }
            guard depth < 64 else { throw NotPlain() }
            let sequenceMark = mark(at: lines[current].content, on: lines[current])
            var items: [Node] = []
            while current < lines.count {
                let line = lines[current]
                guard line.indent == indent, startsItem(line) else { break }
                let itemStart = skipSpaces(from: line.content + 2, to: line.end)
                guard itemStart < line.end, !startsItem(at: itemStart, end: line.end) else { throw NotPlain() }
                if isKey(at: itemStart, end: line.end) {
                    items.append(try mapping(startingAt: itemStart, indent: itemStart - line.start))
                } else {
                    items.append(try inlineValue(from: itemStart, on: line))
                    current += 1
                }
                guard current < lines.count, lines[current].indent >= indent else { break }
                guard lines[current].indent == indent else { throw NotPlain() }
            }
            return .sequence(Node.Sequence(items, tag(.implicit), .any, sequenceMark))
        }

        private func startsItem(_ line: Line) -> Bool {
            startsItem(at: line.content, end: line.end)
        }

        /// True at `- `; a lone `-` (an empty item) is not plain.
        private func startsItem(at index: Int, end: Int) -> Bool {
            bytes[index] == UInt8(ascii: "-") && index + 1 < end && bytes[index + 1] == 0x20
        }

        private func isKey(at index: Int, end: Int) -> Bool {
            keyEnd(at: index, end: end) != nil
        }

        /// Where the ASCII key at `index` ends (at its `:`), when a `:` and then a space or the end of
        /// the line follow it.
        private func keyEnd(at index: Int, end: Int) -> Int? {
            var position = index
            while position < end, Self.isKeyByte(bytes[position]) { position += 1 }
            let isKey = position > index && position < end && bytes[position] == UInt8(ascii: ":")
                && (position + 1 == end || bytes[position + 1] == 0x20)
            return isKey ? position : nil
        }

        /// An ASCII key ending in `:` and then a space or the end of the line; the index after the colon.
        private func key(at index: Int, on line: Line) throws(NotPlain) -> (Node.Scalar, Int) {
            guard let end = keyEnd(at: index, end: line.end), bytes[index] != UInt8(ascii: "-") else { throw NotPlain() }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            return (Node.Scalar(text, tag(.implicit), .plain, mark(at: index, on: line)), end + 1)
        }

        private static func isKeyByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                true
            default:
                false
            }
        }

        /// A value that fills the rest of the line from `start`: a scalar or a one-line `[…]` list.
        private func inlineValue(from start: Int, on line: Line) throws(NotPlain) -> Node {
            let end = trimEnd(line.end, from: start)
            if bytes[start] == UInt8(ascii: "[") {
                return try flowSequence(from: start, to: end, on: line)
            }
            let (scalar, after) = try self.scalar(from: start, to: end, on: line, inFlow: false)
            guard after == end else { throw NotPlain() }
            return .scalar(scalar)
        }

        private func flowSequence(from start: Int, to end: Int, on line: Line) throws(NotPlain) -> Node {
            guard bytes[end - 1] == UInt8(ascii: "]") else { throw NotPlain() }
            let close = end - 1
            var items: [Node] = []
            var index = skipSpaces(from: start + 1, to: close)
            while index < close {
                let (item, after) = try scalar(from: index, to: close, on: line, inFlow: true)
                items.append(.scalar(item))
                index = skipSpaces(from: after, to: close)
                guard index < close else { break }
                guard bytes[index] == UInt8(ascii: ",") else { throw NotPlain() }
                index = skipSpaces(from: index + 1, to: close)
                // `[a, ]` and `[a,,b]` are YAML's to judge.
                guard index < close, bytes[index] != UInt8(ascii: ",") else { throw NotPlain() }
            }
            return .sequence(Node.Sequence(items, tag(.implicit), .any, mark(at: start, on: line)))
        }

        /// A scalar starting at `start`; the index after it. Quoted scalars must close before `end`;
        /// a plain one runs to `end` (or, in a flow list, to the next `,`), spaces after it trimmed.
        private func scalar(from start: Int, to end: Int, on line: Line, inFlow: Bool) throws(NotPlain) -> (Node.Scalar, Int) {
            let first = bytes[start]
            let scalarMark = mark(at: start, on: line)
            switch first {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let (text, after) = try quoted(from: start, to: end)
                let style: Node.Scalar.Style = first == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
                return (Node.Scalar(text, tag(.str), style, scalarMark), after)
            case UInt8(ascii: "-") where start + 1 < end && bytes[start + 1] == 0x20:
                throw NotPlain()
            case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
                 UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"),
                 UInt8(ascii: "`"):
                throw NotPlain()
            default:
                break
            }
            var index = start
            while index < end {
                let byte = bytes[index]
                if inFlow, byte == UInt8(ascii: ",") { break }
                if inFlow, byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
                    throw NotPlain()
                }
                if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == 0x20 || (inFlow && bytes[index + 1] == UInt8(ascii: ",")) {
                    throw NotPlain()
                }
                if byte == UInt8(ascii: "#"), bytes[index - 1] == 0x20 { throw NotPlain() }
                index += 1
            }
            let textEnd = trimEnd(index, from: start)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<textEnd]), as: UTF8.self)
            return (Node.Scalar(text, tag(.implicit), .plain, scalarMark), index)
        }

        /// A quoted scalar's text and the index after its closing quote; only `\"` and `\\` are read
        /// as escapes in double quotes, `''` in single quotes.
        private func quoted(from start: Int, to end: Int) throws(NotPlain) -> (String, Int) {
            let quote = bytes[start]
            var text: [UInt8] = []
            var index = start + 1
            while index < end {
                let byte = bytes[index]
                if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    guard index + 1 < end, bytes[index + 1] == UInt8(ascii: "\"") || bytes[index + 1] == UInt8(ascii: "\\") else {
                        throw NotPlain()
                    }
                    text.append(bytes[index + 1])
                    index += 2
                    continue
                }
                if byte == quote {
                    if quote == UInt8(ascii: "'"), index + 1 < end, bytes[index + 1] == quote {
                        text.append(quote)
                        index += 2
                        continue
                    }
                    return (String(decoding: text, as: UTF8.self), index + 1)
                }
                text.append(byte)
                index += 1
            }
            throw NotPlain()
        }

        private func skipSpaces(from index: Int, to end: Int) -> Int {
            var index = index
            while index < end, bytes[index] == 0x20 { index += 1 }
            return index
        }

        private func trimEnd(_ end: Int, from start: Int) -> Int {
            var end = end
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            return end
        }

        /// The mark of byte `index` of `line`: libyaml counts columns in scalars, not bytes.
        private func mark(at index: Int, on line: Line) -> Mark {
            var column = 1
            for position in line.start..<index where bytes[position] & 0xC0 != 0x80 { column += 1 }
            return PlainYAML.mark(line: line.number, column: column)
        }
    }
}
