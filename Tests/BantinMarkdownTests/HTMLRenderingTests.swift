import BantinMarkdown
import Testing

@Suite("HTML as cmark renders it")
struct HTMLRenderingTests {
    @Test("blocks and inlines pass through", arguments: [
        ("# Tiêu đề\n", "<h1>Tiêu đề</h1>\n"),
        ("## Thời sự\n\nNội dung\n", "<h2>Thời sự</h2>\n<p>Nội dung</p>\n"),
        ("- một\n- hai\n", "<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n"),
        ("1. một\n2. hai\n", "<ol>\n<li>một</li>\n<li>hai</li>\n</ol>\n"),
        ("*nghiêng* và **đậm**\n", "<p><em>nghiêng</em> và <strong>đậm</strong></p>\n"),
        ("> Trích dẫn\n", "<blockquote>\n<p>Trích dẫn</p>\n</blockquote>\n"),
        ("```\nlet x = 1\n```\n", "<pre><code>let x = 1\n</code></pre>\n"),
        ("", ""),
    ])
    func passThrough(markdown: String, html: String) {
        #expect(MarkdownRenderer.render(markdown).html == html)
    }

    @Test("smart punctuation is always on", arguments: [
        ("\"Dân vận khéo\"\n", "<p>“Dân vận khéo”</p>\n"),
        ("Bác nói: 'Dân là gốc'\n", "<p>Bác nói: ‘Dân là gốc’</p>\n"),
        ("2010--2020 --- mười năm...\n", "<p>2010–2020 — mười năm…</p>\n"),
    ])
    func smartPunctuation(markdown: String, html: String) {
        #expect(MarkdownRenderer.render(markdown).html == html)
    }

    @Test("raw HTML and dangerous links depend on allowsRawHTML", arguments: [
        ("<script>alert(1)</script>\n", false, "<!-- raw HTML omitted -->\n"),
        ("<script>alert(1)</script>\n", true, "<script>alert(1)</script>\n"),
        ("Chữ <b>đậm</b>\n", false, "<p>Chữ <!-- raw HTML omitted -->đậm<!-- raw HTML omitted --></p>\n"),
        ("Chữ <b>đậm</b>\n", true, "<p>Chữ <b>đậm</b></p>\n"),
        ("[x](javascript:alert(1))\n", false, "<p><a href=\"\">x</a></p>\n"),
        ("[x](javascript:alert(1))\n", true, "<p><a href=\"javascript:alert(1)\">x</a></p>\n"),
    ])
    func safety(markdown: String, allowsRawHTML: Bool, html: String) {
        let options = MarkdownOptions(allowsRawHTML: allowsRawHTML)
        #expect(MarkdownRenderer.render(markdown, options: options).html == html)
    }

    @Test("Vietnamese text keeps its exact code points", arguments: [
        "Tiếng Việt có dấu: ặ ẫ ữ ỳ ỹ đ Đ",
        "Tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t (NFD stays NFD)",
    ])
    func vietnameseSurvives(text: String) {
        let document = MarkdownRenderer.render(text + "\n")
        // String == compares canonically, so compare scalars to catch any normalization.
        #expect(Array(document.html.unicodeScalars) == Array("<p>\(text)</p>\n".unicodeScalars))
        #expect(document.firstParagraphText.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
    }
}
