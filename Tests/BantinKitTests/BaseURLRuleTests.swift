@testable import BantinKit
import Foundation
import Testing

/// `base_url` is printed raw in robots.txt, the sitemap and every absolute link: only a plain
/// http(s) address with a host, an optional port and an optional path gets in.
@Suite struct BaseURLRuleTests {
    func diagnostics(_ url: String) -> [Diagnostic] {
        let file = SourceFile(path: "content/site.yml", text: "title: T\nbase_url: '\(url)'\n")
        do {
            _ = try SiteConfig.load(from: file)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test(arguments: [
        "https://lmhtx.example/", "http://lmhtx.example", "https://example.org/tin/", "HTTPS://Example.ORG/tin",
        "http://127.0.0.1:8080/", "https://example.org/tin%20tuc/",
    ])
    func plainAddressIsAccepted(url: String) {
        #expect(diagnostics(url) == [])
    }

    @Test(arguments: [
        ("https://example.org/\"onload=\"x", "dấu ngoặc kép"),
        ("https://example.org/<script>", "dấu <"),
        ("https://exa mple.org/", "khoảng trắng"),
        ("https://example.org/a/../b/", "\"..\""),
        ("https://user:pass@example.org/", "mật khẩu"),
        ("https://example.org/?a=1", "ký tự \"=\""),
        ("https://example.org/#top", "địa chỉ đầy đủ bắt đầu bằng https://"),
        ("https://example.org:80a/", "địa chỉ đầy đủ bắt đầu bằng https://"),
        ("https://example..org/", "tên miền"),
        ("https://example.org:123456/", "cổng"),
    ])
    func unsafeAddressIsAnErrorAtItsLine(url: String, reason: String) {
        let found = diagnostics(url)
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.column == 12)
        #expect(found.first?.message.contains(reason) == true, "\(found.first?.message ?? "")")
    }

    @Test func overrideIsCheckedToo() throws {
        let file = SourceFile(path: "content/site.yml", text: "title: T\nbase_url: https://a.example/\n")
        let failure = #expect(throws: BuildFailure.self) {
            try SiteConfig.load(from: file, baseURLOverride: "https://u:p@b.example/")
        }
        #expect(failure?.diagnostics.first?.path == "--base-url")
    }
}
