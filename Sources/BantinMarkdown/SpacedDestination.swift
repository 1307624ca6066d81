/// Wraps link and image destinations that contain spaces in `<…>`, so `![Ảnh](media/Ảnh hội nghị 1.jpg)` is an image, as
/// staff name their files, instead of text that cmark leaves alone.
enum SpacedDestination {
    /// `line` with each `](dest with spaces)` or `](dest with spaces "title")` rewritten to `](<dest with spaces> …)`, skipping
    /// code spans and escapes; `map` learns the two inserted characters of each.
    static func wrap(_ line: [UInt8], map: inout ColumnMap) -> [UInt8] {
        guard hasCandidate(line) else { return line }
        // Most lines with a link or an image have no space in its destination: they are found so
        // before a byte is copied.
        let destinations = spacedDestinations(in: line)
        guard !destinations.isEmpty else { return line }
        var result: [UInt8] = []
        result.reserveCapacity(line.count + 2 * destinations.count)
        var column = 1
        var copied = 0
        func copy(upTo end: Int) {
            for byte in line[copied..<end] {
                result.append(byte)
                if byte & 0xC0 != 0x80 { column += 1 }
            }
            copied = end
        }
        func insert(_ byte: UInt8) {
            result.append(byte)
            map.record(firstColumn: column + 1, shift: 1)
            column += 1
        }
        for destination in destinations {
            copy(upTo: destination.lowerBound)
            insert(UInt8(ascii: "<"))
            copy(upTo: destination.upperBound)
            insert(UInt8(ascii: ">"))
        }
        copy(upTo: line.count)
        return result
    }

    /// The destinations `wrap` wraps, in order: each `](…)` outside code spans and escapes whose
    /// destination has a space; the walk goes on after its `)`.
    private static func spacedDestinations(in line: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
            } else if byte == UInt8(ascii: "`") {
                index = codeSpanEnd(line, from: index)
            } else if byte == UInt8(ascii: "]"), index + 1 < line.count, line[index + 1] == UInt8(ascii: "("),
                      let close = matchingParenthesis(line, from: index + 2), let destination = spacedDestination(line, index + 2..<close) {
                found.append(destination)
                index = close + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// Cheap test for the common line: no `](` means nothing to do.
    private static func hasCandidate(_ line: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in line {
            if previous == UInt8(ascii: "]") && byte == UInt8(ascii: "(") { return true }
            previous = byte
        }
        return false
    }

    /// The end of the code span opening at `start` (a run of backticks closed by a run of the same length on this line), or just after the run when it is not closed.
    private static func codeSpanEnd(_ line: [UInt8], from start: Int) -> Int {
        var runEnd = start
        while runEnd < line.count, line[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
        let length = runEnd - start
        var index = runEnd
        while index < line.count {
            guard line[index] == UInt8(ascii: "`") else { index += 1; continue }
            var closeEnd = index
            while closeEnd < line.count, line[closeEnd] == UInt8(ascii: "`") { closeEnd += 1 }
            if closeEnd - index == length { return closeEnd }
            index = closeEnd
        }
        return runEnd
    }

    /// The `)` closing the parenthesis opened just before `start`, counting nested pairs and skipping escapes.
    private static func matchingParenthesis(_ line: [UInt8], from start: Int) -> Int? {
        var depth = 1
        var index = start
        while index < line.count {
            switch line[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The destination inside `(…)` when it has a space and can be wrapped: not already `<…>`, no `<` or `>`, a title split off.
    private static func spacedDestination(_ line: [UInt8], _ inside: Range<Int>) -> Range<Int>? {
        var start = inside.lowerBound
        var end = inside.upperBound
        while start < end, isSpace(line[start]) { start += 1 }
        while end > start, isSpace(line[end - 1]) { end -= 1 }
        guard start < end, line[start] != UInt8(ascii: "<") else { return nil }
        let last = line[end - 1]
        if last == UInt8(ascii: "\"") || last == UInt8(ascii: "'") {
            var opening = end - 2
            while opening > start, line[opening] != last { opening -= 1 }
            if opening > start, isSpace(line[opening - 1]) {
                end = opening
                while end > start, isSpace(line[end - 1]) { end -= 1 }
            }
        }
        let destination = line[start..<end]
        guard destination.contains(where: isSpace),
              !destination.contains(UInt8(ascii: "<")), !destination.contains(UInt8(ascii: ">")) else {
            return nil
        }
        return start..<end
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
