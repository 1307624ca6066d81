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

    @Test(arguments: [
        (#"<a href="/a/">x</a><img src="/m/b%20c.jpg?x=1"><a href="//cdn.example/x">"#, ["/a/", "/m/b%20c.jpg"]),
        (##"<a href="https://x.example/">x</a><a href="#top">"##, []),
    ])
    func internalLinksAreFound(html: String, links: [String]) {
        #expect(ThemeLinkChecker.internalLinks(in: Array(html.utf8)) == links)
    }
}
