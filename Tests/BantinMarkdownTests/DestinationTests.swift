import BantinMarkdown
import Testing

@Suite("Destinations as staff write them: spaces, NFD, paths on their own computer")
struct DestinationTests {
    private func summary(_ references: [MarkdownReference]) -> [String] {
        references.map { "\($0.kind) \($0.url) \($0.line):\($0.column)" }
    }

    @Test("spaces in a file name make a link or image, percent-encoded like cmark's other URLs", arguments: [
        ("![Quang cảnh](media/2021/Ảnh hội nghị 1.jpg)\n",
         #"<figure><img src="/media/2021/%E1%BA%A2nh%20h%E1%BB%99i%20ngh%E1%BB%8B%201.jpg" alt="Quang cảnh"></figure>"# + "\n",
         ["image /media/2021/Ảnh hội nghị 1.jpg 1:1"]),
        ("Tải [Quyết định 123.pdf](media/2021/Quyết định 123.pdf) và [b](c d \"tiêu đề\") nhé\n",
         #"<p>Tải <a href="/media/2021/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20123.pdf">Quyết định 123.pdf</a> và <a href="/c%20d" title="tiêu đề">b</a> nhé</p>"# + "\n",
         ["link /media/2021/Quyết định 123.pdf 1:5", "link /c d 1:60"]),
        ("![Ảnh](media/a b.jpg \"Chú thích\")\n",
         #"<figure><img src="/media/a%20b.jpg" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>"# + "\n",
         ["image /media/a b.jpg 1:1"]),
        ("Mã `[x](a b)` giữ nguyên, [y](có (ngoặc) đơn.pdf)\n",
         #"<p>Mã <code>[x](a b)</code> giữ nguyên, <a href="/c%C3%B3%20(ngo%E1%BA%B7c)%20%C4%91%C6%A1n.pdf">y</a></p>"# + "\n",
         ["link /có (ngoặc) đơn.pdf 1:27"]),
        ("[đã bọc](<a b.pdf>)\n", #"<p><a href="/a%20b.pdf">đã bọc</a></p>"# + "\n", ["link /a b.pdf 1:1"]),
    ])
    func spaces(markdown: String, html: String, references: [String]) {
        let document = MarkdownRenderer.render(markdown, options: MarkdownOptions(relativeURLPrefix: "/"))
        #expect(document.html == html)
        #expect(summary(document.references) == references)
    }

    @Test("destinations are NFC, as media files are published, while the text keeps its code points", arguments: [
        ("![A\u{0301}nh](media/A\u{0301}nh.jpg)\n", #"<figure><img src="/media/%C3%81nh.jpg" alt="A\#u{0301}nh"></figure>"# + "\n", "/media/\u{00C1}nh.jpg"),
        ("[x](media/Quye\u{0302}\u{0301}t.pdf)\n", #"<p><a href="/media/Quy%E1%BA%BFt.pdf">x</a></p>"# + "\n", "/media/Quy\u{1EBF}t.pdf"),
    ])
    func nfc(markdown: String, html: String, url: String) {
        let document = MarkdownRenderer.render(markdown, options: MarkdownOptions(relativeURLPrefix: "/"))
        #expect(Array(document.html.unicodeScalars) == Array(html.unicodeScalars))
        #expect(document.references.map { Array($0.url.unicodeScalars) } == [Array(url.unicodeScalars)])
    }

    @Test("files on the writer's computer are findings at the `[` or `!`", arguments: [
        (#"![z](C:\Users\Thu\Pictures\anh.jpg)"#, [MarkdownFinding(kind: .localPath(.image), url: #"C:\Users\Thu\Pictures\anh.jpg"#, line: 1, column: 1)]),
        ("Xem [QĐ](D:/Van ban/QD.pdf)", [MarkdownFinding(kind: .localPath(.link), url: "D:/Van ban/QD.pdf", line: 1, column: 5)]),
        ("[f](file:///C:/Tai%20lieu/a.pdf)", [MarkdownFinding(kind: .localPath(.link), url: "file:///C:/Tai%20lieu/a.pdf", line: 1, column: 1)]),
        (#"Dòng một\n[mạng](\\\\may-chu\\chung\\a.doc)"#.replacingOccurrences(of: #"\n"#, with: "\n"),
         [MarkdownFinding(kind: .localPath(.link), url: #"\\may-chu\chung\a.doc"#, line: 2, column: 1)]),
        ("| Tệp |\n|---|\n| [a](E:\\a.pdf) |", [MarkdownFinding(kind: .localPath(.link), url: #"E:\a.pdf"#, line: 3, column: 3)]),
        ("[web](https://c.vn/D:/x) [tương đối](media/C:/x) [ổ](/C:/x)", []),
    ])
    func localPaths(markdown: String, findings: [MarkdownFinding]) {
        #expect(MarkdownRenderer.render(markdown + "\n").findings == findings)
    }
}
