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

    /// The index files, ready to write.
    public func files() -> [RenderedFile] {
        var files: [RenderedFile] = []
        // Spellings by syllable, each list in byte order, as the term files list them.
        var spellingsOfSyllable = [[Int]](repeating: [], count: postings.syllables.count)
        for spelling in 0..<postings.spellings.count {
            spellingsOfSyllable[postings.syllableOfSpelling[spelling]].append(spelling)
        }
        for syllable in spellingsOfSyllable.indices {
            spellingsOfSyllable[syllable].sort { postings.spellings.bytes(of: $0).lexicographicallyPrecedes(postings.spellings.bytes(of: $1)) }
        }

        enum Term { case syllable(Int), pair(Int) }
        var terms: [(bytes: ArraySlice<UInt8>, term: Term)] = []
        terms.reserveCapacity(postings.syllables.count + postings.pairs.count)
        for syllable in 0..<postings.syllables.count { terms.append((postings.syllables.bytes(of: syllable), .syllable(syllable))) }
        for pair in 0..<postings.pairs.count { terms.append((postings.pairBytes(pair)[...], .pair(pair))) }
        terms.sort { Self.termOrder($0.bytes, $1.bytes) }

        var chunkStarts: [String] = []
        var chunk: [UInt8] = []
        var entry: [UInt8] = []
        func finishChunk() {
            files.append(RenderedFile(path: Self.dataFolder + "tu-\(chunkStarts.count - 1).json", contents: .bytes([UInt8(ascii: "{")] + chunk + [UInt8(ascii: "}")])))
            chunk.removeAll(keepingCapacity: true)
        }
        for (bytes, term) in terms {
            entry.removeAll(keepingCapacity: true)
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
                    Self.appendPostings(postings.spellingPostings[spelling], flagBits: 3, keeping: SearchPostings.writtenFlags, as: 2, to: &entry)
                    entry.append(UInt8(ascii: "\""))
                }
                entry.append(UInt8(ascii: "}"))
            case .pair(let pair):
                entry.append(UInt8(ascii: "\""))
                Self.appendPostings(postings.pairPostings[pair], flagBits: 1, keeping: 1, as: 1, to: &entry)
                entry.append(UInt8(ascii: "\""))
            }
            if !chunk.isEmpty, chunk.count + entry.count > Self.chunkSize { finishChunk() }
            if chunk.isEmpty {
                chunkStarts.append(String(decoding: bytes, as: UTF8.self))
            } else {
                chunk.append(UInt8(ascii: ","))
            }
            chunk += entry
        }
        if !chunk.isEmpty { finishChunk() }

        for start in stride(from: 0, to: documents.count, by: Self.metaSize) {
            let rows = documents[start..<min(start + Self.metaSize, documents.count)].map { document in
                "[" + [
                    JSONText.quoted(document.title), JSONText.quoted(document.url), String(document.category ?? -1),
                    JSONText.quoted(document.date), JSONText.quoted(document.excerpt),
                ].joined(separator: ",") + "]"
            }
            files.append(RenderedFile(path: Self.dataFolder + "bai-\(start / Self.metaSize).json", text: "[" + rows.joined(separator: ",\n") + "]"))
        }

        var categoryCounts = Array(repeating: 0, count: categories.count)
        var categoryMembers = Array(repeating: [UInt32](), count: categories.count)
        for (id, document) in documents.enumerated() {
            guard let category = document.category else { continue }
            categoryMembers[category].append(UInt32(id))
            categoryCounts[category] += 1
        }
        for (index, members) in categoryMembers.enumerated() {
            files.append(RenderedFile(path: Self.dataFolder + "chuyen-muc-\(index).json", text: JSONText.quoted(Self.postings(members, flagBits: 0))))
        }

        var hash = FNV1a()
        for file in files {
            hash.add(Array(file.path.utf8))
            if case .bytes(let bytes) = file.contents { hash.add(bytes) }
        }
        let categoryRows: [String] = zip(categories, categoryCounts).map { category, count in
            let fields: [String] = [JSONText.quoted(category.name), JSONText.quoted(category.slug), JSONText.quoted(category.url), String(count)]
            return "[" + fields.joined(separator: ",") + "]"
        }
        let yearRows: [String] = years.map { "[\($0.year),\($0.first),\($0.last)]" }
        let fields: [String] = [
            "\"version\":" + JSONText.quoted(hash.hex),
            "\"documents\":\(documents.count)",
            "\"articles\":\(articleCount)",
            "\"metaSize\":\(Self.metaSize)",
            "\"chunks\":[" + chunkStarts.map(JSONText.quoted).joined(separator: ",") + "]",
            "\"categories\":[" + categoryRows.joined(separator: ",") + "]",
            "\"years\":[" + yearRows.joined(separator: ",") + "]",
        ]
        let manifest = "{" + fields.joined(separator: ",\n") + "}"
        files.append(RenderedFile(path: Self.dataFolder + "muc-luc.json", text: manifest))
        return files
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
        appendPostings(values, flagBits: flagBits, keeping: (1 << flagBits) - 1, as: flagBits, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `values` (ids shifted past `flagBits` bits of flags) as comma-separated base-36 numbers:
    /// each the gap from the previous id, shifted past `writtenBits` bits holding the flags in `kept`.
    static func appendPostings(_ values: [UInt32], flagBits: UInt32, keeping kept: UInt32, as writtenBits: UInt32, to bytes: inout [UInt8]) {
        var previous: UInt32 = 0
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            let id = value >> flagBits
            appendBase36((id - previous) << writtenBits | (value & kept), to: &bytes)
            previous = id
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
