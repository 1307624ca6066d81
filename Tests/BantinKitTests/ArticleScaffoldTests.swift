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

    @Test(arguments: [
        ("09/11/2021 09:40", "content/articles/2021/tin-moi.md", "date: 09/11/2021 09:40", "2021-11-09T02:40:00Z"),
        ("09-11-2021", "content/articles/2021/tin-moi.md", "date: 09/11/2021", "2021-11-08T17:00:00Z"),
        ("9.11.2021 9:40", "content/articles/2021/tin-moi.md", "date: 09/11/2021 09:40", "2021-11-09T02:40:00Z"),
        ("ngày 9 tháng 11 năm 2021", "content/articles/2021/tin-moi.md", "date: 09/11/2021", "2021-11-08T17:00:00Z"),
        ("2020-12-31T23:30:00Z", "content/articles/2021/tin-moi.md", "date: 01/01/2021 06:30", "2020-12-31T23:30:00Z"),
    ])
    func aGivenDateChoosesTheYearFolder(written: String, path: String, dateLine: String, utc: String) throws {
        let scaffold = try ArticleScaffold(title: "Tin mới", category: nil, now: Self.now, date: written, config: Self.config)
        #expect(scaffold.path == path)
        #expect(scaffold.text.split(separator: "\n")[2] == dateLine)
        let parsed = try DocumentParser(config: Self.config).parse(SourceFile(path: scaffold.path, text: scaffold.text), as: .article).get()
        #expect(parsed.date == ISO8601DateFormatter().date(from: utc))
    }

    @Test(arguments: [
        ("31/02/2021", "--date \"31/02/2021\": ngày 31/02/2021 không có thật: tháng 2 năm 2021 chỉ có 28 ngày"),
        ("hôm qua", "--date \"hôm qua\": không đọc được ngày tháng này; hãy viết ngày trước, tháng sau, ví dụ 09/11/2021, 09/11/2021 09:40, "
            + "09:40 09/11/2021, 09-11-2021, 9.11.2021, ngày 9 tháng 11 năm 2021, hoặc 2021-11-09, 2021-11-09 09:40:05, "
            + "2021-11-09T09:40:00+07:00 (năm từ 1000 đến 9999)"),
    ])
    func aDateThatIsNotOneIsRefused(written: String, message: String) {
        #expect {
            try ArticleScaffold(title: "Tin mới", category: nil, now: Self.now, date: written, config: Self.config)
        } throws: { error in
            (error as? ScaffoldError)?.problem.vietnamese == message
        }
    }

    @Test func neverOverwritesAnExistingFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let scaffold = try ArticleScaffold(title: "Tin mới", category: "Chi bộ", now: Self.now, config: Self.config)
        try scaffold.write(under: root)
        let url = root.appendingPathComponent(scaffold.path)
        try Data("giữ nguyên".utf8).write(to: url)
        #expect(throws: ScaffoldError(.fileExists(path: "content/articles/2022/tin-moi.md"))) {
            try scaffold.write(under: root)
        }
        #expect(
            ScaffoldError(.fileExists(path: "content/articles/2022/tin-moi.md")).problem.vietnamese
                == "content/articles/2022/tin-moi.md đã có; bantin new không bao giờ ghi đè lên tệp. Hãy chọn tiêu đề khác hoặc sửa tệp đó."
        )
        #expect(try String(contentsOf: url, encoding: .utf8) == "giữ nguyên")
    }

    @Test func refusesATitleWithoutLettersOrDigits() {
        #expect(throws: ScaffoldError(.titleWithoutLetters("!!!"))) { try ArticleScaffold(title: "!!!", category: nil, now: Self.now, config: Self.config) }
        let problem = ScaffoldError.Problem.titleWithoutLetters("!!!")
        #expect(problem.vietnamese == "tiêu đề \"!!!\" không có chữ cái hay chữ số nào để đặt tên tệp; hãy viết tiêu đề có chữ")
        #expect(problem.text(in: .english) == "the title \"!!!\" has no letters or digits to make a file name from")
    }
}
