@testable import BantinKit
import Foundation
import Testing

/// `/thanh-tich/<year>.csv` and `.json`, byte for byte.
@Suite struct AchievementDataTests {
    static func context() throws -> SiteContext {
        var config = AchievementIndexTests.config
        config.baseURL = "https://thu.example/tin/"
        let text = """
        ---
        title: Tổng kết
        date: 15/12/2021 08:30
        achievements:
          - title: 'Tập thể "Hoàn thành xuất sắc nhiệm vụ"'
            kind: bằng khen
            level: cấp bộ, ngành
            year: 2021
            status: trao tặng
            unit: HTX Kinh 10, xã Vĩnh Hòa
            decision: 123/QĐ-BNN
            date: 10/12/2021
          - title: Mô hình A
            kind: mô hình Dân vận khéo
            level: cấp cơ sở
            year: 2021
            status: công nhận
        ---
        """
        let parser = DocumentParser(config: config)
        let (documents, _) = parser.parse([SourceFile(path: "content/articles/a.md", text: text)], as: .article)
        let site = try SiteResolver(config: config, inclusion: .init(), now: Fixtures.now).resolve(articles: documents, pages: [])
        return SiteContext(site: site, bulletins: [], achievements: AchievementIndex(site: site), imageSizes: [:])
    }

    @Test func csvHasAByteOrderMarkVietnameseHeaderAndRFC4180Quoting() throws {
        let context = try Self.context()
        let csv = AchievementDataFile.csv(try #require(context.achievements.year(2021)), in: context)
        let url = "https://thu.example/tin/2021/12/tong-ket/"
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv == "\u{FEFF}STT,Năm,Cấp,Loại,Tên thành tích,Đơn vị,Tình trạng,Số quyết định,Ngày quyết định,Bài viết\r\n"
            + "1,2021,\"cấp bộ, ngành\",bằng khen,\"Tập thể \"\"Hoàn thành xuất sắc nhiệm vụ\"\"\",\"HTX Kinh 10, xã Vĩnh Hòa\",trao tặng,123/QĐ-BNN,10/12/2021,\(url)\r\n"
            + "2,2021,cấp cơ sở,mô hình Dân vận khéo,Mô hình A,,công nhận,,,\(url)\r\n")
    }

    @Test func jsonHasEveryKeyForEveryRecord() throws {
        let context = try Self.context()
        let json = AchievementDataFile.json(try #require(context.achievements.year(2021)), in: context)
        #expect(json == """
        {
          "achievements" : [
            {
              "articles" : [
                {
                  "date" : "2021-12-15",
                  "title" : "Tổng kết",
                  "url" : "https://thu.example/tin/2021/12/tong-ket/"
                }
              ],
              "date" : "2021-12-10",
              "decision" : "123/QĐ-BNN",
              "kind" : "bằng khen",
              "level" : "cấp bộ, ngành",
              "status" : "trao tặng",
              "title" : "Tập thể \\"Hoàn thành xuất sắc nhiệm vụ\\"",
              "unit" : "HTX Kinh 10, xã Vĩnh Hòa",
              "year" : 2021
            },
            {
              "articles" : [
                {
                  "date" : "2021-12-15",
                  "title" : "Tổng kết",
                  "url" : "https://thu.example/tin/2021/12/tong-ket/"
                }
              ],
              "date" : null,
              "decision" : null,
              "kind" : "mô hình Dân vận khéo",
              "level" : "cấp cơ sở",
              "status" : "công nhận",
              "title" : "Mô hình A",
              "unit" : null,
              "year" : 2021
            }
          ],
          "count" : 2,
          "site" : "Thử",
          "summary" : "Năm 2021: 01 bằng khen được trao tặng cấp bộ, ngành; 01 mô hình “Dân vận khéo” được công nhận cấp cơ sở",
          "url" : "https://thu.example/tin/thanh-tich/2021/",
          "year" : 2021
        }

        """)
    }

    @Test(arguments: [
        ("Mô hình A", "Mô hình A"), ("cấp bộ, ngành", "\"cấp bộ, ngành\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("", ""), ("a;b", "a;b"),
    ])
    func csvFieldsAreQuotedOnlyWhenNeeded(text: String, field: String) {
        #expect(AchievementDataFile.csvField(text) == field)
    }
}

/// Cells a spreadsheet would run as formulas are written as text (OWASP CSV injection).
@Suite struct AchievementCSVInjectionTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x.example\",\"Bấm\")", "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Bấm\"\")\""),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-2+3", "'-2+3"),
        ("\t=1", "'\t=1"),
        ("\r=1", "\"'\r=1\""),
        ("Mô hình -2", "Mô hình -2"),
        ("123/QĐ-UBND", "123/QĐ-UBND"),
    ])
    func formulaCellsAreNeutralised(text: String, field: String) {
        #expect(AchievementDataFile.csvField(text) == field)
    }
}
