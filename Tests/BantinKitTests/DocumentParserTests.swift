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

    /// A folded YAML value reads as one line: runs of spaces, line feeds and Tabs become one space.
    @Test(arguments: [
        ("  Hội nghị\n  tổng kết \t năm 2021  ", "Hội nghị tổng kết năm 2021"),
        ("Đảng bộ", "Đảng bộ"),
        ("\n\t ", ""),
        ("a\u{A0}b  c", "a\u{A0}b c"),
        ("", ""),
    ])
    func collapsesSpaces(written: String, read: String) {
        #expect(DocumentParser.collapseSpaces(written) == read)
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
        ("slug: ../etc", "content/articles/x.md:4:7: lỗi: slug \"../etc\" (phần cuối địa chỉ của bài) chỉ được có chữ thường a-z, số 0-9 và dấu gạch nối đơn (không có /, .. hay dấu cách); có phải \"etc\" không?"),
        ("slug: a/b", "content/articles/x.md:4:7: lỗi: slug \"a/b\" (phần cuối địa chỉ của bài) chỉ được có chữ thường a-z, số 0-9 và dấu gạch nối đơn (không có /, .. hay dấu cách); có phải \"a-b\" không?"),
        ("titel: B", "content/articles/x.md:4:1: lỗi: không có trường `titel` trong phần đầu (front matter); có phải `title` không?"),
        ("draft: yes", "content/articles/x.md:4:8: lỗi: `draft` phải viết là true hoặc false, không phải \"yes\""),
        ("title: C", "content/articles/x.md:4:1: lỗi: `title` được ghi hai lần (lần đầu ở dòng 2); hãy giữ lại một dòng"),
        ("cover: {src: a.jpg}", "content/articles/x.md:4:9: lỗi: không có trường `src` trong ảnh bìa (`cover`); các trường dùng được: image, caption, alt"),
    ])
    func reportsFieldErrorsAtTheirPosition(line: String, expected: String) {
        let result = parse("---\ntitle: A\ndate: 09/11/2021\n\(line)\n---\n")
        guard case .failure(let failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map(\.headline).contains(expected), "\(failure.diagnostics.map(\.headline))")
    }

    @Test(arguments: [
        ("slug: a/b", "content/articles/x.md:4:7: error: slug \"a/b\" may contain only lowercase a-z, 0-9 and single hyphens (no /, .. or spaces); did you mean \"a-b\"?"),
        ("titel: B", "content/articles/x.md:4:1: error: unknown key `titel` in front matter; did you mean `title`?"),
        ("draft: yes", "content/articles/x.md:4:8: error: `draft` must be true or false, not \"yes\""),
        ("title: C", "content/articles/x.md:4:1: error: `title` is given twice (first on line 2); keep one of them"),
    ])
    func reportsFieldErrorsInEnglishWhenAsked(line: String, expected: String) {
        let result = parse("---\ntitle: A\ndate: 09/11/2021\n\(line)\n---\n")
        guard case .failure(let failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map { $0.headline(in: .english) } == [expected])
    }

    @Test func aFileWithoutFrontMatterSaysWhatToWrite() {
        let result = parse("# Tiêu đề\n\nNội dung.\n")
        guard case .failure(let failure) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "content/articles/x.md:1:1: lỗi: thiếu phần đầu (front matter): tệp phải bắt đầu bằng một dòng `---`, tiếp theo là `title:` và `date:`, rồi một dòng `---` nữa\n 1 | # Tiêu đề\n   | ^",
        ])
        #expect(failure.diagnostics.map { $0.headline(in: .english) } == [
            "content/articles/x.md:1:1: error: missing front matter: the file must start with a line `---`, then `title:` and `date:`, then another `---`",
        ])
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
