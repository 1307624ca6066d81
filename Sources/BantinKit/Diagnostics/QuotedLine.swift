/// The part of a source line a diagnostic quotes: at most `width` (120) scalars around the column, with "…"
/// where it was cut, and control characters written as `\u0000` so that a quote never rings the
/// terminal, splits over two lines or hides a NUL byte.
///
/// A 150 KB line with 10,000 broken links once printed the whole line 10,000 times (725 MB of output).
public struct QuotedLine: Sendable, Equatable, Hashable {
    /// Scalars quoted at most.
    public static let width = 120
    /// Scalars kept before the column when the line must be cut.
    static let contextBefore = 50

    /// What is printed after the gutter.
    public let text: String
    /// How many scalars of `text` come before the caret; nil when the quote has no column.
    public let caretOffset: Int?

    /// Quotes `line` around the scalar at `columnIndex` (an index of `line`, or nil for the whole line).
    /// Only the quoted window is read, so the cost does not grow with the line.
    init(line: Substring.UnicodeScalarView, columnIndex: String.Index?) {
        let anchor = columnIndex.map { min(max($0, line.startIndex), line.endIndex) } ?? line.startIndex
        // Up to `contextBefore` scalars before the column, then forward to `width`, then back again
        // when the line ended early: a line no longer than `width` is quoted whole.
        var start = anchor
        var length = 0
        while start > line.startIndex, length < Self.contextBefore {
            start = line.index(before: start)
            length += 1
        }
        var end = anchor
        while end < line.endIndex, length < Self.width {
            end = line.index(after: end)
            length += 1
        }
        while start > line.startIndex, length < Self.width {
            start = line.index(before: start)
            length += 1
        }

        var text = start > line.startIndex ? "…" : ""
        var caret: Int? = nil
        let window = line[start..<end]
        if window.contains(where: Self.isControl) {
            var scalar = start
            while scalar < end {
                if columnIndex != nil, scalar == anchor { caret = text.unicodeScalars.count }
                let value = line[scalar]
                if Self.isControl(value) { text += Self.escaped(value) } else { text.unicodeScalars.append(value) }
                scalar = line.index(after: scalar)
            }
        } else {
            // Most lines: copied whole, not a scalar at a time (every link of every article is quoted).
            if columnIndex != nil { caret = text.unicodeScalars.count + line.distance(from: start, to: anchor) }
            text += Substring(window)
        }
        if columnIndex != nil, caret == nil { caret = text.unicodeScalars.count }
        if end < line.endIndex { text += "…" }
        self.text = text
        self.caretOffset = caret
    }

    /// Quotes a whole line given as text, with the caret at 1-based `column` counted in scalars.
    public init(_ line: String, column: Int?) {
        let scalars = Substring(line).unicodeScalars
        let index = column.map { scalars.index(scalars.startIndex, offsetBy: max($0, 1) - 1, limitedBy: scalars.endIndex) ?? scalars.endIndex }
        self.init(line: scalars, columnIndex: index)
    }

    /// The spaces (and tabs, where the line has them) that put a caret under the column.
    var caretPadding: String? {
        guard let caretOffset else { return nil }
        var padding = ""
        for scalar in text.unicodeScalars.prefix(caretOffset) {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: padding += scalar == "\t" ? "\t" : " "
            }
        }
        return padding
    }

    /// `scalar` as printed: control characters (other than tab) and line separators as `\u` escapes.
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return "\t"
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return "\\u" + hex(scalar.value)
        default: return String(scalar)
        }
    }

    /// Whether `escaping` writes `scalar` otherwise: a control character, a tab included, or a line separator.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `text` with control characters written as `\u` escapes, for paths and values quoted in messages.
    public static func escaping(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return text.unicodeScalars.map { $0 == "\t" ? "\\t" : escaped($0) }.joined()
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
