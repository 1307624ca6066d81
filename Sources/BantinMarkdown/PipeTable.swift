/// A GitHub-style pipe table found by the pre-pass, with where each cell was written so its links can be reported.
///
/// Debian's libcmark has no table extension, so the rows are recognised here, on the staffer's own lines, and only the cells'
/// text goes through cmark (as inlines).
struct PipeTable: Sendable, Equatable {
    /// How a column's cells are aligned, from the colons of the delimiter row (`:---`, `:---:`, `---:`).
    enum Alignment: Sendable, Equatable {
        case none, left, center, right
    }

    /// One cell's text (trimmed, still Markdown) and the original position of its first character.
    struct Cell: Sendable, Equatable {
        let text: [UInt8]
        let line: Int
        /// 1-based column in Unicode scalars.
        let column: Int
    }

    /// The header row's line, 1-based.
    let firstLine: Int
    /// The last body row's line (the delimiter row's when there are no body rows).
    let lastLine: Int
    let alignments: [Alignment]
    let header: [Cell]
    /// Body rows, each padded or cut to the header's width as GitHub does.
    let rows: [[Cell]]

    /// The table starting at `lines[index]`, or nil when that line and the next are not a header and a matching delimiter row.
    static func starting(at index: Int, in lines: [MarkdownLine], bytes: UnsafeBufferPointer<UInt8>) -> PipeTable? {
        guard index + 1 < lines.count else { return nil }
        let headerLine = lines[index]
        guard isCandidateRow(headerLine, bytes) else { return nil }
        let delimiterCells = split(lines[index + 1], bytes)
        guard !delimiterCells.isEmpty, let alignments = alignments(delimiterCells, bytes) else { return nil }
        let header = cells(headerLine, bytes, lineNumber: index + 1)
        guard header.count == alignments.count else { return nil }
        var rows: [[Cell]] = []
        var next = index + 2
        while next < lines.count, isCandidateRow(lines[next], bytes) {
            var row = cells(lines[next], bytes, lineNumber: next + 1)
            let lastColumn = row.last.map { $0.column + 1 } ?? 1
            while row.count < header.count { row.append(Cell(text: [], line: next + 1, column: lastColumn)) }
            rows.append(Array(row.prefix(header.count)))
            next += 1
        }
        return PipeTable(firstLine: index + 1, lastLine: next, alignments: alignments, header: header, rows: rows)
    }

    /// A row has an unescaped `|`, is not blank and is not indented as code or quoted.
    private static func isCandidateRow(_ line: MarkdownLine, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = bytes[line.content]
        guard let first = text.firstIndex(where: { $0 != UInt8(ascii: " ") }), first - line.content.lowerBound < 4,
              text[first] != UInt8(ascii: "\t"), text[first] != UInt8(ascii: ">") else {
            return false
        }
        var escaped = false
        for byte in text {
            if byte == UInt8(ascii: "|") && !escaped { return true }
            escaped = byte == UInt8(ascii: "\\") && !escaped
        }
        return false
    }

    /// The byte ranges of a row's cells, untrimmed, without the optional outer pipes.
    private static func split(_ line: MarkdownLine, _ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var start = line.content.lowerBound
        var end = line.content.upperBound
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        if start < end, bytes[start] == UInt8(ascii: "|") { start += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "|"), !(end - 2 >= start && bytes[end - 2] == UInt8(ascii: "\\")) { end -= 1 }
        var ranges: [Range<Int>] = []
        var cellStart = start
        var index = start
        var escaped = false
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "|") && !escaped {
                ranges.append(cellStart..<index)
                cellStart = index + 1
            }
            escaped = byte == UInt8(ascii: "\\") && !escaped
            index += 1
        }
        ranges.append(cellStart..<end)
        return ranges
    }

    private static func cells(_ line: MarkdownLine, _ bytes: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> [Cell] {
        split(line, bytes).map { range in
            var start = range.lowerBound
            var end = range.upperBound
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            let column = 1 + bytes[line.content.lowerBound..<start].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return Cell(text: Array(bytes[start..<end]), line: lineNumber, column: column)
        }
    }

    /// The alignments of a delimiter row (`| :--- | :---: | ---: |`), or nil when it is not one.
    private static func alignments(_ cells: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>) -> [Alignment]? {
        var result: [Alignment] = []
        for range in cells {
            let text = bytes[range].filter { !isSpace($0) }
            let left = text.first == UInt8(ascii: ":")
            let right = text.count > 1 && text.last == UInt8(ascii: ":")
            let dashes = text.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
