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
        var syllables: [String: [(spelling: String, postings: [UInt32])]] = [:]
        var pairs: [String: [UInt32]] = [:]
        for (id, document) in terms.enumerated() {
            let shifted = UInt32(id) << 2
            for (folded, spellings) in document.syllables {
                for (spelling, occurrence) in spellings {
                    let flags: UInt32 = (occurrence.inTitle ? 1 : 0) | (occurrence.inBodyCount > 1 ? 2 : 0)
                    Self.append(shifted | flags, to: spelling, in: &syllables[folded, default: []])
                }
            }
            for (pair, inTitle) in document.pairs {
                pairs[pair, default: []].append(UInt32(id) << 1 | (inTitle ? 1 : 0))
            }
        }

        var chunkStarts: [String] = []
        var chunk = ""
        func finishChunk() {
            files.append(RenderedFile(path: Self.dataFolder + "tu-\(chunkStarts.count - 1).json", text: "{" + chunk + "}"))
            chunk = ""
        }
        var terms = Array(syllables.keys)
        terms += pairs.keys
        terms.sort(by: Self.termOrder)
        for term in terms {
            var entry = JSONText.quoted(term) + ":"
            if let spellings = syllables[term] {
                let sorted = spellings.sorted { $0.spelling.utf8.lexicographicallyPrecedes($1.spelling.utf8) }
                entry += "{" + sorted.map { spelling in
                    JSONText.quoted(spelling.spelling) + ":" + JSONText.quoted(Self.postings(spelling.postings, flagBits: 2))
                }.joined(separator: ",") + "}"
            } else {
                entry += JSONText.quoted(Self.postings(pairs[term]!, flagBits: 1))
            }
            if !chunk.isEmpty, chunk.utf8.count + entry.utf8.count > Self.chunkSize { finishChunk() }
            if chunk.isEmpty {
                chunkStarts.append(term)
            } else {
                chunk += ","
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
    /// ASCII, where Swift's `<` is that order and takes its fast path.
    static func termOrder(_ a: String, _ b: String) -> Bool {
        a < b
    }

    /// Appends one document's posting to the postings of `spelling` (compared byte for byte).
    static func append(_ posting: UInt32, to spelling: String, in spellings: inout [(spelling: String, postings: [UInt32])]) {
        if let index = spellings.firstIndex(where: { $0.spelling.utf8.elementsEqual(spelling.utf8) }) {
            spellings[index].postings.append(posting)
        } else {
            spellings.append((spelling, [posting]))
        }
    }

    /// Ids (with their flags in the low `flagBits` bits) as comma-separated base-36 gaps.
    static func postings(_ values: [UInt32], flagBits: UInt32) -> String {
        var previous: UInt32 = 0
        var parts: [String] = []
        parts.reserveCapacity(values.count)
        for value in values {
            let id = value >> flagBits
            let flags = value & ((1 << flagBits) - 1)
            parts.append(String((id - previous) << flagBits | flags, radix: 36))
            previous = id
        }
        return parts.joined(separator: ",")
    }
}
