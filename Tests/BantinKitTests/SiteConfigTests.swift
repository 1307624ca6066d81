@testable import BantinKit
import Foundation
import Testing

@Suite struct SiteConfigTests {
    func load(_ yaml: String, override: String? = nil) throws -> SiteConfig {
        try SiteConfig.load(from: SourceFile(path: "content/site.yml", text: yaml), baseURLOverride: override)
    }

    @Test func appliesDefaults() throws {
        let config = try load("title: Thử\nbase_url: https://thu.example\n")
        #expect(config.baseURL == "https://thu.example/")
        #expect(config.language == "vi")
        #expect(config.timeZone.identifier == "Asia/Ho_Chi_Minh")
        #expect(config.perPage == 20)
        #expect(config.permalink == .default)
        #expect(config.menu == [])
        #expect(config.unsafeHTML == false)
    }

    @Test func readsEveryKey() throws {
        let config = try load("""
        title: Liên minh HTX
        tagline: Trang tin
        base_url: https://thu.example/tin/
        language: vi
        timezone: Asia/Bangkok
        per_page: 5
        permalink: /:year/:slug/
        menu: [Tin hoạt động, Chi bộ]
        contact: {address: Rạch Giá, phone: "0297", email: a@thu.example}
        unsafe_html: true
        """)
        #expect(config.title == "Liên minh HTX")
        #expect(config.tagline == "Trang tin")
        #expect(config.basePath == "/tin/")
        #expect(config.timeZone.identifier == "Asia/Bangkok")
        #expect(config.perPage == 5)
        #expect(config.permalink.pattern == "/:year/:slug/")
        #expect(config.menu == ["Tin hoạt động", "Chi bộ"])
        #expect(config.contact == .init(address: "Rạch Giá", phone: "0297", email: "a@thu.example"))
        #expect(config.unsafeHTML)
    }

    @Test(arguments: [
        ("https://thu.example/", "/", "/2021/x/", "/2021/x/", "https://thu.example/2021/x/"),
        ("https://thu.example/tin/", "/tin/", "/2021/x/", "/tin/2021/x/", "https://thu.example/tin/2021/x/"),
        ("http://localhost:8080", "/", "/", "/", "http://localhost:8080/"),
    ])
    func joinsLinksUnderTheBasePath(baseURL: String, basePath: String, sitePath: String, href: String, absolute: String) {
        let config = SiteConfig(title: "T", baseURL: baseURL)
        #expect(config.basePath == basePath)
        #expect(config.href(sitePath) == href)
        #expect(config.absoluteURL(sitePath) == absolute)
        #expect(config.absoluteURL(forHref: config.href(sitePath)) == absolute)
    }

    /// At the root of its host, a link is the site path itself, not a copy of it.
    @Test func linksAtTheRootShareTheirText() {
        let path = "/tin-hoat-dong/2021/11/hoi-nghi-tong-ket-nam-2021/"
        let root = SiteConfig(title: "T", baseURL: "https://thu.example/").href(path)
        #expect(root == path)
        #expect(root.utf8.withContiguousStorageIfAvailable { $0.baseAddress } == path.utf8.withContiguousStorageIfAvailable { $0.baseAddress })
        #expect(SiteConfig(title: "T", baseURL: "https://thu.example/tin/").href(path) == "/tin" + path)
    }

    @Test func baseURLOverrideWins() throws {
        let config = try load("title: Thử\nbase_url: https://thu.example/\n", override: "https://staging.example/x/")
        #expect(config.baseURL == "https://staging.example/x/")
    }

    @Test(arguments: [
        ("base_url: https://thu.example/\n", "content/site.yml:1:1: lỗi: thiếu `title`: trang web cần có trường này; hãy thêm một dòng `title: …`"),
        ("title: T\n", "content/site.yml:1:1: lỗi: thiếu `base_url`: trang web (để làm nguồn tin RSS, sơ đồ trang và liên kết chia sẻ) cần có trường này; hãy thêm một dòng `base_url: …`"),
        ("title: T\nbase_url: https://thu.example/\nmenu: {a: b}\n", "content/site.yml:3:7: lỗi: `menu` phải là một danh sách, ví dụ [A, B]"),
        ("title: T\nbase_url: https://thu.example/\nper_page: mười\n", "content/site.yml:3:11: lỗi: `per_page` phải là một số nguyên lớn hơn 0, không phải \"mười\""),
        ("title: T\nbase_url: https://thu.example/\npermalink: /:year/\n", "content/site.yml:3:12: lỗi: permalink phải có :slug để mỗi bài viết có một địa chỉ riêng"),
        ("title: T\nbase_url: https://thu.example/\npermalink: /:year/../:slug/\n", "content/site.yml:3:12: lỗi: permalink có một đoạn trống, \".\" hoặc \"..\" giữa hai dấu \"/\"; hãy bỏ đoạn đó đi"),
        ("title: T\nbase_url: https://thu.example/\ncontact: {adress: x}\n", "content/site.yml:3:11: lỗi: không có trường `adress` trong thông tin liên hệ (`contact`); có phải `address` không?"),
        ("title: T\nbase_url: ftp://thu.example/\n", "content/site.yml:2:11: lỗi: base_url phải là một địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://, ví dụ https://lmhtx.example/, không phải \"ftp://thu.example/\""),
    ])
    func reportsProblemsAtTheirPosition(yaml: String, expected: String) {
        let failure = #expect(throws: BuildFailure.self) { try load(yaml) }
        #expect(failure?.diagnostics.map(\.headline) == [expected])
    }

    @Test(arguments: [
        ("base_url: https://thu.example/\n", "content/site.yml:1:1: error: missing `title`: the site needs one; add a line `title: …`"),
        ("title: T\nbase_url: https://thu.example/\npermalink: /:year/\n", "content/site.yml:3:12: error: permalink must contain :slug so that every article gets its own URL"),
        ("title: T\nbase_url: https://thu.example/\ncontact: {adress: x}\n", "content/site.yml:3:11: error: unknown key `adress` in `contact`; did you mean `address`?"),
        ("title: T\nbase_url: https://u:p@thu.example/\n", "content/site.yml:2:11: error: base_url must not hold a user name or password (the part before \"@\"): they would show on every page; write an address like https://lmhtx.example/ or https://example.org/tin/ (it is now \"https://u:p@thu.example/\")"),
        ("title: T\nbase_url: https://thu.example/\ntimezone: Asia/Hanoi\n", "content/site.yml:3:11: error: unknown time zone \"Asia/Hanoi\"; use a name like Asia/Ho_Chi_Minh"),
    ])
    func reportsProblemsInEnglishWhenAsked(yaml: String, expected: String) {
        let failure = #expect(throws: BuildFailure.self) { try load(yaml) }
        #expect(failure?.diagnostics.map { $0.headline(in: .english) } == [expected])
    }
}

/// A menu is printed on every page: a long one is refused at its first entry over the limit.
@Suite struct SiteConfigMenuLimitTests {
    @Test func aMenuOverTheLimitIsAnErrorAtTheFirstEntryTooMany() throws {
        let entries = (1...31).map { "Mục \($0)" }.joined(separator: ", ")
        let file = SourceFile(path: "content/site.yml", text: "title: Thử\nbase_url: https://thu.example/\nmenu: [\(entries)]\n")
        let failure = #expect(throws: BuildFailure.self) { try SiteConfig.load(from: file) }
        let column = "menu: [".count + (1...30).map { "Mục \($0), ".count }.reduce(0, +) + 1
        #expect(failure?.diagnostics.map(\.headline) == [
            "content/site.yml:3:\(column): lỗi: menu có 31 mục, nhiều hơn 30 mục mà thanh menu hiển thị được; hãy gom bớt chuyên mục, các chuyên mục khác vẫn có trang riêng dù không nằm trong menu",
        ])
        #expect(failure?.diagnostics.map { $0.headline(in: .english) } == [
            "content/site.yml:3:\(column): error: the menu has 31 entries, more than the 30 the menu bar can show; merge some categories (the others still have their own pages outside the menu)",
        ])
    }

    @Test func thirtyEntriesAreFine() throws {
        let entries = (1...30).map { "Mục \($0)" }.joined(separator: ", ")
        let config = try SiteConfig.load(from: SourceFile(path: "content/site.yml", text: "title: Thử\nbase_url: https://thu.example/\nmenu: [\(entries)]\n"))
        #expect(config.menu.count == 30)
    }
}
