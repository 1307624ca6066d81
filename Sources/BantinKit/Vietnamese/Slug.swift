/// Turns titles into URL path segments and checks that a path segment is one.
public enum Slug {
    /// Clean lowercase ASCII slug: tone marks removed, Đ/đ → d, NFC and NFD input give the same slug,
    /// punctuation and curly quotes dropped, runs of separators collapsed into one "-", no leading/trailing "-".
    public static func make(from text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var separatorPending = false
        CanonicalDecomposition.forEachScalar(of: text) { scalar in
            switch ToneFolding.fold(scalar) {
            case .character(let byte):
                if separatorPending && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                separatorPending = false
                slug.append(byte)
            case .ignored:
                break
            case .separator:
                separatorPending = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// True when `text` is already a valid slug: non-empty, only a-z 0-9 and single hyphens between them.
    public static func isValid(_ text: String) -> Bool {
        var previousWasHyphen = true  // so a leading hyphen is rejected like a doubled one
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }
}
