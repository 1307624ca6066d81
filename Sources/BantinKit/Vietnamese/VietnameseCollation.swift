import Foundation

/// Orders strings the way a Vietnamese dictionary does: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters compared first, case ignored, then tone marks (none, huyền, hỏi, ngã, sắc, nặng) break ties, then case, then raw string.
public struct VietnameseCollation: Sendable {
    /// Creates the collation; it holds no state, so one instance can be shared freely.
    public init() {}

    /// A key that sorts with `<` in Vietnamese order; compute once per string, compare many times.
    public func sortKey(for text: String) -> SortKey {
        var letters: [UInt32] = []
        var tones: [UInt32] = []
        var cases: [UInt32] = []
        letters.reserveCapacity(text.utf8.count)
        tones.reserveCapacity(text.utf8.count)
        cases.reserveCapacity(text.utf8.count)
        var baseOfLastLetter: UInt8?

        // Decomposed form splits "ặ" into a + dot below + breve, so shape marks and tone marks
        // can be read separately whatever normalization the input arrived in, in either order.
        CanonicalDecomposition.forEachScalar(of: text) { scalar in
            let value = scalar.value
            if Self.isNonspacingMark(scalar) {
                if let base = baseOfLastLetter {
                    if let tone = Self.tone(ofMark: value) {
                        tones[tones.count - 1] = tone
                    } else if let shaped = Self.shapedLetter(base: base, mark: value) {
                        letters[letters.count - 1] = Self.latinWeightBase + shaped
                    }
                }
                // Marks Vietnamese does not use (or marks on non-Latin letters) only matter in the raw-string tie-break.
                return
            }

            var isUppercase = false
            let weight: UInt32
            baseOfLastLetter = nil
            switch value {
            case 0x61...0x7A, 0x41...0x5A:
                let lower = UInt8(value | 0x20)
                isUppercase = value < 0x61
                baseOfLastLetter = lower
                weight = Self.latinWeightBase + Self.plainLetterRank[Int(lower - UInt8(ascii: "a"))]
            case 0x110, 0x111:
                isUppercase = value == 0x110
                weight = Self.latinWeightBase + Self.rankOfDStroke
            case 0...0x7F:
                weight = value + 1  // stays above 0, the level separator, and below every letter
            default:
                if scalar.properties.isAlphabetic {
                    var folded = scalar
                    if scalar.properties.changesWhenLowercased, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                        isUppercase = true
                        folded = lower
                    }
                    weight = Self.otherLetterWeightBase + folded.value
                } else {
                    weight = value + 1
                }
            }
            letters.append(weight)
            tones.append(0)
            cases.append(isUppercase ? 1 : 0)
        }

        // Separator 0 is below every letter weight, so a string that is a prefix of another sorts first.
        // Tones and cases are only reached when the letters are equal, and then both arrays have equal length.
        letters.append(0)
        letters.append(contentsOf: tones)
        letters.append(0)
        letters.append(contentsOf: cases)
        return SortKey(weights: letters, text: text)
    }

    /// True when `a` sorts before `b`.
    public func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        sortKey(for: a) < sortKey(for: b)
    }

    /// Precomputed comparison key for one string under `VietnameseCollation`.
    public struct SortKey: Comparable, Hashable, Sendable {
        let weights: [UInt32]
        // Swift compares strings by canonical equivalence, so NFC and NFD spellings of one text stay equal,
        // while any two genuinely different strings get a definite order.
        let text: String

        /// True when `lhs` sorts before `rhs`.
        public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            if lhs.weights != rhs.weights {
                return lhs.weights.lexicographicallyPrecedes(rhs.weights)
            }
            return lhs.text < rhs.text
        }
    }

    // f, j, w, z are not Vietnamese letters but appear in loanwords and names, so they keep their Latin place.
    private static let alphabet = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
    private static let latinWeightBase: UInt32 = 0x11_0001
    private static let otherLetterWeightBase: UInt32 = latinWeightBase + UInt32(alphabet.count)
    private static let plainLetterRank = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { rank(of: Character(UnicodeScalar($0))) }
    private static let rankOfABreve = rank(of: "ă")
    private static let rankOfACircumflex = rank(of: "â")
    private static let rankOfDStroke = rank(of: "đ")
    private static let rankOfECircumflex = rank(of: "ê")
    private static let rankOfOCircumflex = rank(of: "ô")
    private static let rankOfOHorn = rank(of: "ơ")
    private static let rankOfUHorn = rank(of: "ư")

    private static func rank(of letter: Character) -> UInt32 {
        UInt32(alphabet.firstIndex(of: letter)!)
    }

    private static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
        // The range test answers for every Vietnamese mark without the slow Unicode property lookup.
        switch scalar.value {
        case 0..<0x300: false
        case 0x300...0x36F: true
        default: scalar.properties.generalCategory == .nonspacingMark
        }
    }

    private static func tone(ofMark mark: UInt32) -> UInt32? {
        switch mark {
        case 0x300: 1  // huyền
        case 0x309: 2  // hỏi
        case 0x303: 3  // ngã
        case 0x301: 4  // sắc
        case 0x323: 5  // nặng
        default: nil
        }
    }

    private static func shapedLetter(base: UInt8, mark: UInt32) -> UInt32? {
        switch (base, mark) {
        case (UInt8(ascii: "a"), 0x306): rankOfABreve
        case (UInt8(ascii: "a"), 0x302): rankOfACircumflex
        case (UInt8(ascii: "e"), 0x302): rankOfECircumflex
        case (UInt8(ascii: "o"), 0x302): rankOfOCircumflex
        case (UInt8(ascii: "o"), 0x31B): rankOfOHorn
        case (UInt8(ascii: "u"), 0x31B): rankOfUHorn
        default: nil
        }
    }
}
