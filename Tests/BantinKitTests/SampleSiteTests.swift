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
        #expect(report.warnings == [])
        #expect(report.articleCount >= 10)
        #expect(report.skippedDrafts == 1)
    }

    @Test func seedArticleReadsLikeTheSeedPage() throws {
        let page = try #require(Fixtures.text(writer, Self.seedPath))
        let expectedFragments = [
            #"<html lang="vi">"#,
            #"<h1 class="article-title">Những kết quả từ phong trào thi đua “Dân vận khéo” ở Chi bộ Liên minh Hợp tác xã</h1>"#,
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
            "<span id=\"co-chu-nhan\">Xem với cỡ chữ</span>",
            #"aria-label="Giảm cỡ chữ""#,
            #"aria-label="Tăng cỡ chữ""#,
            #"<img src="/media/2021/dan-van-kheo.svg" alt="VGP News"#,
            #"width="800" height="450"><figcaption>Chủ tịch Hồ Chí Minh đã dạy"#,
            ">In bài viết</button>",
            #"href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Flmhtx.kiengiang.example%2F2021%2F11%2Fnhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa%2F""#,
            #"href="https://sp.zalo.me/share_to_zalo?url=https%3A%2F%2Flmhtx.kiengiang.example%2F2021%2F11%2Fnhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa%2F""#,
            ">Sao chép liên kết</button>",
            #"<span class="neighbour-label">Bài trước</span>"#,
            #"<span class="neighbour-label">Bài sau</span>"#,
        ]
        for fragment in expectedFragments {
            #expect(page.contains(fragment), "missing: \(fragment)")
        }
    }

    @Test func homeShowsTheLatestLargeThenTheRestThenTheMenuCategories() throws {
        let home = try #require(Fixtures.text(writer, "index.html"))
        let inOrder = [
            #"<article class="lead-story">"#,
            #"<h2 class="lead-story-title"><a href="/2022/01/cong-doan-co-so-lien-minh-hop-tac-xa-tham-hoi-tang-qua-tet-cho-doan-vien/">"#,
            #"<ul class="article-list">"#,
            #"<span class="pagination-label">Trang</span>"#,
            #"<a rel="next" href="/trang/2/">Sau</a>"#,
            #"id="khoi-tin-hoat-dong""#,
            #"id="khoi-chi-bo""#,
            #"id="khoi-kinh-te-tap-the""#,
            #"id="khoi-ho-tro-htx""#,
            #"<span class="footer-label">Địa chỉ:</span> Số 12 đường Trần Phú"#,
        ]
        var searchFrom = home.startIndex
        for fragment in inOrder {
            let found = home.range(of: fragment, range: searchFrom..<home.endIndex)
            #expect(found != nil, "missing, or out of order: \(fragment)")
            if let found { searchFrom = found.upperBound }
        }
        #expect(home.components(separatedBy: #"<li class="article-item">"#).count - 1 == 4, "per_page 5: the lead and 4 more")
        #expect(home.contains(#"<img src="/media/2022/hoi-cho-ocop.svg" alt="" loading="lazy" width="800" height="450">"#))
    }

    @Test func everySiteWideFileExists() {
        for path in ["index.html", "trang/2/index.html", "404.html", "rss.xml", "sitemap.xml", "robots.txt",
                     "gioi-thieu/index.html", "chuyen-muc/chi-bo/index.html", "chuyen-muc/tin-hoat-dong/trang/2/index.html",
                     "chuyen-muc/chi-bo/rss.xml", "tu-khoa/dan-van-kheo/index.html", "assets/style.css", "assets/site.js", "assets/logo.svg",
                     "media/2021/dan-van-kheo.svg",
                     "ban-tin/index.html", "ban-tin/thang-11-2021/index.html", "ban-tin/thang-11-2021/email.html", "ban-tin/rss.xml"] {
            #expect(writer.files[path] != nil, "missing \(path)")
        }
    }

    @Test func feedHasNewestTwentyWithVietnamOffsetDates() throws {
        let feed = try #require(Fixtures.text(writer, "rss.xml"))
        #expect(feed.contains("<pubDate>Tue, 09 Nov 2021 09:40:00 +0700</pubDate>"))
        #expect(feed.components(separatedBy: "<item>").count - 1 == min(20, report.articleCount))
    }

    @Test func novemberBulletinFeaturesTheSeedArticle() throws {
        let page = try #require(Fixtures.text(writer, "ban-tin/thang-11-2021/index.html"))
        let featured = try #require(page.range(of: "Tin nổi bật"))
        let seed = try #require(page.range(of: "Những kết quả từ phong trào thi đua “Dân vận khéo”"))
        #expect(featured.lowerBound < seed.lowerBound)
        #expect(page.contains("<strong>Số 11</strong> · 01/11/2021 – 30/11/2021"))
        // The seed reports two models and three exemplary cooperatives: the closing box lists each once.
        let box = try #require(page.range(of: "Thành tích trong kỳ"))
        #expect(box.lowerBound > seed.lowerBound)
        for title in Self.seedModels {
            #expect(page.components(separatedBy: "<li><strong>\(title)</strong>").count - 1 == 1, "\(title)")
        }
        for cooperative in Self.seedCooperatives {
            #expect(page.components(separatedBy: "đơn vị: \(cooperative).").count - 1 == 1, "\(cooperative)")
        }
        let email = try #require(Fixtures.text(writer, "ban-tin/thang-11-2021/email.html"))
        #expect(email.contains("Thành tích trong kỳ"))
        #expect(email.contains("<strong>\(Self.seedModels[0])</strong>"))
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
