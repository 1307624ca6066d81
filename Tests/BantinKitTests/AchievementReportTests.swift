@testable import BantinKit
import Foundation
import Testing

/// `bantin report`: one self-contained HTML file per year.
@Suite struct AchievementReportTests {
    /// The report of `year` for the fixture site `sites/achievements`.
    static func report(_ year: Int, fixture: String = "sites/achievements") throws -> AchievementReport {
        let root = try Fixtures.copy(fixture)
        defer { try? FileManager.default.removeItem(at: root) }
        let content = try SiteBuilder(root: root, now: Fixtures.now).achievements()
        #expect(content.warnings == [])
        return try AchievementReport(year: year, site: content.site, achievements: content.achievements, now: Fixtures.now)
    }

    @Test func reportMatchesItsExpectedFile() throws {
        let report = try Self.report(2021)
        let expectedURL = Fixtures.folder.appendingPathComponent("reports/achievements-2021.html")
        if Fixtures.updating { try report.html.write(to: expectedURL, atomically: true, encoding: .utf8) }
        #expect(report.html == (try String(contentsOf: expectedURL, encoding: .utf8)))
        #expect(report.achievementCount == 4)
        #expect(report.articleCount == 3)
    }

    @Test func reportHasTheTitleBlockSummaryTablesAndSources() throws {
        let html = try Self.report(2021).html
        let expectedFragments = [
            #"<html lang="vi">"#,
            #"<p class="organisation">Liên minh HTX Thử</p>"#,
            "<h1>Báo cáo thành tích năm 2021</h1>",
            "<p>Năm 2021: 01 cờ thi đua được đề nghị cấp tỉnh; 02 mô hình “Dân vận khéo” được công nhận cấp cơ sở; 01 điển hình được công nhận cấp cơ sở.</p>",
            "<tr><td>Cấp tỉnh</td><td class=\"count\">01</td></tr>",
            "<tr><td>Cấp cơ sở</td><td class=\"count\">03</td></tr>",
            "<h3>a) Cấp tỉnh (01)</h3>",
            "<h3>b) Cấp cơ sở (03)</h3>",
            // The achievement two articles report: cited once, with both sources.
            "<td>khéo vận động HTX tham gia phong trào thi đua</td><td>Mô hình Dân vận khéo</td><td>Chi bộ Liên minh Hợp tác xã</td><td>công nhận</td><td>Số 45-QĐ/CB ngày 10/12/2021</td><td class=\"cited\">[1] [2]</td>",
            #"<li>Kết quả phong trào “Dân vận khéo” năm 2021 (09/11/2021): <a href="https://thu.example/tin/2021/11/ket-qua-phong-trao-dan-van-kheo-nam-2021/">https://thu.example/tin/2021/11/ket-qua-phong-trao-dan-van-kheo-nam-2021/</a></li>"#,
            #"<p class="made-on">Lập ngày 29/11/2026 từ https://thu.example/tin/</p>"#,
            "@page { size: A4;",
        ]
        for fragment in expectedFragments {
            #expect(html.contains(fragment), "missing: \(fragment)")
        }
    }

    @Test func reportLoadsNothingFromAnywhere() throws {
        let html = try Self.report(2021).html
        for forbidden in ["<script", "<link", "src=", "url(", "@import", "<img", "<iframe", "<object", "srcset"] {
            #expect(!html.contains(forbidden), "the report contains \(forbidden)")
        }
        // The only addresses are the source articles', as links a reader of the PDF can follow.
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(hrefs.count == 3)
        #expect(hrefs.allSatisfy { $0.hasPrefix("https://thu.example/tin/20") })
    }

    @Test func aYearWithoutAchievementsIsAnErrorNamingTheYearsThatHaveSome() throws {
        #expect(throws: AchievementReport.Problem.noAchievements(year: 2019, recordedYears: [2022, 2021, 2020])) {
            try Self.report(2019)
        }
        #expect(AchievementReport.Problem.noAchievements(year: 2019, recordedYears: [2022, 2021]).vietnamese
            == "chưa có bài đã đăng nào ghi thành tích năm 2019; các năm có thành tích: 2022, 2021")
        #expect(AchievementReport.Problem.noAchievements(year: 2019, recordedYears: []).vietnamese
            == "chưa có bài đã đăng nào ghi thành tích năm 2019; hiện chưa có bài nào ghi thành tích (hãy thêm `achievements:` vào phần đầu (front matter) của một bài)")
        #expect(AchievementReport.Problem.noAchievements(year: 2019, recordedYears: [2022, 2021]).text(in: .english)
            == "no published article records an achievement of 2019; years with achievements: 2022, 2021")
    }

    @Test func theReportNeedsNoTemplates() throws {
        // This site's theme lacks the achievement templates, so its build fails; its report does not.
        let report = try Self.report(2021, fixture: "invalid/achievements-template")
        #expect(report.achievementCount == 1)
    }

    @Test func writingRefusesToReplaceAFileUnlessAsked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(AchievementReport.defaultFileName(year: 2021))
        #expect(url.lastPathComponent == "bao-cao-thanh-tich-2021.html")
        let report = try Self.report(2021)
        try report.write(to: url, replacing: false)
        #expect(try String(contentsOf: url, encoding: .utf8) == report.html)

        try "bản cũ".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: AchievementReport.Problem.fileExists(path: url.path)) {
            try report.write(to: url, replacing: false)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "bản cũ")
        try report.write(to: url, replacing: true)
        #expect(try String(contentsOf: url, encoding: .utf8) == report.html)
    }
}
