import BantinKit
import Foundation
import Testing

/// The sample site at the top of the repository, built in memory: what a reader of the seed page looks for.
@Suite struct SampleSiteTests {
    static let seedPath = "2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/index.html"

    let writer: MemoryWriter
    let report: BuildReport

    init() throws {
        var writer = MemoryWriter()
        report = try SiteBuilder(root: Fixtures.repositoryRoot, now: Fixtures.now).build(into: &writer)
        self.writer = writer
    }

    @Test func buildsWithoutWarnings() {
        #expect(report.site.warnings == [])
        #expect(report.site.articleCount >= 10)
        #expect(report.site.skippedDrafts == 1)
    }

    @Test func seedArticleReadsLikeTheSeedPage() throws {
        let page = try #require(Fixtures.text(writer, Self.seedPath))
        let expectedFragments = [
            #"<html lang="vi">"#,
            "<h1>Những kết quả từ phong trào thi đua “Dân vận khéo” ở Chi bộ Liên minh Hợp tác xã</h1>",
            #"<time datetime="2021-11-09T09:40:00+07:00">(09:40 | 09/11/2021)</time>"#,
            "<p class=\"article-lead\"><strong>Thấm nhuần câu nói của Chủ tịch Hồ Chí Minh:",
            "<figcaption>Chủ tịch Hồ Chí Minh đã dạy “Dân vận kém thì việc gì cũng kém, Dân vận khéo thì việc gì cũng thành công” (Ảnh:Nguồn Internet)</figcaption>",
            "<figcaption>Công tác “Dân vận khéo” có thành công hay không đều tuỳ thuộc vào cái tâm của người cán bộ</figcaption>",
            #"alt="VGP News :. | Dân vận khéo thì việc gì cũng thành công | BÁO ĐIỆN TỬ CHÍNH  PHỦ NƯỚC CHXHCN VIỆT NAM""#,
            "<p class=\"article-author\">T.T</p>",
            "Kết quả xét công nhận 02 mô hình đều đạt mô hình “Dân vận khéo” cấp cơ sở năm 2021.",
            #"<a href="/">Trang chủ</a>"#,
            #"<a href="/chuyen-muc/chi-bo/">Chi bộ</a>"#,
            "Các tin khác",
            #"<link rel="canonical" href="https://lmhtx.kiengiang.example/2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/">"#,
            #"<meta property="og:type" content="article">"#,
        ]
        for fragment in expectedFragments {
            #expect(page.contains(fragment), "missing: \(fragment)")
        }
    }

    @Test func everySiteWideFileExists() {
        for path in ["index.html", "trang/2/index.html", "404.html", "rss.xml", "sitemap.xml", "robots.txt",
                     "gioi-thieu/index.html", "chuyen-muc/chi-bo/index.html", "chuyen-muc/tin-hoat-dong/trang/2/index.html",
                     "chuyen-muc/chi-bo/rss.xml", "tu-khoa/dan-van-kheo/index.html", "assets/style.css", "media/2021/dan-van-kheo.svg"] {
            #expect(writer.files[path] != nil, "missing \(path)")
        }
    }

    @Test func feedHasNewestTwentyWithVietnamOffsetDates() throws {
        let feed = try #require(Fixtures.text(writer, "rss.xml"))
        #expect(feed.contains("<pubDate>Tue, 09 Nov 2021 09:40:00 +0700</pubDate>"))
        #expect(feed.components(separatedBy: "<item>").count - 1 == min(20, report.site.articleCount))
    }

    static let seedModels = [
        "Khéo vận động HTX, thành viên HTX tham gia các phong trào thi đua chuyên đề và khối thi đua HTX",
        "Hướng dẫn xây dựng Điều lệ và phương án sản xuất cho sáng lập viên chuẩn bị thành lập HTX",
    ]
    static let seedCooperatives = ["HTX nông nghiệp hữu cơ thanh niên Gò Quao", "HTX dịch vụ nông nghiệp Kinh 10", "HTX dịch vụ nông nghiệp Hiểu Phát"]

    @Test func theYear2021PageShowsTheSeedsTwoModelsOnce() throws {
        let page = try #require(Fixtures.text(writer, "thanh-tich/2021/index.html"))
        let expectedFragments = [
            "<h1>Thành tích năm 2021</h1>",
            "Năm 2021: 02 mô hình “Dân vận khéo” được công nhận cấp cơ sở; 03 điển hình được công nhận cấp cơ sở",
            "Cấp cơ sở (05)", "<h3>Mô hình (02)</h3>", "<h3>Điển hình (03)</h3>",
            #"<a href="/2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/">"#,
            #"<a href="/2021/12/chi-bo-lien-minh-hop-tac-xa-kiem-diem-danh-gia-chat-luong-dang-vien-nam-2021/">"#,
        ] + Self.seedCooperatives
        for fragment in expectedFragments {
            #expect(page.contains(fragment), "missing: \(fragment)")
        }
        // Both the seed and the year-end review report the models; each is listed once.
        for model in Self.seedModels {
            #expect(page.components(separatedBy: "<p class=\"achievement-title\">\(model)</p>").count - 1 == 1, "\(model)")
        }
    }

    @Test func theSeedArticleShowsItsAchievementsInABox() throws {
        let page = try #require(Fixtures.text(writer, Self.seedPath))
        #expect(page.contains(#"<h2 id="thanh-tich-trong-bai">Thành tích nêu trong bài</h2>"#))
        for model in Self.seedModels {
            #expect(page.contains("<li><strong>\(model)</strong>: mô hình Dân vận khéo, cấp cơ sở, năm <a href=\"/thanh-tich/2021/\">2021</a>, công nhận; đơn vị: Chi bộ Liên minh Hợp tác xã.</li>"))
        }
    }

    @Test func theAchievementIndexListsEveryYearNewestFirstWithItsData() throws {
        let index = try #require(Fixtures.text(writer, "thanh-tich/index.html"))
        let newer = try #require(index.range(of: "Năm 2022: 01 mô hình “Dân vận khéo” đăng ký cấp cơ sở"))
        let older = try #require(index.range(of: "Năm 2021: 02 mô hình"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(index.contains(#"<svg xmlns="http://www.w3.org/2000/svg" class="achievement-chart""#))
        let csv = try #require(Fixtures.text(writer, "thanh-tich/2021.csv"))
        #expect(csv.hasPrefix("\u{FEFF}STT,Năm,Cấp,Loại,Tên thành tích,"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == 5)
        #expect(writer.files["thanh-tich/2021.json"] != nil)
        #expect(writer.files["thanh-tich/2022/index.html"] != nil)
    }
}
