import Foundation

/// Turns titles into URL path segments and checks that a path segment is one.
public enum Slug {
    /// Clean lowercase ASCII slug: tone marks removed, Đ/đ → d, NFC and NFD input give the same slug,
    /// punctuation and curly quotes dropped, runs of separators collapsed into one "-", no leading/trailing "-".
    public static func make(from text: String) -> String {
        // Decomposing puts every Vietnamese letter into "ASCII base + combining marks",
        // so dropping the marks is all the transliteration needed (except đ, which has no decomposition).
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let scalars = isASCII ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars

        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var separatorPending = false

        for scalar in scalars {
            let byte: UInt8
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39:
                byte = UInt8(scalar.value)
            case 0x41...0x5A:
                byte = UInt8(scalar.value) + 0x20
            case 0x110, 0x111:
                byte = UInt8(ascii: "d")
            case 0x27, 0x2019, 0x2BC:
                // Apostrophes sit inside a word ("Don't", "Hà Nội’s"); a hyphen there would split the word.
                continue
            case 0x300...0x36F:
                // Every mark a Latin letter decomposes into; matched by range because property lookups are slow.
                continue
            default:
                if scalar.value > 0x36F && scalar.properties.generalCategory == .nonspacingMark { continue }
                separatorPending = true
                continue
            }
            if separatorPending && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
            separatorPending = false
            slug.append(byte)
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
