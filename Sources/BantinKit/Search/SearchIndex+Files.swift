/// The index as files under `tim-kiem/chi-muc/`. `assets/search.js` reads them; a change of format
/// here is a change there.
///
/// - `muc-luc.json`, the manifest, fetched first: `version` (a hash of the other files, added to their
///   URLs so a browser never mixes two builds), `documents`, `articles`, `metaSize` (documents per
///   metadata file), `chunks` (the first term of each term file, in sorted order), `categories`
///   (`[name, slug, url, count]`) and `years` (`[year, first id, last id]`).
/// - `tu-N.json`, the sorted terms cut into files of about `chunkSize` bytes. A syllable maps its
///   spellings (`SearchToken.spelling`) to postings; a syllable pair ("dan van", for phrases) maps
///   straight to postings. Postings are comma-separated base-36 numbers, one per document in id order:
///   the gap from the previous id shifted left past the flags. A syllable's flags are 1 = in the title,
///   2 = more than once in the text; a pair's flag is 1 = in the title.
/// - `bai-N.json`, documents `N × metaSize ..< (N + 1) × metaSize`: `[title, url, category or -1,
///   date, excerpt]`, fetched only for the results shown.
/// - `chuyen-muc-N.json`, the ids of category N's articles as gaps, fetched when the reader filters by it.
extension SearchIndex {
    /// Target size of a term file: big enough that a query needs few requests, small enough that a
    /// two-syllable query on 10,000 articles downloads well under 300 KB.
    static let chunkSize = 32_000
    /// Documents per metadata file: a page of results touches at most ten of them.
    static let metaSize = 16

    /// How many terms are encoded at once by `files()`. The first terms in order are the common
    /// syllables, each with a posting for most documents: at 100,000 articles a batch of 4,096 held
    /// 100 MB of entries; 512 hold an eighth of that, and still give every core work.
    static let encodingBatch = 512
    /// A build of a site with more documents makes the index files as they are written
    /// (`FileBatches`), not all at once beside the pages.
    static let streamedAbove = 20_000

    /// A term of the term files: a syllable (with its spellings) or a syllable pair.
    fileprivate enum Term: Sendable { case syllable(Int), pair(Int) }

    /// The index files, ready to write.
    public func files() -> [RenderedFile] {
        files(cancellation: nil)
    }

    /// The index files; `cancellation` is checked between batches of terms (it may hold the work
    /// there), and once it is cancelled the files are not finished and what comes back is not to be used.
    func files(cancellation: Cancellation?) -> [RenderedFile] {
        var files: [RenderedFile] = []
        for batch in FileBatches(index: self, cancellation: cancellation) { files += batch }
        return cancellation?.shouldStop() == true ? [] : files
    }

    /// The index files a batch at a time, in the order `files()` lists them, made as they are asked
    /// for: a large site's build writes each batch before the next is made, so that the index's files
    /// (170 MB at 100,000 articles) are never all in memory. The manifest, last, names a hash of the
    /// files before it, mixed in as they go.
    struct FileBatches: Sequence, IteratorProtocol {
        private let index: SearchIndex
        private let cancellation: Cancellation?
        private var stage = Stage.terms
        /// Spellings by syllable, each list in byte order, as the term files list them.
        private let spellingsOfSyllable: [[Int]]
        private let terms: [(bytes: ArraySlice<UInt8>, term: Term)]
        private var nextTerm = 0
        private var nextDocument = 0
        private var chunk: [UInt8] = []
        private var chunkStarts: [String] = []
        /// How many articles each category has, counted for its file and named again by the manifest.
        private var categoryCounts: [Int] = []
        private var hash = FNV1a()

        private enum Stage { case terms, documents, categories, manifest, done }

        /// Metadata files per batch.
        private static let documentFilesPerBatch = 512

        init(index: SearchIndex, cancellation: Cancellation? = nil) {
            self.index = index
            self.cancellation = cancellation
            let postings = index.postings
            var spellingsOfSyllable = [[Int]](repeating: [], count: postings.syllables.count)
            for spelling in 0..<postings.spellings.count {
                spellingsOfSyllable[Int(postings.syllableOfSpelling[spelling])].append(spelling)
            }
            for syllable in spellingsOfSyllable.indices {
                spellingsOfSyllable[syllable].sort { postings.spellings.bytes(of: $0).lexicographicallyPrecedes(postings.spellings.bytes(of: $1)) }
            }
            self.spellingsOfSyllable = spellingsOfSyllable
            var terms: [(bytes: ArraySlice<UInt8>, term: Term)] = []
            terms.reserveCapacity(postings.syllables.count + postings.pairs.count)
            for syllable in 0..<postings.syllables.count { terms.append((postings.syllables.bytes(of: syllable), .syllable(syllable))) }
            for pair in 0..<postings.pairs.count { terms.append((postings.pairBytes(pair)[...], .pair(pair))) }
            terms.sort { SearchIndex.termOrder($0.bytes, $1.bytes) }
            self.terms = terms
        }

        /// The next files; nil when all were given, or once `cancellation` stopped the work.
        mutating func next() -> [RenderedFile]? {
            var files: [RenderedFile] = []
            while files.isEmpty {
                if cancellation?.shouldStop() == true { return nil }
                switch stage {
                case .terms: files = nextTermFiles()
                case .documents: files = nextDocumentFiles()
                case .categories: files = categoryFiles()
                case .manifest: files = [manifest()]
                case .done: return nil
                }
            }
            for file in files {
                hash.add(Array(file.path.utf8))
                if case .bytes(let bytes) = file.contents { hash.add(bytes) }
            }
            return files
        }

        /// The term files finished by the next batch of terms, encoded on all cores (a batch at a time,
        /// so that the entries are not all held at once beside the files they are copied into), and
        /// cut into files in order.
        private mutating func nextTermFiles() -> [RenderedFile] {
            var files: [RenderedFile] = []
            guard nextTerm < terms.count else {
                if !chunk.isEmpty { files.append(finishChunk()) }
                stage = .documents
                return files
            }
            let batch = Array(terms[nextTerm..<Swift.min(nextTerm + SearchIndex.encodingBatch, terms.count)])
            nextTerm += batch.count
            let entries = batch.parallelMap { [index, spellingsOfSyllable] (term: (bytes: ArraySlice<UInt8>, term: Term)) -> [UInt8] in
                index.entry(term.bytes, term.term, spellingsOfSyllable: spellingsOfSyllable)
            }
            for (term, entry) in zip(batch, entries) {
                // The size of the chunk's entries, without its opening brace.
                if !chunk.isEmpty, chunk.count - 1 + entry.count > SearchIndex.chunkSize { files.append(finishChunk()) }
                if chunk.isEmpty {
                    chunkStarts.append(String(decoding: term.bytes, as: UTF8.self))
                    chunk.reserveCapacity(SearchIndex.chunkSize + 2)
                    chunk.append(UInt8(ascii: "{"))
                } else {
                    chunk.append(UInt8(ascii: ","))
                }
                chunk += entry
            }
            return files
        }

        private mutating func finishChunk() -> RenderedFile {
            chunk.append(UInt8(ascii: "}"))
            defer { chunk = [] }
            return RenderedFile(path: SearchIndex.dataFolder + "tu-\(chunkStarts.count - 1).json", contents: .bytes(chunk))
        }

        private mutating func nextDocumentFiles() -> [RenderedFile] {
            let documents = index.documents
            let starts = Array(
                stride(from: nextDocument, to: Swift.min(documents.count, nextDocument + Self.documentFilesPerBatch * SearchIndex.metaSize), by: SearchIndex.metaSize)
            )
            nextDocument = Swift.min(nextDocument + starts.count * SearchIndex.metaSize, documents.count)
            if nextDocument >= documents.count { stage = .categories }
            // On all cores, each file written as bytes: at 100,000 articles these are 40 MB, which made
            // one field text at a time, then joined, took a core for a second at the end of the build.
            return Parallel.map(starts.count) { file in
                let start = starts[file]
                var bytes: [UInt8] = [UInt8(ascii: "[")]
                for document in documents[start..<Swift.min(start + SearchIndex.metaSize, documents.count)] {
                    if bytes.count > 1 { bytes += ",\n".utf8 }
                    bytes.append(UInt8(ascii: "["))
                    JSONText.appendQuoted(document.title.utf8, to: &bytes)
                    bytes.append(UInt8(ascii: ","))
                    JSONText.appendQuoted(document.url.utf8, to: &bytes)
                    bytes += ",\(document.category ?? -1),".utf8
                    JSONText.appendQuoted(document.date.utf8, to: &bytes)
                    bytes.append(UInt8(ascii: ","))
                    JSONText.appendQuoted(document.excerpt.utf8, to: &bytes)
                    bytes.append(UInt8(ascii: "]"))
                }
                bytes.append(UInt8(ascii: "]"))
                return RenderedFile(path: SearchIndex.dataFolder + "bai-\(start / SearchIndex.metaSize).json", contents: .bytes(bytes))
            }
        }

        /// A file per category: the ids of its articles.
        private mutating func categoryFiles() -> [RenderedFile] {
            stage = .manifest
            var members = Array(repeating: [UInt32](), count: index.categories.count)
            for (id, document) in index.documents.enumerated() {
                guard let category = document.category else { continue }
                members[category].append(UInt32(id))
            }
            categoryCounts = members.map(\.count)
            return members.enumerated().map { index, members in
                RenderedFile(path: SearchIndex.dataFolder + "chuyen-muc-\(index).json", text: JSONText.quoted(SearchIndex.postings(members, flagBits: 0)))
            }
        }

        private mutating func manifest() -> RenderedFile {
            stage = .done
            let categoryRows: [String] = zip(index.categories, categoryCounts).map { category, count in
                let fields: [String] = [
                    JSONText.quoted(category.name), JSONText.quoted(category.slug), JSONText.quoted(category.url), String(count),
                ]
                return "[" + fields.joined(separator: ",") + "]"
            }
            let yearRows: [String] = index.years.map { "[\($0.year),\($0.first),\($0.last)]" }
            let fields: [String] = [
                "\"version\":" + JSONText.quoted(hash.hex),
                "\"documents\":\(index.documents.count)",
                "\"articles\":\(index.articleCount)",
                "\"metaSize\":\(SearchIndex.metaSize)",
                "\"chunks\":[" + chunkStarts.map(JSONText.quoted).joined(separator: ",") + "]",
                "\"categories\":[" + categoryRows.joined(separator: ",") + "]",
                "\"years\":[" + yearRows.joined(separator: ",") + "]",
            ]
            let manifest = "{" + fields.joined(separator: ",\n") + "}"
            return RenderedFile(path: SearchIndex.dataFolder + "muc-luc.json", text: manifest)
        }
    }

    /// The entry of a term in its term file: `"dan":{"dan":"…","dân":"…"}` or `"dan van":"…"`.
    fileprivate func entry(_ bytes: ArraySlice<UInt8>, _ term: Term, spellingsOfSyllable: [[Int]]) -> [UInt8] {
        var entry: [UInt8] = []
        JSONText.appendQuoted(bytes, to: &entry)
        entry.append(UInt8(ascii: ":"))
        switch term {
        case .syllable(let syllable):
            entry.append(UInt8(ascii: "{"))
            for (index, spelling) in spellingsOfSyllable[syllable].enumerated() {
                if index > 0 { entry.append(UInt8(ascii: ",")) }
                JSONText.appendQuoted(postings.spellings.bytes(of: spelling), to: &entry)
                entry.append(UInt8(ascii: ":"))
                entry.append(UInt8(ascii: "\""))
                Self.appendPostings(flagBits: SearchPostings.spellingFlagBits, to: &entry) { postings.forEachPosting(ofSpelling: spelling, $0) }
                entry.append(UInt8(ascii: "\""))
            }
            entry.append(UInt8(ascii: "}"))
        case .pair(let pair):
            entry.append(UInt8(ascii: "\""))
            Self.appendPostings(flagBits: SearchPostings.pairFlagBits, to: &entry) { postings.forEachPosting(ofPair: pair, $0) }
            entry.append(UInt8(ascii: "\""))
        }
        return entry
    }

    /// The order terms are cut into files in, the order JavaScript's `<` compares strings in, so the
    /// page finds a term's file with the comparison the build cut the files with. Terms are folded, so
    /// ASCII, where byte order is that order.
    static func termOrder(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        a.lexicographicallyPrecedes(b)
    }

    /// `termOrder` for terms as strings (the page's and the tests' view of the chunk list).
    static func termOrder(_ a: String, _ b: String) -> Bool {
        termOrder(a.utf8, b.utf8)
    }

    /// Ids (with their flags in the low `flagBits` bits) as comma-separated base-36 gaps.
    static func postings(_ values: [UInt32], flagBits: UInt32) -> String {
        var bytes: [UInt8] = []
        let mask: UInt32 = (1 << flagBits) - 1
        appendPostings(flagBits: flagBits, to: &bytes) { body in
            for value in values { body(value >> flagBits, value & mask) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the postings `forEach` hands over (ids in increasing order, each with flags that fit in
    /// `flagBits` bits) as comma-separated base-36 numbers: each the gap from the previous id, shifted
    /// past the flags.
    static func appendPostings(
        flagBits: UInt32, to bytes: inout [UInt8], _ forEach: (_ body: (_ id: UInt32, _ flags: UInt32) -> Void) -> Void
    ) {
        var previous: UInt32 = 0
        var first = true
        forEach { id, flags in
            if !first { bytes.append(UInt8(ascii: ",")) }
            appendBase36((id - previous) << flagBits | flags, to: &bytes)
            previous = id
            first = false
        }
    }

    /// Appends `value` in base 36 with lowercase letters, as `String(value, radix: 36)` writes it.
    static func appendBase36(_ value: UInt32, to bytes: inout [UInt8]) {
        let digits: StaticString = "0123456789abcdefghijklmnopqrstuvwxyz"
        var reversed: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &reversed) { buffer in
            repeat {
                buffer[count] = digits.utf8Start[Int(rest % 36)]
                rest /= 36
                count += 1
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
