/// Rewrites, line by line and keeping every line where it was, what staff paste from Word into Markdown cmark reads as they meant:
/// tab-indented paragraphs, `•⇥` bullets, `a)`/`đ)` items, destinations with spaces; and takes pipe tables out for the converter.
///
/// Lines are never added or removed, so cmark's line numbers stay the staffer's; a `ColumnMap` per changed line gives columns back.
struct MarkdownPrepass {
    /// What cmark parses and what the converter must put back.
    struct Result {
        /// The text cmark parses; nil when it is the original, the common case, which then costs no copy.
        var rewritten: [UInt8]?
        /// Column maps of the lines whose characters moved, by 1-based line.
        var columnMaps: [Int: ColumnMap] = [:]
        /// 1-based lines where a lettered item (`a)`, `đ)`) was turned into a bullet item.
        var letterItemLines: Set<Int> = []
        /// Pipe tables, in order; their lines are left empty in `rewritten`.
        var tables: [PipeTable] = []
    }

    /// Bullets Word puts before a list item when a list is pasted as text: followed by a space or a tab.
    private static let bullets: [[UInt8]] = ["•", "●", "▪", "◦", "·", "■", "►", "➢", "✓"].map { Array($0.utf8) }
    /// Marks that are bullets only when a tab follows (a dash and a space often start a sentence).
    private static let tabBullets: [[UInt8]] = ["–", "o", "§", "\u{F0B7}", "\u{F0A7}"].map { Array($0.utf8) }
    /// Letters of Vietnamese lettered items, as legal texts number them: a) b) c) d) đ) e) g) h) i) k) …
    private static let allBullets = bullets + tabBullets
    private static let itemLetters = Set("abcdeghiklmnopqrstuvxy".unicodeScalars.map { UInt8($0.value) })

    /// Prepares `bytes` for cmark.
    static func prepare(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var result = Result()
        let lines = MarkdownLine.split(bytes)
        // Most documents need no rewriting: the output is made only from the first line that does,
        // starting with a copy of the text before it.
        var output: [UInt8] = []
        var changed = false
        func beginRewriting(at offset: Int) {
            guard !changed else { return }
            changed = true
            output.reserveCapacity(bytes.count + 64)
            output += bytes[..<offset]
        }
        var fence: (marker: UInt8, length: Int)?
        /// Whether an indented line here would start a code block (cmark's rule: not inside a paragraph).
        var codeCouldStart = true
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            let text = Array(bytes[line.content])
            if let open = fence {
                if let close = fenceMarker(text), close.marker == open.marker, close.length >= open.length, close.infoIsEmpty {
                    fence = nil
                    codeCouldStart = true
                }
                if changed { output += bytes[line.content.lowerBound..<line.end] }
                index += 1
                continue
            }
            if let open = fenceMarker(text) {
                fence = (open.marker, open.length)
                if changed { output += bytes[line.content.lowerBound..<line.end] }
                index += 1
                continue
            }
            if let table = PipeTable.starting(at: index, in: lines, bytes: bytes) {
                beginRewriting(at: line.content.lowerBound)
                for tableLine in lines[index..<table.lastLine] {
                    output += bytes[tableLine.content.upperBound..<tableLine.end]
                }
                result.tables.append(table)
                codeCouldStart = true
                index = table.lastLine
                continue
            }
            var map = ColumnMap()
            var rewritten = rewriteStart(of: text, line: number, codeCouldStart: codeCouldStart, map: &map, letterItemLines: &result.letterItemLines)
            rewritten = SpacedDestination.wrap(rewritten, map: &map)
            if rewritten != text {
                beginRewriting(at: line.content.lowerBound)
                result.columnMaps[number] = map
            }
            if changed {
                output += rewritten
                output += bytes[line.content.upperBound..<line.end]
            }
            let isBlank = text.allSatisfy(isSpace)
            codeCouldStart = isBlank || text.first == UInt8(ascii: "#")
            index += 1
        }
        if changed { result.rewritten = output }
        return result
    }

    /// The line with a pasted bullet turned into `- `, a lettered item into `- a) `, or a paragraph's indentation removed.
    private static func rewriteStart(
        of text: [UInt8], line: Int, codeCouldStart: Bool, map: inout ColumnMap, letterItemLines: inout Set<Int>
    ) -> [UInt8] {
        let indentation = text.prefix(while: isSpace).count
        let rest = text[indentation...]
        guard let first = rest.first else { return text }
        let mayBeBullet = first >= 0x80 || first == UInt8(ascii: "o")
        for bullet in allBullets where mayBeBullet && rest.starts(with: bullet) {
            let after = rest.index(rest.startIndex, offsetBy: bullet.count)
            guard after < rest.endIndex, rest[after] == UInt8(ascii: "\t")
                    || (rest[after] == UInt8(ascii: " ") && bullets.contains(bullet)) else { continue }
            map.record(firstColumn: 1, shift: -indentation)
            return Array("- ".utf8) + rest[(after + 1)...]
        }
        if itemLetters.contains(first) || rest.starts(with: Array("đ".utf8)) {
            let letterEnd = rest.index(rest.startIndex, offsetBy: first < 0x80 ? 1 : 2)
            if letterEnd + 1 < rest.endIndex, rest[letterEnd] == UInt8(ascii: ")"), isSpace(rest[letterEnd + 1]) {
                letterItemLines.insert(line)
                map.record(firstColumn: 1, shift: 2 - indentation)
                return Array("- ".utf8) + rest[..<(letterEnd + 1)] + [UInt8(ascii: " ")] + rest[(letterEnd + 2)...]
            }
        }
        let isIndentedAsCode = text.first == UInt8(ascii: "\t") || indentation >= 4
        if codeCouldStart, isIndentedAsCode, !startsListItem(rest) {
            map.record(firstColumn: 1, shift: -indentation)
            return Array(rest)
        }
        return text
    }

    /// `-`, `+` or `*`, or up to nine digits and `.` or `)`, then a space, a tab or the end: a list item a writer nested on purpose.
    private static func startsListItem(_ rest: ArraySlice<UInt8>) -> Bool {
        var index = rest.startIndex
        if [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*")].contains(rest[index]) {
            index += 1
        } else {
            while index < rest.endIndex, index - rest.startIndex < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(rest[index]) { index += 1 }
            guard index > rest.startIndex, index < rest.endIndex,
                  rest[index] == UInt8(ascii: ".") || rest[index] == UInt8(ascii: ")") else { return false }
            index += 1
        }
        return index == rest.endIndex || isSpace(rest[index])
    }

    /// A code fence (three or more backticks or tildes after at most three spaces), its marker, length and whether text follows.
    private static func fenceMarker(_ text: [UInt8]) -> (marker: UInt8, length: Int, infoIsEmpty: Bool)? {
        let indentation = text.prefix(while: { $0 == UInt8(ascii: " ") }).count
        guard indentation < 4, indentation < text.count else { return nil }
        let marker = text[indentation]
        guard marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~") else { return nil }
        let length = text[indentation...].prefix(while: { $0 == marker }).count
        guard length >= 3 else { return nil }
        let info = text[(indentation + length)...]
        if marker == UInt8(ascii: "`"), info.contains(UInt8(ascii: "`")) { return nil }
        return (marker, length, info.allSatisfy(isSpace))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
