import BantinMarkdown
import Testing

@Suite("Images alone in a paragraph become figures")
struct FigureTests {
    @Test("figure HTML", arguments: [
        ("![Cầu Rồng](a.jpg \"Cầu Rồng về đêm\")\n",
         "<figure><img src=\"a.jpg\" alt=\"Cầu Rồng\"><figcaption>Cầu Rồng về đêm</figcaption></figure>\n"),
        ("![Cầu Rồng](a.jpg)\n*Ảnh: **Minh Anh***\n",
         "<figure><img src=\"a.jpg\" alt=\"Cầu Rồng\"><figcaption>Ảnh: <strong>Minh Anh</strong></figcaption></figure>\n"),
        ("![Cầu Rồng](a.jpg)\\\n*Ảnh: TTXVN*\n",
         "<figure><img src=\"a.jpg\" alt=\"Cầu Rồng\"><figcaption>Ảnh: TTXVN</figcaption></figure>\n"),
        ("![Cầu Rồng](a.jpg)\n\n*Ảnh: `TTXVN`*\n\nTiếp theo\n",
         "<figure><img src=\"a.jpg\" alt=\"Cầu Rồng\"><figcaption>Ảnh: <code>TTXVN</code></figcaption></figure>\n<p>Tiếp theo</p>\n"),
        ("![Cầu Rồng](a.jpg)\n",
         "<figure><img src=\"a.jpg\" alt=\"Cầu Rồng\"></figure>\n"),
        ("![Cầu *Rồng*](a.jpg)\n\nĐoạn văn\n",
         "<figure><img src=\"a.jpg\" alt=\"Cầu Rồng\"></figure>\n<p>Đoạn văn</p>\n"),
        ("![a](a.jpg \"Tiêu đề\")\n\n*Không phải chú thích*\n",
         "<figure><img src=\"a.jpg\" alt=\"a\"><figcaption>Tiêu đề</figcaption></figure>\n<p><em>Không phải chú thích</em></p>\n"),
    ])
    func figure(markdown: String, html: String) {
        #expect(MarkdownRenderer.render(markdown).html == html)
    }

    @Test("not a figure", arguments: [
        ("Xem ![bản đồ](map.png) bên dưới\n", "<p>Xem <img src=\"map.png\" alt=\"bản đồ\" /> bên dưới</p>\n"),
        ("![a](a.jpg) ![b](b.jpg)\n", "<p><img src=\"a.jpg\" alt=\"a\" /> <img src=\"b.jpg\" alt=\"b\" /></p>\n"),
        ("![a](a.jpg)\n*chú thích* thêm\n", "<p><img src=\"a.jpg\" alt=\"a\" /><br />\n<em>chú thích</em> thêm</p>\n"),
        ("> ![a](a.jpg)\n", "<blockquote>\n<p><img src=\"a.jpg\" alt=\"a\" /></p>\n</blockquote>\n"),
        ("[![a](a.jpg)](b.html)\n", "<p><a href=\"b.html\"><img src=\"a.jpg\" alt=\"a\" /></a></p>\n"),
    ])
    func notFigure(markdown: String, html: String) {
        #expect(MarkdownRenderer.render(markdown).html == html)
    }

    @Test("attributes and caption are escaped", arguments: [
        (#"![Bác nói "đoàn kết" & <b>x</b>](a.jpg "1 < 2 & 'ba'")"# + "\n",
         #"<figure><img src="a.jpg" alt="Bác nói “đoàn kết” &amp; x"><figcaption>1 &lt; 2 &amp; &#39;ba&#39;</figcaption></figure>"# + "\n"),
        (#"![a](<ảnh "1".jpg?x=1&y='2'>)"# + "\n",
         #"<figure><img src="%E1%BA%A3nh%20%221%22.jpg?x=1&amp;y=&#x27;2&#x27;" alt="a"></figure>"# + "\n"),
    ])
    func escaping(markdown: String, html: String) {
        #expect(MarkdownRenderer.render(markdown).html == html)
    }

    @Test("figure src follows cmark's safe-mode URL rule", arguments: [
        ("javascript:alert(1)", false, ""),
        ("JavaScript:alert(1)", false, ""),
        ("vbscript:x", false, ""),
        ("file:///etc/passwd", false, ""),
        ("data:text/html;base64,PGI+", false, ""),
        ("data:image/png;base64,iVBO", false, "data:image/png;base64,iVBO"),
        ("data:image/webp;base64,UklG", false, "data:image/webp;base64,UklG"),
        ("javascript:alert(1)", true, "javascript:alert(1)"),
    ])
    func dangerousSource(url: String, allowsRawHTML: Bool, src: String) {
        let options = MarkdownOptions(allowsRawHTML: allowsRawHTML)
        let figure = MarkdownRenderer.render("![a](\(url))\n", options: options).html
        let inline = MarkdownRenderer.render("x ![a](\(url))\n", options: options).html
        #expect(figure == "<figure><img src=\"\(src)\" alt=\"a\"></figure>\n")
        #expect(inline == "<p>x <img src=\"\(src)\" alt=\"a\" /></p>\n")
    }

    @Test("a figure whose image size is known gets width and height", arguments: [
        ("![a](media/x.svg)\n", #"<figure><img src="/tin/media/x.svg" alt="a" width="800" height="450"></figure>"# + "\n"),
        (#"![a](media/x.svg "Chú thích")"# + "\n",
         #"<figure><img src="/tin/media/x.svg" alt="a" width="800" height="450"><figcaption>Chú thích</figcaption></figure>"# + "\n"),
        ("![a](media/y.svg)\n", #"<figure><img src="/tin/media/y.svg" alt="a"></figure>"# + "\n"),
        ("x ![a](media/x.svg)\n", #"<p>x <img src="/tin/media/x.svg" alt="a" /></p>"# + "\n"),
    ])
    func knownSize(markdown: String, html: String) {
        let options = MarkdownOptions(relativeURLPrefix: "/tin/", imageSizes: ["/tin/media/x.svg": ImageSize(width: 800, height: 450)])
        #expect(MarkdownRenderer.render(markdown, options: options).html == html)
    }
}
