@testable import BantinKit
import Foundation
import Testing

/// The search page's years, found by halving the articles (newest first) instead of reading every date.
@Suite struct SearchPageTests {
    static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/")

    func site(_ dates: [String]) throws -> ResolvedSite {
        let documents = try dates.enumerated().map { index, date in
            try DocumentParser(config: Self.config).parse(
                SourceFile(path: "content/articles/\(index).md", text: "---\ntitle: Bài \(index)\ndate: \(date)\n---\nNội dung."), as: .article
            ).get()
        }
        return try SiteResolver(config: Self.config, inclusion: .init(future: true), now: Date()).resolve(articles: documents, pages: [])
    }

    @Test(arguments: [
        ([], []),
        (["09/11/2021 09:40"], [2021]),
        // Local midnight in Hồ Chí Minh City is 17:00 the day before in UTC: the year is the local one.
        (["01/01/2022 00:10", "31/12/2021 23:50", "05/06/2021 08:00", "01/01/2019 07:00"], [2022, 2021, 2019]),
        (["01/03/2024", "01/02/2024", "01/01/2024", "31/12/2023", "01/01/2020", "31/12/2019"], [2024, 2023, 2020, 2019]),
    ] as [([String], [Int])])
    func yearsNewestFirstEachOnce(dates: [String], expected: [Int]) throws {
        let site = try site(dates)
        let formatter = SiteDateFormatter(timeZone: Self.config.timeZone)
        #expect(SearchPage.years(of: site.articles, formatter: formatter) == expected)
        // The same as reading every date.
        var everyDate: [Int] = []
        for article in site.articles where everyDate.last != formatter.year(article.date) { everyDate.append(formatter.year(article.date)) }
        #expect(everyDate == expected)
    }
}
