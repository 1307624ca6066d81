/// Splits Vietnamese text into syllables the way `assets/search.js` splits a query; the two must
/// agree scalar for scalar, since the index is only as good as the match between them.
public enum SearchTokenizer {
    /// The syllables of `text`, in order. NFC and NFD input give the same tokens.
    public static func tokens(in text: String) -> [SearchToken] {
        var tokens: [SearchToken] = []
        let scanner = Scanner()
        scanner.scan(text) { folded, spelling, joinsPrevious in
            tokens.append(SearchToken(
                folded: String(decoding: folded, as: UTF8.self), spelling: String(decoding: spelling, as: UTF8.self),
                joinsPrevious: joinsPrevious
            ))
        }
        return tokens
    }

    /// Splits texts into syllables, handing each to a closure as bytes; its buffers are kept from one
    /// text to the next, so indexing a site allocates per worker, not per syllable.
    final class Scanner {
        private var scalars = ScratchBuffer<Unicode.Scalar>(capacity: 4096)
        private var folded = ScratchBuffer<UInt8>(capacity: 64)
        private var spelling = ScratchBuffer<UInt8>(capacity: 128)

        deinit {
            scalars.free()
            folded.free()
            spelling.free()
        }

        /// Calls `body` with each syllable of `text`, in order: its folded form (`SearchToken.folded`),
        /// its spelling (`SearchToken.spelling`), both UTF-8, and whether only spaces separate it from
        /// the syllable before (`SearchToken.joinsPrevious`). The buffers are valid only during the call.
        ///
        /// A syllable is a run of letters and digits (marks and apostrophes inside it are kept or
        /// skipped, never split on). A `.` or `,` between two digits stays inside a number, so "12,5" and
        /// "1.200" are one token each, as Vietnamese writes decimals and thousands.
        ///
        /// `text` can be one piece of a longer text (`SearchPostings` scans each word once):
        /// `afterSpaces` says that only spaces come before it since the last syllable, and
        /// `emittedBefore` that there was one. Returns whether only spaces follow the last syllable
        /// (or, without a syllable, whether `afterSpaces` held and the text is spaces and marks only).
        @discardableResult
        func scan(
            _ text: String, afterSpaces: Bool = false, emittedBefore: Bool = false,
            _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, Bool) -> Void
        ) -> Bool {
            // The buffers are worked on as locals: a class's stored properties are checked for
            // exclusive access on every use, which would cost more than the appends themselves.
            var scalars = self.scalars, folded = self.folded, spelling = self.spelling
            defer { (self.scalars, self.folded, self.spelling) = (scalars, folded, spelling) }
            var text = text
            text.withUTF8 { SearchTokenizer.decompose($0, into: &scalars) }
            folded.removeAll()
            spelling.removeAll()
            var tone: UInt8 = 0
            var gapIsSpaces = afterSpaces
            var emitted = emittedBefore

            func finishToken() {
                guard !folded.isEmpty else { return }
                if tone != 0 { spelling.append(tone + UInt8(ascii: "0")) }
                body(folded.buffer, spelling.buffer, gapIsSpaces && emitted)
                emitted = true
                folded.removeAll()
                spelling.removeAll()
                tone = 0
                gapIsSpaces = true
            }

            let count = scalars.count
            let decomposed = scalars.base
            for index in 0..<count {
                let scalar = decomposed[index]
                switch ToneFolding.fold(scalar) {
                case .character(let byte):
                    folded.append(byte)
                    Self.append(SearchTokenizer.lowercase(scalar), to: &spelling)
                case .ignored:
                    guard !folded.isEmpty else { continue }
                    if let digit = SearchTokenizer.toneDigit(scalar) {
                        tone = digit
                    } else if (0x300...0x36F).contains(scalar.value) || scalar.properties.generalCategory == .nonspacingMark {
                        Self.append(scalar, to: &spelling)
                    }
                case .separator:
                    if let last = folded.last, SearchTokenizer.isDigit(last), scalar == "." || scalar == ",",
                       index + 1 < count, case .character(let next) = ToneFolding.fold(decomposed[index + 1]), SearchTokenizer.isDigit(next) {
                        folded.append(UInt8(scalar.value))
                        spelling.append(UInt8(scalar.value))
                        continue
                    }
                    finishToken()
                    if !(scalar == " " || scalar == "\t" || scalar == "\u{A0}") { gapIsSpaces = false }
                }
            }
            finishToken()
            return gapIsSpaces
        }

        /// Appends the UTF-8 bytes of `scalar`.
        @inline(__always)
        private static func append(_ scalar: Unicode.Scalar, to bytes: inout ScratchBuffer<UInt8>) {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    /// Replaces the contents of `scalars` with valid UTF-8 `utf8` in canonical decomposition, one
    /// character at a time, as `search.js` decomposes a query (and as `Slug` folds).
    static func decompose(_ utf8: UnsafeBufferPointer<UInt8>, into scalars: inout ScratchBuffer<Unicode.Scalar>) {
        scalars.removeAll()
        // A Vietnamese letter decomposes into at most 3 scalars (a letter, its shape mark and its tone
        // mark) and takes at least 1 byte, so one reservation serves; `append` grows for the rare rest.
        scalars.reserve(utf8.count * 3)
        CanonicalDecomposition.forEachScalar(in: utf8) { scalars.append($0) }
    }

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
