@testable import BantinKit
import Foundation
import Testing

@Suite struct SiteResolverTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/", menu: ["Tin hoạt động", "Văn bản"])
    static let now = ISO8601DateFormatter().date(from: "2022-01-01T00:00:00Z")!

    func article(_ path: String, _ title: String, _ date: String, category: String? = nil, tags: [String] = [], draft: Bool = false, slug: String? = nil) throws -> ParsedDocument {
        var lines = ["---", "title: \(title)", "date: \(date)"]
        if let category { lines.append("category: \(category)") }
        if !tags.isEmpty { lines.append("tags: [\(tags.joined(separator: ", "))]") }
        if draft { lines.append("draft: true") }
        if let slug { lines.append("slug: \(slug)") }
        lines += ["---", "Nội dung."]
        return try DocumentParser(config: Self.config).parse(SourceFile(path: path, text: lines.joined(separator: "\n")), as: .article).get()
    }

    @Test func ordersNewestFirstAndBreaksTiesByPath() throws {
        let documents = try [
            article("b.md", "Bê", "09/11/2021 09:40"),
            article("a.md", "A", "09/11/2021 09:40"),
            article("c.md", "Xê", "10/11/2021 08:00"),
        ]
        let site = try SiteResolver(config: Self.config, inclusion: .init(), now: Self.now).resolve(articles: documents, pages: [])
        #expect(site.articles.map(\.document.path) == ["c.md", "a.md", "b.md"])
        #expect(site.articles.map(\.sitePath) == ["/2021/11/xe/", "/2021/11/a/", "/2021/11/be/"])
    }

    @Test func sortsCategoriesAndTagsInVietnameseOrder() throws {
        let documents = try [
            article("1.md", "Một", "01/11/2021", category: "Đảng", tags: ["Ưu tiên", "Ăn uống", "An ninh"]),
            article("2.md", "Hai", "02/11/2021", category: "Dân vận", tags: ["Ô tô", "Ong mật", "Ơn nghĩa"]),
            article("3.md", "Ba", "03/11/2021", category: "Chi bộ", tags: ["Âm nhạc", "Uống nước"]),
        ]
        let site = try SiteResolver(config: Self.config, inclusion: .init(), now: Self.now).resolve(articles: documents, pages: [])
        #expect(site.categories.map(\.name) == ["Chi bộ", "Dân vận", "Đảng", "Tin hoạt động", "Văn bản"])
        #expect(site.tags.map(\.name) == ["An ninh", "Ăn uống", "Âm nhạc", "Ong mật", "Ô tô", "Ơn nghĩa", "Uống nước", "Ưu tiên"])
        #expect(site.menu.map { site.categories[$0].name } == ["Tin hoạt động", "Văn bản"])
        #expect(site.categories.first { $0.name == "Văn bản" }?.articles == [])
    }

    @Test func mergesCategorySpellingsWithTheSameSlugUnderTheMenuName() throws {
        let documents = try [
            article("1.md", "Một", "01/11/2021", category: "tin hoạt động"),
            article("2.md", "Hai", "02/11/2021", category: "Tin Hoạt Động"),
        ]
        let site = try SiteResolver(config: Self.config, inclusion: .init(), now: Self.now).resolve(articles: documents, pages: [])
        let category = try #require(site.categories.first { $0.slug == "tin-hoat-dong" })
        #expect(category.name == "Tin hoạt động")
        #expect(category.articles == [0, 1])
        #expect(site.categories.count == 2)
    }

    /// Names are looked up by their bytes: the same tag typed in NFC and in NFD (as some keyboards and
    /// pasted text give it) is still one group, named as first written.
    @Test func groupsOneNameWrittenInTwoUnicodeForms() throws {
        let composed = "Nông nghiệp"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        let documents = try [
            article("1.md", "Một", "01/11/2021", tags: [composed]),
            article("2.md", "Hai", "02/11/2021", tags: [decomposed, "Khác"]),
            article("3.md", "Ba", "03/11/2021", tags: [composed]),
        ]
        let site = try SiteResolver(config: Self.config, inclusion: .init(), now: Self.now).resolve(articles: documents, pages: [])
        #expect(site.tags.map(\.slug) == ["khac", "nong-nghiep"])
        #expect(site.tags[1].articles == [0, 1, 2])
        #expect(site.articles.map(\.tags) == [[1], [1, 0], [1]])
    }

    static func expectSameShape(_ site: ResolvedSite, _ expected: ResolvedSite) {
        #expect(site.categories == expected.categories)
        #expect(site.tags == expected.tags)
        #expect(site.menu == expected.menu)
        #expect(site.articles.map(\.sitePath) == expected.articles.map(\.sitePath))
        #expect(site.articles.map(\.category) == expected.articles.map(\.category))
        #expect(site.articles.map(\.tags) == expected.articles.map(\.tags))
    }

    /// The preview hands the last resolve in: its groups are taken only when made from the same names,
    /// its URLs only when made from the same date, slug and category, and the site is the one a resolve
    /// from nothing gives.
    @Test func groupsOfTheLastResolveAreTakenOnlyForTheSameNames() throws {
        let resolver = SiteResolver(config: Self.config, inclusion: .init(), now: Self.now)
        let before = try [
            article("1.md", "Một", "01/11/2021", category: "Đảng", tags: ["Thi đua"]),
            article("2.md", "Hai", "02/11/2021", category: "Chi bộ", tags: ["Thi đua", "Dân vận"]),
        ]
        let last = try resolver.resolveWithSources(articles: before, pages: []).previous
        // A new title keeps every name: the groups are the last ones.
        let retitled = try [before[0], article("2.md", "Hai mới", "02/11/2021", category: "Chi bộ", tags: ["Thi đua", "Dân vận"])]
        let same = try resolver.resolveWithSources(articles: retitled, pages: [], last: last)
        #expect(same.previous.tags.result.taxa == last.tags.result.taxa)
        Self.expectSameShape(same.site, try resolver.resolve(articles: retitled, pages: []))
        // Another tag and another category: both made again, as from nothing.
        let retagged = try [before[0], article("2.md", "Hai", "02/11/2021", category: "Văn bản", tags: ["Khen thưởng"])]
        let again = try resolver.resolveWithSources(articles: retagged, pages: [], last: last)
        Self.expectSameShape(again.site, try resolver.resolve(articles: retagged, pages: []))
        #expect(again.site.tags.map(\.name) == ["Khen thưởng", "Thi đua"])
        #expect(again.site.categories.map(\.name) == ["Đảng", "Tin hoạt động", "Văn bản"])
    }

    /// Names the last groups have, on other articles (a tag added, an article moved), give the last
    /// groups with other lists; a new name, a second spelling of one, or a group left without articles
    /// makes them anew: either way, the groups a resolve from nothing gives.
    @Test(arguments: [
        ("a tag the site has, added", ["Thi đua", "Dân vận", "OCOP"], "02/11/2021"),
        ("an article moved", ["Thi đua", "Dân vận"], "30/10/2021"),
        ("a new tag", ["Thi đua", "Khen thưởng"], "02/11/2021"),
        ("another spelling of a tag", ["THI ĐUA", "Dân vận"], "02/11/2021"),
        ("the only article of a tag leaves it", ["Thi đua"], "02/11/2021"),
    ])
    func groupsOfTheLastResolveTakeOtherArticles(edit: String, tags: [String], date: String) throws {
        let resolver = SiteResolver(config: Self.config, inclusion: .init(), now: Self.now)
        var documents = try [
            article("1.md", "Một", "01/11/2021", category: "Đảng", tags: ["Thi đua", "OCOP"]),
            article("2.md", "Hai", "02/11/2021", category: "Chi bộ", tags: ["Thi đua", "Dân vận"]),
            article("3.md", "Ba", "03/11/2021", category: "Đảng", tags: ["OCOP"]),
        ]
        let last = try resolver.resolveWithSources(articles: documents, pages: []).previous
        #expect(last.tags.result.groupOfName != nil)
        documents[1] = try article("2.md", "Hai", date, category: "Chi bộ", tags: tags)
        let again = try resolver.resolveWithSources(articles: documents, pages: [], last: last)
        let fresh = try resolver.resolve(articles: documents, pages: [])
        Self.expectSameShape(again.site, fresh)
        #expect(again.site.tags == fresh.tags, "\(edit)")
        #expect(again.site.articles.map(\.tags) == fresh.articles.map(\.tags), "\(edit)")
    }

    /// Where each published article was in the last resolve, by its document's place: nil unless the
    /// same documents are published.
    @Test(arguments: [
        ([2, 0, 1], [0, 1, 2], 3, [2, 0, 1] as [Int]?),
        ([0, 1, 2], [0, 1, 2], 3, [0, 1, 2]),
        ([0, 1], [0, 1, 2], 3, nil),  // one fewer published
        ([0, 3, 1], [0, 2, 1], 4, nil),  // another document published
        ([0, 1, 2], [0, 1, 5], 3, nil),  // the last resolve was given more documents
    ] as [([Int], [Int], Int, [Int]?)])
    func lastPlacesFollowTheDocuments(sources: [Int], last: [Int], documentCount: Int, expected: [Int]?) {
        #expect(SiteResolver.lastPlaces(of: sources, last: last, documentCount: documentCount) == expected)
    }

    @Test func groupsSpelledTwoWaysAreMadeAnew() throws {
        let resolver = SiteResolver(config: Self.config, inclusion: .init(), now: Self.now)
        let documents = try [
            article("1.md", "Một", "01/11/2021", tags: ["OCOP"]),
            article("2.md", "Hai", "02/11/2021", tags: ["ocop"]),
        ]
        let last = try resolver.resolveWithSources(articles: documents, pages: []).previous
        #expect(last.tags.result.groupOfName == nil, "which spelling names the group depends on the order of the articles")
        let moved = try [documents[0], article("2.md", "Hai", "30/10/2021", tags: ["ocop"])]
        let again = try resolver.resolveWithSources(articles: moved, pages: [], last: last)
        #expect(again.site.tags.map(\.name) == ["OCOP"])
        #expect(again.site.tags == (try resolver.resolve(articles: moved, pages: [])).tags)
    }

    @Test(arguments: [
        (false, false, ["now.md"], 1, 1),
        (true, false, ["draft.md", "now.md"], 0, 1),
        (false, true, ["later.md", "now.md"], 1, 0),
        (true, true, ["later.md", "draft.md", "now.md"], 0, 0),
    ])
    func leavesOutDraftsAndFutureArticlesUnlessAsked(drafts: Bool, future: Bool, paths: [String], skippedDrafts: Int, skippedFuture: Int) throws {
        let documents = try [
            article("now.md", "Nay", "31/12/2021 23:00"),
            article("draft.md", "Nháp", "31/12/2021 23:30", draft: true),
            article("later.md", "Sau", "01/01/2022 07:01"),  // 00:01 UTC, one minute after `now`
        ]
        let site = try SiteResolver(config: Self.config, inclusion: .init(drafts: drafts, future: future), now: Self.now).resolve(articles: documents, pages: [])
        #expect(site.articles.map(\.document.path) == paths)
        #expect(site.skippedDrafts == skippedDrafts)
        #expect(site.skippedFuture == skippedFuture)
    }

    @Test func refusesTwoDocumentsAtOneURLNamingBothFiles() throws {
        let documents = try [
            article("content/articles/a.md", "Hội nghị", "09/11/2021"),
            article("content/articles/b.md", "Khác", "20/11/2021", slug: "hoi-nghi"),
        ]
        let failure = #expect(throws: BuildFailure.self) {
            try SiteResolver(config: Self.config, inclusion: .init(), now: Self.now).resolve(articles: documents, pages: [])
        }
        #expect(failure?.diagnostics.map(\.headline) == [
            "content/articles/a.md:2:8: lỗi: địa chỉ /2021/11/hoi-nghi/ bị trùng: bài này và content/articles/b.md:4:7 sẽ cùng được đăng ở đó; hãy đặt cho một trong các bài một `slug:` khác",
            "content/articles/b.md:4:7: lỗi: địa chỉ /2021/11/hoi-nghi/ bị trùng: bài này và content/articles/a.md:2:8 sẽ cùng được đăng ở đó; hãy đặt cho một trong các bài một `slug:` khác",
        ])
    }

    @Test(arguments: [
        ("/:year/:month/:slug/", "/2021/11/tin/"),
        ("/:category/:slug/", "/chi-bo/tin/"),
        ("/tin-tuc/:year/:month/:day/:slug/", "/tin-tuc/2021/11/09/tin/"),
        ("/:slug/", "/tin/"),
    ])
    func permalinkPatterns(pattern: String, expected: String) throws {
        var config = Self.config
        config.permalink = try Permalink(pattern)
        let document = try DocumentParser(config: config).parse(SourceFile(path: "x.md", text: "---\ntitle: Tin\ndate: 09/11/2021 23:30\ncategory: Chi bộ\n---\n"), as: .article).get()
        let site = try SiteResolver(config: config, inclusion: .init(), now: Self.now).resolve(articles: [document], pages: [])
        #expect(site.articles.first?.sitePath == expected)
    }
}
