/// Addresses as HTML prints them: bytes outside the characters a URL may hold are percent-encoded,
/// as cmark does for the links and images of a body, so that a picture named "Ảnh hội nghị 1.jpg"
/// has one working address everywhere (body, cover, lists, feeds' pictures, the e-mail edition).
enum URLText {
    /// `url` with spaces, letters outside ASCII and other unsafe bytes percent-encoded; `%` and the
    /// URL's own punctuation are kept, so an address already encoded stays as it is.
    static func encoded(_ url: String) -> String {
        let safe = Set("-_.~!*'();:@&=+$,/?#%[]".utf8)
        guard url.utf8.contains(where: { !Self.isSafe($0, safe) }) else { return url }
        var result: [UInt8] = []
        result.reserveCapacity(url.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.precomposedStringWithCanonicalMapping.utf8 {
            if Self.isSafe(byte, safe) {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isSafe(_ byte: UInt8, _ safe: Set<UInt8>) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || safe.contains(byte)
    }
}
