@testable import BantinKit
import Foundation
import Testing

@Suite struct BulletinTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/", menu: ["Tin hoạt động", "Chi bộ"])
    static let now = ISO8601DateFormatter().date(from: "2026-01-01T00:00:00Z")!

    static func site(_ articles: [(path: String, title: String, date: String, category: String?)]) throws -> ResolvedSite {
        let documents = try articles.map { article in
            var text = "---\ntitle: \(article.title)\ndate: \(article.date)\n"
            if let category = article.category { text += "category: \(category)\n" }
            text += "---\nNội dung.\n"
            return try DocumentParser(config: config).parse(SourceFile(path: article.path, text: text), as: .article).get()
        }
        return try SiteResolver(config: config, inclusion: .init(), now: now).resolve(articles: documents, pages: [])
    }

    static func bulletin(_ frontMatter: String, path: String = "content/bulletins/b.md") -> Result<ParsedBulletin, BuildFailure> {
        BulletinParser(config: config).parse(SourceFile(path: path, text: "---\ntitle: Bản tin\n\(frontMatter)\n---\nLời ban biên tập.\n"))
    }

    func resolve(_ frontMatters: [String], site: ResolvedSite) throws -> (bulletins: [ResolvedBulletin], diagnostics: [Diagnostic]) {
        let parsed = try frontMatters.enumerated().map { try Self.bulletin($1, path: "content/bulletins/\($0).md").get() }
        return BulletinResolver(site: site, inclusion: .init()).resolve(parsed)
    }

    @Test(arguments: [
        ("to: 30/11/2021", "01/11/2021 00:00", true),
        ("to: 30/11/2021", "31/10/2021 23:59", false),
        ("to: 30/11/2021", "30/11/2021 23:59", true),
        ("to: 30/11/2021", "01/12/2021 00:00", false),
        ("to: 30/11/2021 12:00", "30/11/2021 12:00", true),
        ("to: 30/11/2021 12:00", "30/11/2021 12:01", false),
    ])
    func periodBoundariesAreInclusiveInTheSiteTimeZone(to: String, articleDate: String, included: Bool) throws {
        let site = try Self.site([("a.md", "Tin", articleDate, "Chi bộ")])
        let result = try resolve(["number: 1\nfrom: 01/11/2021\n\(to)"], site: site)
        #expect((result.bulletins[0].articleCount == 1) == included)
        #expect(result.diagnostics.contains { $0.severity == .warning } == !included)
    }

    @Test func featuredComeFirstInTheirOrderAndTheRestGroupByMenuOrder() throws {
        let site = try Self.site([
            ("1.md", "Một", "02/11/2021", "Chi bộ"),
            ("2.md", "Hai", "03/11/2021", "Tin hoạt động"),
            ("3.md", "Ba", "04/11/2021", "Chi bộ"),
            ("4.md", "Bốn", "05/11/2021", "An ninh"),
            ("5.md", "Năm", "06/11/2021", nil),
            ("6.md", "Sáu", "07/11/2021", "Tin hoạt động"),
        ])
        let result = try resolve(["number: 1\nfrom: 01/11/2021\nto: 30/11/2021\nfeatured: [mot, sau]"], site: site)
        let bulletin = try #require(result.bulletins.first)
        let title = { (index: Int) in site.articles[index].document.title }
        #expect(bulletin.featured.map(title) == ["Một", "Sáu"])
        #expect(bulletin.groups.map { $0.category.map { site.categories[$0].name } } == ["Tin hoạt động", "Chi bộ", "An ninh", nil])
        #expect(bulletin.groups.map { $0.articles.map(title) } == [["Hai"], ["Ba"], ["Bốn"], ["Năm"]])
        #expect(bulletin.articleCount == 6)
        #expect(result.diagnostics == [])
    }

    /// Issue 11, item 15: an article listed twice was dropped without a word.
    @Test func anArticleFeaturedTwiceIsShownOnceWithAWarningAtTheRepeat() throws {
        let site = try Self.site([("1.md", "Một", "02/11/2021", "Chi bộ"), ("2.md", "Hai", "03/11/2021", "Chi bộ")])
        let result = try resolve(["number: 1\nfrom: 01/11/2021\nto: 30/11/2021\nfeatured:\n  - mot\n  - hai\n  - Một"], site: site)
        let bulletin = try #require(result.bulletins.first)
        #expect(bulletin.featured.map { site.articles[$0].document.title } == ["Một", "Hai"])
        #expect(result.diagnostics.map(\.headline) == [
            "content/bulletins/0.md:9:5: cảnh báo: bài “Một” đã có trong `featured` ở trên; bản tin chỉ đưa mỗi bài một lần, hãy xoá dòng lặp lại",
        ])
    }

    @Test func categoriesFilterTheArticles() throws {
        let site = try Self.site([("1.md", "Một", "02/11/2021", "Chi bộ"), ("2.md", "Hai", "03/11/2021", "Tin hoạt động")])
        let result = try resolve(["number: 1\nfrom: 01/11/2021\nto: 30/11/2021\ncategories: [chi bộ]"], site: site)
        #expect(result.bulletins[0].groups.flatMap(\.articles).map { site.articles[$0].document.title } == ["Một"])
    }

    @Test func numbersRepeatAcrossYearsButNotWithinOne() throws {
        let site = try Self.site([("1.md", "Một", "02/11/2021", "Chi bộ")])
        let result = try resolve([
            "number: 5\nfrom: 01/11/2021\nto: 30/11/2021\nslug: a",
            "number: 5\nfrom: 01/11/2022\nto: 30/11/2022\nslug: b",
            "number: 5\nfrom: 01/12/2021\nto: 31/12/2021\nslug: c",
        ], site: site)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.headline) == [
            "content/bulletins/2.md:3:9: lỗi: số bản tin 5 bị dùng hai lần trong năm 2021: ở đây và ở content/bulletins/0.md:3; hãy đặt cho bản tin này số tiếp theo chưa dùng",
        ])
    }

    @Test(arguments: [
        ("number: 1\nfrom: 30/11/2021\nto: 01/11/2021", "content/bulletins/b.md:4:7: lỗi: ngày bắt đầu (30/11/2021) muộn hơn ngày kết thúc (`to: 01/11/2021` ở dòng 5); hãy đổi chỗ `from` và `to`"),
        ("number: 0\nfrom: 01/11/2021\nto: 30/11/2021", "content/bulletins/b.md:3:9: lỗi: `number` phải là một số nguyên lớn hơn 0, không phải \"0\""),
        ("from: 01/11/2021\nto: 30/11/2021", "content/bulletins/b.md:2:1: lỗi: thiếu `number`: bản tin cần ghi số, ví dụ `number: 11`"),
        ("number: 1\nfrom: 31/11/2021\nto: 30/12/2021", "content/bulletins/b.md:4:7: lỗi: ngày 31/11/2021 không có thật: tháng 11 năm 2021 chỉ có 30 ngày"),
        ("number: 1\nfrom: 01/11/2021\ntoo: 30/11/2021", "content/bulletins/b.md:5:1: lỗi: không có trường `too` trong phần đầu (front matter); có phải `to` không?"),
    ])
    func reportsFileErrorsAtTheirPosition(frontMatter: String, expected: String) {
        guard case .failure(let failure) = Self.bulletin(frontMatter) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map(\.headline).contains(expected), "\(failure.diagnostics.map(\.headline))")
    }

    @Test func reportsUnknownFeaturedSlugsAndCategories() throws {
        let site = try Self.site([("1.md", "Một", "02/11/2021", "Chi bộ")])
        let result = try resolve(["number: 1\nfrom: 01/11/2021\nto: 30/11/2021\ncategories: [Chi bộ 2, Chi bộ]\nfeatured: [mot, khong-co]"], site: site)
        #expect(result.diagnostics.map(\.headline).sorted() == [
            "content/bulletins/0.md:6:14: lỗi: không có chuyên mục “Chi bộ 2”; có phải “Chi bộ” không?",
            "content/bulletins/0.md:7:17: lỗi: không có bài đã đăng nào có slug, tiêu đề hoặc địa chỉ là “khong-co”; "
                + "hãy chép slug, tiêu đề hoặc địa chỉ của bài muốn đưa lên đầu (bài nháp và bài hẹn giờ chưa đăng không đưa được)",
        ])
        #expect(result.diagnostics.map { $0.headline(in: .english) }.sorted() == [
            "content/bulletins/0.md:6:14: error: no category named \"Chi bộ 2\"; did you mean \"Chi bộ\"?",
            "content/bulletins/0.md:7:17: error: no published article has the slug, title or address \"khong-co\"; "
                + "copy the slug, title or address of the article to put first (drafts and scheduled articles not yet published cannot be featured)",
        ])
    }

    /// Articles a `featured:` entry can name: the sample's dân vận khéo article, a title with a comma and a
    /// colon, and two articles with one title (the one within the period wins).
    static let featuredSite = [
        ("a.md", "Những kết quả từ phong trào thi đua “Dân vận khéo” ở Chi bộ", "09/11/2021 09:40", "Chi bộ"),
        ("b.md", "\"Kiên Giang: tổng kết năm, phương hướng 2022\"", "10/11/2021", "Tin hoạt động"),
        ("c.md", "Hội nghị #2", "11/11/2021", "Tin hoạt động"),
        ("d.md", "Trùng tên", "12/11/2021", "Tin hoạt động"),
        ("e.md", "Trùng tên", "05/12/2021", "Tin hoạt động"),
    ]

    @Test(arguments: [
        ("featured: nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo", ["a.md"]),
        ("featured: Những kết quả từ phong trào thi đua “Dân vận khéo” ở Chi bộ", ["a.md"]),
        ("featured: nhung ket qua tu phong trao thi dua \"dan van kheo\" o chi bo", ["a.md"]),
        ("featured: https://thu.example/2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo/", ["a.md"]),
        ("featured: http://localhost:8080/2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo/index.html", ["a.md"]),
        ("featured: /2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo", ["a.md"]),
        ("featured: Kiên Giang: tổng kết năm, phương hướng 2022", ["b.md"]),
        ("featured:\n  - Kiên Giang: tổng kết năm, phương hướng 2022\n  - Hội nghị #2", ["b.md", "c.md"]),
        ("featured:\n- hoi-nghi-2\n- kien-giang-tong-ket-nam-phuong-huong-2022", ["c.md", "b.md"]),
        // A flow list splits a title at its comma; the two halves are joined again.
        ("featured: [\"Kiên Giang: tổng kết năm\", phương hướng 2022, hoi-nghi-2]", ["b.md", "c.md"]),
        ("featured: hoi-nghi-2, nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo", ["c.md", "a.md"]),
        ("featured: Trùng tên", ["d.md"]),
    ])
    func featuredTakesASlugATitleOrAnAddress(line: String, paths: [String]) throws {
        let site = try Self.site(Self.featuredSite)
        let result = try resolve(["number: 1\nfrom: 01/11/2021\nto: 30/11/2021\n\(line)"], site: site)
        #expect(result.diagnostics.isEmpty)
        #expect(result.bulletins[0].featured.map { site.articles[$0].document.path } == paths)
    }

    @Test(arguments: [
        (
            "featured: nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo",
            "content/bulletins/0.md:6:11: lỗi: không có bài đã đăng nào có slug, tiêu đề hoặc địa chỉ là “nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo”; "
                + "có phải bài “Những kết quả từ phong trào thi đua “Dân vận khéo” ở Chi bộ” (slug: nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo) không?"
        ),
        (
            "featured:\n  - Hội nghi số 2",
            "content/bulletins/0.md:7:5: lỗi: không có bài đã đăng nào có slug, tiêu đề hoặc địa chỉ là “Hội nghi số 2”; "
                + "có phải bài “Hội nghị #2” (slug: hoi-nghi-2) không?"
        ),
        (
            "featured: https://thu.example/2021/11/hoi-nghi-3/",
            "content/bulletins/0.md:6:11: lỗi: không có bài đã đăng nào có slug, tiêu đề hoặc địa chỉ là “https://thu.example/2021/11/hoi-nghi-3/”; "
                + "có phải bài “Hội nghị #2” (slug: hoi-nghi-2) không?"
        ),
    ])
    func anUnknownFeaturedEntrySuggestsTheClosestArticle(line: String, expected: String) throws {
        let site = try Self.site(Self.featuredSite)
        let result = try resolve(["number: 1\nfrom: 01/11/2021\nto: 30/11/2021\n\(line)"], site: site)
        #expect(result.diagnostics.map(\.headline) == [expected])
    }

    @Test func scaffoldTakesTheNextFreeNumberOfTheYear() throws {
        let existing = try [
            Self.bulletin("number: 11\nfrom: 01/11/2021\nto: 30/11/2021").get(),
            Self.bulletin("number: 3\nfrom: 01/03/2022\nto: 31/03/2022").get(),
        ]
        let december = try BulletinScaffold(month: "2021-12", existing: existing, config: Self.config)
        #expect(december.number == 12)
        #expect(december.path == "content/bulletins/2021-12.md")
        let parsed = try BulletinParser(config: Self.config).parse(SourceFile(path: december.path, text: december.text)).get()
        #expect(parsed.number.value == 12)
        #expect(parsed.title == "Bản tin Thử tháng 12/2021")
        // The placeholder note is not published until the editor says so.
        #expect(parsed.draft)
        #expect(december.text.contains("\ndraft: true\n---\n"))
        #expect(SiteDateFormatter(timeZone: Self.config.timeZone).dayMonthYear(parsed.to.value) == "31/12/2021")
        let february = try BulletinScaffold(month: "2024-02", existing: existing, config: Self.config)
        #expect(february.number == 1)
        #expect(february.text.contains("to: 29/02/2024"))
        #expect(throws: ScaffoldError.self) { try BulletinScaffold(month: "11/2021", existing: [], config: Self.config) }
        #expect(throws: ScaffoldError.self) { try BulletinScaffold(month: "2021-13", existing: [], config: Self.config) }
    }
}
