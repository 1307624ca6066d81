import BantinKit

/// A request's path, percent-decoded exactly once and checked: the only form of a URL the preview
/// looks up in the built site.
///
/// The preview never turns a URL into a path on disk; it looks the decoded path up among the files
/// the build produced. The checks here refuse what no page of a site needs and what path traversal
/// tricks are made of, so that such a request is answered 400 before any lookup: `..` and `.`
/// segments (also written `%2e%2e`), encoded slashes (`%2f`), backslashes (raw or `%5c`), NUL and
/// other control characters, and malformed escapes. `%252e` decodes once, to the text `%2e`, which
/// is a name like any other (and names no file).
struct RequestPath: Equatable, Sendable {
    /// Why a request target was refused.
    enum Rejection: Error, Equatable, Sendable {
        /// Longer than `maximumLength` bytes.
        case tooLong
        /// Not of the form "/path" (e.g. "*" or "http://host/path").
        case notOriginForm
        /// A "%" not followed by two hexadecimal digits.
        case malformedEscape
        /// A control character, backslash or encoded slash, raw or percent-encoded.
        case forbiddenCharacter
        /// A "." or ".." segment.
        case dotSegment
        /// The decoded bytes are not UTF-8.
        case notUTF8

        /// The answer the reader sees.
        var message: PreviewMessage {
            switch self {
            case .tooLong: .pathTooLong
            case .notOriginForm: .pathNotAPath
            case .malformedEscape: .pathBadEscape
            case .forbiddenCharacter: .pathForbiddenCharacter
            case .dotSegment: .pathDotSegment
            case .notUTF8: .pathNotUTF8
            }
        }
    }

    /// Longer targets are refused with 414; site URLs are a few hundred bytes at most.
    static let maximumLength = 4096

    /// The decoded path without its leading "/", e.g. "2021/11/slug/" or "media/ảnh.jpg".
    let path: String
    /// The path as the client sent it (still percent-encoded), starting with "/".
    let rawPath: String
    /// The query as sent, without "?", or nil when there is none.
    let query: String?

    /// Parses the request target of an HTTP request line.
    /// - Throws: `Rejection` for anything that is not a plain origin-form path.
    init(target: String) throws(Rejection) {
        let bytes = Array(target.utf8)
        guard bytes.count <= Self.maximumLength else { throw .tooLong }
        guard bytes.first == UInt8(ascii: "/") else { throw .notOriginForm }
        var end = bytes.endIndex
        var query: String?
        if let mark = bytes.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            end = mark
            if bytes[mark] == UInt8(ascii: "?") {
                let rest = bytes[(mark + 1)...]
                let queryEnd = rest.firstIndex(of: UInt8(ascii: "#")) ?? rest.endIndex
                guard !bytes[(mark + 1)..<queryEnd].contains(where: Self.isForbiddenRaw) else { throw .forbiddenCharacter }
                query = String(decoding: bytes[(mark + 1)..<queryEnd], as: UTF8.self)
            }
        }

        var decoded: [UInt8] = []
        decoded.reserveCapacity(end)
        var index = 0
        while index < end {
            let byte = bytes[index]
            if Self.isForbiddenRaw(byte) { throw .forbiddenCharacter }
            guard byte == UInt8(ascii: "%") else {
                decoded.append(byte)
                index += 1
                continue
            }
            guard index + 2 < end, let high = Self.hexValue(bytes[index + 1]), let low = Self.hexValue(bytes[index + 2]) else {
                throw .malformedEscape
            }
            let value = high << 4 | low
            if Self.isForbiddenRaw(value) || value == UInt8(ascii: "/") { throw .forbiddenCharacter }
            decoded.append(value)
            index += 3
        }
        for segment in decoded.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            if segment.elementsEqual([UInt8(ascii: ".")]) || segment.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                throw .dotSegment
            }
        }
        guard let text = String(validating: decoded.dropFirst(), as: UTF8.self) else { throw .notUTF8 }
        self.path = text
        self.rawPath = String(decoding: bytes[..<end], as: UTF8.self)
        self.query = query
    }

    /// Control characters (NUL included), DEL and backslash: never part of a page's URL.
    private static func isForbiddenRaw(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
