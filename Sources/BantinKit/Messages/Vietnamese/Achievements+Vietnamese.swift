// The Vietnamese catalogue: achievements recorded in articles, and the yearly report.

extension AchievementMessage {
    public var vietnamese: String {
        switch self {
        case .notAList:
            "`achievements` phải là một danh sách thành tích, mỗi thành tích bắt đầu bằng `- title:`"
        case .recordNotMapping:
            "mỗi thành tích phải gồm các dòng `khoá: giá trị` (title, kind, level, year, status, unit, decision, date), không phải một giá trị đơn lẻ"
        case .yearAfterArticle(let year, let articleDate):
            "năm \(year) muộn hơn ngày của bài (\(articleDate)); hãy kiểm tra `year`, hoặc `date` của bài"
        case .missingLevel:
            "thiếu `level`: mỗi thành tích cần ghi cấp, một trong: \(AchievementLevel.allowedValues)"
        case .unknownLevel(let written):
            "không có cấp “\(written)”; hãy viết một trong: \(AchievementLevel.allowedValues)"
        case .missingStatus:
            "thiếu `status`: mỗi thành tích cần ghi tình trạng, một trong: \(AchievementStatus.allowedValues) (có thể thêm “đã” ở đầu)"
        case .unknownStatus(let written):
            "không có tình trạng “\(written)”; hãy viết một trong: \(AchievementStatus.allowedValues) (có thể thêm “đã” ở đầu)"
        case .missingYear:
            "thiếu `year`: mỗi thành tích cần ghi năm, ví dụ `year: 2021`"
        case .implausibleYear(let written):
            "năm “\(written)” không hợp lệ; hãy viết năm bằng bốn chữ số, từ \(AchievementRecord.plausibleYears.lowerBound) đến \(AchievementRecord.plausibleYears.upperBound), ví dụ `year: 2021`"
        case .badDate(let error):
            error.vietnamese
        case .repeatedInArticle(let line):
            "thành tích này đã ghi ở dòng \(line) của bài này (cùng tên, năm và đơn vị); chỉ được tính một lần"
        case .levelDisagrees(let written, let keptAt, let kept):
            "bài này ghi \(written.name), nhưng \(keptAt) ghi cùng thành tích này (cùng tên, năm và đơn vị) ở \(kept.name); thành tích chỉ được tính một lần, ở \(kept.name)"
        case .decisionDisagrees(let written, let keptAt, let kept):
            "bài này ghi quyết định \(written), nhưng \(keptAt) ghi quyết định \(kept) cho cùng thành tích; trang sẽ hiện \(kept)"
        }
    }
}

extension AchievementReport.Problem {
    public var vietnamese: String {
        switch self {
        case let .noAchievements(year, recordedYears) where recordedYears.isEmpty:
            "chưa có bài đã đăng nào ghi thành tích năm \(year); hiện chưa có bài nào ghi thành tích (hãy thêm `achievements:` vào phần đầu (front matter) của một bài)"
        case let .noAchievements(year, recordedYears):
            "chưa có bài đã đăng nào ghi thành tích năm \(year); các năm có thành tích: \(recordedYears.map(String.init).joined(separator: ", "))"
        case let .fileExists(path):
            "\(path) đã có; hãy thêm --force để ghi đè, hoặc dùng --output để ghi ra chỗ khác"
        case let .cannotWrite(path, reason):
            "không ghi được \(path): \(reason.text(in: .vietnamese))"
        }
    }
}
