@testable import BantinKit
import Foundation
import Testing

/// Rolling achievements up: one entry per achievement however many articles report it, in the
/// order the annual pages print them, with the summary sentence reports use.
@Suite struct AchievementIndexTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/")

    /// The site of `articles` (path, date, achievements YAML lines), resolved as a build would.
    static func site(_ articles: [(path: String, date: String, records: String)], drafts: [String] = []) throws -> ResolvedSite {
        let files = articles.map { article in
            let draft = drafts.contains(article.path) ? "draft: true\n" : ""
            return SourceFile(
                path: article.path,
                text: "---\ntitle: Bài \(article.path)\ndate: \(article.date)\n\(draft)achievements:\n\(article.records)\n---\nNội dung.\n"
            )
        }
        let (documents, diagnostics) = DocumentParser(config: config).parse(files, as: .article)
        #expect(diagnostics.filter { $0.severity == .error } == [])
        return try SiteResolver(config: config, inclusion: .init(), now: Fixtures.now).resolve(articles: documents, pages: [])
    }

    /// One record as YAML list lines.
    static func record(_ title: String, kind: String? = nil, level: String = "cấp cơ sở", year: Int = 2021, status: String = "công nhận", unit: String? = nil, decision: String? = nil) -> String {
        var lines = ["  - title: \(title)", "    level: \(level)", "    year: \(year)", "    status: \(status)"]
        if let kind { lines.append("    kind: \(kind)") }
        if let unit { lines.append("    unit: \(unit)") }
        if let decision { lines.append("    decision: \(decision)") }
        return lines.joined(separator: "\n")
    }

    @Test func theSameAchievementInTwoArticlesIsCountedOnceAndLinkedToBoth() throws {
        let site = try Self.site([
            ("content/articles/a.md", "09/11/2021", Self.record("Khéo vận động HTX", kind: "mô hình Dân vận khéo", status: "đã đăng ký", unit: "Chi bộ")),
            ("content/articles/b.md", "15/12/2021", Self.record("KHÉO VẬN ĐỘNG HTX", kind: "mô hình “Dân vận khéo”", status: "công nhận", unit: "chi bộ", decision: "45-QĐ/CB")),
            ("content/articles/c.md", "20/12/2021", Self.record("Khéo vận động HTX".decomposedStringWithCanonicalMapping, status: "đăng ký", unit: "Chi bộ")),
        ])
        let index = AchievementIndex(site: site)
        let year = try #require(index.year(2021))
        #expect(year.count == 1)
        let entry = year.entries[0]
        // The furthest status wins; the decision and kind come from whichever report gives them.
        #expect(entry.record.status == .recognized)
        #expect(entry.record.title == "KHÉO VẬN ĐỘNG HTX")
        #expect(entry.record.decision == "45-QĐ/CB")
        #expect(entry.record.kind?.text == "mô hình “Dân vận khéo”")
        #expect(entry.articles.map { site.articles[$0].document.path } == ["content/articles/c.md", "content/articles/b.md", "content/articles/a.md"])
        #expect(year.summary == "Năm 2021: 01 mô hình “Dân vận khéo” được công nhận cấp cơ sở")
        #expect(index.warnings == [])
    }

    @Test func differentYearsOrUnitsAreDifferentAchievements() throws {
        let site = try Self.site([
            ("content/articles/a.md", "09/11/2022", [
                Self.record("Mô hình A", year: 2021, unit: "Chi bộ"),
                Self.record("Mô hình A", year: 2022, unit: "Chi bộ"),
                Self.record("Mô hình A", year: 2022, unit: "Công đoàn"),
            ].joined(separator: "\n")),
        ])
        let index = AchievementIndex(site: site)
        #expect(index.years.map(\.year) == [2022, 2021])
        #expect(index.years.map(\.count) == [2, 1])
    }

    @Test func yearsLevelsKindsAndTitlesComeInReportOrder() throws {
        let site = try Self.site([
            ("content/articles/a.md", "20/12/2022", [
                Self.record("Đông", kind: "mô hình", year: 2021),
                Self.record("Dương", kind: "mô hình", year: 2021),
                Self.record("Ăn", kind: "mô hình", year: 2021),
                Self.record("Anh", kind: "Mô hình Dân vận khéo", year: 2021),
                Self.record("Không loại", year: 2021),
                Self.record("Điển hình X", kind: "điển hình", year: 2021),
                Self.record("Bằng khen Y", kind: "bằng khen", year: 2021),
                Self.record("Cờ", kind: "cờ thi đua", level: "cấp trung ương", year: 2021),
                Self.record("Tỉnh", kind: "giấy khen", level: "cấp tỉnh", year: 2021),
                Self.record("Năm sau", year: 2022),
                Self.record("Năm trước", year: 2019),
            ].joined(separator: "\n")),
        ])
        let index = AchievementIndex(site: site)
        #expect(index.years.map(\.year) == [2022, 2021, 2019])
        let year = try #require(index.year(2021))
        #expect(year.levels.map(\.level) == [.centralGovernment, .province, .grassroots])
        let grassroots = year.levels[2]
        #expect(grassroots.kinds.map(\.name) == ["Bằng khen", "Mô hình", "Điển hình", "Khác"])
        #expect(grassroots.kinds[1].entries.map(\.record.title) == ["Anh", "Ăn", "Dương", "Đông"])
        #expect(year.count(at: .grassroots) == 7)
        #expect(year.count(at: .district) == 0)
        #expect(year.summaryClauses == [
            "01 cờ thi đua được công nhận cấp trung ương",
            "01 giấy khen được công nhận cấp tỉnh",
            "01 bằng khen được công nhận cấp cơ sở",
            // Models with different qualifiers are counted together under the plain kind.
            "04 mô hình được công nhận cấp cơ sở",
            "01 điển hình được công nhận cấp cơ sở",
            "01 thành tích được công nhận cấp cơ sở",
        ])
    }

    @Test func summaryCountsEachStatusFurthestFirst() throws {
        let records = (1...12).map { Self.record("Mô hình \($0)", kind: "mô hình Dân vận khéo", status: $0 <= 10 ? "công nhận" : "đăng ký") }
            + [Self.record("Bằng khen", kind: "bằng khen của UBND tỉnh", level: "cấp tỉnh", status: "đề nghị khen thưởng")]
        let site = try Self.site([("content/articles/a.md", "31/12/2021", records.joined(separator: "\n"))])
        let year = try #require(AchievementIndex(site: site).year(2021))
        #expect(year.summary == "Năm 2021: 01 bằng khen của UBND tỉnh được đề nghị cấp tỉnh; 10 mô hình “Dân vận khéo” được công nhận cấp cơ sở; 02 mô hình “Dân vận khéo” đăng ký cấp cơ sở")
    }

    @Test(arguments: [(0, "00"), (1, "01"), (9, "09"), (10, "10"), (123, "123")])
    func countsBelowTenAreZeroPadded(count: Int, text: String) {
        #expect(AchievementIndex.countText(count) == text)
    }

    @Test func draftsAndFutureArticlesDoNotCount() throws {
        let site = try Self.site([
            ("content/articles/a.md", "09/11/2021", Self.record("Mô hình A")),
            ("content/articles/nhap.md", "10/11/2021", Self.record("Nháp", year: 2020)),
            ("content/articles/sau.md", "01/01/2099", Self.record("Tương lai", year: 2098)),
        ], drafts: ["content/articles/nhap.md"])
        #expect(AchievementIndex(site: site).years.map(\.year) == [2021])
    }

    @Test func disagreeingReportsAreWarningsAtTheReportNotKept() throws {
        let site = try Self.site([
            ("content/articles/a.md", "09/11/2021", Self.record("Mô hình A", level: "cấp huyện", status: "công nhận", decision: "12/QĐ")),
            ("content/articles/b.md", "15/12/2021", [
                Self.record("Mô hình A", level: "cấp cơ sở", status: "đăng ký", decision: "13/QĐ"),
                Self.record("mô hình a", level: "cấp cơ sở", status: "đăng ký"),
            ].joined(separator: "\n")),
        ])
        let index = AchievementIndex(site: site)
        #expect(index.year(2021)?.entries.map(\.record.level) == [.district])
        #expect(index.warnings.map(\.headline) == [
            "content/articles/b.md:10:5: cảnh báo: thành tích này đã ghi ở dòng 5 của bài này (cùng tên, năm và đơn vị); chỉ được tính một lần",
            "content/articles/b.md:5:5: cảnh báo: bài này ghi cấp cơ sở, nhưng content/articles/a.md:5 ghi cùng thành tích này (cùng tên, năm và đơn vị) ở cấp huyện; thành tích chỉ được tính một lần, ở cấp huyện",
            "content/articles/b.md:5:5: cảnh báo: bài này ghi quyết định 13/QĐ, nhưng content/articles/a.md:5 ghi quyết định 12/QĐ cho cùng thành tích; trang sẽ hiện 12/QĐ",
        ])
        #expect(index.warnings.map { $0.headline(in: .english) } == [
            "content/articles/b.md:10:5: warning: this achievement is already listed on line 5 of this article (same title, year and unit); it is counted once",
            "content/articles/b.md:5:5: warning: this report says \"cấp cơ sở\", but content/articles/a.md:5 reports the same achievement (same title, year and unit) "
                + "at \"cấp huyện\"; it is counted once, at \"cấp huyện\"",
            "content/articles/b.md:5:5: warning: this report gives decision \"13/QĐ\", but content/articles/a.md:5 gives \"12/QĐ\" for the same achievement; "
                + "the page shows \"12/QĐ\"",
        ])
    }
}
