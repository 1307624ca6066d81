import BantinTemplate
import Mustache
import Testing

/// Every template of the default theme, rendered with every page-shaped context, prints the same bytes
/// through BantinTemplate as through swift-mustache 2.1.1, which bantin used until now.
@Suite struct SwiftMustacheParityTests {
    static let library = Result { () throws(TemplateCompileFailure) in try TemplateLibrary(files: Theme.files) }

    @Test func theThemeIsAllThere() throws {
        #expect(Theme.names.count == 21, "the default theme has 21 templates, search.mustache among them")
        #expect(Theme.names.contains("partials/header"))
        _ = try Self.library.get()
    }

    @Test(arguments: Theme.names, ThemeContexts.all.map(\.name))
    func printsWhatSwiftMustachePrinted(template: String, contextName: String) throws {
        let context = ThemeContexts.all.first { $0.name == contextName }!.value
        let expected = Theme.mustacheLibrary.render(context.mustacheValue, withTemplate: template)
        let output = try Self.library.get().render(template, context)
        #expect(expected != nil)
        #expect(output == expected)
    }

    /// The contexts reach deep enough to matter: the article page shows its cover, lead and tags.
    @Test func theArticleContextFillsTheArticlePage() throws {
        let output = try Self.library.get().render("article", ThemeContexts.article)
        #expect(output.contains("<title>Bài viết - Liên minh HTX</title>"))
        #expect(output.contains("Liên minh Hợp tác xã tỉnh &quot;Bình Định&quot; &amp; &lt;Đối tác&gt;"))
        #expect(output.contains("<img src=\"/media/2021/anh-2.jpg\" alt=\"Ảnh hội nghị\" width=\"800\" height=\"0\">"))
        #expect(output.contains("<a href=\"/tu-khoa/htx/\" rel=\"tag\">HTX</a>"))
        #expect(output.contains("Mô tả có &#39;dấu nháy&#39; và {ngoặc}"))
    }
}
