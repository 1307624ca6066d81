@testable import BantinKit
import Foundation
import Testing

@Suite struct DocumentParserTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/")

    func parse(_ text: String, kind: ParsedDocument.Kind = .article) -> Result<ParsedDocument, BuildFailure> {
        DocumentParser(config: Self.config).parse(SourceFile(path: "content/articles/x.md", text: text), as: kind)
    }

    @Test(arguments: [
        ("No", "No"), ("1.10", "1.10"), ("012345", "012345"), ("yes", "yes"), ("null value", "null value"),
        ("'quoted: yes'", "quoted: yes"), ("\"Tiêu đề “có ngoặc”\"", "Tiêu đề “có ngoặc”"), ("2021-11-09", "2021-11-09"),
    ])
    func titlesStayLiteral(written: String, expected: String) throws {
        let document = try parse("---\ntitle: \(written)\ndate: 09/11/2021\nauthor: \(written)\n---\n").get()
        #expect(document.title == expected)
        #expect(document.author == expected)
    }

    @Test(arguments: [
        ("09/11/2021 09:40", "2021-11-09T02:40:00Z"),
        ("2021-11-09 09:40", "2021-11-09T02:40:00Z"),
        ("2021-11-09T09:40:00+07:00", "2021-11-09T02:40:00Z"),
        ("09/11/2021", "2021-11-08T17:00:00Z"),
        ("2021-11-09", "2021-11-08T17:00:00Z"),
    ])
    func datesAreDayFirstInTheSiteZone(written: String, utc: String) throws {
        let document = try parse("---\ntitle: A\ndate: \(written)\n---\n").get()
        #expect(document.date == ISO8601DateFormatter().date(from: utc))
    }

    @Test func readsEveryField() throws {
        let document = try parse("""
        ---
        title: Những kết quả từ phong trào thi đua “Dân vận khéo”
        date: 09/11/2021 09:40
        category: Chi   bộ
        tags: [Dân vận khéo, thi đua, Thi Đua]
        author: T.T
        summary: >
          Dòng một
          dòng hai.
        cover: {image: media/a.jpg, caption: Chú thích, alt: Ảnh}
        draft: false
        ---
        Đoạn *đầu*.

        """).get()
        #expect(document.slug == "nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo")
        #expect(document.category == "Chi bộ")
        #expect(document.tags == ["Dân vận khéo", "thi đua"])
        #expect(document.summary == "Dòng một dòng hai.")
        #expect(document.cover?.image == "/media/a.jpg")
        #expect(document.cover?.caption == "Chú thích")
        #expect(document.cover?.location.line == 10)
        #expect(document.draft == false)
        #expect(document.bodyLineOffset == 12)
        #expect(document.body.html == "<p>Đoạn <em>đầu</em>.</p>\n")
    }

    @Test func leadFallsBackToTheFirstParagraph() throws {
        let document = try parse("---\ntitle: A\ndate: 09/11/2021\n---\n# Tiêu đề\n\nĐoạn **mở** đầu\nnối tiếp.\n").get()
        #expect(document.summary == nil)
        #expect(document.lead == "Đoạn mở đầu nối tiếp.")
    }

    @Test(arguments: [
        ("slug: ../etc", "content/articles/x.md:4:7: lỗi: slug \"../etc\" may contain only lowercase a-z, 0-9 and single hyphens (no /, .. or spaces); did you mean \"etc\"?"),
        ("slug: a/b", "content/articles/x.md:4:7: lỗi: slug \"a/b\" may contain only lowercase a-z, 0-9 and single hyphens (no /, .. or spaces); did you mean \"a-b\"?"),
        ("titel: B", "content/articles/x.md:4:1: lỗi: unknown key `titel` in front matter; did you mean `title`?"),
        ("draft: yes", "content/articles/x.md:4:8: lỗi: `draft` must be true or false, not \"yes\""),
        ("title: C", "content/articles/x.md:4:1: lỗi: `title` is given twice (first on line 2)"),
        ("cover: {src: a.jpg}", "content/articles/x.md:4:9: lỗi: unknown key `src` in cover; known keys: image, caption, alt"),
    ])
    func reportsFieldErrorsAtTheirPosition(line: String, expected: String) {
        let result = parse("---\ntitle: A\ndate: 09/11/2021\n\(line)\n---\n")
        guard case .failure(let failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map(\.headline).contains(expected), "\(failure.diagnostics.map(\.headline))")
    }

    @Test func pagesNeedNoDate() throws {
        let page = try parse("---\ntitle: Giới thiệu\n---\nNội dung.\n", kind: .page).get()
        #expect(page.slug == "gioi-thieu")
        #expect(page.date == nil)
    }

    @Test func rawHTMLIsDroppedUnlessTheSiteAllowsIt() throws {
        let text = "---\ntitle: A\ndate: 09/11/2021\n---\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n"
        let safe = try parse(text).get().body.html
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("javascript:"))
        var trusted = Self.config
        trusted.unsafeHTML = true
        let unsafe = try DocumentParser(config: trusted).parse(SourceFile(path: "x.md", text: text), as: .article).get().body.html
        #expect(unsafe.contains("<script>alert(1)</script>"))
    }
}
