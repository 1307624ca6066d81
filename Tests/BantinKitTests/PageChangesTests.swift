@testable import BantinKit
import BantinTemplate
import Foundation
import Testing

/// A preview update takes a page from the cache, without making its content, when it reads the
/// articles the cached page read, in the same order, none of them changed (`SiteContext.Changes`).
/// A date edit moves one article and every article between its two places by one: the pages that
/// show the same articles as before are still taken from the cache.
@Suite struct PageChangesTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/", perPage: 3, menu: ["Tin hoạt động"])
    static let now = ISO8601DateFormatter().date(from: "2022-01-01T00:00:00Z")!

    func article(
        _ number: Int, day: Int, category: String, records: Bool = false, record: String? = nil, level: String = "cấp cơ sở"
    ) throws -> ParsedDocument {
        var lines = ["---", "title: Bài số \(number)", "date: \(String(format: "%02d", day))/11/2021 08:00", "category: \(category)", "tags: [Chung]"]
        if records {
            lines += ["achievements:", "  - title: \(record ?? "Mô hình \(number)")", "    level: \(level)", "    year: 2021", "    status: công nhận"]
        }
        lines += ["---", "Nội dung bài \(number)."]
        return try DocumentParser(config: Self.config).parse(SourceFile(path: "content/articles/\(number).md", text: lines.joined(separator: "\n")), as: .article).get()
    }

    /// Twelve articles, one a day, in two categories; the 2nd and 9th report achievements.
    func documents() throws -> [ParsedDocument] {
        try (1...12).map { try article($0, day: $0, category: $0.isMultiple(of: 2) ? "Tin hoạt động" : "Văn bản", records: $0 == 2 || $0 == 9) }
    }

    func context(_ documents: [ParsedDocument], last: SiteContext? = nil, shared: inout SiteContext.Shared) throws -> SiteContext {
        let site = try SiteResolver(config: Self.config, inclusion: .init(), now: Self.now).resolve(articles: documents, pages: [])
        return SiteContext(site: site, bulletins: [], achievements: AchievementIndex(site: site), imageSizes: [:], last: last, shared: &shared)
    }

    /// Every page judged unchanged has the cached page's content; returns the paths so judged.
    func unchangedPaths(from before: SiteContext, to after: SiteContext) throws -> Set<String> {
        let changes = try #require(after.changes(since: before))
        let cached = Dictionary(uniqueKeysWithValues: SitePages.all(in: before).map { ($0.path, $0) })
        var unchanged: Set<String> = []
        for page in SitePages.all(in: after) {
            guard let reads = page.reads, let old = cached[page.path], let oldReads = old.reads, changes.unchanged(reads, cached: oldReads) else { continue }
            #expect(Self.shown(page.content()) == Self.shown(old.content()), "\(page.path) was judged unchanged but shows something else")
            unchanged.insert(page.path)
        }
        return unchanged
    }

    /// What a content gives its template or its file, without what it keeps only to be compared (the
    /// indices of the articles a home page's block shows).
    static func shown(_ content: Page.Content) -> String {
        switch content {
        case .template(let name, let context): "\(name): \(context.encoded())"
        case .derived(let text): String(decoding: text.bytes(), as: UTF8.self)
        case .text(let text): text
        case .bytes(let bytes): "\(bytes)"
        }
    }

    /// A build keeps no cache: its pages say nothing of what they read, and show the same.
    @Test func pagesWithoutReadsShowTheSame() throws {
        let site = try SiteResolver(config: Self.config, inclusion: .init(), now: Self.now).resolve(articles: documents(), pages: [])
        var shared = SiteContext.Shared()
        let keeping = SiteContext(site: site, bulletins: [], achievements: AchievementIndex(site: site), imageSizes: [:], shared: &shared)
        var none = SiteContext.Shared()
        let building = SiteContext(site: site, bulletins: [], achievements: AchievementIndex(site: site), imageSizes: [:], keepsReads: false, shared: &none)
        let kept = SitePages.all(in: keeping)
        let built = SitePages.all(in: building)
        #expect(kept.map(\.path) == built.map(\.path))
        #expect(kept.filter { $0.reads != nil }.count > site.articles.count, "articles, lists and achievements say what they read")
        #expect(built.allSatisfy { $0.reads == nil })
        for (keptPage, builtPage) in zip(kept, built) {
            #expect(Self.shown(keptPage.content()) == Self.shown(builtPage.content()), "\(keptPage.path)")
        }
    }

    /// Where each article was before an update, found without hashing when one article moved (up or
    /// down) and by path otherwise: both give what matching every path gives.
    @Test(arguments: [
        [(5, 10)], [(10, 3)], [(1, 12)], [(12, 1)], [(6, 6)], [(3, 9), (11, 2)], [(2, 5), (9, 4)],
    ])
    func articlePlacesAreWhereTheFilesWere(_ redated: [(number: Int, day: Int)]) throws {
        var documents = try documents()
        let resolver = SiteResolver(config: Self.config, inclusion: .init(), now: Self.now)
        let before = try resolver.resolve(articles: documents, pages: [])
        for (number, day) in redated {
            documents[number - 1] = try article(number, day: day, category: number.isMultiple(of: 2) ? "Tin hoạt động" : "Văn bản")
        }
        let after = try resolver.resolve(articles: documents, pages: [])
        let oldIndex = Dictionary(uniqueKeysWithValues: before.articles.enumerated().map { ($1.document.path, $0) })
        let places = try #require(ArticlePlaces(of: after, in: before))
        #expect(places.earlier == after.articles.map { oldIndex[$0.document.path]! })

        documents[0] = try article(13, day: 1, category: "Văn bản")
        #expect(ArticlePlaces(of: try resolver.resolve(articles: documents, pages: []), in: before) == nil, "another file")
    }

    @Test func dateEditKeepsThePagesThatShowTheSameArticles() throws {
        var shared = SiteContext.Shared()
        var documents = try documents()
        let before = try context(documents, shared: &shared)
        // The 5th article (Văn bản) is dated as the 10th: after it (a tie goes by path), and the 9th … 6th
        // move by one place.
        documents[4] = try article(5, day: 10, category: "Văn bản")
        let after = try context(documents, last: before, shared: &shared)
        let changes = try #require(after.changes(since: before))
        #expect(changes.earlier == [0, 1, 2, 7, 3, 4, 5, 6, 8, 9, 10, 11], "newest first: 12, 11, 10, then 5, 9, 8, 7, 6")
        #expect(changes.documents.indices.filter { changes.documents[$0] } == [3], "only the moved article is another document")
        #expect(changes.summaries.indices.filter { changes.summaries[$0] } == [3])

        let unchanged = try unchangedPaths(from: before, to: after)
        // Articles of the other category far from both places keep their pages: their neighbours and
        // their "Các tin khác" are the same articles.
        #expect(unchanged.contains("2021/11/bai-so-2/index.html"))
        #expect(unchanged.contains("2021/11/bai-so-12/index.html"))
        // Its neighbours at both places show other articles now.
        #expect(!unchanged.contains("2021/11/bai-so-11/index.html"))
        #expect(!unchanged.contains("2021/11/bai-so-4/index.html"))
        #expect(!unchanged.contains("2021/11/bai-so-6/index.html"))
        // The home list, three a page: the first page (12, 11, 10, and the Tin hoạt động block) is the
        // same, the second is not (5, 9, 8).
        #expect(unchanged.contains("index.html"))
        #expect(!unchanged.contains("trang/2/index.html"))
        #expect(unchanged.contains("chuyen-muc/tin-hoat-dong/trang/2/index.html"), "the other category's list did not move")
    }

    /// Two articles report one achievement; the newest report is the one the index keeps. Moving the
    /// older to the top, or another level in the newest, changes what the achievement pages show, and
    /// only those of the pages that read no changed article.
    @Test(arguments: [false, true])
    func achievementsShownOtherwiseMarkThePagesThatShowThem(moved: Bool) throws {
        var shared = SiteContext.Shared()
        var documents = try documents()
        documents[1] = try article(2, day: 2, category: "Tin hoạt động", records: true, record: "Mô hình chung")
        documents[8] = try article(9, day: 9, category: "Văn bản", records: true, record: "Mô hình chung")
        let before = try context(documents, shared: &shared)
        if moved {
            documents[1] = try article(2, day: 13, category: "Tin hoạt động", records: true, record: "Mô hình chung")
        } else {
            // Not in any summary: only the achievement pages and the article's own page show it.
            documents[8] = try article(9, day: 9, category: "Văn bản", records: true, record: "Mô hình chung", level: "cấp huyện")
        }
        let after = try context(documents, last: before, shared: &shared)
        let changes = try #require(after.changes(since: before))
        #expect(changes.achievements)
        let unchanged = try unchangedPaths(from: before, to: after)
        #expect(!unchanged.contains("thanh-tich/2021/index.html"))
        #expect(!unchanged.contains("thanh-tich/2021.csv"))
        #expect(unchanged.contains("2021/11/bai-so-5/index.html"), "the other category's article away from both places")
    }

    @Test func editThatAddsAFileIsNotCompared() throws {
        var shared = SiteContext.Shared()
        var documents = try documents()
        let before = try context(documents, shared: &shared)
        documents.append(try article(13, day: 13, category: "Văn bản"))
        let after = try context(documents, last: before, shared: &shared)
        #expect(after.changes(since: before) == nil, "another set of files: any page may show something else")
    }

    /// Achievements reported by articles that kept their order are the same index with the articles'
    /// new places: made again, they are equal.
    @Test func achievementIndexTakesTheArticlesNewPlaces() throws {
        var documents = try documents()
        let resolver = SiteResolver(config: Self.config, inclusion: .init(), now: Self.now)
        let before = try resolver.resolve(articles: documents, pages: [])
        let earlier = AchievementIndex.reports(in: before)
        let index = AchievementIndex(reports: earlier)

        documents[4] = try article(5, day: 10, category: "Văn bản")  // between the two reporting articles
        let moved = AchievementIndex.reports(in: try resolver.resolve(articles: documents, pages: []))
        #expect(moved.map(\.article) != earlier.map(\.article))
        let relabeled = try #require(index.relabeled(from: earlier, to: moved))
        #expect(relabeled == AchievementIndex(reports: moved))
        #expect(relabeled.hasSameRecords(as: index))
        #expect(AchievementIndex(reports: moved).hasSameRecords(as: index), "made anew, compared record by record")

        // A reporting article passes the other: they report different achievements, so each keeps
        // its one report, at the article's new place.
        documents[8] = try article(9, day: 1, category: "Văn bản", records: true)
        let reordered = AchievementIndex.reports(in: try resolver.resolve(articles: documents, pages: []))
        #expect(reordered.map(\.article) != moved.map(\.article))
        let relabeledAgain = try #require(index.relabeled(from: earlier, to: reordered))
        let made = AchievementIndex(reports: reordered)
        #expect(relabeledAgain.years == made.years)
        #expect(relabeledAgain.warnings.sorted() == made.warnings.sorted())

        // Two articles report one achievement: when one passes the other, the newest report is
        // another one, and the index is made again.
        documents = try self.documents()
        documents[1] = try article(2, day: 2, category: "Tin hoạt động", records: true, record: "Mô hình chung")
        documents[8] = try article(9, day: 9, category: "Văn bản", records: true, record: "Mô hình chung", level: "cấp huyện")
        let shared = AchievementIndex.reports(in: try resolver.resolve(articles: documents, pages: []))
        let sharedIndex = AchievementIndex(reports: shared)
        documents[1] = try article(2, day: 10, category: "Tin hoạt động", records: true, record: "Mô hình chung")
        let passed = AchievementIndex.reports(in: try resolver.resolve(articles: documents, pages: []))
        #expect(sharedIndex.relabeled(from: shared, to: passed) == nil)
        #expect(AchievementIndex(reports: passed).years != sharedIndex.years, "the kept level is the newest report's")
        documents[4] = try article(5, day: 12, category: "Văn bản")  // between neither: same order
        let same = AchievementIndex.reports(in: try resolver.resolve(articles: documents, pages: []))
        let passedIndex = AchievementIndex(reports: passed)
        #expect(passedIndex.relabeled(from: passed, to: same)?.years == AchievementIndex(reports: same).years)
    }

    /// Whatever articles move, an index relabeled (its reordered achievements merged again) is the one
    /// made anew from the new reports; when it cannot be, it says so. Random sites of a dozen articles
    /// sharing four achievements, written with other cases and levels, each article moved in turn to
    /// the top and to another place.
    @Test func relabeledIndexIsTheIndexMadeAnew() throws {
        var random = SplitMix(seed: 14)
        let titles = [["Mô hình chung", "mô hình chung"], ["Dân vận khéo"], ["Tập thể tiên tiến", "Tập thể Tiên tiến"], ["Giấy khen"]]
        var remergedCount = 0
        var madeAnewCount = 0
        for _ in 0..<60 {
            // Article `file` at place `file` first; each reports up to two achievements.
            let files = (0..<12).map { file -> [AchievementRecord] in
                let count = Int.random(in: -1...2, using: &random)
                return (0..<max(count, 0)).map { line in
                    let pool = titles[Int.random(in: 0..<titles.count, using: &random)]
                    return AchievementRecord(
                        title: pool[Int.random(in: 0..<pool.count, using: &random)], level: Bool.random(using: &random) ? .grassroots : .district,
                        year: 2021, status: Bool.random(using: &random) ? .recognized : .proposed,
                        location: SourceLocation(path: "content/articles/\(file).md", line: 6 + line * 5, column: 5)
                    )
                }
            }
            func reports(_ order: [Int]) -> [AchievementIndex.ArticleReports] {
                order.enumerated().compactMap { place, file in
                    files[file].isEmpty ? nil : AchievementIndex.ArticleReports(article: place, records: files[file])
                }
            }
            let earlier = reports(Array(0..<12))
            let index = AchievementIndex(reports: earlier)
            for moved in 0..<12 {
                var order = Array(0..<12)
                order.remove(at: moved)
                order.insert(moved, at: moved == 0 ? 11 : Int.random(in: 0..<moved, using: &random))
                let now = reports(order)
                let made = AchievementIndex(reports: now)
                guard let relabeled = index.relabeled(from: earlier, to: now) else {
                    madeAnewCount += 1
                    continue
                }
                #expect(relabeled.years == made.years, "article \(moved) moved: \(order)")
                #expect(relabeled.warnings.sorted() == made.warnings.sorted(), "article \(moved) moved: \(order)")
                let reordered = index.years.flatMap(\.entries).contains { entry in
                    let places = entry.articles.map { order.firstIndex(of: $0)! }
                    return places != places.sorted()
                }
                if reordered { remergedCount += 1 }
            }
        }
        #expect(remergedCount > 0, "some moves merge an achievement again")
        #expect(madeAnewCount > 0, "some moves change a kept title or level")
    }
}

/// "Các tin khác" is the same list on most article pages of a category: a date edit that puts an
/// article at the top of its category renders the list once and puts it in the others' cached pages.
@Suite struct SharedListTests {
    static func article(_ number: Int) -> String {
        """
        ---
        title: Tin thêm số \(number)
        date: 0\(number)/02/2020 08:00
        category: Tin hoạt động
        ---
        Nội dung tin thêm số \(number).

        """
    }

    /// The sample site with four more articles of Tin hoạt động, the oldest of the site, so that more
    /// than six articles of the category show the same five in "Các tin khác".
    func site() throws -> SessionSite {
        let site = try SessionSite()
        for number in 1...4 { try site.write(Self.article(number), to: "content/articles/2021/them-\(number).md") }
        return site
    }

    @Test func dateEditSplicesTheListIntoPagesThatShowOnlyIt() throws {
        let site = try site()
        var session = site.session()
        _ = try #require(site.built(session.update()))
        try site.replace(in: "content/articles/2021/them-1.md", "date: 01/02/2020 08:00", with: "date: 20/02/2022 08:00")
        let build = try #require(site.built(session.update()))
        // Its three fellows of 2020 (and the category's older articles) now show it first; one renders
        // the list, the others take it.
        #expect(build.splicedPaths.count >= 2, "spliced: \(build.splicedPaths)")
        #expect(build.splicedPaths.allSatisfy { $0.hasPrefix("20") && build.renderedPaths.contains($0) })
        try site.expectSameAsFullBuild(build)
        // And back: the list is spliced again, from the pages' newly recorded places.
        try site.replace(in: "content/articles/2021/them-1.md", "date: 20/02/2022 08:00", with: "date: 01/02/2020 08:00")
        let back = try #require(site.built(session.update()))
        #expect(back.splicedPaths.count >= 2)
        try site.expectSameAsFullBuild(back)
    }

    /// A page that took its list from another is cached without its content (it was never made): a
    /// later edit of its own article renders it, and the site is still the one a full build makes.
    @Test func aSplicedPageIsRenderedWhenItsArticleChangesLater() throws {
        let site = try site()
        var session = site.session()
        _ = try #require(site.built(session.update()))
        try site.replace(in: "content/articles/2021/them-1.md", "date: 01/02/2020 08:00", with: "date: 20/02/2022 08:00")
        let moved = try #require(site.built(session.update()))
        let page = try #require(moved.splicedPaths.first { $0.contains("tin-them-so-") }, "spliced: \(moved.splicedPaths)")
        let number = try #require(page.split(separator: "-").last?.split(separator: "/").first)
        try site.replace(in: "content/articles/2021/them-\(number).md", "Nội dung tin thêm số", with: "Nội dung đã sửa của tin thêm số")
        let edited = try #require(site.built(session.update()))
        #expect(edited.renderedPaths.contains(page) && !edited.splicedPaths.contains(page))
        try site.expectSameAsFullBuild(edited)
        // And an edit elsewhere leaves it as it is.
        try site.replace(in: "content/articles/2021/them-1.md", "Nội dung tin thêm số", with: "Nội dung mới của tin thêm số")
        let elsewhere = try #require(site.built(session.update()))
        #expect(!elsewhere.renderedPaths.contains(page))
        try site.expectSameAsFullBuild(elsewhere)
    }

    /// The search index built after the pages renders no page: its update says it spliced none either.
    @Test func indexBuiltAfterThePagesSplicedNothing() throws {
        let site = try site()
        var session = site.session()
        let first = try #require(site.built(session.update(indexLater: true)))
        _ = session.completeSearchIndex(of: first)
        try site.replace(in: "content/articles/2021/them-1.md", "date: 01/02/2020 08:00", with: "date: 20/02/2022 08:00")
        let edited = try #require(site.built(session.update(indexLater: true)))
        #expect(!edited.splicedPaths.isEmpty)
        let completed = session.completeSearchIndex(of: edited)
        let indexed = try #require(completed)
        #expect(indexed.renderedPaths == [] && indexed.splicedPaths == [])
    }

    /// A list whose lines print a field of the page around it would not be the same on every page.
    @Test func aListThatReadsOutsideItsArticlesIsRendered() throws {
        let site = try site()
        try site.replace(in: "templates/article.mustache", "<li><a href=\"{{url}}\">{{title}}</a>", with: "<li><a href=\"{{url}}\">{{title}} {{page.title}}</a>")
        var session = site.session()
        _ = try #require(site.built(session.update()))
        try site.replace(in: "content/articles/2021/them-1.md", "date: 01/02/2020 08:00", with: "date: 20/02/2022 08:00")
        let build = try #require(site.built(session.update()))
        #expect(build.splicedPaths == [])
        try site.expectSameAsFullBuild(build)
    }

    /// Each list's bytes are put in after the same byte as before, with everything around it the page's
    /// own. A page is given as its parts: outside a list, a list, outside, a list…
    @Test(arguments: [
        // The cached page's list is replaced, the rest kept.
        (["<p>A</p><ul>", "<li>1</li>", "</ul><p>B</p>"], ["<p>C</p><ul>", "<li>2</li><li>3</li>", "</ul>"],
         "<p>A</p><ul><li>2</li><li>3</li></ul><p>B</p>"),
        (["<h1>A</h1><ul>", "1", "</ul><ol>", "1", "</ol>"], ["<ul>", "2", "</ul><ol>", "2", "</ol><p>C</p>"], "<h1>A</h1><ul>2</ul><ol>2</ol>"),
        // Not after the same byte: the first line's indentation may differ.
        (["<p>A</p>\n", "x", "</ul>"], ["<p>C</p><ul>", "y", "</ul>"], nil),
        // Not as many lists.
        (["<ul>", "x", "</ul><ul>", "x", "</ul>"], ["<ul>", "y", "</ul>"], nil),
    ] as [([String], [String], String?)])
    func spliceReplacesOnlyTheList(cached: [String], donor: [String], expected: String?) {
        func page(_ parts: [String]) -> (bytes: [UInt8], ranges: [PlaceRange]) {
            var bytes: [UInt8] = []
            var ranges: [PlaceRange] = []
            for (index, part) in parts.enumerated() {
                let start = bytes.count
                bytes += part.utf8
                if index % 2 == 1 { ranges.append(PlaceRange(node: 7, bytes: start..<bytes.count)) }
            }
            return (bytes, ranges)
        }
        let donor = page(donor)
        let spliced = SharedList.splice(page(cached), with: donor)
        #expect(spliced.map { String(decoding: $0.bytes, as: UTF8.self) } == expected)
        if let spliced {
            #expect(spliced.ranges.map { Array(spliced.bytes[$0.bytes]) } == donor.ranges.map { Array(donor.bytes[$0.bytes]) })
        }
    }

    /// A list rendered inside itself overlaps: not spliced.
    @Test func spliceRefusesOverlappingLists() {
        let page = (bytes: Array("<ul>xx</ul>".utf8), ranges: [PlaceRange(node: 7, bytes: 4..<6), PlaceRange(node: 7, bytes: 5..<6)])
        #expect(SharedList.splice(page, with: page) == nil)
    }

    @Test func spliceNeedsTheSameSection() {
        let spliced = SharedList.splice(
            (Array("<ul>x</ul>".utf8), [PlaceRange(node: 1, bytes: 4..<5)]), with: (Array("<ul>y</ul>".utf8), [PlaceRange(node: 2, bytes: 4..<5)])
        )
        #expect(spliced == nil)
    }
}
