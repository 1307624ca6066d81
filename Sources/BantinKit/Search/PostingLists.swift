/// The posting lists of one indexing run, kept small: each list is bytes, one LEB128 number per
/// posting, the document's id less the list's previous id (for the first, the id itself) shifted past
/// the posting's flags. Most gaps fit in a byte, against four for a `UInt32`: at 10,000 articles the
/// lists hold nine million postings.
///
/// Every list's bytes are in one buffer, in blocks chained from the list's first: each block starts
/// with its next block's offset, and is twice the size of the one before, up to `largestBlock`. An
/// array per list checked that it was not shared at every byte appended, and a third of indexing a
/// document went to those checks and to growing the arrays.
struct PostingLists {
    private var storage = Storage()
    /// Per list: its blocks, and where the next byte goes.
    private var lists: [List] = []
    /// How many low bits of a posting hold flags.
    let flagBits: UInt32

    /// The size of a list's first block, and of its largest, in bytes, with the 4 of the link.
    static let firstBlock = 16
    static let largestBlock = 1024
    private static let link = MemoryLayout<UInt32>.size

    private struct List {
        /// The offsets of the first and the last block, `noBlock` for a list without postings.
        var head = noBlock
        var tail = noBlock
        /// Where the next byte goes in the last block, and where that block ends.
        var end: UInt32 = 0
        var limit: UInt32 = 0
        var lastID: UInt32 = 0
    }

    private static let noBlock = UInt32.max

    /// The bytes of every list, grown as blocks are added.
    private final class Storage: @unchecked Sendable {
        // @unchecked: written only through a `PostingLists` that holds the one reference to it
        // (`append` copies it first when a copy of the lists shares it), as an array is.
        private(set) var base: UnsafeMutableRawPointer
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int = 4096) {
            self.capacity = capacity
            base = .allocate(byteCount: capacity, alignment: 8)
        }

        deinit { base.deallocate() }

        /// A new block of `size` bytes at the end, with no next block; its offset.
        func addBlock(_ size: Int) -> UInt32 {
            if count + size > capacity {
                let grown = UnsafeMutableRawPointer.allocate(byteCount: max(capacity * 2, count + size), alignment: 8)
                grown.copyMemory(from: base, byteCount: count)
                base.deallocate()
                base = grown
                capacity = max(capacity * 2, count + size)
            }
            let offset = count
            base.storeBytes(of: noBlock, toByteOffset: offset, as: UInt32.self)
            count += size
            precondition(count < Int(noBlock), "search index postings beyond 4 GB")
            return UInt32(offset)
        }

        func copy() -> Storage {
            let copy = Storage(capacity: max(capacity, 16))
            copy.base.copyMemory(from: base, byteCount: count)
            copy.count = count
            return copy
        }
    }

    init(flagBits: UInt32) {
        self.flagBits = flagBits
    }

    /// How many lists there are.
    var count: Int { lists.count }

    /// Adds an empty list at the end.
    mutating func addList() {
        lists.append(List())
    }

    /// Appends to each list of `terms` a posting of document `id`, greater than every id in the list,
    /// with the flags `flags(term)`, which must fit in `flagBits` bits.
    mutating func append(_ id: UInt32, to terms: UnsafeBufferPointer<Int32>, flags: (Int) -> UInt32) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let flagBits = flagBits
        let storage = storage
        lists.withUnsafeMutableBufferPointer { lists in
            for term in terms.lazy.map(Int.init) {
                var value = (id - lists[term].lastID) << flagBits | flags(term)
                lists[term].lastID = id
                while true {
                    if lists[term].end == lists[term].limit { Self.addBlock(to: &lists[term], in: storage) }
                    let more = value >= 0x80
                    storage.base.storeBytes(of: UInt8(truncatingIfNeeded: value) | (more ? 0x80 : 0), toByteOffset: Int(lists[term].end), as: UInt8.self)
                    lists[term].end += 1
                    guard more else { break }
                    value >>= 7
                }
            }
        }
    }

    /// Chains a block to `list`, twice the size of its last one (up to `largestBlock`).
    private static func addBlock(to list: inout List, in storage: Storage) {
        let size = list.tail == noBlock ? firstBlock : min(2 * Int(list.limit - list.tail), largestBlock)
        let block = storage.addBlock(size)
        if list.tail == noBlock {
            list.head = block
        } else {
            storage.base.storeBytes(of: block, toByteOffset: Int(list.tail), as: UInt32.self)
        }
        list.tail = block
        list.end = block + UInt32(link)
        list.limit = block + UInt32(size)
    }

    /// Calls `body` with each posting of list `term`, in order: the document's id and its flags.
    func forEach(in term: Int, _ body: (_ id: UInt32, _ flags: UInt32) -> Void) {
        let list = lists[term]
        guard list.head != Self.noBlock else { return }
        let mask: UInt32 = (1 << flagBits) - 1
        let base = storage.base
        var id: UInt32 = 0
        var value: UInt32 = 0
        var shift: UInt32 = 0
        var block = list.head
        var size = Self.firstBlock
        while true {
            // Every block but the last is full.
            let end = block == list.tail ? Int(list.end) : Int(block) + size
            for offset in (Int(block) + Self.link)..<end {
                let byte = base.load(fromByteOffset: offset, as: UInt8.self)
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
            if block == list.tail { return }
            block = base.load(fromByteOffset: Int(block), as: UInt32.self)
            size = min(2 * size, Self.largestBlock)
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
