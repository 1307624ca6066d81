@testable import BantinKit
import Foundation
import Testing

/// Vietnamese search: how text becomes syllables, and what the index files hold for the search fixture.
@Suite struct SearchTokenizerTests {
    /// The result snippet's start: spaces of every kind folded to one, cut at a space after 320 letters,
    /// or after 640 when there is no space to cut at.
    @Test(arguments: [
        ("  Xin\u{A0}chào\r\nbạn  ", "Xin chào bạn"),
        ("Hội\tnghị\n\ntổng kết", "Hội nghị tổng kết"),
        (Array(repeating: "a", count: 400).joined(separator: " "), Array(repeating: "a", count: 319).joined(separator: " ") + " …"),
        (String(repeating: "đ", count: 700), String(repeating: "đ", count: 640) + " …"),
        ("", ""),
    ])
    func excerptsFoldSpacesAndCutAtASpace(text: String, expected: String) {
        #expect(SearchIndex.excerpt(of: text) == expected)
    }

    @Test(arguments: [
        ("Dân vận khéo", ["dan", "van", "kheo"], ["dân", "vân5", "kheo2"]),
        ("ĐẢNG BỘ", ["dang", "bo"], ["đang3", "bô5"]),
        ("chuyển đổi số", ["chuyen", "doi", "so"], ["chuyên3", "đôi3", "sô2"]),
        ("hoà", ["hoa"], ["hoa1"]),
        ("hòa", ["hoa"], ["hoa1"]),
        ("Gạo ST25", ["gao", "st25"], ["gao5", "st25"]),
        ("12,5 tỷ; 1.200 hộ", ["12,5", "ty", "1.200", "ho"], ["12,5", "ty3", "1.200", "hô5"]),
        ("năm 2021.", ["nam", "2021"], ["năm", "2021"]),
        ("Hà Nội’s", ["ha", "nois"], ["ha1", "nôis5"]),
        ("Trường Sa – Hoàng Sa", ["truong", "sa", "hoang", "sa"], ["trương1", "sa", "hoang1", "sa"]),
    ])
    func foldsAndSpells(text: String, folded: [String], spellings: [String]) {
        let tokens = SearchTokenizer.tokens(in: text)
        #expect(tokens.map(\.folded) == folded)
        // Spellings are decomposed (NFD) like the page's; compare them composed so the table reads naturally.
        #expect(tokens.map { $0.spelling.precomposedStringWithCanonicalMapping } == spellings)
    }

    @Test(arguments: ["Đảng bộ cơ quan", "Chuyển đổi số trong hợp tác xã", "Nhà văn hoá ấp Phước Lợi", "Ở Hòn Đất, gạo ST25"])
    func decomposedTextGivesTheSameTokens(text: String) {
        let composed = SearchTokenizer.tokens(in: text.precomposedStringWithCanonicalMapping)
        let decomposed = SearchTokenizer.tokens(in: text.decomposedStringWithCanonicalMapping)
        #expect(composed == decomposed)
        #expect(!composed.isEmpty)
    }

    @Test(arguments: [
        ("hợp tác xã", [false, true, true]),
        ("hợp tác. Xã", [false, true, false]),
        ("“Dân vận” khéo", [false, true, false]),
        ("dân\nvận", [false, false]),
        ("dân  vận", [false, true]),
    ])
    func phrasesStopAtPunctuationAndLines(text: String, joins: [Bool]) {
        #expect(SearchTokenizer.tokens(in: text).map(\.joinsPrevious) == joins)
    }

    @Test(arguments: [
        ("<p>Dân <em>vận</em> khéo</p>\n", "\nDân vận khéo\n\n"),
        ("<td>a</td><td>b</td>", "\na\n\nb\n"),
        ("<p>A &amp; B &lt;c&gt; &#272;&#x1EA3;ng</p>", "\nA & B <c> Đảng\n"),
        ("<p>x</p><script>var a = 1;</script><p>y</p>", "\nx\n\ny\n"),
        ("a &bogus; b & c", "a &bogus; b & c"),
        ("<EM>Dân</EM>vận <SPAN class=x>khéo</span>", "Dânvận khéo"),
        ("a<blockquote>b</blockquote>c<strongest>d</strongest>e", "a\nb\nc\nd\ne"),
        ("x < y &amp z", "x < y &amp z"),
        ("<style>p{}</style>a<br/>b<SCRIPT>x<p>y</Script>z", "a\nbz"),
        ("<!-- ghi chú -->a</ p>b", "\na\nb"),
    ])
    func htmlBecomesText(html: String, text: String) {
        #expect(HTMLPlainText.text(of: html) == text)
    }

    @Test(arguments: [
        ([0 << 2 | 1, 3 << 2, 40 << 2 | 3], 2, "1,c,47"),
        ([5, 6, 100], 0, "5,1,2m"),
        ([], 1, ""),
    ] as [([UInt32], UInt32, String)])
    func postingsAreGapsInBase36(values: [UInt32], flagBits: UInt32, encoded: String) {
        #expect(SearchIndex.postings(values, flagBits: flagBits) == encoded)
    }
}

/// The search fixture built with the default theme: the files `/tim-kiem/` reads.
@Suite struct SearchIndexTests {
    let writer: MemoryWriter

    init() throws {
        let root = try Fixtures.copy("sites/search")
        try FileManager.default.removeItem(at: root.appendingPathComponent("templates"))
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        writer = try Fixtures.build(root).0
    }

    func json(_ path: String) throws -> Any {
        let bytes = try #require(writer.files[SearchIndex.dataFolder + path], "no \(path)")
        return try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    var manifest: [String: Any] {
        get throws { try #require(try json("muc-luc.json") as? [String: Any]) }
    }

    /// The entry of `term`, found in its term file the way search.js finds it.
    func entry(_ term: String) throws -> Any? {
        let chunks = try #require(try manifest["chunks"] as? [String])
        let index = chunks.lastIndex { SearchIndex.termOrder($0, term) || $0 == term } ?? 0
        let chunk = try #require(try json("tu-\(index).json") as? [String: Any])
        return chunk[term]
    }

    /// Document ids in `postings` (gaps with `flagBits` flags), with their flags.
    func decode(_ postings: String, flagBits: Int) -> [(id: Int, flags: Int)] {
        var id = 0
        return postings.split(separator: ",").map {
            let value = Int($0, radix: 36)!
            id += value >> flagBits
            return (id, value & ((1 << flagBits) - 1))
        }
    }

    /// The id of the document whose URL ends with `/slug/`.
    func id(of slug: String) throws -> Int {
        let manifest = try manifest
        let metaSize = try #require(manifest["metaSize"] as? Int)
        let count = try #require(manifest["documents"] as? Int)
        for id in 0..<count {
            let rows = try #require(try json("bai-\(id / metaSize).json") as? [[Any]])
            if (rows[id % metaSize][1] as? String)?.hasSuffix("/\(slug)/") == true { return id }
        }
        Issue.record("no document \(slug)")
        return -1
    }

    @Test func manifestCountsDocumentsYearsAndCategories() throws {
        let manifest = try manifest
        #expect(manifest["documents"] as? Int == 14)
        #expect(manifest["articles"] as? Int == 13)
        #expect((manifest["years"] as? [[Int]])?.map { $0[0] } == [2020, 2021, 2022])
        #expect((manifest["years"] as? [[Int]])?.first == [2020, 0, 0])
        let categories = try #require(manifest["categories"] as? [[Any]])
        #expect(categories.map { $0[1] as? String } == ["chi-bo", "kinh-te-tap-the", "tin-hoat-dong"])
        #expect(categories.map { $0[3] as? Int } == [2, 4, 7])
        #expect((manifest["version"] as? String)?.count == 16)
    }

    @Test(arguments: [
        ("dang", "đang3", "dang-bo", 3),
        ("dang", "đang", "chuyen-doi-so", 0),
        ("kheo", "kheo2", "dan-van-kheo", 3),
        ("st25", "st25", "gao-st25", 1),
        ("hoa", "hoa2", "nha-van-hoa", 3),
    ])
    func syllablesKeepEachSpellingWithTitleAndRepeatFlags(folded: String, spelling: String, slug: String, flags: Int) throws {
        let spellings = try #require(try entry(folded) as? [String: String], "no syllable \(folded)")
        let key = try #require(spellings.keys.first { $0.precomposedStringWithCanonicalMapping == spelling }, "\(folded) has no \(spelling): \(spellings.keys.sorted())")
        let id = try id(of: slug)
        let posting = decode(spellings[key]!, flagBits: 2).first { $0.id == id }
        #expect(posting?.flags == flags, "\(spelling) in \(slug)")
    }

    @Test(arguments: [("dan van", "dan-van-kheo", 1), ("chuyen doi", "chuyen-doi-so", 1), ("12 ty", "quy-12-ty", 0), ("ca loc", "nau-an", 0)])
    func pairsMarkPhrases(pair: String, slug: String, flags: Int) throws {
        let postings = try #require(try entry(pair) as? String, "no pair \(pair)")
        let id = try id(of: slug)
        #expect(decode(postings, flagBits: 1).first { $0.id == id }?.flags == flags)
    }

    @Test func pairsDoNotCrossSentences() throws {
        // "khéo.\n\nNhờ" ends one paragraph and starts the next.
        #expect(try entry("kheo nho") == nil)
    }

    @Test func metadataHoldsWhatAResultShows() throws {
        let id = try id(of: "canh-giac")
        let rows = try #require(try json("bai-\(id / SearchIndex.metaSize).json") as? [[Any]])
        let row = rows[id % SearchIndex.metaSize]
        #expect(row[0] as? String == "Cảnh giác với tin nhắn <b>giả mạo</b> & đường link lạ")
        #expect(row[2] as? Int == 2)
        #expect(row[3] as? String == "11/11/2021")
        #expect(row[4] as? String == "Kẻ gian gửi tin nhắn chứa alert(1) và đường link lạ, mạo danh ngân hàng để lấy mã OTP.")
    }

    @Test func categoryFileListsItsArticles() throws {
        let postings = try #require(try json("chuyen-muc-0.json") as? String)
        #expect(Set(decode(postings, flagBits: 0).map(\.id)) == [try id(of: "dang-bo"), try id(of: "dan-van-kheo")])
    }

    @Test func searchPageLinksTheIndexAndTheCategories() throws {
        let page = try #require(Fixtures.text(writer, "tim-kiem/index.html"))
        #expect(page.contains(#"data-index="/tim-kiem/chi-muc/muc-luc.json""#))
        #expect(page.contains(#"<option value="chi-bo">Chi bộ</option>"#))
        #expect(page.contains(#"<option value="2020">2020</option>"#))
        #expect(page.contains("Chức năng tìm kiếm cần JavaScript"))
        #expect(page.contains(#"<script src="/assets/search.js" defer></script>"#))
    }

    /// `build` makes the index on another thread, beside the rendering; the files must be those of the
    /// pipeline that lists the index among its pages (as `check` and the preview do), and counted.
    @Test func theIndexBuiltApartIsTheIndexBuiltInline() throws {
        let root = try Fixtures.copy("sites/search")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("templates"))
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        let (built, report) = try Fixtures.build(root)
        var inline = MemoryWriter()
        _ = try inline.write(try SiteBuilder(root: root, now: Fixtures.now).render().files)
        #expect(built.files == inline.files)
        #expect(built.files.keys.contains { $0.hasPrefix(SearchIndex.dataFolder + "tu-") })
        #expect(report.fileCount == built.files.count)
    }

    @Test func themeWithoutSearchTemplateGetsNoIndex() throws {
        let (plain, _) = try Fixtures.build(try Fixtures.copy("sites/search"))
        #expect(plain.files.keys.filter { $0.hasPrefix("tim-kiem/") }.isEmpty)
        #expect(plain.files["index.html"] != nil)
    }
}

/// The tables that number the index's terms.
@Suite struct TermTableTests {
    @Test func equalBytesGetOneIDAndTermsKeepTheirBytes() {
        var table = TermTable()
        let words = ["dang", "đang3", "dan", "dang", "", "đang3"] + (0..<200).map { "t\($0)" }
        let ids = words.map { word in Array(word.utf8).withUnsafeBufferPointer { table.insert($0) } }
        #expect(ids[0] == (0, true) && ids[3] == (0, false))
        #expect(ids[5] == (1, false))
        #expect(ids[4].isNew && ids[4].id == 3)
        #expect(table.count == 204)
        #expect(Array(table.bytes(of: 1)) == Array("đang3".utf8))
        #expect(Array(table.bytes(of: 203)) == Array("t199".utf8))
        let found = ["dang", "", "t150", "t200", "dan "].map { word in Array(word.utf8).withUnsafeBufferPointer { table.find($0) } }
        #expect(found == [0, 3, 154, nil, nil])
    }

    @Test func pairsAreOrdered() {
        var table = TermPairTable()
        #expect(table.insert(1, 2) == (0, true))
        #expect(table.insert(2, 1) == (1, true))
        #expect(table.insert(1, 2) == (0, false))
        for first in 0..<100 { _ = table.insert(first, 7) }
        #expect(table.count == 102)
        #expect(table.insert(50, 7) == (52, false))
        #expect(table.find(50, 7) == 52)
        #expect(table.find(2, 1) == 1)
        #expect(table.find(7, 50) == nil)
    }
}

/// Posting lists are kept as gaps in LEB128 bytes while indexing; reading them back gives the ids and
/// flags appended, and runs read one after the other give what one run over every document gives.
@Suite struct PostingListsTests {
    @Test func listsGiveBackTheirPostings() {
        var lists = PostingLists(flagBits: 2)
        lists.addList()
        lists.addList()
        let ids: [UInt32] = [0, 1, 127, 128, 300, 16_383, 16_384, 2_000_000, 500_000_000]
        for (index, id) in ids.enumerated() {
            let terms: [Int32] = index.isMultiple(of: 2) ? [0, 1] : [1]
            terms.withUnsafeBufferPointer { terms in lists.append(id, to: terms) { term in UInt32((index + term) % 4) } }
        }
        var first: [[UInt32]] = []
        var second: [[UInt32]] = []
        lists.forEach(in: 0) { first.append([$0, $1]) }
        lists.forEach(in: 1) { second.append([$0, $1]) }
        #expect(first == ids.enumerated().filter { $0.offset.isMultiple(of: 2) }.map { [$0.element, UInt32($0.offset % 4)] })
        #expect(second == ids.enumerated().map { [$0.element, UInt32(($0.offset + 1) % 4)] })
    }

    /// Long lists span many blocks (16 bytes, then twice as large up to 1 KB), interleaved in one
    /// buffer: each reads back whole and in order, postings cut across blocks included.
    @Test func longListsReadBackAcrossBlocks() {
        var lists = PostingLists(flagBits: 1)
        for _ in 0..<3 { lists.addList() }
        var expected: [[[UInt32]]] = [[], [], []]
        var id: UInt32 = 0
        for step in 0..<5_000 {
            id += UInt32(1 + (step * 7919) % (step.isMultiple(of: 3) ? 200_000 : 90))
            let terms: [Int32] = step.isMultiple(of: 5) ? [0, 2] : step.isMultiple(of: 2) ? [1] : [2]
            terms.withUnsafeBufferPointer { terms in lists.append(id, to: terms) { UInt32(($0 + step) % 2) } }
            for term in terms { expected[Int(term)].append([id, UInt32((Int(term) + step) % 2)]) }
        }
        for term in 0..<3 {
            var postings: [[UInt32]] = []
            lists.forEach(in: term) { postings.append([$0, $1]) }
            #expect(postings == expected[term], "list \(term)")
        }
    }

    /// A copy of the lists keeps its postings when the original gets more (they share one buffer).
    @Test func copiesAreIndependent() {
        var lists = PostingLists(flagBits: 0)
        lists.addList()
        [Int32(0)].withUnsafeBufferPointer { terms in lists.append(5, to: terms) { _ in 0 } }
        let copy = lists
        [Int32(0)].withUnsafeBufferPointer { terms in
            for id in UInt32(6)..<UInt32(100) { lists.append(id, to: terms) { _ in 0 } }
        }
        var copied: [UInt32] = []
        copy.forEach(in: 0) { id, _ in copied.append(id) }
        var grown: [UInt32] = []
        lists.forEach(in: 0) { id, _ in grown.append(id) }
        #expect(copied == [5])
        #expect(grown == Array(5..<100))
    }

    @Test func runsMergeAsOneRun() {
        let texts = [
            ("Hợp tác xã", "Hợp tác xã nông nghiệp. Dân vận khéo, dân vận khéo."),
            ("Đảng bộ", "Đảng bộ tỉnh; hợp tác xã."),
            ("Gạo ST25", "Giá 12,5 tỷ đồng"),
            ("Dân vận", "Mô hình dân vận khéo ở xã"),
            ("Chuyển đổi số", "chuyển đổi số hợp tác xã"),
        ]
        let scanner = SearchTokenizer.Scanner()
        func run(_ ids: Range<Int>) -> SearchPostings {
            var postings = SearchPostings()
            for id in ids { postings.add(document: UInt32(id), title: texts[id].0, text: texts[id].1, scanner: scanner) }
            return postings
        }
        let whole = SearchPostings.Merged(runs: [run(0..<5)])
        let split = SearchPostings.Merged(runs: [run(0..<2), run(2..<3), run(3..<5)])
        func lists(_ merged: SearchPostings.Merged) -> [String: [[UInt32]]] {
            var lists: [String: [[UInt32]]] = [:]
            for term in 0..<merged.spellings.count {
                let name = String(decoding: merged.spellings.bytes(of: term), as: UTF8.self)
                merged.forEachPosting(ofSpelling: term) { lists[name, default: []].append([$0, $1]) }
            }
            for pair in 0..<merged.pairs.count {
                let name = String(decoding: merged.pairBytes(pair), as: UTF8.self)
                merged.forEachPosting(ofPair: pair) { lists[name, default: []].append([$0, $1]) }
            }
            return lists
        }
        let expected = lists(whole)
        #expect(lists(split) == expected)
        #expect(expected["hop tac"] == [[0, 1], [1, 0], [4, 0]])
        // "khéo" twice in the text of 0 (flag 2), once in the text of 3.
        #expect(expected["kheo2"] == [[0, 2], [3, 0]])
    }
}

/// Indexing scans each distinct word once and carries what joins syllables from word to word; the
/// spellings and the phrase pairs must be those the tokenizer finds scanning the whole text.
@Suite struct WordCachedPostingsTests {
    @Test(arguments: [
        "Hợp tác xã Hợp tác xã, hợp tác xã.\nHợp tác xã",
        "“Dân vận khéo” ở chi bộ — dân vận khéo",
        "Giá 1.200 đồng, tăng 12,5 %; 12,5 và 1.200.",
        "a\u{A0}b  c\td\r\ne \u{301}f g\u{301} h",
        "Ngoặc (ST25) và [gạo ST25] – “ST25”… ST25",
        "hoà hòa HOÀ ho\u{300}a Đảng đảng dang",
        "một – hai … ba , bốn",
        "",
        "   \n\t ",
    ])
    func postingsAgreeWithTheTokenizer(text: String) {
        var postings = SearchPostings()
        let scanner = SearchTokenizer.Scanner()
        postings.add(document: 0, title: "", text: text, scanner: scanner)
        let tokens = SearchTokenizer.tokens(in: text)
        let spellings = Set(tokens.map(\.spelling))
        var pairs = Set<String>()
        for (index, token) in tokens.enumerated() where index > 0 && token.joinsPrevious {
            pairs.insert(tokens[index - 1].folded + " " + token.folded)
        }
        let indexedSpellings = Set((0..<postings.spellings.count).map { String(decoding: postings.spellings.bytes(of: $0), as: UTF8.self) })
        let indexedPairs = Set((0..<postings.pairs.pairs.count).map { String(decoding: postings.pairBytes($0), as: UTF8.self) })
        #expect(indexedSpellings == spellings)
        #expect(indexedPairs == pairs)
    }
}

/// The preview shows the last search index while the new one is built beside the pages.
@Suite struct PreviewSearchIndexTests {
    /// A copy of the search fixture site with the default theme.
    static func searchSite() throws -> URL {
        let root = try Fixtures.copy("sites/search")
        try FileManager.default.removeItem(at: root.appendingPathComponent("templates"))
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        return root
    }

    /// The search index files of `site`, by path.
    static func index(_ site: RenderedSite) -> [String: RenderedFile.Contents] {
        Dictionary(uniqueKeysWithValues: site.files.filter { $0.path.hasPrefix(SearchIndex.dataFolder) }.map { ($0.path, $0.contents) })
    }

    @Test func anEditShowsItsPagesFirstAndItsIndexOnceBuilt() throws {
        let root = try Self.searchSite()
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root, now: { Fixtures.now })
        let index = Self.index

        // The first build has nothing to show meanwhile, so it waits for its index.
        guard case .built(let first) = session.update() else { Issue.record("the first build failed"); return }
        #expect(first.pendingSearchIndex == nil)
        #expect(!index(first).isEmpty)
        #expect(session.completeSearchIndex(of: first) == nil)

        let article = root.appendingPathComponent("content/articles/gao-st25.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "cánh đồng lúa – tôm", with: "cánh đồng lúa – tôm ở Thạnh Phú").write(to: article, atomically: true, encoding: .utf8)
        guard case .built(let edited) = session.update(changed: ["content/articles/gao-st25.md"], indexLater: true) else { Issue.record("the edit failed"); return }
        #expect(edited.pendingSearchIndex != nil)
        #expect(index(edited) == index(first))
        #expect(edited.changedPaths.allSatisfy { !$0.hasPrefix(SearchIndex.dataFolder) })

        let completed = session.completeSearchIndex(of: edited)
        let indexed = try #require(completed)
        let fresh = try SiteBuilder(root: root, now: Fixtures.now).render()
        #expect(index(indexed) == index(fresh))
        #expect(index(indexed) != index(first))
        #expect(!indexed.changedPaths.isEmpty && indexed.changedPaths.allSatisfy { $0.hasPrefix(SearchIndex.dataFolder) })
        var shown = MemoryWriter(), built = MemoryWriter()
        _ = try shown.write(indexed.files)
        _ = try built.write(fresh.files)
        #expect(shown.files == built.files)
    }
}

extension PreviewSearchIndexTests {
    /// A save while the index of the previous one is built: that index is stopped and dropped, and the
    /// index that follows the second save is the whole site's, as a fresh build makes it.
    @Test func anIndexOvertakenByTheNextSaveIsDropped() throws {
        let root = try Self.searchSite()
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root, now: { Fixtures.now })
        let index = Self.index
        guard case .built = session.update() else { Issue.record("the first build failed"); return }

        let article = root.appendingPathComponent("content/articles/gao-st25.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "cánh đồng lúa – tôm", with: "cánh đồng lúa – tôm ở Thạnh Phú").write(to: article, atomically: true, encoding: .utf8)
        guard case .built(let firstSave) = session.update(changed: ["content/articles/gao-st25.md"], indexLater: true) else {
            Issue.record("the first save failed")
            return
        }
        let pending = try #require(firstSave.pendingSearchIndex)
        pending.cancel()
        let finished = DispatchSemaphore(value: 0)
        pending.start { finished.signal() }
        finished.wait()
        #expect(pending.isFinished)
        #expect(session.completeSearchIndex(of: firstSave) == nil)

        try text.replacingOccurrences(of: "cánh đồng lúa – tôm", with: "cánh đồng lúa – tôm ở Thạnh Phú, Trần Đề").write(to: article, atomically: true, encoding: .utf8)
        guard case .built(let secondSave) = session.update(changed: ["content/articles/gao-st25.md"], indexLater: true) else {
            Issue.record("the second save failed")
            return
        }
        let completed = session.completeSearchIndex(of: secondSave)
        let indexed = try #require(completed)
        let fresh = try SiteBuilder(root: root, now: Fixtures.now).render()
        #expect(index(indexed) == index(fresh))
        var shown = MemoryWriter(), built = MemoryWriter()
        _ = try shown.write(indexed.files)
        _ = try built.write(fresh.files)
        #expect(shown.files == built.files)
    }
}

/// The index's strings are JSON string literals that every browser's `JSON.parse` reads back as written.
@Suite struct JSONTextTests {
    @Test(arguments: [
        ("Đảng bộ", "\"Đảng bộ\""),
        ("a \"b\" \\ c", #""a \"b\" \\ c""#),
        ("dòng 1\ndòng 2\r\tx", #""dòng 1\ndòng 2\r\tx""#),
        ("\u{1}\u{1F}", #""\u0001\u001f""#),
        ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
        ("“ngoặc” – gạch … \u{2027}\u{202A}", "\"“ngoặc” – gạch … \u{2027}\u{202A}\""),
        ("", "\"\""),
    ])
    func quotesAsJSONDoes(text: String, literal: String) throws {
        #expect(JSONText.quoted(text) == literal)
        var bytes: [UInt8] = []
        JSONText.appendQuoted(Array(text.utf8), to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == literal)
        let parsed = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
        #expect(parsed == text)
    }
}
