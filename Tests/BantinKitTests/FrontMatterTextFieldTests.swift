@testable import BantinKit
import Foundation
import Testing

/// One-line text fields keep `#` and `: `, and what YAML still cannot read says what to do, in Vietnamese.
@Suite struct FrontMatterTextFieldTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/", menu: ["Chi bộ"])

    func parse(_ text: String) -> Result<ParsedDocument, BuildFailure> {
        DocumentParser(config: Self.config).parse(SourceFile(path: "content/articles/x.md", text: text), as: .article)
    }

    @Test(arguments: [
        ("title: Hội nghị tại Hội trường #2 của tỉnh", "Hội nghị tại Hội trường #2 của tỉnh"),
        ("title: Kiên Giang: tổng kết năm", "Kiên Giang: tổng kết năm"),
        ("title: Chỉ thị số 05-CT/TW: học tập và làm theo", "Chỉ thị số 05-CT/TW: học tập và làm theo"),
        ("title:   Có dấu cách thừa ở cuối   ", "Có dấu cách thừa ở cuối"),
        ("title:\tSau dấu hai chấm là Tab", "Sau dấu hai chấm là Tab"),
        ("title: \"Dân vận khéo\" ở Chi bộ", "\"Dân vận khéo\" ở Chi bộ"),
        ("title: [Video] Hội nghị", "[Video] Hội nghị"),
        ("title: *Tin nóng*: bão số 9", "*Tin nóng*: bão số 9"),
        ("title: @LMHTX & đối tác", "@LMHTX & đối tác"),
        ("title: 50% HTX có lãi, 30% hòa vốn", "50% HTX có lãi, 30% hòa vốn"),
        ("title: Đường dẫn C:\\Tài liệu", "Đường dẫn C:\\Tài liệu"),
        // Quoted values read exactly as before, comment after them included.
        ("title: \"Hội nghị: tổng kết\"", "Hội nghị: tổng kết"),
        ("title: 'Hội trường #2'  # ghi chú của người viết", "Hội trường #2"),
        ("title: \"Ngoặc \\\"kép\\\" bên trong\"", "Ngoặc \"kép\" bên trong"),
        ("title: 'It''s'", "It's"),
        ("title: >\n  Tiêu đề gấp\n  hai dòng", "Tiêu đề gấp hai dòng"),
    ])
    func titlesKeepTheWholeLine(written: String, expected: String) throws {
        let document = try parse("---\n\(written)\ndate: 09/11/2021\n---\n").get()
        #expect(document.title == expected)
    }

    @Test(arguments: [
        // A summary pasted over two lines, the second not indented: both lines are the summary.
        ("summary: Sáng 9/11, Liên minh HTX tỉnh tổ chức hội nghị\ntổng kết năm 2021: nhiều kết quả #1.", "Sáng 9/11, Liên minh HTX tỉnh tổ chức hội nghị tổng kết năm 2021: nhiều kết quả #1."),
        ("summary: Dòng một\n  dòng hai # vẫn là chữ\n  dòng ba", "Dòng một dòng hai # vẫn là chữ dòng ba"),
        ("summary: Một dòng\n# một ghi chú, không phải tóm tắt", "Một dòng"),
        ("summary: |\n  Khối giữ nguyên", "Khối giữ nguyên"),
        ("summary: Hết ở đây\n\nLạc dòng sau một dòng trống", nil),
    ] as [(String, String?)])
    func summariesTakeTheirContinuationLines(written: String, expected: String?) {
        let result = parse("---\ntitle: A\n\(written)\ndate: 09/11/2021\n---\n")
        #expect((try? result.get())?.summary == expected)
    }

    @Test func otherTextFieldsKeepTheWholeLineToo() throws {
        let document = try parse("""
        ---
        title: A
        date: 09/11/2021
        author: Nhóm PV #3: T.T
        cover:
          image: media/a.jpg
          caption: Ảnh: Hội trường #2 (Nguồn: Internet)
          alt: Đại biểu #1
        achievements:
          - title: Mô hình: “Dân vận khéo” #1
            level: cấp cơ sở
            year: 2021
            status: công nhận
            unit: HTX Kinh 10: xã Vĩnh Hòa
        ---
        Nội dung.
        """).get()
        #expect(document.author == "Nhóm PV #3: T.T")
        #expect(document.cover?.caption == "Ảnh: Hội trường #2 (Nguồn: Internet)")
        #expect(document.cover?.alt == "Đại biểu #1")
        #expect(document.achievements.map(\.title) == ["Mô hình: “Dân vận khéo” #1"])
        #expect(document.achievements.map(\.unit) == ["HTX Kinh 10: xã Vĩnh Hòa"])
        #expect(document.slugLocation.line == 2 && document.slugLocation.column == 8)
    }

    @Test func aQuotedTitleStillPointsInsideItsQuotes() throws {
        let rewritten = try parse("---\ntitle: Hội nghị #2\ndate: 09/11/2021\n---\n").get()
        let quoted = try parse("---\ntitle: \"Hội nghị #2\"\ndate: 09/11/2021\n---\n").get()
        #expect(rewritten.slugLocation.column == 8)
        #expect(quoted.slugLocation.column == 9)
    }

    @Test(arguments: [
        (
            "---\ntitle: A\n\tdate: 09/11/2021\n---\n",
            """
            content/articles/x.md:3:1: lỗi: dòng này thụt vào bằng phím Tab; hãy dùng dấu cách (YAML không đọc được Tab ở đầu dòng)
             3 | \tdate: 09/11/2021
               | ^
            """
        ),
        (
            "---\ntitle: A\ndate: 09/11/2021\ncover:\n  image: a.jpg\n \tcaption: Ảnh\n---\n",
            """
            content/articles/x.md:6:2: lỗi: dòng này thụt vào bằng phím Tab; hãy dùng dấu cách (YAML không đọc được Tab ở đầu dòng)
             6 |  \tcaption: Ảnh
               |  ^
            """
        ),
        (
            "---\ntitle: A\ndate: 09/11/2021\ncategory: Tin tức: nổi bật\n---\n",
            """
            content/articles/x.md:4:11: lỗi: giá trị của `category` có dấu hai chấm và dấu cách (“: ”) nên bị đọc nhầm thành một trường mới; hãy đặt cả giá trị trong dấu ngoặc kép: category: "Tin tức: nổi bật"
             4 | category: Tin tức: nổi bật
               |           ^
            """
        ),
        (
            "---\ntitle: A\ndate: 09/11/2021\ntags:\n  -\tDân vận khéo\n---\n",
            """
            content/articles/x.md:5:4: lỗi: ở đây có ký tự Tab; hãy thay nó bằng dấu cách
             5 |   -\tDân vận khéo
               |    ^
            """
        ),
        (
            "---\ntitle: A\ntags: [Dân vận khéo\ndate: 09/11/2021\n---\n",
            """
            content/articles/x.md:3:7: lỗi: dấu “[” mở ở đây chưa được đóng; thêm “]” ở cuối, hoặc đặt giá trị trong dấu ngoặc kép nếu nó không phải danh sách
             3 | tags: [Dân vận khéo
               |       ^
            """
        ),
        (
            "---\ntitle: A\ndate: 09/11/2021\ncategory: \"Chi bộ\n---\n",
            """
            content/articles/x.md:4:11: lỗi: dấu ngoặc mở ở đây không bao giờ được đóng; thêm dấu ngoặc đóng ở cuối giá trị
             4 | category: "Chi bộ
               |           ^
            """
        ),
        (
            "---\ntitle: A\ndate: 09/11/2021\ncategory: Chi bộ\ntags\n---\n",
            """
            content/articles/x.md:5:1: lỗi: dòng này thiếu dấu hai chấm: mỗi dòng viết `tên trường: giá trị`; nếu đây là phần tiếp theo của dòng trên, hãy nối nó vào cuối dòng trên
             5 | tags
               | ^
            """
        ),
        (
            "---\ntitle: A\ndate: 09/11/2021\ncategory: @Chi bộ\n---\n",
            """
            content/articles/x.md:4:11: lỗi: giá trị không thể bắt đầu bằng ký tự “@”; hãy đặt cả giá trị trong dấu ngoặc kép
             4 | category: @Chi bộ
               |           ^
            """
        ),
    ])
    func whatYAMLStillRefusesSaysWhatToDo(text: String, expected: String) throws {
        guard case .failure(let failure) = parse(text) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [expected])
    }

    @Test(arguments: [
        (
            "---\ntitle: A\ndate: 09/11/2021\ncategory: Tin tức: nổi bật\n---\n",
            "content/articles/x.md:4:11: error: the value of `category` holds a colon and a space (\": \"), so it is read as a new field; put the whole value in double quotes: category: \"Tin tức: nổi bật\""
        ),
        (
            "---\ntitle: A\ndate: 09/11/2021\ncover:\n  image: a.jpg\n \tcaption: Ảnh\n---\n",
            "content/articles/x.md:6:2: error: this line is indented with the Tab key; use spaces (YAML cannot read a Tab at the start of a line)"
        ),
        (
            "---\ntitle: A\ndate: 09/11/2021\ncategory: Chi bộ\ntags\n---\n",
            "content/articles/x.md:5:1: error: this line has no colon: each line is written `key: value`; if it continues the line above, join it to the end of that line"
        ),
    ])
    func whatYAMLRefusesIsSaidInEnglishWhenAsked(text: String, expected: String) throws {
        guard case .failure(let failure) = parse(text) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map { $0.headline(in: .english) } == [expected])
    }

    @Test func aFieldOutOfLineWithItsGroupIsSaidSo() throws {
        guard case .failure(let failure) = parse("---\ntitle: A\ndate: 09/11/2021\ncover:\n  image: a.jpg\n caption: b\n---\n") else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            """
            content/articles/x.md:6:2: lỗi: dòng này thụt vào lệch với các dòng trên: các trường cùng một nhóm phải bắt đầu ở cùng một cột; hãy thêm hoặc bớt dấu cách ở đầu dòng cho thẳng hàng
             6 |  caption: b
               |  ^
            """,
        ])
    }

    @Test func theYAMLLibrarysOwnWordsAreQuotedInsideOurSentence() throws {
        // A YAML end-of-document marker: no case of ours, so libyaml's words are shown, quoted.
        guard case .failure(let failure) = parse("---\ntitle: A\ndate: 09/11/2021\n...\nx: y\n---\n") else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.diagnostics.map(\.headline) == [
            "content/articles/x.md:5:1: lỗi: phần này viết sai cú pháp YAML (thư viện YAML báo: “did not find expected <document start>”); kiểm tra dấu cách ở đầu dòng, dấu hai chấm và dấu ngoặc",
        ])
        #expect(failure.diagnostics.map { $0.headline(in: .english) } == [
            "content/articles/x.md:5:1: error: this part is not valid YAML (the YAML library says: “did not find expected <document start>”); check the spaces at the start of lines, the colons and the brackets",
        ])
    }
}

/// A category outside `site.yml`'s `menu` makes a page nothing links to: a warning at its `category:` line.
@Suite struct CategoryMenuWarningTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/", menu: ["Tin hoạt động", "Chi bộ", "Kinh tế tập thể"])

    func warnings(_ category: String, config: SiteConfig = Self.config, kind: ParsedDocument.Kind = .article) throws -> [String] {
        let text = "---\ntitle: A\ndate: 09/11/2021\ncategory: \(category)\n---\n"
        let file = SourceFile(path: "content/articles/x.md", text: kind == .article ? text : text.replacingOccurrences(of: "category: \(category)\n", with: ""))
        return try DocumentParser(config: config).parse(file, as: kind).get().warnings.map(\.description)
    }

    @Test(arguments: [
        // In the menu, however it is written.
        ("Chi bộ", []),
        ("chi bo", []),
        ("TIN HOẠT ĐỘNG", []),
        ("Tin  hoạt động", []),
        ("Chi bô", []),
        (
            "Tin hoat dong xa",
            ["""
            content/articles/x.md:4:11: cảnh báo: chuyên mục “Tin hoat dong xa” không có trong `menu` của content/site.yml, nên trang của nó không được liên kết từ đâu; có phải “Tin hoạt động” không?
             4 | category: Tin hoat dong xa
               |           ^
            """]
        ),
        (
            "Chibộ",
            ["""
            content/articles/x.md:4:11: cảnh báo: chuyên mục “Chibộ” không có trong `menu` của content/site.yml, nên trang của nó không được liên kết từ đâu; có phải “Chi bộ” không?
             4 | category: Chibộ
               |           ^
            """]
        ),
        (
            "Văn bản",
            ["""
            content/articles/x.md:4:11: cảnh báo: chuyên mục “Văn bản” không có trong `menu` của content/site.yml, nên trang của nó không được liên kết từ đâu; hãy chọn một chuyên mục trong menu (Tin hoạt động, Chi bộ, Kinh tế tập thể) hoặc thêm “Văn bản” vào menu
             4 | category: Văn bản
               |           ^
            """]
        ),
    ] as [(String, [String])])
    func categoriesOutsideTheMenuAreWarnedAbout(category: String, expected: [String]) throws {
        #expect(try warnings(category) == expected)
    }

    @Test func aSiteWithoutAMenuIsNotWarned() throws {
        #expect(try warnings("Văn bản", config: SiteConfig(title: "Thử", baseURL: "https://thu.example/")) == [])
    }

    @Test func theWarningReachesTheBuildAndTheSiteIsStillWritten() throws {
        let parser = DocumentParser(config: Self.config)
        let (documents, diagnostics) = parser.parse([SourceFile(path: "content/articles/x.md", text: "---\ntitle: A\ndate: 09/11/2021\ncategory: Văn bản\n---\n")], as: .article)
        #expect(documents.count == 1)
        #expect(diagnostics.map(\.severity) == [.warning])
    }
}
