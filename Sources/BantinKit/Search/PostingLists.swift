/// The posting lists of one indexing run, kept small: each list is bytes, one LEB128 number per
/// posting, the document's id less the list's previous id (for the first, the id itself) shifted past
/// the posting's flags. Most gaps fit in a byte, against four for a `UInt32`: at 10,000 articles the
/// lists hold nine million postings.
struct PostingLists {
    private var lists: [[UInt8]] = []
    private var lastIDs: [UInt32] = []
    /// How many low bits of a posting hold flags.
    let flagBits: UInt32

    init(flagBits: UInt32) {
        self.flagBits = flagBits
    }

    /// How many lists there are.
    var count: Int { lists.count }

    /// Adds an empty list at the end.
    mutating func addList() {
        lists.append([])
        lastIDs.append(0)
    }

    /// Appends to each list of `terms` a posting of document `id`, greater than every id in the list,
    /// with the flags `flags(term)`, which must fit in `flagBits` bits.
    mutating func append(_ id: UInt32, to terms: UnsafeBufferPointer<Int32>, flags: (Int) -> UInt32) {
        let flagBits = flagBits
        lists.withUnsafeMutableBufferPointer { lists in
            lastIDs.withUnsafeMutableBufferPointer { lastIDs in
                for term in terms.lazy.map(Int.init) {
                    var value = (id - lastIDs[term]) << flagBits | flags(term)
                    lastIDs[term] = id
                    while value >= 0x80 {
                        lists[term].append(UInt8(truncatingIfNeeded: value) | 0x80)
                        value >>= 7
                    }
                    lists[term].append(UInt8(value))
                }
            }
        }
    }

    /// Calls `body` with each posting of list `term`, in order: the document's id and its flags.
    func forEach(in term: Int, _ body: (_ id: UInt32, _ flags: UInt32) -> Void) {
        let mask: UInt32 = (1 << flagBits) - 1
        var id: UInt32 = 0
        var value: UInt32 = 0
        var shift: UInt32 = 0
        for byte in lists[term] {
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 {
                id += value >> flagBits
                body(id, value & mask)
                value = 0
                shift = 0
            } else {
                shift += 7
            }
        }
    }
}

extension SearchPostings {
    /// The postings of every run of an index, under one numbering of the terms: the runs' lists are
    /// read where they are, in run order, rather than copied into one.
    struct Merged {
        private(set) var syllables = TermTable()
        private(set) var spellings = TermTable()
        private(set) var syllableOfSpelling: [Int32] = []
        private(set) var pairs = TermPairTable()
        private let runs: [SearchPostings]
        /// Per run, that run's id of each spelling and pair, or -1 where the run has none.
        private var spellingsInRuns: [[Int32]] = []
        private var pairsInRuns: [[Int32]] = []

        /// The postings of `runs`, whose documents are in increasing id order from run to run.
        init(runs: [SearchPostings]) {
            self.runs = runs
            for run in runs {
                let syllableIDs = (0..<run.syllables.count).map { Int32(syllables.insert(run.syllables.bytes(of: $0)).id) }
                var spellingIDs: [Int32] = []
                spellingIDs.reserveCapacity(run.spellings.count)
                for term in 0..<run.spellings.count {
                    let (id, isNew) = spellings.insert(run.spellings.bytes(of: term))
                    if isNew { syllableOfSpelling.append(syllableIDs[Int(run.syllableOfSpelling[term])]) }
                    spellingIDs.append(Int32(id))
                }
                let pairIDs = run.pairs.pairs.map { pair in
                    Int32(pairs.insert(Int(syllableIDs[Int(pair.first)]), Int(syllableIDs[Int(pair.second)])).id)
                }
                spellingsInRuns.append(Self.inverse(spellingIDs))
                pairsInRuns.append(Self.inverse(pairIDs))
            }
            for run in spellingsInRuns.indices {
                spellingsInRuns[run] += repeatElement(-1, count: spellings.count - spellingsInRuns[run].count)
                pairsInRuns[run] += repeatElement(-1, count: pairs.count - pairsInRuns[run].count)
            }
        }

        /// For ids `global[local]`, the local id of each global one (-1 for those missing), up to the highest.
        private static func inverse(_ global: [Int32]) -> [Int32] {
            var local = [Int32](repeating: -1, count: Int(global.max().map { $0 + 1 } ?? 0))
            for (index, id) in global.enumerated() { local[Int(id)] = Int32(index) }
            return local
        }

        /// Calls `body` with each posting of spelling `term`, in id order: the id and the flags as the
        /// index writes them (`writtenFlags`).
        func forEachPosting(ofSpelling term: Int, _ body: (_ id: UInt32, _ flags: UInt32) -> Void) {
            for (run, local) in zip(runs, spellingsInRuns) where local[term] >= 0 {
                run.spellingPostings.forEach(in: Int(local[term]), body)
            }
        }

        /// Calls `body` with each posting of pair `term`, in id order: the id and 1 when in the title.
        func forEachPosting(ofPair term: Int, _ body: (_ id: UInt32, _ flags: UInt32) -> Void) {
            for (run, local) in zip(runs, pairsInRuns) where local[term] >= 0 {
                run.pairPostings.forEach(in: Int(local[term]), body)
            }
        }

        /// The text of pair `id`: its two syllables with a space between ("dan van").
        func pairBytes(_ id: Int) -> [UInt8] {
            SearchPostings.pairBytes(pairs.pairs[id], syllables: syllables)
        }
    }
}
