/// Which documents use each term, in document order: what the term files of the index list.
///
/// Documents are added in increasing id order, so a term's newest posting is always the last one in
/// its list, and a second occurrence in the same document updates that posting in place. Sites are
/// indexed in parallel by giving each worker a run of consecutive ids and appending the workers'
/// postings in order (`append(_:)`), which keeps every list sorted.
struct SearchPostings {
    /// Folded syllables ("dang").
    private(set) var syllables = TermTable()
    /// Spellings ("đang3"), each with the syllable it folds to.
    private(set) var spellings = TermTable()
    private(set) var syllableOfSpelling: [Int] = []
    /// Per spelling: `id << 3 | flags`, where flag 1 is "in the title", 2 "more than once in the text"
    /// and 4 "in the text" (kept only to tell the second occurrence from the first).
    private(set) var spellingPostings: [[UInt32]] = []
    /// Syllable pairs ("dan van", as two ids into `syllables`), for phrases.
    private(set) var pairs = TermPairTable()
    /// Per pair: `id << 1 | 1 when in the title`.
    private(set) var pairPostings: [[UInt32]] = []
    /// The posting of the last document that used each spelling and pair, not yet in the lists.
    private var currentSpelling: [UInt32] = []
    private var currentPair: [UInt32] = []
    /// The words seen so far, scanned once each (`word(_:scanner:)`); not part of the index.
    private var words = TermTable()
    private var wordEntries: [Word] = []
    private var wordTokens: [WordToken] = []
    private static let none = UInt32.max

    /// The flags of a spelling posting as the index writes them (`SearchIndex+Files`).
    static let writtenFlags: UInt32 = 3

    /// Adds the syllables of document `id`'s title and text. `id` must be greater than every id added before.
    mutating func add(document id: UInt32, title: String, text: String, scanner: SearchTokenizer.Scanner) {
        add(title, document: id, inTitle: true, scanner: scanner)
        add(text, document: id, inTitle: false, scanner: scanner)
    }

    /// Adds the syllables of one field, a word at a time: the text is cut at ASCII white space, and
    /// each distinct word is scanned once (`words`); a site repeats a few thousand syllables millions of
    /// times, so most words are found, not decomposed, folded and spelled again. What joins syllables
    /// into pairs is carried from word to word as `SearchTokenizer.Scanner` carries it through a text:
    /// whether a syllable came before, and whether only spaces (not a line break) came since.
    private mutating func add(_ field: String, document id: UInt32, inTitle: Bool, scanner: SearchTokenizer.Scanner) {
        var previous = -1
        var emitted = false
        var afterSpaces = false
        var field = field
        field.withUTF8 { text in
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
                for (offset, token) in wordTokens[word.tokens].enumerated() {
                    let joins = offset == 0 ? emitted && afterSpaces && token.joinsPrevious : token.joinsPrevious
                    let syllable = record(spelling: token.spelling, document: id, inTitle: inTitle)
                    if joins, previous >= 0 {
                        record(pair: previous, syllable, document: id, inTitle: inTitle)
                    }
                    previous = syllable
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
        let spelling: Int
        let joinsPrevious: Bool
    }

    /// The word with UTF-8 `bytes`, scanned and its spellings added the first time it is seen.
    private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, scanner: SearchTokenizer.Scanner) -> Word {
        let (id, isNew) = words.insert(bytes)
        guard isNew else { return wordEntries[id] }
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
    private mutating func spellingID(_ spelling: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) -> Int {
        let (term, isNew) = spellings.insert(spelling)
        if isNew {
            syllableOfSpelling.append(syllables.insert(folded).id)
            spellingPostings.append([])
            currentSpelling.append(Self.none)
        }
        return term
    }

    /// Records one occurrence of spelling `term`; returns the id of its syllable.
    private mutating func record(spelling term: Int, document id: UInt32, inTitle: Bool) -> Int {
        // The posting of the document being added stays in `current` until the next document uses
        // the term (or `finish()`), so repeated syllables update a flat array, not a nested one.
        let posting = id << 3
        let last = currentSpelling[term]
        if last != Self.none, last >> 3 == id {
            var flags = last & 7
            if inTitle {
                flags |= 1
            } else {
                flags |= flags & 4 == 0 ? 4 : 2
            }
            currentSpelling[term] = posting | flags
        } else {
            if last != Self.none { spellingPostings[term].append(last) }
            currentSpelling[term] = posting | (inTitle ? 1 : 4)
        }
        return syllableOfSpelling[term]
    }

    private mutating func record(pair first: Int, _ second: Int, document id: UInt32, inTitle: Bool) {
        let (term, isNew) = pairs.insert(first, second)
        if isNew {
            pairPostings.append([])
            currentPair.append(Self.none)
        }
        let posting = id << 1 | (inTitle ? 1 : 0)
        let last = currentPair[term]
        if last != Self.none, last >> 1 == id {
            currentPair[term] = last | posting
        } else {
            if last != Self.none { pairPostings[term].append(last) }
            currentPair[term] = posting
        }
    }

    /// Moves the postings still held in `currentSpelling` and `currentPair` into the lists: call once,
    /// after the last document.
    mutating func finish() {
        for term in currentSpelling.indices where currentSpelling[term] != Self.none {
            spellingPostings[term].append(currentSpelling[term])
            currentSpelling[term] = Self.none
        }
        for term in currentPair.indices where currentPair[term] != Self.none {
            pairPostings[term].append(currentPair[term])
            currentPair[term] = Self.none
        }
    }

    /// The text of pair `id`: its two syllables with a space between ("dan van").
    func pairBytes(_ id: Int) -> [UInt8] {
        let pair = pairs.pairs[id]
        return Array(syllables.bytes(of: Int(pair.first))) + [UInt8(ascii: " ")] + syllables.bytes(of: Int(pair.second))
    }

    /// Adds the postings of `other`, whose documents all come after this one's. Both must be finished.
    mutating func append(_ other: SearchPostings) {
        let syllableIDs = (0..<other.syllables.count).map { syllables.insert(other.syllables.bytes(of: $0)).id }
        for term in 0..<other.spellings.count {
            let (global, isNew) = spellings.insert(other.spellings.bytes(of: term))
            if isNew {
                syllableOfSpelling.append(syllableIDs[other.syllableOfSpelling[term]])
                spellingPostings.append(other.spellingPostings[term])
                currentSpelling.append(Self.none)
            } else {
                spellingPostings[global] += other.spellingPostings[term]
            }
        }
        for (term, pair) in other.pairs.pairs.enumerated() {
            let (global, isNew) = pairs.insert(syllableIDs[Int(pair.first)], syllableIDs[Int(pair.second)])
            if isNew {
                pairPostings.append(other.pairPostings[term])
                currentPair.append(Self.none)
            } else {
                pairPostings[global] += other.pairPostings[term]
            }
        }
    }
}
