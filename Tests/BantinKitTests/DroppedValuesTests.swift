@testable import BantinKit
import Foundation
import Testing

/// Values that used to vanish without a word (issue 11, items 13 and 15): each is now an error at
/// its own line and column.
@Suite struct DroppedValuesTests {
    func headlines(_ frontMatter: String) -> [String] {
        let text = "---\ntitle: Bài\ndate: 09/11/2021\n\(frontMatter)\n---\nNội dung.\n"
        switch DocumentParser(config: DocumentParserTests.config).parse(SourceFile(path: "content/articles/x.md", text: text), as: .article) {
        case .success(let document): return document.warnings.map(\.headline)
        case .failure(let failure): return failure.diagnostics.map(\.headline)
        }
    }

    /// Positions point at the value's first character, inside its quotes.
    @Test(arguments: [
        ("summary: \"a\\u0007b\"", "content/articles/x.md:4:11: lỗi: `summary` chứa ký tự điều khiển \\u0007, không in được trên trang; hãy xoá nó (thường do dán từ chương trình khác hoặc viết \\u0007 trong dấu ngoặc kép)"),
        ("author: \"T\\0T\"", "content/articles/x.md:4:10: lỗi: `author` chứa ký tự điều khiển \\u0000, không in được trên trang; hãy xoá nó (thường do dán từ chương trình khác hoặc viết \\u0000 trong dấu ngoặc kép)"),
        ("tags: [\"a\\u001Bb\"]", "content/articles/x.md:4:9: lỗi: `tags` chứa ký tự điều khiển \\u001B, không in được trên trang; hãy xoá nó (thường do dán từ chương trình khác hoặc viết \\u001B trong dấu ngoặc kép)"),
    ])
    func escapedControlCharactersAreErrors(line: String, expected: String) {
        #expect(headlines(line) == [expected])
    }

    @Test func aTitleWithAnEscapedControlCharacterIsAnError() {
        let text = "---\ntitle: \"a\\u0007b\\u0000c\"\ndate: 09/11/2021\n---\n"
        let result = DocumentParser(config: DocumentParserTests.config).parse(SourceFile(path: "content/articles/x.md", text: text), as: .article)
        guard case .failure(let failure) = result else {
            Issue.record("a title with control characters was accepted")
            return
        }
        #expect(failure.diagnostics.map(\.headline).contains { $0.hasPrefix("content/articles/x.md:2:9: lỗi: `title` chứa ký tự điều khiển \\u0007") }, "\(failure.diagnostics.map(\.headline))")
    }

    @Test(arguments: [
        ("category: \"!!!\"", "content/articles/x.md:4:12: lỗi: chuyên mục “!!!” không có chữ hay số nào để làm địa chỉ trang; hãy đặt tên chuyên mục bằng chữ, ví dụ “Tin hoạt động”"),
        ("tags: [Tin, \"..\"]", "content/articles/x.md:4:14: lỗi: từ khóa “..” không có chữ hay số nào để làm địa chỉ trang; hãy viết từ khóa bằng chữ hoặc bỏ nó đi"),
        ("tags: [\"/\"]", "content/articles/x.md:4:9: lỗi: từ khóa “/” không có chữ hay số nào để làm địa chỉ trang; hãy viết từ khóa bằng chữ hoặc bỏ nó đi"),
        ("cover: \"javascript:alert(1)\"", "content/articles/x.md:4:9: lỗi: ảnh bìa “javascript:alert(1)” không phải là một tệp ảnh; hãy chép ảnh vào content/media/ và viết đường dẫn của nó, ví dụ media/2021/anh-bia.jpg"),
        ("cover: {image: \"data:image/png;base64,AAAA\"}", "content/articles/x.md:4:17: lỗi: ảnh bìa “data:image/png;base64,AAAA” không phải là một tệp ảnh; hãy chép ảnh vào content/media/ và viết đường dẫn của nó, ví dụ media/2021/anh-bia.jpg"),
    ])
    func namesWithoutAnAddressAndScriptCoversAreErrors(line: String, expected: String) {
        #expect(headlines(line) == [expected])
    }

    /// Issue 11, item 14: a raw NUL inside a nested record was reported at the front matter's first
    /// line, with libyaml's English and its own line number inside the message.
    @Test func aRawControlCharacterInANestedRecordIsReportedWhereItIs() {
        let text = "---\ntitle: Bài\ndate: 09/11/2021\nachievements:\n  - title: Mô hình\n    level: cấp cơ sở\n    year: 2021\n    status: công\u{0} nhận\n---\n"
        let result = DocumentParser(config: DocumentParserTests.config).parse(SourceFile(path: "content/articles/x.md", text: text), as: .article)
        guard case .failure(let failure) = result else {
            Issue.record("accepted")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "content/articles/x.md:8:17: lỗi: ở đây có ký tự điều khiển \\u0000 (không in được, thường do dán từ chương trình khác); hãy xoá nó\n 8 |     status: công\\u0000 nhận\n   |                 ^",
        ])
    }
}
