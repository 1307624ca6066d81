import BantinKit
import Foundation
import Testing

/// Whole-site behaviour of achievements beyond the golden output of `sites/achievements`.
@Suite struct AchievementSiteTests {
    @Test func aSiteWithoutAchievementsNeedsNoAchievementTemplatesAndGetsNoPages() throws {
        let root = try Fixtures.copy("invalid/achievements-template")
        defer { try? FileManager.default.removeItem(at: root) }
        let article = root.appendingPathComponent("content/articles/co-thanh-tich.md")
        try "---\ntitle: Bài không có thành tích\ndate: 09/11/2021 09:40\n---\nNội dung.\n".write(to: article, atomically: true, encoding: .utf8)
        let (writer, report) = try Fixtures.build(root)
        #expect(report.warnings == [])
        #expect(writer.files.keys.filter { $0.hasPrefix("thanh-tich") } == [])
        #expect(!(try #require(Fixtures.text(writer, "sitemap.xml"))).contains("https://thu.example/thanh-tich/"))
    }

    @Test func achievementPagesAreInTheSitemapAndTheSiteBuildsWithoutWarnings() throws {
        let root = try Fixtures.copy("sites/achievements")
        defer { try? FileManager.default.removeItem(at: root) }
        let (writer, report) = try Fixtures.build(root)
        #expect(report.warnings == [])
        let sitemap = try #require(Fixtures.text(writer, "sitemap.xml"))
        for path in ["thanh-tich/", "thanh-tich/2022/", "thanh-tich/2021/", "thanh-tich/2020/"] {
            #expect(sitemap.contains("<loc>https://thu.example/tin/\(path)</loc>"), "\(path) not in the sitemap")
        }
        // The draft's 2019 record is not published, so 2019 has no page.
        #expect(writer.files["thanh-tich/2019/index.html"] == nil)
    }

    @Test func theSameAchievementLinksBothReportingArticles() throws {
        let root = try Fixtures.copy("sites/achievements")
        defer { try? FileManager.default.removeItem(at: root) }
        let (writer, _) = try Fixtures.build(root)
        let page = try #require(Fixtures.text(writer, "thanh-tich/2021/index.html"))
        let line = try #require(page.split(separator: "\n").first { $0.contains("khéo vận động HTX tham gia phong trào thi đua") })
        #expect(line.contains(#"<a href="/tin/2021/12/chi-bo-tong-ket-nam-2021/">"#))
        #expect(line.contains(#"<a href="/tin/2021/11/ket-qua-phong-trao-dan-van-kheo-nam-2021/">"#))
        #expect(line.contains("| công nhận | 45-QĐ/CB | 10/12/2021 |"))
        #expect(page.components(separatedBy: "khéo vận động HTX tham gia").count - 1 == 1)
    }

    @Test func aRecordDisagreeingWithAnotherIsAWarningAndTheSiteStillBuilds() throws {
        let root = try Fixtures.copy("sites/achievements")
        defer { try? FileManager.default.removeItem(at: root) }
        let article = root.appendingPathComponent("content/articles/tong-ket-2021.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "    level: cấp cơ sở", with: "    level: cấp huyện").write(to: article, atomically: true, encoding: .utf8)
        let (_, report) = try Fixtures.build(root)
        #expect(report.warnings.map(\.headline) == [
            "content/articles/dan-van-kheo-2021.md:6:5: cảnh báo: bài này ghi cấp cơ sở, nhưng content/articles/tong-ket-2021.md:6 ghi cùng thành tích này (cùng tên, năm và đơn vị) ở cấp huyện; thành tích chỉ được tính một lần, ở cấp huyện",
        ])
    }
}
