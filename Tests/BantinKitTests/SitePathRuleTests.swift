import BantinKit
import Foundation
import Testing

/// A document's URL may not take a generated page's place, nor be too long for a file name; the error
/// stands at its `slug:` (or title) line.
@Suite struct SitePathRuleTests {
    @Test(arguments: [
        ("thanh-tich", "các trang thành tích"), ("ban-tin", "các trang bản tin"), ("trang", "các trang tiếp theo"),
        ("chuyen-muc", "các trang chuyên mục"), ("tu-khoa", "các trang từ khoá"), ("tim-kiem", "trang tìm kiếm"),
        ("the", "các trang thẻ"), ("media", "thư mục ảnh"), ("assets", "thư mục giao diện"),
    ])
    func pageSlugThatIsAGeneratedPathIsAnErrorAtItsSlug(slug: String, owner: String) throws {
        let site = try ScratchSite([("content/pages/x.md", "---\ntitle: Trang\nslug: \(slug)\n---\nx\n")])
        let errors = site.check().filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.headline.hasPrefix("content/pages/x.md:3:7: lỗi: địa chỉ /\(slug)/ trùng với \(owner)") == true)
        #expect(errors.first?.message.hasSuffix("do bantin tạo ra (/\(slug)/); hãy đặt cho bài một `slug:` khác") == true)
    }

    @Test func theWholeErrorInVietnameseAndInEnglish() throws {
        let site = try ScratchSite([("content/pages/x.md", "---\ntitle: Trang\nslug: tim-kiem\n---\nx\n")])
        let error = try #require(site.check().first { $0.severity == .error })
        #expect(error.description == """
        content/pages/x.md:3:7: lỗi: địa chỉ /tim-kiem/ trùng với trang tìm kiếm do bantin tạo ra (/tim-kiem/); hãy đặt cho bài một `slug:` khác
         3 | slug: tim-kiem
           |       ^
        """)
        #expect(error.description(in: .english) == """
        content/pages/x.md:3:7: error: the URL /tim-kiem/ is taken by the search page, which bantin makes itself (/tim-kiem/); give the document a different `slug:`
         3 | slug: tim-kiem
           |       ^
        """)
    }

    @Test func articleSlugUnderASlugPermalinkIsCheckedToo() throws {
        let site = try ScratchSite([
            ("content/site.yml", "title: Thử\nbase_url: https://thu.example/\npermalink: /:slug/\n"),
            ("content/articles/a.md", "---\ntitle: Thành tích\ndate: 09/11/2021\n---\nx\n"),
        ])
        #expect(site.check().filter { $0.severity == .error }.map { "\($0.path):\($0.line ?? 0):\($0.column ?? 0)" } == ["content/articles/a.md:2:8"])
    }

    @Test(arguments: [
        ("---\ntitle: Trang\nslug: \(String(repeating: "a", count: 201))\n---\n", 3, 7),
        ("---\ntitle: \(String(repeating: "Tiêu đề rất dài ", count: 20))\n---\n", 2, 8),
    ])
    func urlPartTooLongForAFileNameIsAnErrorAtTheSlugOrTitle(text: String, line: Int, column: Int) throws {
        let site = try ScratchSite([("content/pages/x.md", text)])
        let errors = site.check().filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.line == line)
        #expect(errors.first?.column == column)
        #expect(errors.first?.message.hasPrefix("địa chỉ quá dài") == true)
    }

    @Test func urlPartTooLongSaysHowLongItIs() throws {
        let site = try ScratchSite([("content/pages/x.md", "---\ntitle: Trang\nslug: \(String(repeating: "a", count: 1_201))\n---\n")])
        let error = try #require(site.check().first { $0.severity == .error })
        let start = String(repeating: "a", count: 40)
        #expect(error.message == "địa chỉ quá dài: phần \"\(start)…\" có 1.201 byte, mà mỗi phần của địa chỉ là một tên tệp, chỉ được tối đa 200 byte; hãy viết một `slug:` ngắn hơn")
        #expect(error.text.english == "the URL is too long: its part \"\(start)…\" has 1,201 bytes, but each part of a URL is a file name and may have at most 200 bytes; write a shorter `slug:`")
    }

    @Test func slugUpToTheLimitIsFine() throws {
        let site = try ScratchSite([("content/pages/x.md", "---\ntitle: Trang\nslug: \(String(repeating: "a", count: 200))\n---\nx\n")])
        #expect(site.check().filter { $0.severity == .error } == [])
    }
}
