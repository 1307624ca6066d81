import BantinMarkdown
import Testing

@Suite("GitHub pipe tables, without cmark's table extension")
struct PipeTableTests {
    // A `|` splits cells even inside backticks, and cells past the header's count are dropped, as on GitHub.
    @Test("a table as a staffer types it and the HTML", arguments: [
        ("| STT | Đơn vị | Số HTX |\n|:---:|:---|---:|\n| 1 | [Rạch Giá](media/a b.pdf) | 12 |\n| 2 | *Hà Tiên* |\n",
         """
         <div class="bang"><table>
         <thead>
         <tr>
         <th style="text-align: center">STT</th>
         <th style="text-align: left">Đơn vị</th>
         <th style="text-align: right">Số HTX</th>
         </tr>
         </thead>
         <tbody>
         <tr>
         <td style="text-align: center">1</td>
         <td style="text-align: left"><a href="/media/a%20b.pdf">Rạch Giá</a></td>
         <td style="text-align: right">12</td>
         </tr>
         <tr>
         <td style="text-align: center">2</td>
         <td style="text-align: left"><em>Hà Tiên</em></td>
         <td style="text-align: right"></td>
         </tr>
         </tbody>
         </table></div>

         """),
        ("Bảng 1:\nNăm | \"Số\" -- ghi chú\n--- | ---\n2021 | 1 < 2 & `a|b` \\| c | thừa\n\nSau bảng\n",
         """
         <p>Bảng 1:</p>
         <div class="bang"><table>
         <thead>
         <tr>
         <th>Năm</th>
         <th>“Số” – ghi chú</th>
         </tr>
         </thead>
         <tbody>
         <tr>
         <td>2021</td>
         <td>1 &lt; 2 &amp; `a</td>
         </tr>
         </tbody>
         </table></div>
         <p>Sau bảng</p>

         """),
        ("| # | - a | 1. b | <!-- x |\n|---|---|---|---|\n",
         """
         <div class="bang"><table>
         <thead>
         <tr>
         <th>#</th>
         <th>- a</th>
         <th>1. b</th>
         <th>&lt;!– x</th>
         </tr>
         </thead>
         </table></div>

         """),
        ("| a | b |\n|---|\n", "<p>| a | b |<br />\n|—|</p>\n"),
        ("```\n| a |\n|---|\n```\n", "<pre><code>| a |\n|---|\n</code></pre>\n"),
    ])
    func table(markdown: String, html: String) {
        #expect(MarkdownRenderer.render(markdown, options: MarkdownOptions(relativeURLPrefix: "/")).html == html)
    }

    @Test("links in cells are references at their own line and column, in document order")
    func references() {
        let markdown = "[trước](a)\n\n| Tệp | Ảnh |\n|---|---|\n| [QĐ số 1](media/Quyết định 1.pdf) | x ![ảnh](b.jpg) |\n\n[sau](c)\n"
        let references = MarkdownRenderer.render(markdown).references.map { "\($0.kind) \($0.url) \($0.line):\($0.column)" }
        #expect(references == ["link a 1:1", "link media/Quyết định 1.pdf 5:3", "image b.jpg 5:41", "link c 7:1"])
    }
}
