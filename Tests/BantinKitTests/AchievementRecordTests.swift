@testable import BantinKit
import Foundation
import Testing

/// Reading `achievements:` records: lenient spellings of levels, statuses and kinds, and an exact
/// diagnostic for every mistake.
@Suite struct AchievementRecordTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/")

    /// An article dated 09/11/2021 whose front matter ends with `lines` (the achievements list).
    func parse(_ lines: String) -> Result<ParsedDocument, BuildFailure> {
        let text = "---\ntitle: A\ndate: 09/11/2021\n\(lines)\n---\nNội dung.\n"
        return DocumentParser(config: Self.config).parse(SourceFile(path: "content/articles/x.md", text: text), as: .article)
    }

    /// One record with the four required fields, `extra` lines added (or replacing a field given twice).
    func record(level: String = "cấp cơ sở", year: String = "2021", status: String = "công nhận", extra: String = "") -> String {
        "achievements:\n  - title: Mô hình A\n    level: \(level)\n    year: \(year)\n    status: \(status)" + (extra.isEmpty ? "" : "\n" + extra)
    }

    @Test(arguments: [
        ("cấp cơ sở", AchievementLevel.grassroots), ("Cấp Cơ Sở", .grassroots), ("cap co so", .grassroots), ("cơ sở", .grassroots),
        ("cấp huyện", .district), ("cấp tỉnh", .province), ("cấp bộ, ngành", .ministry), ("cấp bộ ngành", .ministry),
        ("cấp bộ", .ministry), ("cấp trung ương", .centralGovernment), ("CẤP TRUNG ƯƠNG", .centralGovernment),
        // Every level of government in use, by any of its names, alone or listed together.
        ("cấp xã", .commune), ("cấp phường", .commune), ("cấp thị trấn", .commune), ("cấp đặc khu", .commune),
        ("cấp xã, phường, thị trấn", .commune), ("xã/phường", .commune), ("Cấp Xã", .commune),
        ("cấp quận", .district), ("cấp thị xã", .district), ("cấp thành phố thuộc tỉnh", .district),
        ("cấp huyện, quận, thị xã, thành phố thuộc tỉnh", .district), ("cấp huyện và tương đương", nil),
        ("cấp thành phố", .province), ("cấp tỉnh, thành phố", .province), ("cấp thành phố trực thuộc trung ương", .province),
        ("cấp ngành", .ministry), ("cấp bộ, ngành, đoàn thể trung ương", nil),
        ("cấp toàn quốc", .centralGovernment), ("cấp quốc gia", .centralGovernment), ("cấp nhà nước", .centralGovernment),
        // The same words in decomposed form (NFD), as some Mac editors save them.
        ("cấp cơ sở".decomposedStringWithCanonicalMapping, .grassroots),
    ] as [(String, AchievementLevel?)])
    func levelsAreReadLeniently(written: String, level: AchievementLevel?) {
        #expect(AchievementLevel(written: written) == level)
    }

    /// Pages, CSV and JSON print `name`; ids and CSS classes use `slug`; the existing five keep theirs.
    @Test func levelsHaveTheirNameSlugAndPlaceInReports() {
        #expect(AchievementLevel.allCases.map { "\($0.name)=\($0.slug)" } == [
            "cấp trung ương=trung-uong", "cấp bộ, ngành=bo-nganh", "cấp tỉnh=tinh", "cấp huyện=huyen", "cấp xã=xa", "cấp cơ sở=co-so",
        ])
        #expect(AchievementLevel.district < .commune && AchievementLevel.commune < .grassroots)
    }

    @Test(arguments: ["cấp thôn", "tỉnh ủy", "", "cấp", "cấp tỉnh, huyện", "cấp xã huyện", "thành phố Hồ Chí Minh"])
    func unknownLevelsAreRefused(written: String) {
        #expect(AchievementLevel(written: written) == nil)
    }

    @Test(arguments: [
        ("đăng ký", AchievementStatus.registered), ("đã đăng ký", .registered), ("đề nghị", .proposed),
        ("đề nghị khen thưởng", .proposed), ("đã đề nghị khen thưởng", .proposed), ("đang xét duyệt", .underReview),
        ("công nhận", .recognized), ("đã công nhận", .recognized), ("Đã Công Nhận", .recognized), ("được công nhận", .recognized),
        ("trao tặng", .awarded), ("đã trao tặng", .awarded),
        ("đã công nhận".decomposedStringWithCanonicalMapping, .recognized),
    ])
    func statusesAreReadAsOfficialsWriteThem(written: String, status: AchievementStatus) {
        #expect(AchievementStatus(written: written) == status)
    }

    @Test(arguments: ["xét duyệt", "đã xét duyệt", "khen thưởng", "hoàn thành", "đã", ""])
    func unknownStatusesAreRefused(written: String) {
        #expect(AchievementStatus(written: written) == nil)
    }

    @Test(arguments: [
        ("mô hình Dân vận khéo", AchievementKind.Known.model, "Dân vận khéo", "mô hình “Dân vận khéo”"),
        ("Mô hình “Dân vận khéo”", .model, "Dân vận khéo", "mô hình “Dân vận khéo”"),
        ("mô hình", .model, "", "mô hình"),
        ("bằng khen của UBND tỉnh", .certificateOfMerit, "của UBND tỉnh", "bằng khen của UBND tỉnh"),
        ("Bằng khen Thủ tướng Chính phủ", .certificateOfMerit, "Thủ tướng Chính phủ", "bằng khen Thủ tướng Chính phủ"),
        ("mô hình kinh tế tập thể", .model, "kinh tế tập thể", "mô hình kinh tế tập thể"),
        ("giấy khen “Lao động giỏi”", .certificateOfCommendation, "Lao động giỏi", "giấy khen “Lao động giỏi”"),
        ("Giấy khen", .certificateOfCommendation, "", "giấy khen"),
        ("cờ  thi đua", .emulationFlag, "", "cờ thi đua"),
        ("danh hiệu Tập thể lao động tiên tiến", .title, "Tập thể lao động tiên tiến", "danh hiệu “Tập thể lao động tiên tiến”"),
        ("mô hình «‘Dân vận khéo’»", .model, "Dân vận khéo", "mô hình “Dân vận khéo”"),
        ("mô hình “ ”", .model, "", "mô hình"),
    ])
    func knownKindsAreFoundInsideFreeText(written: String, known: AchievementKind.Known, qualifier: String, phrase: String) throws {
        let kind = try #require(AchievementKind(written: written))
        #expect(kind.known == known)
        #expect(kind.qualifier == qualifier)
        #expect(kind.summaryPhrase == phrase)
    }

    @Test(arguments: ["điển hình", "mô-típ", "danh sách", "cờ"])
    func otherKindsStayAsWritten(written: String) throws {
        let kind = try #require(AchievementKind(written: written))
        #expect(kind.known == nil)
        #expect(kind.summaryPhrase == written)
    }

    @Test func readsEveryField() throws {
        let document = try parse("""
        achievements:
          - title: Khéo vận động HTX,   thành viên HTX tham gia
              các phong trào thi đua
            kind: mô hình Dân vận khéo
            level: Cấp cơ sở
            year: 2021
            status: đã công nhận
            unit: Chi bộ Liên minh Hợp tác xã
            decision: 123/QĐ-UBND
            date: 15/12/2021
          - {title: Bằng khen, level: cấp tỉnh, year: '2020', status: trao tặng}
        """).get()
        #expect(document.warnings == [])
        #expect(document.achievements.count == 2)
        let first = document.achievements[0]
        #expect(first.title == "Khéo vận động HTX, thành viên HTX tham gia các phong trào thi đua")
        #expect(first.kind?.text == "mô hình Dân vận khéo")
        #expect(first.level == .grassroots)
        #expect(first.year == 2021)
        #expect(first.status == .recognized)
        #expect(first.unit == "Chi bộ Liên minh Hợp tác xã")
        #expect(first.decision == "123/QĐ-UBND")
        #expect(first.date == ISO8601DateFormatter().date(from: "2021-12-14T17:00:00Z"))
        #expect(first.location == SourceLocation(path: "content/articles/x.md", line: 5, column: 5, sourceLine: "  - title: Khéo vận động HTX,   thành viên HTX tham gia"))
        let second = document.achievements[1]
        #expect(second.kind == nil && second.unit == nil && second.decision == nil && second.date == nil)
        #expect(second.year == 2020)
        #expect(second.status == .awarded)
    }

    @Test(arguments: [
        (#"level: cấp thôn"#, "content/articles/x.md:6:12: lỗi: không có cấp “cấp thôn”; hãy viết một trong: cấp cơ sở | cấp xã | cấp huyện | cấp tỉnh | cấp bộ, ngành | cấp trung ương"),
        (#"status: khen thưởng"#, "content/articles/x.md:8:13: lỗi: không có tình trạng “khen thưởng”; hãy viết một trong: đăng ký | đề nghị | đang xét duyệt | công nhận | trao tặng (có thể thêm “đã” ở đầu)"),
        (#"year: 20211"#, "content/articles/x.md:7:11: lỗi: năm “20211” không hợp lệ; hãy viết năm bằng bốn chữ số, từ 1945 đến 2099, ví dụ `year: 2021`"),
        (#"year: 1930"#, "content/articles/x.md:7:11: lỗi: năm “1930” không hợp lệ; hãy viết năm bằng bốn chữ số, từ 1945 đến 2099, ví dụ `year: 2021`"),
        (#"year: năm 2021"#, "content/articles/x.md:7:11: lỗi: năm “năm 2021” không hợp lệ; hãy viết năm bằng bốn chữ số, từ 1945 đến 2099, ví dụ `year: 2021`"),
        (#"year: 2021.5"#, "content/articles/x.md:7:11: lỗi: năm “2021.5” không hợp lệ; hãy viết năm bằng bốn chữ số, từ 1945 đến 2099, ví dụ `year: 2021`"),
        (#"level: [cấp tỉnh]"#, "content/articles/x.md:6:12: lỗi: `level` phải là một giá trị, không phải danh sách hay nhóm trường"),
    ])
    func wrongValuesAreErrorsAtTheValue(replacement: String, expected: String) {
        let key = String(replacement.prefix { $0 != ":" })
        var lines = record().split(separator: "\n").map(String.init)
        let index = lines.firstIndex { $0.hasPrefix("    \(key):") }!
        lines[index] = "    \(replacement)"
        #expect(headlines(parse(lines.joined(separator: "\n"))) == [expected])
    }

    @Test(arguments: [
        ("    levle: cấp tỉnh", "content/articles/x.md:9:5: lỗi: không có trường `levle` trong thành tích; có phải `level` không?"),
        ("    nam: 2021", "content/articles/x.md:9:5: lỗi: không có trường `nam` trong thành tích; các trường dùng được: title, kind, level, year, status, unit, decision, date"),
        ("    date: 31/02/2021", "content/articles/x.md:9:11: lỗi: ngày 31/02/2021 không có thật: tháng 2 năm 2021 chỉ có 28 ngày"),
        ("    date: 15/13/2021", "content/articles/x.md:9:14: lỗi: không có tháng 13: ngày viết trước, tháng viết sau (ngày/tháng/năm), và tháng chỉ từ 1 đến 12"),
        ("    decision: {name: Chi bộ}", "content/articles/x.md:9:15: lỗi: `decision` phải là một giá trị, không phải danh sách hay nhóm trường"),
    ])
    func extraLinesAreChecked(extra: String, expected: String) {
        #expect(headlines(parse(record(extra: extra))) == [expected])
    }

    @Test(arguments: [
        ("achievements:\n  - level: cấp tỉnh\n    year: 2021\n    status: công nhận", ["content/articles/x.md:5:5: lỗi: thiếu `title`: mỗi thành tích cần có trường này; hãy thêm một dòng `title: …`"]),
        ("achievements:\n  - title: A\n    year: 2021", [
            "content/articles/x.md:5:5: lỗi: thiếu `level`: mỗi thành tích cần ghi cấp, một trong: cấp cơ sở | cấp xã | cấp huyện | cấp tỉnh | cấp bộ, ngành | cấp trung ương",
            "content/articles/x.md:5:5: lỗi: thiếu `status`: mỗi thành tích cần ghi tình trạng, một trong: đăng ký | đề nghị | đang xét duyệt | công nhận | trao tặng (có thể thêm “đã” ở đầu)",
        ]),
        ("achievements:\n  - title: A\n    level: cấp tỉnh\n    year:\n    status: công nhận", ["content/articles/x.md:7:5: lỗi: thiếu `year`: mỗi thành tích cần ghi năm, ví dụ `year: 2021`"]),
        ("achievements:\n  - title: \"\"\n    level: cấp tỉnh\n    year: 2021\n    status: công nhận", ["content/articles/x.md:5:13: lỗi: `title` đang để trống; mỗi thành tích cần có trường này"]),
        ("achievements: Mô hình A", ["content/articles/x.md:4:15: lỗi: `achievements` phải là một danh sách thành tích, mỗi thành tích bắt đầu bằng `- title:`"]),
        ("achievements:\n  - Mô hình A", ["content/articles/x.md:5:5: lỗi: mỗi thành tích phải gồm các dòng `khoá: giá trị` (title, kind, level, year, status, unit, decision, date), không phải một giá trị đơn lẻ"]),
        ("achievements:\n  - title: A\n    title: B", ["content/articles/x.md:6:5: lỗi: `title` được ghi hai lần (lần đầu ở dòng 5); hãy giữ lại một dòng"]),
        // The duplicate is looked for in its own record, not in the one before it or in the article's keys.
        ("achievements:\n  - title: A\n    year: 2021\n  - title: B\n    unit: U\n    title: C", ["content/articles/x.md:9:5: lỗi: `title` được ghi hai lần (lần đầu ở dòng 7); hãy giữ lại một dòng"]),
    ])
    func missingAndMisshapenRecords(lines: String, expected: [String]) {
        #expect(headlines(parse(lines)) == expected)
    }

    @Test func everyProblemOfEveryRecordIsReported() {
        let result = parse("""
        achievements:
          - title: A
            level: cấp thôn
            year: 1900
            status: công nhận
          - title: B
            level: cấp tỉnh
            year: 2021
            status: xong
        """)
        #expect(headlines(result) == [
            "content/articles/x.md:6:12: lỗi: không có cấp “cấp thôn”; hãy viết một trong: cấp cơ sở | cấp xã | cấp huyện | cấp tỉnh | cấp bộ, ngành | cấp trung ương",
            "content/articles/x.md:7:11: lỗi: năm “1900” không hợp lệ; hãy viết năm bằng bốn chữ số, từ 1945 đến 2099, ví dụ `year: 2021`",
            "content/articles/x.md:12:13: lỗi: không có tình trạng “xong”; hãy viết một trong: đăng ký | đề nghị | đang xét duyệt | công nhận | trao tặng (có thể thêm “đã” ở đầu)",
        ])
    }

    @Test func diagnosticQuotesTheLineWithACaretUnderTheValue() throws {
        let failure = try #require(failureOf(parse(record(level: "cấp thôn, ấp"))))
        #expect(failure.diagnostics.map(\.description) == ["""
        content/articles/x.md:6:12: lỗi: không có cấp “cấp thôn, ấp”; hãy viết một trong: cấp cơ sở | cấp xã | cấp huyện | cấp tỉnh | cấp bộ, ngành | cấp trung ương
         6 |     level: cấp thôn, ấp
           |            ^
        """])
    }

    @Test func aYearAfterTheArticleIsAWarningAndTheRecordIsKept() throws {
        let document = try parse(record(year: "2022")).get()
        #expect(document.achievements.map(\.year) == [2022])
        #expect(document.warnings.map(\.description) == ["""
        content/articles/x.md:7:11: cảnh báo: năm 2022 muộn hơn ngày của bài (09/11/2021); hãy kiểm tra `year`, hoặc `date` của bài
         7 |     year: 2022
           |           ^
        """])
        let (_, diagnostics) = DocumentParser(config: Self.config).parse(
            [SourceFile(path: "content/articles/x.md", text: "---\ntitle: A\ndate: 09/11/2021\n\(record(year: "2022"))\n---\n")], as: .article
        )
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test func warningsTravelWithErrorsWhenTheFileFails() {
        let result = parse(record(year: "2022", extra: "    decision: [A]"))
        #expect(headlines(result) == [
            "content/articles/x.md:7:11: cảnh báo: năm 2022 muộn hơn ngày của bài (09/11/2021); hãy kiểm tra `year`, hoặc `date` của bài",
            "content/articles/x.md:9:15: lỗi: `decision` phải là một giá trị, không phải danh sách hay nhóm trường",
        ])
    }

    @Test func pagesCannotCarryAchievements() {
        let result = DocumentParser(config: Self.config).parse(
            SourceFile(path: "content/pages/p.md", text: "---\ntitle: P\n\(record())\n---\n"), as: .page
        )
        #expect(headlines(result) == ["content/pages/p.md:3:1: lỗi: không có trường `achievements` trong phần đầu (front matter); các trường dùng được: title, date, summary, cover, slug, draft, author"])
    }

    @Test(arguments: [
        ("Mô hình A", "Chi bộ", "MÔ HÌNH  “A”", "chi bo", true),
        ("Mô hình A", nil, "Mô hình A", "", true),
        ("Mô hình A", "Chi bộ", "Mô hình B", "Chi bộ", false),
        ("Mô hình A", "Chi bộ", "Mô hình A", "Công đoàn", false),
    ] as [(String, String?, String, String?, Bool)])
    func identityIgnoresCaseMarksAndPunctuation(title: String, unit: String?, otherTitle: String, otherUnit: String?, same: Bool) {
        let location = SourceLocation(path: "x.md", line: 1, column: 1)
        let record = AchievementRecord(title: title, level: .grassroots, year: 2021, status: .recognized, unit: unit, location: location)
        let other = AchievementRecord(title: otherTitle, level: .province, year: 2021, status: .registered, unit: otherUnit, location: location)
        #expect((record.identity == other.identity) == same)
    }

    private func failureOf(_ result: Result<ParsedDocument, BuildFailure>) -> BuildFailure? {
        if case .failure(let failure) = result { return failure }
        return nil
    }

    private func headlines(_ result: Result<ParsedDocument, BuildFailure>) -> [String] {
        failureOf(result)?.diagnostics.map(\.headline) ?? []
    }
}
