/// A string compared and hashed by its UTF-8 bytes, as a dictionary key for text looked up many times.
///
/// Hashing a `String` with letters beyond ASCII normalizes it first, which made looking up the tags of
/// 10,000 Vietnamese articles a sixth of resolving the site. The price: two spellings of one text (NFC
/// and NFD) are two keys here; use it only where a second lookup by a normalized form (a slug) meets them.
struct ExactText: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        var lhs = lhs.text
        var rhs = rhs.text
        return lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
