import BantinKit
import Foundation
import Testing

/// Broken internal links and missing images: warnings for `build`, errors for `check`.
@Suite struct LinkCheckTests {
    static let article = """
    ---
    title: Liên kết hỏng
    date: 10/11/2021 08:00
    cover: media/khong-co.svg
    ---
    Xem [giới thiệu](/tin/gioi-thieu/), [trang cũ](/tin/trang-cu/) và [bên ngoài](https://example.org/x).

    ![Ảnh thiếu](media/thieu.png)

    ![Ảnh có](media/a.svg#anchor)
    """

    func siteWithBrokenLinks() throws -> URL {
        let root = try Fixtures.copy("sites/basic")
        try Data(Self.article.utf8).write(to: root.appendingPathComponent("content/articles/2021/hong.md"))
        return root
    }

    @Test func warningsOfManyFilesComeInTheOrderOfSortingThemAll() throws {
        let root = try siteWithBrokenLinks()
        defer { try? FileManager.default.removeItem(at: root) }
        // Files whose paths sort otherwise than they were written or dated, each with several warnings.
        for (name, day) in [("b-tin", 12), ("a-tin", 11), ("c/z-tin", 9), ("aa-tin", 13)] {
            let folder = root.appendingPathComponent("content/articles/2021/" + name).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let text = Self.article.replacingOccurrences(of: "Liên kết hỏng", with: "Tin \(name)")
                .replacingOccurrences(of: "10/11/2021", with: "\(day)/11/2021")
            try Data(text.utf8).write(to: root.appendingPathComponent("content/articles/2021/\(name).md"))
        }
        let (_, report) = try Fixtures.build(root)
        let perFile = report.warnings.filter { $0.path.hasSuffix("/hong.md") }.count
        #expect(perFile >= 3)
        #expect(report.warnings.count == 5 * perFile)
        #expect(report.warnings == report.warnings.sorted())
        #expect(Set(report.warnings.map(\.path)).count >= 5)
    }

    @Test func buildWarnsAndStillWrites() throws {
        let root = try siteWithBrokenLinks()
        defer { try? FileManager.default.removeItem(at: root) }
        let (writer, report) = try Fixtures.build(root)
        #expect(writer.files["2021/11/lien-ket-hong/index.html"] != nil)
        #expect(report.warnings.map(\.headline) == [
            "content/articles/2021/hong.md:4:8: cảnh báo: thiếu ảnh: ảnh bìa /tin/media/khong-co.svg không phải là tệp nào của trang web này",
            "content/articles/2021/hong.md:6:37: cảnh báo: liên kết hỏng: /tin/trang-cu/ không phải là trang hay tệp nào của trang web này",
            "content/articles/2021/hong.md:8:1: cảnh báo: thiếu ảnh: /tin/media/thieu.png không phải là tệp nào của trang web này",
        ])
        #expect(report.warnings[1].sourceLine == "Xem [giới thiệu](/tin/gioi-thieu/), [trang cũ](/tin/trang-cu/) và [bên ngoài](https://example.org/x).")
    }

    @Test func warningsReadInEnglishWhenAsked() throws {
        let root = try siteWithBrokenLinks()
        defer { try? FileManager.default.removeItem(at: root) }
        let (_, report) = try Fixtures.build(root)
        #expect(report.warnings.map { $0.headline(in: .english) } == [
            "content/articles/2021/hong.md:4:8: warning: missing image: cover /tin/media/khong-co.svg is not a file of this site",
            "content/articles/2021/hong.md:6:37: warning: broken link: /tin/trang-cu/ is not a page or file of this site",
            "content/articles/2021/hong.md:8:1: warning: missing image: /tin/media/thieu.png is not a file of this site",
        ])
    }

    @Test func aPictureOnTheWritersComputerIsNamedInBothLanguages() throws {
        let site = try ScratchSite([
            ("content/articles/may.md", "---\ntitle: Ảnh trên máy\ndate: 09/11/2021\n---\n\n![Hội nghị](C:/Anh/hoi-nghi.jpg)\n"),
        ])
        let diagnostic = try #require(site.check().first { $0.path == "content/articles/may.md" })
        #expect(diagnostic.headline == "content/articles/may.md:6:1: lỗi: ảnh \"C:/Anh/hoi-nghi.jpg\" nằm trên máy tính của bạn nên người đọc không xem được; "
            + "hãy chép tệp vào thư mục content/media/ (ví dụ content/media/2021/hoi-nghi.jpg) rồi viết media/2021/hoi-nghi.jpg")
        #expect(diagnostic.headline(in: .english) == "content/articles/may.md:6:1: error: the image \"C:/Anh/hoi-nghi.jpg\" is on your computer, so readers cannot see it; "
            + "copy the file into the folder content/media/ (for example content/media/2021/hoi-nghi.jpg) and write media/2021/hoi-nghi.jpg")
    }

    @Test func checkTurnsThemIntoErrors() throws {
        let root = try siteWithBrokenLinks()
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostics = SiteBuilder(root: root, now: Fixtures.now).check()
        #expect(diagnostics.count == 3)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func checkOfACleanSiteFindsNothing() throws {
        let root = try Fixtures.copy("sites/basic")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(SiteBuilder(root: root, now: Fixtures.now).check() == [])
    }
}
