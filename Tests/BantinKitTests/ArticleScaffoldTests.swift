@testable import BantinKit
import Foundation
import Testing

@Suite struct ArticleScaffoldTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/", menu: ["Tin hoạt động"])
    // 2021-12-31 18:30 UTC is already 2022-01-01 01:30 in Vietnam: the year folder follows the site's zone.
    static let now = ISO8601DateFormatter().date(from: "2021-12-31T18:30:00Z")!

    @Test func fillsInTheFrontMatterInTheSiteTimeZone() throws {
        let scaffold = try ArticleScaffold(title: "Hội nghị: tổng kết “năm 2021”", category: nil, now: Self.now, config: Self.config)
        #expect(scaffold.path == "content/articles/2022/hoi-nghi-tong-ket-nam-2021.md")
        #expect(scaffold.text.hasPrefix("---\ntitle: \"Hội nghị: tổng kết “năm 2021”\"\ndate: 01/01/2022 01:30\ncategory: \"Tin hoạt động\"\n"))
        let parsed = try DocumentParser(config: Self.config).parse(SourceFile(path: scaffold.path, text: scaffold.text), as: .article).get()
        #expect(parsed.title == "Hội nghị: tổng kết “năm 2021”")
        #expect(parsed.date == ISO8601DateFormatter().date(from: "2021-12-31T18:30:00Z"))
        #expect(parsed.draft)
    }

    @Test func neverOverwritesAnExistingFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let scaffold = try ArticleScaffold(title: "Tin mới", category: "Chi bộ", now: Self.now, config: Self.config)
        try scaffold.write(under: root)
        let url = root.appendingPathComponent(scaffold.path)
        try Data("giữ nguyên".utf8).write(to: url)
        #expect(throws: ScaffoldError(message: "content/articles/2022/tin-moi.md already exists; bantin new never overwrites a file. Choose another title or edit that file.")) {
            try scaffold.write(under: root)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "giữ nguyên")
    }

    @Test func refusesATitleWithoutLettersOrDigits() {
        #expect(throws: ScaffoldError.self) { try ArticleScaffold(title: "!!!", category: nil, now: Self.now, config: Self.config) }
    }
}
