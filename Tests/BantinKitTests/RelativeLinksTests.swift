import Foundation
import Testing
@testable import BantinKit

@Suite("RelativeLinks")
struct RelativeLinksTests {
    /// (base path, page, link, expected link; nil when the link must stay as written).
    @Test(arguments: [
        ("/", "index.html", "/", "index.html"),
        ("/", "index.html", "/assets/style.css", "assets/style.css"),
        ("/", "2021/11/x/index.html", "/", "../../../index.html"),
        ("/", "2021/11/x/index.html", "/assets/style.css", "../../../assets/style.css"),
        ("/", "2021/11/x/index.html", "/2021/11/y/", "../../../2021/11/y/index.html"),
        ("/", "chuyen-muc/chi-bo/trang/2/index.html", "/chuyen-muc/chi-bo/", "../../../../chuyen-muc/chi-bo/index.html"),
        ("/", "gioi-thieu/index.html", "/chuyen-muc/chi-bo/#tin-moi", "../chuyen-muc/chi-bo/index.html#tin-moi"),
        ("/", "gioi-thieu/index.html", "/tim-kiem/?q=h%E1%BB%99i&amp;p=2", "../tim-kiem/index.html?q=h%E1%BB%99i&amp;p=2"),
        ("/", "gioi-thieu/index.html", "/?trang=2", "../index.html?trang=2"),
        ("/", "gioi-thieu/index.html", "/rss.xml", "../rss.xml"),
        ("/", "index.html", "/a:b/", "./a:b/index.html"),
        ("/", "index.html", "//cdn.example/x.js", nil),
        ("/", "index.html", "https://lmhtx.example/2021/", nil),
        ("/", "index.html", "#noi-dung", nil),
        ("/", "index.html", "mailto:lienhe@lmhtx.example", nil),
        ("/", "index.html", "assets/already-relative.css", nil),
        ("/tin/", "index.html", "/tin/", "index.html"),
        ("/tin/", "index.html", "/tin", "index.html"),
        ("/tin/", "a/index.html", "/tin#dau-trang", "../index.html#dau-trang"),
        ("/tin/", "2021/11/x/index.html", "/tin/media/2021/anh.jpg", "../../../media/2021/anh.jpg"),
        ("/tin/", "a/index.html", "/tinh/", nil),
        ("/tin/", "a/index.html", "/other/x.css", nil),
        ("/tin/", "a/index.html", "//tin/x", nil),
    ] as [(String, String, String, String?)])
    func link(basePath: String, page: String, link: String, expected: String?) {
        let depth = page.count { $0 == "/" }
        #expect(RelativeLinks(basePath: basePath).relative(link, depth: depth) == expected)
    }

    /// (HTML of a page at depth 2, expected HTML): every place a link can stand, and places where
    /// something that looks like a link must stay.
    @Test(arguments: [
        (#"<link rel="stylesheet" href="/assets/style.css">"#, #"<link rel="stylesheet" href="../../assets/style.css">"#),
        (#"<img src='/media/a.png' alt="">"#, #"<img src='../../media/a.png' alt="">"#),
        (#"<A HREF=/gioi-thieu/>x</A>"#, #"<A HREF=../../gioi-thieu/index.html>x</A>"#),
        (#"<img srcset="/m/a.png 1x, /m/b.png 2x" src="/m/a.png">"#, #"<img srcset="../../m/a.png 1x, ../../m/b.png 2x" src="../../m/a.png">"#),
        (#"<img srcset="/m/a.png 1x,/m/b.png 2x,">"#, #"<img srcset="../../m/a.png 1x,../../m/b.png 2x,">"#),
        (#"<form action="/tim-kiem/"><button formaction="/"></button></form>"#, #"<form action="../../tim-kiem/index.html"><button formaction="../../index.html"></button></form>"#),
        (#"<video poster="/m/p.jpg"></video>"#, #"<video poster="../../m/p.jpg"></video>"#),
        (#"<div style="background: url(/m/a.png) no-repeat, URL( '/m/b.png' )">"#, #"<div style="background: url(../../m/a.png) no-repeat, URL( '../../m/b.png' )">"#),
        ("<style>\n.a { background: url(\"/m/a.png\") }\n</style><p>url(/m/x.png)</p>", "<style>\n.a { background: url(\"../../m/a.png\") }\n</style><p>url(/m/x.png)</p>"),
        (#"<link rel="canonical" href="https://lmhtx.example/a/"><meta property="og:image" content="/m/a.png">"#, #"<link rel="canonical" href="https://lmhtx.example/a/"><meta property="og:image" content="/m/a.png">"#),
        (#"<script>var u = "/assets/x.js"; if (a<b) {}</script><a href="/">"#, #"<script>var u = "/assets/x.js"; if (a<b) {}</script><a href="../../index.html">"#),
        (#"<!-- <a href="/old/"> --><a data-href="/x/" title="/y/" href="/z/">"#, #"<!-- <a href="/old/"> --><a data-href="/x/" title="/y/" href="../../z/index.html">"#),
        (#"<p>Hội nghị 2 < 3 và src="/x"</p>"#, #"<p>Hội nghị 2 < 3 và src="/x"</p>"#),
        (#"<a href="/unterminated"#, #"<a href="../../unterminated"#),
        (#"<a href"#, #"<a href"#),
    ])
    func page(html: String, expected: String) {
        let rewritten = RelativeLinks(basePath: "/").rewrite(Array(html.utf8), pagePath: "a/b/index.html")
        #expect(String(decoding: rewritten, as: UTF8.self) == expected)
    }

    @Test func leavesOtherFilesAnd404Alone() {
        let links = RelativeLinks(basePath: "/")
        let page = RenderedFile(path: "a/index.html", text: #"<a href="/">"#)
        #expect(links.rewriting(page) == RenderedFile(path: "a/index.html", text: #"<a href="../index.html">"#))
        for file in [
            RenderedFile(path: "404.html", text: #"<a href="/">"#),
            RenderedFile(path: "rss.xml", text: #"<link>/</link>"#),
            RenderedFile(path: "media/copied.html", contents: .copy(of: URL(fileURLWithPath: "/nonexistent/copied.html"))),
        ] {
            #expect(links.rewriting(file) == file)
        }
    }

    /// The sample site built with `--relative-urls`: no page links to the site root any more, and each
    /// relative link names a file the build wrote.
    @Test func sampleSiteLinksResolveToBuiltFiles() throws {
        let (writer, _) = try Fixtures.build(Fixtures.repositoryRoot, options: BuildOptions(relativeURLs: true))
        let article = "2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/index.html"
        let html = try #require(Fixtures.text(writer, article))
        #expect(html.contains(#"<link rel="stylesheet" href="../../../assets/style.css">"#))
        #expect(html.contains(#"<link rel="canonical" href="https://lmhtx.kiengiang.example/2021/11/"#))
        let links = html.matches(of: /(?:href|src)="([^"#?]*)/).map { String($0.output.1) }
        let local = links.filter { !$0.isEmpty && !$0.contains(":") }
        #expect(local.count > 20)
        for link in local {
            #expect(!link.hasPrefix("/"), "\(link) is still site-absolute")
            let target = URL(fileURLWithPath: "/site/" + article).deletingLastPathComponent().appendingPathComponent(link).standardizedFileURL.path
            #expect(writer.files[String(target.dropFirst("/site/".count))] != nil, "\(link) names no built file")
        }
    }
}

@Suite("relative_urls in site.yml")
struct RelativeURLsSettingTests {
    @Test(arguments: [("", false), ("relative_urls: true\n", true), ("relative_urls: false\n", false)])
    func readsTheSetting(line: String, expected: Bool) throws {
        let text = "title: Hội Nông dân\nbase_url: https://hoinongdan.example/\n" + line
        let config = try SiteConfig.load(from: SourceFile(path: "content/site.yml", bytes: Array(text.utf8)))
        #expect(config.relativeURLs == expected)
    }
}
