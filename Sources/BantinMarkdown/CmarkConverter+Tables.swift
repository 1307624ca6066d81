import Ccmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pipe tables and lettered lists, which cmark 0.30 does not know: the pre-pass found them, and here they become custom blocks.
extension CmarkConverter {
    /// Renders each table and puts it between the top-level blocks around its lines (which the pre-pass left empty).
    mutating func insertTables(into document: OpaquePointer) {
        var cursor = cmark_node_first_child(document)
        for table in prepared.tables {
            let block = customBlock(html: tableHTML(table))
            // Earlier tables' blocks have no position (line 0), so the cursor walks past them too.
            while let current = cursor, Int(cmark_node_get_start_line(current)) <= table.lastLine {
                cursor = cmark_node_next(current)
            }
            if let cursor {
                cmark_node_insert_before(cursor, block)
            } else {
                cmark_node_append_child(document, block)
            }
        }
    }

    /// `<div class="bang"><table>…</table></div>`: the div scrolls sideways on a phone instead of the page.
    /// Cells are parsed by cmark as inlines, all cells of a table in one parse, each as its own paragraph.
    private mutating func tableHTML(_ table: PipeTable) -> [UInt8] {
        let cells = table.header + table.rows.joined()
        var cellMarkdown: [UInt8] = []
        var maps: [ColumnMap] = []
        var parsedTexts: [[UInt8]] = []
        for cell in cells {
            var map = ColumnMap()
            var text = cell.text
            if let escape = Self.blockStartEscape(text) {
                text.insert(UInt8(ascii: "\\"), at: escape)
                map.record(firstColumn: escape + 2, shift: 1)
            }
            text = SpacedDestination.wrap(text, map: &map)
            // An empty cell still takes its line, so the k-th cell is always on line 2k + 1.
            cellMarkdown += text.isEmpty ? [UInt8(ascii: "\\"), UInt8(ascii: " ")] : text
            cellMarkdown += "\n\n".utf8
            maps.append(map)
            parsedTexts.append(text)
        }
        let cellDocument = cellMarkdown.withUnsafeBufferPointer { parseDocument($0, options: renderOptions | CMARK_OPT_SOURCEPOS) }
        defer { cmark_node_free(cellDocument) }

        var cellHTML = [[UInt8]](repeating: [], count: cells.count)
        var block = cmark_node_first_child(cellDocument)
        while let current = block {
            block = cmark_node_next(current)
            let index = (Int(cmark_node_get_start_line(current)) - 1) / 2
            guard cells.indices.contains(index), !cells[index].text.isEmpty else { continue }
            recordCellReferences(in: current, cell: cells[index], parsedText: parsedTexts[index], map: maps[index])
            cellHTML[index] = renderedCell(current)
        }

        var html = Array("<div class=\"bang\"><table>\n<thead>\n<tr>\n".utf8)
        appendRow(cellHTML[0..<table.header.count], tag: "th", alignments: table.alignments, to: &html)
        html += "</tr>\n</thead>\n".utf8
        if !table.rows.isEmpty {
            html += "<tbody>\n".utf8
            var start = table.header.count
            for _ in table.rows {
                html += "<tr>\n".utf8
                appendRow(cellHTML[start..<start + table.header.count], tag: "td", alignments: table.alignments, to: &html)
                html += "</tr>\n".utf8
                start += table.header.count
            }
            html += "</tbody>\n".utf8
        }
        html += "</table></div>".utf8
        return html
    }

    private func appendRow(_ cells: ArraySlice<[UInt8]>, tag: String, alignments: [PipeTable.Alignment], to html: inout [UInt8]) {
        for (cell, alignment) in zip(cells, alignments) {
            html += "<\(tag)".utf8
            switch alignment {
            case .none: break
            case .left: html += #" style="text-align: left""#.utf8
            case .center: html += #" style="text-align: center""#.utf8
            case .right: html += #" style="text-align: right""#.utf8
            }
            html += ">".utf8 + cell + "</\(tag)>\n".utf8
        }
    }

    /// A cell's inline HTML: the paragraph's content without `<p>` and `</p>`; another block (raw HTML) as cmark writes it.
    private func renderedCell(_ block: OpaquePointer) -> [UInt8] {
        var html = withRenderedHTML(of: block, options: renderOptions) { Array($0) }
        while html.last == UInt8(ascii: "\n") { html.removeLast() }
        if cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH, html.count >= 7 {
            html = Array(html[3..<html.count - 4])
        }
        return html
    }

    /// Records a cell's links and images at the staffer's line and column: the cell's own column plus the scalars before the
    /// link in the cell's text, less what the escape and `<…>` added.
    private mutating func recordCellReferences(in block: OpaquePointer, cell: PipeTable.Cell, parsedText: [UInt8], map: ColumnMap) {
        var node = cmark_node_first_child(block)
        while let current = node {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let byteOffset = max(0, min(Int(cmark_node_get_start_column(current)) - 1, parsedText.count))
                let column = 1 + parsedText[..<byteOffset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                let position = (line: cell.line, column: cell.column + map.originalColumn(column) - 1)
                record(current, kind: type == CMARK_NODE_LINK ? .link : .image, at: position)
            }
            node = nextInDocumentOrder(after: current, within: block)
        }
    }

    /// Where to put a backslash so a cell's text cannot start a block (`# `, `> `, `- `, `1. `, `***`, a code fence, `[x]: y`),
    /// since a GitHub cell holds inlines only; nil when it needs none.
    static func blockStartEscape(_ text: [UInt8]) -> Int? {
        guard let first = text.first else { return nil }
        let second = text.count > 1 ? text[1] : UInt8(ascii: " ")
        let spaceFollows = second == UInt8(ascii: " ") || second == UInt8(ascii: "\t")
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"):
            return 0
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "_"):
            let isBreak = text.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }.allSatisfy { $0 == first }
                && text.filter { $0 == first }.count >= 3
            return isBreak || (spaceFollows && first != UInt8(ascii: "_")) ? 0 : nil
        case UInt8(ascii: "<"):
            // Raw HTML that would run on to the next cells: comments, processing instructions and verbatim elements.
            let lowered = text.prefix(10).map { $0 | 0x20 }
            let runsOn = ["<!", "<?", "<script", "<pre", "<style", "<textarea"].contains { lowered.starts(with: Array($0.utf8).map { $0 | 0x20 }) }
            return runsOn ? 0 : nil
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            return text.prefix(while: { $0 == first }).count >= 3 ? 0 : nil
        case UInt8(ascii: "["):
            guard let close = text.firstIndex(of: UInt8(ascii: "]")), close + 1 < text.count, text[close + 1] == UInt8(ascii: ":") else { return nil }
            return 0
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let digits = text.prefix(while: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }).count
            guard digits <= 9, digits < text.count, text[digits] == UInt8(ascii: ".") || text[digits] == UInt8(ascii: ")") else { return nil }
            let after = digits + 1
            return after == text.count || text[after] == UInt8(ascii: " ") || text[after] == UInt8(ascii: "\t") ? digits : nil
        default:
            return nil
        }
    }

    /// Wraps each bullet list that starts on a lettered line (`a)`, `đ)`, turned into `- a)` by the pre-pass) in
    /// `<div class="muc-chu">`, so the theme shows the letters the staffer typed instead of bullets.
    mutating func markLetteredLists(in document: OpaquePointer) {
        var lists: [OpaquePointer] = []
        var node = cmark_node_first_child(document)
        while let current = node {
            if cmark_node_get_type(current) == CMARK_NODE_LIST, cmark_node_get_list_type(current) == CMARK_BULLET_LIST,
               prepared.letterItemLines.contains(Int(cmark_node_get_start_line(current))) {
                lists.append(current)
            }
            node = nextInDocumentOrder(after: current, within: document)
        }
        for list in lists {
            let wrapper = customBlock(html: Array(#"<div class="muc-chu">"#.utf8), exitHTML: Array("</div>".utf8))
            cmark_node_insert_before(list, wrapper)
            cmark_node_append_child(wrapper, list)
        }
    }
}
