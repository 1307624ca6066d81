@testable import BantinKit
import Foundation
import Testing

/// A preview update takes a page from the cache, without making its content, when it reads the
/// articles the cached page read, in the same order, none of them changed (`SiteContext.Changes`).
/// A date edit moves one article and every article between its two places by one: the pages that
/// show the same articles as before are still taken from the cache.
@Suite struct PageChangesTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/", perPage: 3, menu: ["Tin hoạt động"])
    static let now = ISO8601DateFormatter().date(from: "2022-01-01T00:00:00Z")!

    func article(_ number: Int, day: Int, category: String, records: Bool = false) throws -> ParsedDocument {
        var lines = ["---", "title: Bài số \(number)", "date: \(String(format: "%02d", day))/11/2021 08:00", "category: \(category)", "tags: [Chung]"]
        if records {
            lines += ["achievements:", "  - title: Mô hình \(number)", "    level: cấp cơ sở", "    year: 2021", "    status: công nhận"]
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
        case .derived(let text): text.text()
        case .text(let text): text
        case .bytes(let bytes): "\(bytes)"
        }
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

        documents[8] = try article(9, day: 1, category: "Văn bản", records: true)  // a reporting article passes the other
        let reordered = AchievementIndex.reports(in: try resolver.resolve(articles: documents, pages: []))
        #expect(index.relabeled(from: earlier, to: reordered) == nil)
    }
}
