/// The Vietnamese words of the achievement pages.
extension Labels {
    /// The index page's title and the breadcrumb back to it.
    var achievements: String { "Thành tích" }

    /// "Thành tích năm 2021".
    func achievementYear(_ year: Int) -> String { "Thành tích năm \(year)" }

    /// The lead of the index page.
    var achievementsIntro: String {
        "Thành tích của đơn vị được tổng hợp từ các bài viết đưa tin về chúng; mỗi thành tích chỉ được tính một lần dù nhiều bài cùng nhắc đến."
    }

    /// The name of the bar chart, and the caption of the table that holds its numbers.
    var achievementChartTitle: String { "Số thành tích theo năm và cấp" }
}
