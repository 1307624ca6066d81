import BantinKit
import Foundation
import Testing

/// The email edition of a bulletin, built with the site's own templates: absolute links only, no scripts, small.
@Suite struct BulletinEmailTests {
    /// Every href and src value in `html`.
    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in [" href=\"", " src=\""] {
            var rest = Substring(html)
            while let start = rest.range(of: attribute) {
                let value = rest[start.upperBound...]
                guard let end = value.firstIndex(of: "\"") else { break }
                links.append(String(value[..<end]))
                rest = value[end...]
            }
        }
        return links
    }

    /// A month of 30 articles with realistic leads and covers, and one bulletin over it, with the repository's templates.
    func monthSite() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-email-\(UUID().uuidString)")
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("bulletins"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("media"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        try Data("title: Liên minh Hợp tác xã Kiên Giang\nbase_url: https://lmhtx.example/\nmenu: [Tin hoạt động, Chi bộ]\ncontact: {address: Rạch Giá, phone: \"0297\", email: a@lmhtx.example}\n".utf8)
            .write(to: content.appendingPathComponent("site.yml"))
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>".utf8).write(to: content.appendingPathComponent("media/a.svg"))
        let lead = String(repeating: "Hợp tác xã nông nghiệp tiếp tục đẩy mạnh liên kết sản xuất, nâng cao thu nhập cho thành viên. ", count: 3)
        for day in 1...30 {
            let text = """
            ---
            title: Hoạt động của các hợp tác xã trong tỉnh ngày \(day) tháng 11 năm 2021
            date: \(String(format: "%02d", day))/11/2021 08:00
            category: \(day % 2 == 0 ? "Chi bộ" : "Tin hoạt động")
            summary: \(lead)
            cover: media/a.svg
            ---
            Nội dung với [liên kết](/).
            """
            try Data(text.utf8).write(to: content.appendingPathComponent("articles/\(day).md"))
        }
        try Data("---\ntitle: Bản tin tháng 11/2021\nnumber: 11\nslug: thang-11-2021\nfrom: 01/11/2021\nto: 30/11/2021\nfeatured: [hoat-dong-cua-cac-hop-tac-xa-trong-tinh-ngay-9-thang-11-nam-2021]\n---\nLời ban biên tập, xem [trang chủ](/) và ![ảnh](media/a.svg).\n".utf8)
            .write(to: content.appendingPathComponent("bulletins/thang-11.md"))
        return root
    }

    @Test func aMonthOfThirtyArticlesIsSelfContainedAndSmall() throws {
        let root = try monthSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let (writer, _) = try Fixtures.build(root)
        let email = try #require(Fixtures.text(writer, "ban-tin/thang-11-2021/email.html"))
        let links = Self.links(in: email)
        #expect(links.count >= 33)  // 30 articles, the featured cover, the note's link and image
        #expect(links.filter { !$0.hasPrefix("https://lmhtx.example/") } == [])
        #expect(!email.lowercased().contains("<script"))
        #expect(!email.contains("<link"))
        #expect(email.utf8.count < 100_000, "email.html is \(email.utf8.count) bytes")
        #expect(email.components(separatedBy: "<h3").count - 1 == 30)
    }

    @Test func theBulletinPageFeedAndIndexExist() throws {
        let root = try monthSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let (writer, report) = try Fixtures.build(root)
        #expect(report.warnings == [])
        let page = try #require(Fixtures.text(writer, "ban-tin/thang-11-2021/index.html"))
        #expect(page.contains("<strong>Số 11</strong> · 01/11/2021 – 30/11/2021"))
        let index = try #require(Fixtures.text(writer, "ban-tin/index.html"))
        #expect(index.contains("Số 11 · 01/11/2021 – 30/11/2021 · 30 bài"))
        let feed = try #require(Fixtures.text(writer, "ban-tin/rss.xml"))
        #expect(feed.contains("<link>https://lmhtx.example/ban-tin/thang-11-2021/</link>"))
        #expect(feed.contains("<pubDate>Tue, 30 Nov 2021 00:00:00 +0700</pubDate>"))
        let sitemap = try #require(Fixtures.text(writer, "sitemap.xml"))
        #expect(sitemap.contains("<loc>https://lmhtx.example/ban-tin/thang-11-2021/</loc>"))
        #expect(!sitemap.contains("email.html"))
    }

    @Test func aSiteWithBulletinsNeedsTheirTemplates() throws {
        let root = try monthSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("templates/bulletin-email.mustache"))
        let failure = #expect(throws: BuildFailure.self) { try Fixtures.build(root) }
        #expect(failure?.diagnostics.map(\.headline) == [
            "templates/bulletin-email.mustache: lỗi: thiếu mẫu: trang web có bản tin (content/bulletins/) nên cần tệp templates/bulletin-email.mustache; hãy tạo tệp này",
        ])
    }
}
