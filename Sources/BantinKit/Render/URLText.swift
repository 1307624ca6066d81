import Foundation

/// Addresses as HTML prints them: bytes outside the characters a URL may hold are percent-encoded,
/// as cmark does for the links and images of a body, so that a picture named "Ảnh hội nghị 1.jpg"
/// has one working address everywhere (body, cover, lists, feeds' pictures, the e-mail edition).
enum URLText {
    /// `url` with spaces, letters outside ASCII and other unsafe bytes percent-encoded; `%` and the
    /// URL's own punctuation are kept, so an address already encoded stays as it is.
    static func encoded(_ url: String) -> String {
        guard url.utf8.contains(where: { !isUnreserved($0) && !isURLPunctuation($0) }) else { return url }
        return percentEncoded(url.precomposedStringWithCanonicalMapping) { isUnreserved($0) || isURLPunctuation($0) }
    }

    /// `url` written as one query value, for share links ("https://x/a/" → "https%3A%2F%2Fx%2Fa%2F"):
    /// everything but ASCII letters, digits and `-._~` is percent-encoded. Letters outside ASCII are
    /// kept, as Foundation's `.alphanumerics` keeps them.
    static func queryValue(_ url: String) -> String {
        guard url.utf8.allSatisfy({ $0 < 0x80 }) else {
            return url.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? url
        }
        return percentEncoded(url, keeping: isUnreserved)
    }

    private static func percentEncoded(_ text: String, keeping isKept: (UInt8) -> Bool) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if isKept(byte) {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// ASCII letters, digits and `-._~`: never encoded anywhere.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// A URL's own punctuation and `%`, kept in an address so that one already encoded stays as it is.
    private static func isURLPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ";"),
             UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "$"),
             UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "["),
             UInt8(ascii: "]"):
            true
        default:
            false
        }
    }
}
