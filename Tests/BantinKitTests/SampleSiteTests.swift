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
                     "chuyen-muc/chi-bo/rss.xml", "tu-khoa/dan-van-kheo/index.html", "assets/style.css", "media/2021/dan-van-kheo.svg",
                     "ban-tin/index.html", "ban-tin/thang-11-2021/index.html", "ban-tin/thang-11-2021/email.html", "ban-tin/rss.xml"] {
            #expect(writer.files[path] != nil, "missing \(path)")
        }
    }

    @Test func feedHasNewestTwentyWithVietnamOffsetDates() throws {
        let feed = try #require(Fixtures.text(writer, "rss.xml"))
        #expect(feed.contains("<pubDate>Tue, 09 Nov 2021 09:40:00 +0700</pubDate>"))
        #expect(feed.components(separatedBy: "<item>").count - 1 == min(20, report.site.articleCount))
    }

    @Test func novemberBulletinFeaturesTheSeedArticle() throws {
        let page = try #require(Fixtures.text(writer, "ban-tin/thang-11-2021/index.html"))
        let featured = try #require(page.range(of: "Tin nổi bật"))
        let seed = try #require(page.range(of: "Những kết quả từ phong trào thi đua “Dân vận khéo”"))
        #expect(featured.lowerBound < seed.lowerBound)
        #expect(page.contains("<strong>Số 11</strong> · 01/11/2021 – 30/11/2021"))
    }
}
