/// Splits Vietnamese text into syllables the way `assets/search.js` splits a query; the two must
/// agree scalar for scalar, since the index is only as good as the match between them.
public enum SearchTokenizer {
    /// The syllables of `text`, in order. NFC and NFD input give the same tokens.
    ///
    /// A syllable is a run of letters and digits (marks and apostrophes inside it are kept or
    /// skipped, never split on). A `.` or `,` between two digits stays inside a number, so "12,5" and
    /// "1.200" are one token each, as Vietnamese writes decimals and thousands.
    public static func tokens(in text: String) -> [SearchToken] {
        let scalars = decomposed(text)
        var tokens: [SearchToken] = []
        var folded: [UInt8] = []
        var spelling = String.UnicodeScalarView()
        var tone: UInt8 = 0
        var gapIsSpaces = false

        func finishToken() {
            guard !folded.isEmpty else { return }
            if tone != 0 { spelling.append(Unicode.Scalar(tone + UInt8(ascii: "0"))) }
            tokens.append(SearchToken(
                folded: String(decoding: folded, as: UTF8.self), spelling: String(spelling),
                joinsPrevious: gapIsSpaces && !tokens.isEmpty
            ))
            folded.removeAll(keepingCapacity: true)
            spelling = String.UnicodeScalarView()
            tone = 0
            gapIsSpaces = true
        }

        for (index, scalar) in scalars.enumerated() {
            switch ToneFolding.fold(scalar) {
            case .character(let byte):
                folded.append(byte)
                spelling.append(lowercase(scalar))
            case .ignored:
                guard !folded.isEmpty else { continue }
                if let digit = toneDigit(scalar) {
                    tone = digit
                } else if (0x300...0x36F).contains(scalar.value) || scalar.properties.generalCategory == .nonspacingMark {
                    spelling.append(scalar)
                }
            case .separator:
                if let last = folded.last, isDigit(last), scalar == "." || scalar == ",",
                   index + 1 < scalars.count, case .character(let next) = ToneFolding.fold(scalars[index + 1]), isDigit(next) {
                    folded.append(UInt8(scalar.value))
                    spelling.append(scalar)
                    continue
                }
                finishToken()
                if !(scalar == " " || scalar == "\t" || scalar == "\u{A0}") { gapIsSpaces = false }
            }
        }
        finishToken()
        return tokens
    }

    /// `text` with each precomposed Latin letter replaced by its canonical decomposition, one
    /// character at a time, as `search.js` decomposes a query (and as Slug folds). Foundation's
    /// whole-string decomposition is the slowest step of indexing on Linux, and the letters that decompose
    /// all sit in two small ranges, so a table built once answers instead.
    static func decomposed(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case ..<0xC0, 0x300...0x36F:
                scalars.append(scalar)
            case 0xC0..<0x250:
                scalars += latinDecompositions[Int(scalar.value - 0xC0)] ?? [scalar]
            case 0x1E00..<0x1F00:
                scalars += extendedDecompositions[Int(scalar.value - 0x1E00)] ?? [scalar]
            default:
                scalars += String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            }
        }
        return scalars
    }

    private static func decompositions(_ range: Range<UInt32>) -> [[Unicode.Scalar]?] {
        range.map { value in
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            return parts == [scalar] ? nil : parts
        }
    }

    /// Latin-1 Supplement to Latin Extended-B: â ê ô ơ ư ă and their capitals, with or without a tone.
    private static let latinDecompositions = decompositions(0xC0..<0x250)
    /// Latin Extended Additional: ạ ả ấ … ỹ, most of Vietnamese's toned letters.
    private static let extendedDecompositions = decompositions(0x1E00..<0x1F00)

    /// The digit of a tone mark, in the order Vietnamese schools teach them; nil for other marks.
    static func toneDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x300: 1  // huyền
        case 0x301: 2  // sắc
        case 0x309: 3  // hỏi
        case 0x303: 4  // ngã
        case 0x323: 5  // nặng
        default: nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A: Unicode.Scalar(scalar.value + 0x20)!
        case 0x110: "\u{111}"
        default: scalar
        }
    }
}
