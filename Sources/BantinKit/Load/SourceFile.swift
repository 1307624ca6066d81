import Foundation

/// A text file of the site, decoded and normalized: no byte-order mark, "\n" line endings.
/// A class, immutable: the stages hand every file from table to list to stage at every update.
public final class SourceFile: Sendable, Equatable {
    /// Path relative to the site root, with "/" separators (what diagnostics print).
    public let path: String
    /// The file's text.
    public let text: String
    /// Where its lines start, so that quoting a line costs the same at the end of a long file as at the top.
    private let lines: LineIndex

    /// Creates a source file from text already normalized.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = LineIndex(text)
    }

    /// Decodes `bytes` as UTF-8, dropping a byte-order mark and turning CRLF and lone CR into LF,
    /// so a file saved on Windows builds the same as one saved on Linux.
    /// - Throws: `Diagnostic` naming the file, line and column of the first byte that is not UTF-8.
    public convenience init(path: String, bytes: [UInt8]) throws(Diagnostic) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard var text = String(validating: body, as: UTF8.self) else {
            throw Self.invalidUTF8(path: path, bytes: body)
        }
        if body.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        self.init(path: path, text: text)
    }

    /// The same path and text (the line index is made from the text).
    public static func == (lhs: SourceFile, rhs: SourceFile) -> Bool {
        lhs === rhs || (lhs.path == rhs.path && lhs.text == rhs.text)
    }

    /// The text of 1-based line `number`, or nil when the file is shorter.
    public func line(_ number: Int) -> String? {
        guard let range = lines.byteRange(ofLine: number) else { return nil }
        return String(text.unicodeScalars[index(range.lowerBound)..<index(range.upperBound)])
    }

    /// The part of line `number` a diagnostic quotes, cut around 1-based `column` (in scalars) when the
    /// line is long; nil when the file is shorter. Reads only the quoted part of the line.
    public func quote(line number: Int, column: Int?) -> QuotedLine? {
        guard let range = lines.byteRange(ofLine: number) else { return nil }
        let line = text.unicodeScalars[index(range.lowerBound)..<index(range.upperBound)]
        let columnIndex = column.flatMap { lines.byteOffset(line: number, column: $0, in: text) }.map(index)
        return QuotedLine(line: line, columnIndex: columnIndex)
    }

    /// The index of UTF-8 offset `offset`, in constant time for native strings.
    private func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    private static func invalidUTF8(path: String, bytes: ArraySlice<UInt8>) -> Diagnostic {
        // Find the first byte that does not decode, and count lines and characters up to it.
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length == 0 || index + length > bytes.endIndex
                || String(validating: bytes[index..<index + length], as: UTF8.self) == nil {
                break
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        let before = String(decoding: bytes[lineStart..<index], as: UTF8.self)
        let lineEnd = bytes[index...].firstIndex(of: 0x0A) ?? bytes.endIndex
        let quoted = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let hex = String(format: "0x%02X", bytes[index])
        return Diagnostic(
            .error, path: path, line: line, column: before.count + 1,
            message: LoadMessage.notUTF8(byte: hex),
            sourceLine: quoted
        )
    }
}
