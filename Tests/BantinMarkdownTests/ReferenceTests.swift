import BantinMarkdown
import Testing

@Suite("Link and image references")
struct ReferenceTests {
    private func summary(_ references: [MarkdownReference]) -> [String] {
        references.map { "\($0.kind) \($0.url) \($0.line):\($0.column)" }
    }

    @Test("relative URLs are rewritten in HTML and references alike", arguments: [
        ("/", "[Bài](bai-viet.html)\n", "<p><a href=\"/bai-viet.html\">Bài</a></p>\n", "link /bai-viet.html 1:1"),
        ("/tin/", "[Bài](bai-viet.html)\n", "<p><a href=\"/tin/bai-viet.html\">Bài</a></p>\n", "link /tin/bai-viet.html 1:1"),
        ("/", "x ![a](media/x.jpg)\n", "<p>x <img src=\"/media/x.jpg\" alt=\"a\" /></p>\n", "image /media/x.jpg 1:3"),
        ("/tin/", "x ![a](media/x.jpg)\n", "<p>x <img src=\"/tin/media/x.jpg\" alt=\"a\" /></p>\n", "image /tin/media/x.jpg 1:3"),
        ("/tin/", "![a](media/x.jpg)\n", "<figure><img src=\"/tin/media/x.jpg\" alt=\"a\"></figure>\n", "image /tin/media/x.jpg 1:1"),
        ("/tin/", "[a](thu-muc/a:b)\n", "<p><a href=\"/tin/thu-muc/a:b\">a</a></p>\n", "link /tin/thu-muc/a:b 1:1"),
        ("/tin/", "[a][r]\n\n[r]: media/y.png\n", "<p><a href=\"/tin/media/y.png\">a</a></p>\n", "link /tin/media/y.png 1:1"),
        ("/tin/", "[a](/tuyet-doi)\n", "<p><a href=\"/tuyet-doi\">a</a></p>\n", "link /tuyet-doi 1:1"),
        ("/tin/", "[a](#muc-1)\n", "<p><a href=\"#muc-1\">a</a></p>\n", "link #muc-1 1:1"),
        ("/tin/", "[a](?trang=2)\n", "<p><a href=\"?trang=2\">a</a></p>\n", "link ?trang=2 1:1"),
        ("/tin/", "[a](https://vnexpress.net/x)\n", "<p><a href=\"https://vnexpress.net/x\">a</a></p>\n", "link https://vnexpress.net/x 1:1"),
        ("/tin/", "[a](mailto:toa-soan@bao.vn)\n", "<p><a href=\"mailto:toa-soan@bao.vn\">a</a></p>\n", "link mailto:toa-soan@bao.vn 1:1"),
        ("/tin/", "<https://bao.vn>\n", "<p><a href=\"https://bao.vn\">https://bao.vn</a></p>\n", "link https://bao.vn 1:1"),
    ])
    func rewrite(prefix: String, markdown: String, html: String, reference: String) {
        let document = MarkdownRenderer.render(markdown, options: MarkdownOptions(relativeURLPrefix: prefix))
        #expect(document.html == html)
        #expect(summary(document.references) == [reference])
    }

    @Test("without a prefix URLs are left alone")
    func noPrefix() {
        let document = MarkdownRenderer.render("[a](media/x.html)\n")
        #expect(document.html == "<p><a href=\"media/x.html\">a</a></p>\n")
        #expect(summary(document.references) == ["link media/x.html 1:1"])
    }

    @Test("positions are 1-based lines and character columns", arguments: [
        ("# Tiêu đề\n\nXem [bài](a.html) nhé\n", ["link a.html 3:5"]),
        ("Một\nhai ba [x](a) và ![y](b.jpg)\n", ["link a 2:8", "image b.jpg 2:18"]),
        ("Tiếng Việt [x](a)\n", ["link a 1:12"]),
        ("a\n    [x](y)\n", ["link y 2:5"]),
        ("> q\n>   [x](y)\n", ["link y 2:5"]),
        ("> q\n[x](y)\n", ["link y 2:1"]),
        ("- mục\n  dòng hai [x](y)\n", ["link y 2:12"]),
        ("a `mã\nnhiều dòng` b\nc [x](y)\n", ["link y 3:3"]),
        ("a\r\nb\r\n\r\nđ [x](y)\r\n", ["link y 4:3"]),
        ("a\rb [x](y)\r", ["link y 2:3"]),
        ("Đọc [bài viết\nrất dài](a) và ![ảnh\n*chụp*\nđêm](b.jpg)\n", ["link a 1:5", "image b.jpg 2:16"]),
        ("x ![\nb](c)\n", ["image c 1:3"]),
        ("Tiêu đề\n  có [x](y)\n===\n", ["link y 2:6"]),
        // The indented paragraph is a paragraph (as pasted from Word), and its column is still the one typed.
        ("[x](y)\n\n    [không](z)\n\n![a](b.jpg)\n*[nguồn](c)*\n", ["link y 1:1", "link z 3:5", "image b.jpg 5:1", "link c 6:2"]),
        ("[x](y)\n\n```\n[không](z)\n```\n", ["link y 1:1"]),
    ])
    func positions(markdown: String, references: [String]) {
        #expect(summary(MarkdownRenderer.render(markdown).references) == references)
    }
}
