@testable import BantinKit
import BantinMarkdown
import BantinTemplate
import Foundation
import Testing

/// The context values the default theme needs beyond the basics: share URL, image sizes, thumbnails,
/// the home page's lead article, the rest of the list and the `menu` categories' blocks.
@Suite struct PageContextTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/tin/", perPage: 2, menu: ["Văn bản", "Chi bộ", "Đảng"])
    static let now = ISO8601DateFormatter().date(from: "2022-01-01T00:00:00Z")!
    static let sizes = ["/tin/media/a.svg": ImageSize(width: 800, height: 450), "/tin/media/b.png": ImageSize(width: 300, height: 200)]

    static let articles = [
        ("a.md", "title: Có ảnh bìa\ndate: 03/11/2021\ncategory: Chi bộ\ncover: media/a.svg", "Nội dung."),
        ("b.md", "title: Ảnh trong bài\ndate: 02/11/2021\ncategory: Chi bộ", "Mở đầu.\n\n![Ảnh](media/b.png)\n\n![Ảnh khác](media/a.svg)"),
        ("c.md", "title: Không ảnh\ndate: 01/11/2021\ncategory: Văn bản", "Chỉ có chữ. ![x](javascript:alert(1))"),
    ]

    static let templates = [
        ("article", """
        {{page.encoded_url}}|{{#article}}{{#thumbnail}}{{src}} {{#width}}{{width}}x{{height}}{{/width}}{{/thumbnail}}\
        {{^thumbnail}}none{{/thumbnail}}|{{#cover}}{{src}} {{width}}x{{height}}{{/cover}}{{/article}}
        """),
        ("list", """
        {{#list}}lead:{{#lead_article}}{{title}}{{/lead_article}}|others:{{#other_articles}}{{title}},{{/other_articles}}\
        |blocks:{{#category_blocks}}{{name}}({{slug}})={{#articles}}{{title}},{{/articles}};{{/category_blocks}}\
        |{{#has_category_blocks}}has blocks{{/has_category_blocks}}{{/list}}
        """),
        ("page", "{{document.title}}"),
        ("404", "{{not_found.message}}"),
    ]

    let context: SiteContext
    let templates: TemplateSet

    init() throws {
        let parser = DocumentParser(config: Self.config, imageSizes: Self.sizes)
        let documents = try Self.articles.map { path, front, body in
            try parser.parse(SourceFile(path: path, text: "---\n\(front)\n---\n\(body)\n"), as: .article).get()
        }
        let site = try SiteResolver(config: Self.config, inclusion: .init(), now: Self.now).resolve(articles: documents, pages: [])
        templates = try TemplateSet(files: Self.templates.map { SourceFile(path: "templates/\($0.0).mustache", text: $0.1) })
        context = SiteContext(site: site, bulletins: [], achievements: AchievementIndex(site: site), imageSizes: Self.sizes)
    }

    func text(_ page: Page?) -> String {
        guard case .template(let name, let value)? = page?.content() else { return "" }
        return String(decoding: templates.render(name, value.encoded()), as: UTF8.self)
    }

    /// The list page at `sitePath`, with `{category}` standing for the first category's address.
    func listPage(_ sitePath: String) -> Page? {
        let path = sitePath.replacingOccurrences(of: "{category}", with: context.site.categories[0].sitePath)
        return ListPage.pages(in: context).first { $0.path == Page.outputPath(path) }
    }

    @Test("article: the encoded URL for share links, the thumbnail (cover, else the first body image) and cover sizes", arguments: [
        (0, "https%3A%2F%2Fthu.example%2Ftin%2F2021%2F11%2Fco-anh-bia%2F|/tin/media/a.svg 800x450|/tin/media/a.svg 800x450"),
        (1, "https%3A%2F%2Fthu.example%2Ftin%2F2021%2F11%2Fanh-trong-bai%2F|/tin/media/b.png 300x200|"),
        (2, "https%3A%2F%2Fthu.example%2Ftin%2F2021%2F11%2Fkhong-anh%2F|none|"),
    ])
    func articleContext(index: Int, expected: String) {
        #expect(text(ArticlePage.page(index: index, in: context)) == expected)
    }

    @Test("lists: the lead article on page 1 only, the others after it, category blocks on the home page 1 in menu order", arguments: [
        ("/", "lead:Có ảnh bìa|others:Ảnh trong bài,|blocks:Văn bản(van-ban)=Không ảnh,;Chi bộ(chi-bo)=Có ảnh bìa,Ảnh trong bài,;|has blocks"),
        ("/trang/2/", "lead:|others:Không ảnh,|blocks:|"),
        ("{category}", "lead:Có ảnh bìa|others:Ảnh trong bài,|blocks:|"),
    ])
    func listContext(sitePath: String, expected: String) {
        #expect(text(listPage(sitePath)) == expected)
    }

    @Test("figures in the body get the sizes too")
    func bodyFigures() {
        let body = context.site.articles[1].document.body.html
        #expect(body.contains(#"<img src="/tin/media/b.png" alt="Ảnh" width="300" height="200">"#))
        #expect(body.contains(#"<img src="/tin/media/a.svg" alt="Ảnh khác" width="800" height="450">"#))
    }
}

/// `{{x}}` prints a value HTML-escaped and `{{{x}}}` prints it as written, for every field alike
/// (before, values escaped in advance printed escaped even under `{{{x}}}`).
@Suite struct EscapingContractTests {
    static let raw = "<b>&amp; A & B"
    static let escaped = "&lt;b&gt;&amp;amp; A &amp; B"

    static func render(_ template: String, page: (SiteContext) -> Page?) throws -> String {
        var config = SiteConfig(title: raw, baseURL: "https://thu.example/", menu: ["Tin"])
        config.perPage = 5
        let parser = DocumentParser(config: config)
        let article = try parser.parse(SourceFile(
            path: "content/articles/a.md", text: "---\ntitle: \"\(raw)\"\ndate: 09/11/2021\ncategory: Tin\nsummary: \"\(raw)\"\n---\nThân bài.\n"
        ), as: .article).get()
        let standalone = try parser.parse(SourceFile(path: "content/pages/p.md", text: "---\ntitle: \"\(raw)\"\n---\nTrang.\n"), as: .page).get()
        let site = try SiteResolver(config: config, inclusion: .init(), now: PageContextTests.now).resolve(articles: [article], pages: [standalone])
        let context = SiteContext(site: site, bulletins: [], achievements: AchievementIndex(site: site), imageSizes: [:])
        let files = ["article", "list", "page", "404"].map { name in
            SourceFile(path: "templates/\(name).mustache", text: name == "article" || name == "page" ? template : "")
        }
        let templates = try TemplateSet(files: files)
        guard case .template(let name, let value)? = page(context)?.content() else { return "" }
        return String(decoding: templates.render(name, value.encoded()), as: UTF8.self)
    }

    @Test(arguments: [
        ("page title", "{{page.title}}|{{{page.title}}}"),
        ("site title", "{{site.title}}|{{{site.title}}}"),
        ("article summary", "{{#article}}{{summary}}|{{{summary}}}{{/article}}"),
        ("article title", "{{#article}}{{title}}|{{{title}}}{{/article}}"),
    ])
    func articlePageFields(field: String, template: String) throws {
        let output = try Self.render(template) { ArticlePage.page(index: 0, in: $0) }
        #expect(output == "\(Self.escaped)|\(Self.raw)", "\(field)")
    }

    @Test func documentTitleOfAPage() throws {
        let output = try Self.render("{{document.title}}|{{{document.title}}}") { StandalonePage.pages(in: $0).first }
        #expect(output == "\(Self.escaped)|\(Self.raw)")
    }
}

/// Two things the guide's walk-through found: a cover named as staff name files, and a menu category
/// with nothing published yet.
@Suite struct GuideFindingsTests {
    @Test(arguments: [
        ("/media/2021/Ảnh hội nghị 1.jpg", "/media/2021/%E1%BA%A2nh%20h%E1%BB%99i%20ngh%E1%BB%8B%201.jpg"),
        ("/media/a.jpg", "/media/a.jpg"),
        ("/media/da%20ma%CC%81.jpg", "/media/da%20ma%CC%81.jpg"),
        ("https://x.example/a b.png?w=1#c", "https://x.example/a%20b.png?w=1#c"),
    ])
    func coverAddressesAreEncodedAsBodyImagesAre(written: String, printed: String) {
        #expect(URLText.encoded(written) == printed)
        #expect(ImageFields(src: written, imageSizes: [written: ImageSize(width: 2, height: 1)]).width == 2, "sizes are found by the name as written")
    }

    /// Share links carry the page's address as one query value; what Foundation's percent-encoding
    /// printed before is what the byte encoder prints now.
    @Test(arguments: [
        "https://thu.example/tin-tuc/hoi-nghi/",
        "https://thu.example/a b/?q=1&r=2#x",
        "https://thu.example/~user/100%/[a]",
        "https://thử.example/tin-tức/",
    ])
    func shareLinksEncodeTheAddressAsOneQueryValue(url: String) {
        let foundation = url.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~")))
        #expect(URLText.queryValue(url) == foundation)
    }

    @Test func aCategoryWithoutArticlesLinksNoFeed() throws {
        let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/", menu: ["Tin", "Thông báo"])
        let article = try DocumentParser(config: config).parse(
            SourceFile(path: "content/articles/a.md", text: "---\ntitle: A\ndate: 09/11/2021\ncategory: Tin\n---\nx\n"), as: .article
        ).get()
        let site = try SiteResolver(config: config, inclusion: .init(), now: PageContextTests.now).resolve(articles: [article], pages: [])
        let context = SiteContext(site: site, bulletins: [], achievements: AchievementIndex(site: site), imageSizes: [:])
        let pages = ListPage.pages(in: context)
        func rss(_ path: String) -> TemplateValue? {
            guard case .template(_, let value)? = pages.first(where: { $0.path == path })?.content(),
                  case .object(let page) = value.encoded(), case .object(let list)? = page["list"] else { return nil }
            return list["rss_url"]
        }
        #expect(rss("chuyen-muc/tin/index.html") == .text("/chuyen-muc/tin/rss.xml"))
        #expect(rss("chuyen-muc/thong-bao/index.html") == .bool(false))
    }
}
