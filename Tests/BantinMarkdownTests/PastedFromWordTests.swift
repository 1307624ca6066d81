import BantinMarkdown
import Testing

@Suite("Text pasted from Word: indented paragraphs, bullets, lettered items, line breaks")
struct PastedFromWordTests {
    @Test("what a staffer pastes and the HTML that comes out", arguments: [
        ("\tĐoạn văn thụt đầu dòng bằng tab.\n\n    Đoạn bốn dấu cách.\n",
         "<p>Đoạn văn thụt đầu dòng bằng tab.</p>\n<p>Đoạn bốn dấu cách.</p>\n"),
        ("# Tiêu đề\n\tĐoạn ngay sau tiêu đề\n", "<h1>Tiêu đề</h1>\n<p>Đoạn ngay sau tiêu đề</p>\n"),
        ("•\tMột\n•\tHai\n", "<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>\n"),
        ("• Một\n\t● Hai\n", "<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>\n"),
        ("-\tMột\n–\tHai\n", "<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>\n"),
        ("– Đồng chí A phát biểu.\n", "<p>– Đồng chí A phát biểu.</p>\n"),
        ("Nội dung:\na) Thứ nhất;\nb)\tThứ hai;\nđ) Thứ năm.\n",
         "<p>Nội dung:</p>\n<div class=\"muc-chu\">\n<ul>\n<li>a) Thứ nhất;</li>\n<li>b) Thứ hai;</li>\n<li>đ) Thứ năm.</li>\n</ul>\n</div>\n"),
        ("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn A\n", "<p>TM. BAN THƯỜNG VỤ<br />\nCHỦ TỊCH<br />\nNguyễn Văn A</p>\n"),
        ("```\n\tmã giữ tab\n```\n", "<pre><code>\tmã giữ tab\n</code></pre>\n"),
        ("- mục\n\n    - mục con\n", "<ul>\n<li>\n<p>mục</p>\n<ul>\n<li>mục con</li>\n</ul>\n</li>\n</ul>\n"),
        ("Dòng đầu\n    dòng tiếp theo\n", "<p>Dòng đầu<br />\ndòng tiếp theo</p>\n"),
    ])
    func pasted(markdown: String, html: String) {
        #expect(MarkdownRenderer.render(markdown).html == html)
    }

    @Test("links keep the columns the staffer typed after indentation, bullets and letters are rewritten", arguments: [
        ("\t\tXem [bài](a)\n", ["link a 1:7"]),
        ("  •\t[bài](a)\n", ["link a 1:5"]),
        ("\tb) [bài](a)\n", ["link a 1:5"]),
        ("đ)\t[x](a) [y](b c)\n", ["link a 1:4", "link b c 1:11"]),
    ])
    func columns(markdown: String, references: [String]) {
        let document = MarkdownRenderer.render(markdown)
        #expect(document.references.map { "\($0.kind) \($0.url) \($0.line):\($0.column)" } == references)
    }
}
