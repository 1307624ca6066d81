import Foundation

/// The request line and headers of an HTTP/1.1 request, parsed strictly and within limits.
///
/// The preview serves files to a browser on the same machine; it accepts what browsers send and
/// refuses the rest with 4xx before anything looks at the path: a request line over
/// `maximumTarget` bytes, a head over `maximumHead` bytes, header lines folded or without a name,
/// two `Host` headers, and any request body.
struct HTTPRequestHead: Equatable, Sendable {
    /// Why a head was refused; each maps to the status the server answers with.
    enum Problem: Error, Equatable, Sendable {
        /// 400: not a request line, a header line that is not "name: value", or two `Host` headers.
        case malformed(String)
        /// 414: the request target is longer than `maximumTarget`.
        case targetTooLong
        /// 431: the head is longer than `maximumHead` or has more than `maximumHeaderCount` header lines.
        case headTooLarge
        /// 413: the request has a body (`Content-Length` above 0 or `Transfer-Encoding`).
        case hasBody
        /// 505: an HTTP version other than 1.0 and 1.1.
        case unsupportedVersion
        /// 408: the head did not arrive within the time allowed.
        case timedOut

        /// The status code answered for this problem.
        var status: Int {
            switch self {
            case .malformed: return 400
            case .targetTooLong: return 414
            case .headTooLarge: return 431
            case .hasBody: return 413
            case .unsupportedVersion: return 505
            case .timedOut: return 408
            }
        }
    }

    /// The longest request target accepted; `RequestPath` refuses more than 4096 bytes anyway.
    static let maximumTarget = 8 * 1024
    /// The longest head (request line and headers) accepted.
    static let maximumHead = 32 * 1024
    /// The most header lines accepted: browsers send about 20, and each line costs a dictionary
    /// entry, so 32 KB of one-letter headers is refused rather than parsed.
    static let maximumHeaderCount = 100

    let method: String
    let target: String
    let version: String
    /// Header values by lower-cased name; repeated headers are joined with ", ".
    let headers: [String: String]

    /// Whether the connection stays open for another request after the response.
    var keepsAlive: Bool {
        let tokens = (headers["connection"] ?? "").lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return version == "HTTP/1.1" ? !tokens.contains("close") : tokens.contains("keep-alive")
    }

    /// Parses a head without its final empty line: lines separated by CRLF.
    /// - Throws: `Problem`.
    init(_ bytes: ArraySlice<UInt8>) throws(Problem) {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                guard index > start, bytes[index - 1] == UInt8(ascii: "\r") else { throw .malformed("a line does not end with CRLF") }
                lines.append(bytes[start..<(index - 1)])
                start = index + 1
            }
            index += 1
        }
        if start < bytes.endIndex { lines.append(bytes[start...]) }
        guard let requestLine = lines.first else { throw .malformed("empty request") }

        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else { throw .malformed("the request line is not \"METHOD target HTTP/1.1\"") }
        guard parts[0].allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { throw .malformed("the method is not a token") }
        guard parts[1].count <= Self.maximumTarget else { throw .targetTooLong }
        guard let target = String(validating: parts[1], as: UTF8.self) else { throw .malformed("the target is not UTF-8") }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            throw version.hasPrefix("HTTP/") ? .unsupportedVersion : .malformed("no HTTP version")
        }

        guard lines.count - 1 <= Self.maximumHeaderCount else { throw .headTooLarge }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "\t") else {
                throw .malformed("a folded or empty header line")
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { throw .malformed("a header line without a name") }
            let nameBytes = line[..<colon]
            guard nameBytes.allSatisfy(Self.isTokenByte) else { throw .malformed("a header name with a character a name cannot have") }
            let valueBytes = line[(colon + 1)...]
            guard !valueBytes.contains(where: { $0 < 0x20 && $0 != UInt8(ascii: "\t") || $0 == 0x7F }) else {
                throw .malformed("a control character in a header value")
            }
            let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
            let value = String(decoding: valueBytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if name == "host", headers[name] != nil { throw .malformed("two Host headers") }
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        if headers["transfer-encoding"] != nil { throw .hasBody }
        if let length = headers["content-length"] {
            guard let count = Int(length), count >= 0 else { throw .malformed("Content-Length is not a number") }
            if count > 0 { throw .hasBody }
        }
        self.method = String(decoding: parts[0], as: UTF8.self)
        self.target = target
        self.version = version
        self.headers = headers
    }

    /// Characters of a header name (RFC 9110 token).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
