/// How slugs and search compare Vietnamese letters: one scalar of decomposed (NFD) text at a time,
/// tone and shape marks dropped, `Đ/đ` read as `d`, ASCII letters lowercased.
///
/// Decomposing puts every Vietnamese letter into "ASCII base + combining marks", so dropping the
/// marks is all the transliteration needed, except for `đ`, which has no decomposition.
public enum ToneFolding {
    /// What one scalar of decomposed text becomes.
    public enum Folded: Equatable, Sendable {
        /// A lowercase ASCII letter or digit.
        case character(UInt8)
        /// A mark or an apostrophe: part of the word, but nothing to compare.
        case ignored
        /// Anything else: it ends the word.
        case separator
    }

    /// Folds one scalar of NFD text.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Folded {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39:
            return .character(UInt8(scalar.value))
        case 0x41...0x5A:
            return .character(UInt8(scalar.value) + 0x20)
        case 0x110, 0x111:
            return .character(UInt8(ascii: "d"))
        case 0x27, 0x2019, 0x2BC:
            // Apostrophes sit inside a word ("Don't", "Hà Nội’s"); a break there would split the word.
            return .ignored
        case 0x300...0x36F:
            // Every mark a Latin letter decomposes into; matched by range because property lookups are slow.
            return .ignored
        case 0..<0x80:
            return .separator
        default:
            return scalar.properties.generalCategory == .nonspacingMark ? .ignored : .separator
        }
    }
}
