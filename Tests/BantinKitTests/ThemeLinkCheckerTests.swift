@testable import BantinKit
import Foundation
import Testing

/// `bantin check` notices a file the theme links but the site lacks (issue 10: a deleted logo.svg went unnoticed).
@Suite struct ThemeLinkCheckerTests {
    @Test func aDeletedLogoIsACheckErrorAtTheTemplateLine() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteScaffold().write(into: root)
        #expect(SiteBuilder(root: root, now: Fixtures.now).check() == [])
        try FileManager.default.removeItem(at: root.appendingPathComponent("templates/assets/logo.svg"))
        let diagnostics = SiteBuilder(root: root, now: Fixtures.now).check()
        #expect(diagnostics.map(\.headline).contains(
            "templates/layout.mustache:30:41: lỗi: giao diện liên kết tới /assets/logo.svg nhưng trang không có tệp site/assets/logo.svg; hãy thêm tệp vào templates/assets/ hoặc content/media/, hoặc sửa liên kết trong mẫu"
        ), "\(diagnostics.map(\.headline))")
    }

    /// The words a template's link can be in: a link found in none of them is not searched for in its text.
    @Test(arguments: [
        (#"<img src="{{base_path}}assets/logo.svg" alt="">"#, ["img", "src", "base_path", "assets/logo.svg", "alt"]),
        ("<a href='/tin-tuc/'>\n\t{{#x}}Tin{{/x}}</a>", ["a", "href", "/tin-tuc/", "#x", "Tin", "/x", "/a"]),
    ])
    func linkWordsSplitWhereNoLinkCanGo(text: String, words: [String]) {
        #expect(ThemeLinkChecker.linkWords(in: text).map { String(decoding: $0, as: UTF8.self) } == words)
    }

    /// Links that documents write are not the theme's, however many: the check reports each once, from
    /// its document, and the theme's own missing file still at its template line.
    @Test func manyBrokenLinksOfADocumentAreNotTheThemes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteScaffold().write(into: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("templates/assets/logo.svg"))
        let links = (0..<2_000).map { "[\($0)](/khong-co/\($0)/)" }.joined(separator: " ")
        try "---\ntitle: Liên kết hỏng\ndate: 09/11/2021\n---\n\(links)\n".write(
            to: root.appendingPathComponent("content/articles/lien-ket-hong.md"), atomically: false, encoding: .utf8)
        let errors = SiteBuilder(root: root, now: Fixtures.now).check().filter { $0.severity == .error }
        #expect(errors.filter { $0.path == "content/articles/lien-ket-hong.md" }.count == 2_000)
        #expect(errors.filter { $0.path.hasPrefix("templates/") }.map(\.headline) == [
            "templates/layout.mustache:30:41: lỗi: giao diện liên kết tới /assets/logo.svg nhưng trang không có tệp site/assets/logo.svg; hãy thêm tệp vào templates/assets/ hoặc content/media/, hoặc sửa liên kết trong mẫu",
        ])
    }

    @Test(arguments: [
        (#"<a href="/a/">x</a><img src="/m/b%20c.jpg?x=1"><a href="//cdn.example/x">"#, ["/a/", "/m/b%20c.jpg"]),
        (##"<a href="https://x.example/">x</a><a href="#top">"##, []),
    ])
    func internalLinksAreFound(html: String, links: [String]) {
        #expect(ThemeLinkChecker.internalLinks(in: Array(html.utf8)) == links)
    }
}
