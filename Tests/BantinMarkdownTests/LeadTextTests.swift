import BantinMarkdown
import Testing

@Suite("First paragraph text")
struct LeadTextTests {
    @Test("plain text of the first non-figure top-level paragraph", arguments: [
        ("# Tiêu đề\n\nĐoạn *nhấn mạnh*\nvà `mã` &amp; hết.\n\nĐoạn hai\n", "Đoạn nhấn mạnh và mã & hết." as String?),
        ("Dòng một  \ndòng hai\n", "Dòng một dòng hai"),
        ("\"Trích\" -- [liên kết](a.html) <b>x</b>\n", "“Trích” – liên kết x"),
        ("![Ảnh](a.jpg)\n*Chú thích*\n\nMở đầu\n", "Mở đầu"),
        ("![Ảnh](a.jpg)\n\n*Chú thích*\n\nMở đầu\n", "Mở đầu"),
        ("> Trích dẫn\n\nMở đầu\n", "Mở đầu"),
        ("# Chỉ tiêu đề\n", nil),
        ("- danh sách\n", nil),
        ("", nil),
    ])
    func lead(markdown: String, lead: String?) {
        #expect(MarkdownRenderer.render(markdown).firstParagraphText == lead)
    }
}
