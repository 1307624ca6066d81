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
        ("https://example.org/\"onload=\"x", "ký tự dấu ngoặc kép (\") không được có trong base_url; hãy viết một địa chỉ như https://lmhtx.example/ hoặc https://example.org/tin/ (đang là \"https://example.org/\"onload=\"x\")"),
        ("https://example.org/<script>", "ký tự dấu < không được có trong base_url; hãy viết một địa chỉ như https://lmhtx.example/ hoặc https://example.org/tin/ (đang là \"https://example.org/<script>\")"),
        ("https://exa mple.org/", "ký tự khoảng trắng không được có trong base_url; hãy viết một địa chỉ như https://lmhtx.example/ hoặc https://example.org/tin/ (đang là \"https://exa mple.org/\")"),
        ("https://example.org/a/../b/", "đường dẫn trong base_url không được có \".\" hay \"..\"; hãy viết một địa chỉ như https://lmhtx.example/ hoặc https://example.org/tin/ (đang là \"https://example.org/a/../b/\")"),
        ("https://user:pass@example.org/", "base_url không được chứa tên đăng nhập hay mật khẩu (phần trước dấu @): chúng sẽ hiện trên mọi trang; hãy viết một địa chỉ như https://lmhtx.example/ hoặc https://example.org/tin/ (đang là \"https://user:pass@example.org/\")"),
        ("https://example.org/?a=1", "ký tự \"=\" không được có trong base_url; hãy viết một địa chỉ như https://lmhtx.example/ hoặc https://example.org/tin/ (đang là \"https://example.org/?a=1\")"),
        ("https://example.org/#top", "base_url phải là một địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://, ví dụ https://lmhtx.example/, không phải \"https://example.org/#top\""),
        ("https://example.org:80a/", "base_url phải là một địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://, ví dụ https://lmhtx.example/, không phải \"https://example.org:80a/\""),
        ("https://example..org/", "base_url thiếu tên miền hợp lệ (ví dụ lmhtx.example); hãy viết một địa chỉ như https://lmhtx.example/ hoặc https://example.org/tin/ (đang là \"https://example..org/\")"),
        ("https://example.org:123456/", "cổng trong base_url phải là một số (ví dụ :8080); hãy viết một địa chỉ như https://lmhtx.example/ hoặc https://example.org/tin/ (đang là \"https://example.org:123456/\")"),
    ])
    func unsafeAddressIsAnErrorAtItsLine(url: String, expected: String) {
        let found = diagnostics(url)
        #expect(found.map(\.headline) == ["content/site.yml:2:12: lỗi: \(expected)"])
    }

    @Test func theReasonIsInEnglishWhenAsked() {
        #expect(diagnostics("https://exa mple.org/").map { $0.headline(in: .english) } == [
            "content/site.yml:2:12: error: a space is not allowed in base_url; write an address like https://lmhtx.example/ or https://example.org/tin/ (it is now \"https://exa mple.org/\")",
        ])
    }

    @Test func overrideIsCheckedToo() throws {
        let file = SourceFile(path: "content/site.yml", text: "title: T\nbase_url: https://a.example/\n")
        let failure = #expect(throws: BuildFailure.self) {
            try SiteConfig.load(from: file, baseURLOverride: "https://u:p@b.example/")
        }
        #expect(failure?.diagnostics.first?.path == "--base-url")
    }
}
