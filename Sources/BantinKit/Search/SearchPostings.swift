/// Which documents use each term, in document order: what the term files of the index list.
///
/// Documents are added in increasing id order, and a document's postings are appended once it is
/// fully read, so every list stays sorted. Sites are indexed in parallel by giving each worker a run
/// of consecutive ids; `Merged` reads the runs' lists one after the other.
///
/// A document is added in passes over flat buffers (its syllables, then its spellings, then its
/// pairs), so that the loop run for each of the site's millions of syllables reads and writes through
/// pointers: an `Array` written in place checks first that it is not shared, and that check, made per
/// syllable, cost as much as the rest of the loop.
struct SearchPostings {
    /// Folded syllables ("dang").
    private(set) var syllables = TermTable()
    /// Spellings ("đang3"), each with the syllable it folds to.
    private(set) var spellings = TermTable()
    private(set) var syllableOfSpelling: [Int32] = []
    /// Per spelling, its documents with the flags `writtenFlags`: 1 is "in the title", 2 "more than
    /// once in the text".
    private(set) var spellingPostings = PostingLists(flagBits: spellingFlagBits)
    /// Syllable pairs ("dan van", as two ids into `syllables`), for phrases.
    private(set) var pairs = TermPairTable()
    /// Per pair, its documents with the flag 1 when in the title.
    private(set) var pairPostings = PostingLists(flagBits: pairFlagBits)

    /// The flags of each spelling and pair in the document being added, 0 for those it does not use.
    /// A spelling's flags are those of `spellingPostings`, and 4 for "in the text", to tell the second
    /// occurrence from the first.
    private var spellingFlags: [UInt8] = []
    private var pairFlags: [UInt8] = []
    /// The words seen so far, scanned once each (`word(_:scanner:)`); not part of the index.
    private var words = TermTable()
    private var wordEntries: [Word] = []
    private var wordTokens: [WordToken] = []

    /// How many bits of flags a spelling's and a pair's postings have, in the lists and in the files
    /// the index writes (`SearchIndex+Files`).
    static let spellingFlagBits: UInt32 = 2
    static let pairFlagBits: UInt32 = 1
    /// The flags of a spelling posting as the index writes them.
    static let writtenFlags: UInt32 = (1 << spellingFlagBits) - 1

    /// What one document leaves while it is added, kept from document to document by one worker:
    /// its syllables in order, the pairs they make (and their ids), and which spellings and pairs it
    /// uses, in the order first used. Appended to for every syllable of a site, so in buffers that need
    /// no check that they are not shared, as an `Array` does on every append.
    final class Scratch {
        fileprivate var tokens = ScratchBuffer<DocumentToken>(capacity: 4096)
        fileprivate var pairKeys = ScratchBuffer<PairKey>(capacity: 4096)
        fileprivate var pairTerms = ScratchBuffer<Int32>(capacity: 4096)
        fileprivate var usedSpellings = ScratchBuffer<Int32>(capacity: 1024)
        fileprivate var usedPairs = ScratchBuffer<Int32>(capacity: 1024)

        deinit {
            tokens.free()
            pairKeys.free()
            pairTerms.free()
            usedSpellings.free()
            usedPairs.free()
        }
    }

    /// Adds the syllables of document `id`'s title and text (UTF-8). `id` must be greater than every
    /// id added before.
    mutating func add(document id: UInt32, title: String, text: UnsafeBufferPointer<UInt8>, scanner: SearchTokenizer.Scanner, scratch: Scratch) {
        // The buffers are worked on as locals: a class's stored properties are checked for exclusive
        // access on every use.
        var tokens = scratch.tokens, pairKeys = scratch.pairKeys, pairTerms = scratch.pairTerms
        var usedSpellings = scratch.usedSpellings, usedPairs = scratch.usedPairs
        defer {
            (scratch.tokens, scratch.pairKeys, scratch.pairTerms) = (tokens, pairKeys, pairTerms)
            (scratch.usedSpellings, scratch.usedPairs) = (usedSpellings, usedPairs)
        }
        tokens.removeAll()
        var title = title
        title.withUTF8 { read($0, inTitle: true, scanner: scanner, into: &tokens) }
        read(text, inTitle: false, scanner: scanner, into: &tokens)
        recordSpellings(tokens.buffer, pairs: &pairKeys, used: &usedSpellings)
        recordPairs(pairKeys.buffer, terms: &pairTerms, used: &usedPairs)
        appendPostings(of: id, spellings: &usedSpellings, pairs: &usedPairs)
    }

    /// Adds the syllables of document `id`'s title and text. `id` must be greater than every id added before.
    mutating func add(document id: UInt32, title: String, text: String, scanner: SearchTokenizer.Scanner, scratch: Scratch = Scratch()) {
        var text = text
        text.withUTF8 { add(document: id, title: title, text: $0, scanner: scanner, scratch: scratch) }
    }

    /// One syllable of the document being added.
    fileprivate struct DocumentToken {
        let spelling: Int32
        /// Whether it makes a pair with the syllable before: only spaces between them, in one field.
        let joinsPrevious: Bool
        let inTitle: Bool
    }

    /// A pair of syllables the document uses, and whether in the title.
    fileprivate struct PairKey {
        let first: Int32
        let second: Int32
        let inTitle: Bool
    }

    /// Appends the syllables of one field to `tokens`, a word at a time: the text is cut at ASCII white
    /// space, and each distinct word is scanned once (`words`); a site repeats a few thousand syllables
    /// millions of times, so most words are found, not decomposed, folded and spelled again. What
    /// joins syllables into pairs is carried from word to word as `SearchTokenizer.Scanner` carries it
    /// through a text: whether a syllable came before, and whether only spaces (not a line break) came since.
    private mutating func read(
        _ text: UnsafeBufferPointer<UInt8>, inTitle: Bool, scanner: SearchTokenizer.Scanner, into tokens: inout ScratchBuffer<DocumentToken>
    ) {
        var emitted = false
        var afterSpaces = false
        let count = text.count
        var index = 0
        while index < count {
            let byte = text[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                afterSpaces = false
                index += 1
                continue
            }
            var end = index + 1
            while end < count, !Self.isWhiteSpace(text[end]) { end += 1 }
            let word = self.word(UnsafeBufferPointer(rebasing: text[index..<end]), scanner: scanner)
            for offset in word.tokens {
                let token = wordTokens[offset]
                // The first syllable of a field pairs with nothing: the title and the text are apart.
                let joins = offset == word.tokens.lowerBound ? emitted && afterSpaces && token.joinsPrevious : token.joinsPrevious
                tokens.append(DocumentToken(spelling: token.spelling, joinsPrevious: joins, inTitle: inTitle))
            }
            if word.tokens.isEmpty {
                afterSpaces = afterSpaces && word.endsAfterSpaces
            } else {
                emitted = true
                afterSpaces = word.endsAfterSpaces
            }
            index = end
        }
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// A word as the scanner reads it on its own: its syllables (the first one's `joinsPrevious` says
    /// whether only spaces come before it inside the word), and whether only spaces follow the last.
    private struct Word {
        let tokens: Range<Int>
        let endsAfterSpaces: Bool
    }

    /// A syllable of a cached word: its spelling's id and whether it joins the syllable before.
    private struct WordToken {
        let spelling: Int32
        let joinsPrevious: Bool
    }

    /// The word with UTF-8 `bytes`, scanned and its spellings added the first time it is seen.
    private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, scanner: SearchTokenizer.Scanner) -> Word {
        if let id = words.find(bytes) { return wordEntries[id] }
        words.insert(bytes)
        let start = wordTokens.count
        // Scanned as if a syllable and spaces came before, so that the first syllable's flag says
        // whether the word itself starts with spaces only; the caller knows what came before it.
        let endsAfterSpaces = scanner.scan(String(decoding: bytes, as: UTF8.self), afterSpaces: true, emittedBefore: true) { folded, spelling, joins in
            wordTokens.append(WordToken(spelling: spellingID(spelling, folded: folded), joinsPrevious: joins))
        }
        let word = Word(tokens: start..<wordTokens.count, endsAfterSpaces: endsAfterSpaces)
        wordEntries.append(word)
        return word
    }

    /// The id of a spelling, adding it (and its syllable) when it is new.
    private mutating func spellingID(_ spelling: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (term, isNew) = spellings.insert(spelling)
        if isNew {
            syllableOfSpelling.append(Int32(syllables.insert(folded).id))
            spellingPostings.addList()
            spellingFlags.append(0)
        }
        return Int32(term)
    }

    /// Sets the flags of every spelling in `tokens`, lists those first used in `used`, and lists the
    /// pairs of syllables they make in `pairs`.
    private mutating func recordSpellings(
        _ tokens: UnsafeBufferPointer<DocumentToken>, pairs: inout ScratchBuffer<PairKey>, used: inout ScratchBuffer<Int32>
    ) {
        pairs.removeAll()
        spellingFlags.withUnsafeMutableBufferPointer { flags in
            syllableOfSpelling.withUnsafeBufferPointer { syllableOf in
                var previous: Int32 = -1
                for token in tokens {
                    let term = Int(token.spelling)
                    let old = flags[term]
                    if old == 0 { used.append(token.spelling) }
                    flags[term] = old | (token.inTitle ? 1 : old & 4 == 0 ? 4 : 2)
                    let syllable = syllableOf[term]
                    if token.joinsPrevious, previous >= 0 {
                        pairs.append(PairKey(first: previous, second: syllable, inTitle: token.inTitle))
                    }
                    previous = syllable
                }
            }
        }
    }

    /// Sets the flags of every pair in `keys` (their ids in `terms`), adding the pairs not seen before,
    /// and lists those first used in `used`.
    private mutating func recordPairs(_ keys: UnsafeBufferPointer<PairKey>, terms: inout ScratchBuffer<Int32>, used: inout ScratchBuffer<Int32>) {
        terms.removeAll()
        for key in keys {
            if let found = pairs.find(key.first, key.second) {
                terms.append(Int32(found))
            } else {
                terms.append(Int32(pairs.insert(Int(key.first), Int(key.second)).id))
                pairPostings.addList()
                pairFlags.append(0)
            }
        }
        let ids = terms.buffer
        pairFlags.withUnsafeMutableBufferPointer { flags in
            for (key, term) in zip(keys, ids) {
                let old = flags[Int(term)]
                if old == 0 { used.append(term) }
                // Bit 2 only marks the pair as used; the index keeps bit 1, "in the title".
                flags[Int(term)] = old | 2 | (key.inTitle ? 1 : 0)
            }
        }
    }

    /// Appends document `id`'s postings to the lists of the spellings and pairs it used, clears their
    /// flags and empties both lists.
    private mutating func appendPostings(of id: UInt32, spellings: inout ScratchBuffer<Int32>, pairs: inout ScratchBuffer<Int32>) {
        let usedSpellings = spellings.buffer, usedPairs = pairs.buffer
        spellingFlags.withUnsafeMutableBufferPointer { flags in
            spellingPostings.append(id, to: usedSpellings) { UInt32(flags[$0]) & Self.writtenFlags }
            for term in usedSpellings { flags[Int(term)] = 0 }
        }
        pairFlags.withUnsafeMutableBufferPointer { flags in
            pairPostings.append(id, to: usedPairs) { UInt32(flags[$0]) & ((1 << Self.pairFlagBits) - 1) }
            for term in usedPairs { flags[Int(term)] = 0 }
        }
        spellings.removeAll()
        pairs.removeAll()
    }

    /// The text of pair `id`: its two syllables with a space between ("dan van").
    func pairBytes(_ id: Int) -> [UInt8] {
        Self.pairBytes(pairs.pairs[id], syllables: syllables)
    }

    /// The text of `pair` of `syllables`: its two syllables with a space between.
    static func pairBytes(_ pair: (first: Int32, second: Int32), syllables: TermTable) -> [UInt8] {
        Array(syllables.bytes(of: Int(pair.first))) + [UInt8(ascii: " ")] + syllables.bytes(of: Int(pair.second))
    }
}
