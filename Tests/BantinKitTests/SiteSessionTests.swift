import BantinKit
import Foundation
import Testing

/// The preview's incremental rebuild gives exactly what a full build of the same files gives, and
/// renders only the pages an edit affects.
@Suite struct SiteSessionTests {
    static let seed = "content/articles/2021/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa.md"
    static let seedPage = "2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/index.html"
    static let tuVan = "content/articles/2021/tu-van-thanh-lap-moi-hop-tac-xa-nong-nghiep-tai-huyen-giong-rieng.md"
    static let ocop = "content/articles/2022/nhieu-san-pham-ocop-cua-hop-tac-xa-duoc-gioi-thieu-tai-hoi-cho-xuan.md"
    static let congDoan = "content/articles/2022/cong-doan-co-so-lien-minh-hop-tac-xa-tham-hoi-tang-qua-tet-cho-doan-vien.md"
    static let draft = "content/articles/2022/huong-dan-to-chuc-dai-hoi-thanh-vien-thuong-nien-nam-2022-cho-cac-hop-tac-xa.md"

    /// One change a person makes while the preview runs.
    struct Edit: Sendable, CustomTestStringConvertible {
        let name: String
        let apply: @Sendable (SessionSite) throws -> Void
        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(name: "body of one article") { try $0.replace(in: seed, "Sau đại dịch Covid-19 năm 2020", with: "Sau đại dịch Covid-19 (năm 2020)") },
        Edit(name: "title") { try $0.replace(in: seed, "title: Những kết quả", with: "title: Mười kết quả") },
        Edit(name: "date moves it to another list page") { try $0.replace(in: seed, "date: 09/11/2021 09:40", with: "date: 02/01/2021 07:00") },
        // The same place in every list and the same URL: only the pages that print the date (and the
        // sitemap's lastmod) change.
        Edit(name: "time of day") { try $0.replace(in: seed, "date: 09/11/2021 09:40", with: "date: 09/11/2021 09:45") },
        Edit(name: "date that changes its URL month") { try $0.replace(in: seed, "date: 09/11/2021 09:40", with: "date: 30/12/2021 09:40") },
        Edit(name: "category") { try $0.replace(in: seed, "category: Chi bộ", with: "category: Tin hoạt động") },
        Edit(name: "new category") { try $0.replace(in: seed, "category: Chi bộ", with: "category: Thi đua khen thưởng") },
        Edit(name: "category spelled with other capitals") { try $0.replace(in: tuVan, "category: Tin hoạt động", with: "category: TIN HOẠT ĐỘNG") },
        Edit(name: "tags") { try $0.replace(in: seed, "tags: [Dân vận khéo, Thi đua, Chi bộ]", with: "tags: [Thi đua, Khen thưởng]") },
        Edit(name: "tag spelled with other capitals by the newest article") {
            try $0.replace(in: congDoan, "Dân vận khéo]", with: "DÂN VẬN KHÉO]")
        },
        Edit(name: "summary removed, lead from first paragraph") { try $0.removeLine(in: seed, startingWith: "summary:") },
        Edit(name: "cover added") { try $0.replace(in: tuVan, "author:", with: "cover: media/2021/dan-van-kheo.svg\nauthor:") },
        Edit(name: "new article") { try $0.write(Self.newArticle, to: "content/articles/2022/bai-moi.md") },
        Edit(name: "article deleted") { try $0.remove(seed) },
        Edit(name: "draft published") { try $0.replace(in: draft, "draft: true", with: "draft: false") },
        Edit(name: "article made a draft") { try $0.replace(in: seed, "author: T.T", with: "author: T.T\ndraft: true") },
        Edit(name: "page title (in every footer)") { try $0.replace(in: "content/pages/gioi-thieu.md", "title: Giới thiệu", with: "title: Về chúng tôi") },
        Edit(name: "template") { try $0.replace(in: "templates/article.mustache", "</article>", with: "</article>\n<!-- sửa -->") },
        Edit(name: "site settings") { try $0.replace(in: "content/site.yml", "per_page: 5", with: "per_page: 3") },
        Edit(name: "bulletin note") { try $0.replace(in: "content/bulletins/2021-11.md", "Kính gửi", with: "Thân gửi") },
        Edit(name: "bulletin period") { try $0.replace(in: "content/bulletins/2021-11.md", "to: 30/11/2021", with: "to: 15/11/2021") },
        Edit(name: "achievement status") { try $0.replace(in: seed, "status: công nhận", with: "status: đề nghị") },
        Edit(name: "achievement moved to another year") { try $0.replace(in: SessionSite.warnings, "year: 2022", with: "year: 2021") },
        Edit(name: "broken link mended") { try $0.replace(in: SessionSite.warnings, "(/khong-co/)", with: "(/gioi-thieu/)") },
        Edit(name: "broken link added to another article") {
            try $0.replace(in: seed, "Sau đại dịch Covid-19 năm 2020", with: "Sau [đại dịch](/dai-dich/) Covid-19 năm 2020")
        },
        // Its own slug keeps the URL: the site keeps its shape, and the pages that show the article's
        // summary or title (lists, neighbours, "Các tin khác", the achievement data) are found by it.
        Edit(name: "title of an article with a slug (same URL)") {
            try $0.replace(in: SessionSite.warnings, "title: Bài có cảnh báo", with: "title: Bài có nhiều cảnh báo\nslug: bai-co-canh-bao")
        },
        // A tag the site has already: the same groups, one with another list of articles.
        Edit(name: "a tag the site has, added") {
            try $0.replace(in: tuVan, "tags: [Tổ hợp tác, Hợp tác xã, Ổn định sản xuất]", with: "tags: [Tổ hợp tác, Hợp tác xã, Ổn định sản xuất, OCOP]")
        },
        Edit(name: "media file added") { try $0.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: "content/media/2022/moi.svg") },
        Edit(name: "media file the seed shows deleted") { try $0.remove("content/media/2021/dan-van-kheo.svg") },
        // Not a picture, so no image size changes: the link's line must still be quoted as a full build quotes it.
        Edit(name: "document an article links deleted") { try $0.remove(SessionSite.document) },
    ]

    static let newArticle = """
        ---
        title: Bài mới về hợp tác xã
        date: 01/03/2022 08:00
        category: Chi bộ
        tags: [OCOP, Bài mới]
        ---

        Nội dung bài mới.

        """

    @Test func firstUpdateIsAFullBuild() throws {
        let site = try SessionSite()
        var session = site.session()
        let build = try #require(site.built(session.update()))
        #expect(build.changedPaths == build.files.map(\.path).sorted(), "a first update changes every path")
        #expect(build.warnings.filter { $0.path == SessionSite.warnings }.count == 3, "the edits below are compared on a site with warnings")
        try site.expectSameAsFullBuild(build)
    }

    /// Each edit, with the session scanning every file and with it told which files changed.
    @Test(arguments: edits, [false, true]) func editGivesTheFullBuild(_ edit: Edit, toldWhatChanged: Bool) throws {
        let site = try SessionSite()
        var session = site.session()
        var before = MemoryWriter()
        _ = try before.write(try #require(site.built(session.update())).files)
        try edit.apply(site)
        let build = try #require(site.built(session.update(changed: toldWhatChanged ? site.touched : nil)))
        try site.expectSameAsFullBuild(build)

        // The preview replaces the files listed as changed: every file that differs must be listed;
        // after new settings (which start the session over) every file is.
        var after = MemoryWriter()
        _ = try after.write(build.files)
        let differing = Set(before.files.keys).union(after.files.keys).filter { before.files[$0] != after.files[$0] }
        if edit.name == "site settings" {
            #expect(Set(build.changedPaths).isSuperset(of: differing))
        } else {
            #expect(build.changedPaths == differing.sorted())
        }
        // The files the preview takes by index are the changed paths the site still has, each once;
        // the paths it removes are the others.
        let present = Set(build.files.map(\.path))
        #expect(build.changedFiles.map { build.files[$0].path }.sorted() == build.changedPaths.filter(present.contains))
        #expect(build.removedPaths.sorted() == build.changedPaths.filter { !present.contains($0) })
    }

    @Test func editsOneAfterAnotherGiveTheFullBuild() throws {
        let site = try SessionSite()
        var session = site.session()
        _ = try #require(site.built(session.update()))
        for edit in Self.edits {
            site.touched = []
            try edit.apply(site)
            let edited = try #require(site.built(session.update(changed: site.touched)))
            try site.expectSameAsFullBuild(edited, after: edit.name)
            try site.restore()
            let restored = try #require(site.built(session.update()))
            try site.expectSameAsFullBuild(restored, after: "undoing " + edit.name)
        }
    }

    /// An update that failed rendered nothing: the next one compares its articles with the last pages
    /// rendered, not with the failed update's.
    @Test func anEditAfterAFailedUpdateGivesTheFullBuild() throws {
        let site = try SessionSite()
        var session = site.session()
        _ = try #require(site.built(session.update()))
        try site.replace(in: SessionSite.warnings, "title: Bài có cảnh báo", with: "title: Bài có nhiều cảnh báo\nslug: bai-co-canh-bao")
        try site.replace(in: Self.tuVan, "category:", with: "date: 32/13/2021 25:00\ncategory:")
        guard case .failed = session.update(changed: site.touched) else {
            Issue.record("a date that does not exist stops the update")
            return
        }
        site.touched = []
        try site.replace(in: Self.tuVan, "date: 32/13/2021 25:00\n", with: "")
        let mended = try #require(site.built(session.update(changed: site.touched)))
        try site.expectSameAsFullBuild(mended)
        #expect(mended.renderedPaths.contains { $0.hasPrefix("chuyen-muc/ho-tro-htx/") }, "the list that shows the new title")
    }

    @Test func bodyEditRendersOnlyThatArticle() throws {
        let site = try SessionSite()
        var session = site.session()
        _ = try #require(site.built(session.update()))
        try Self.edits[0].apply(site)
        let build = try #require(site.built(session.update()))
        #expect(build.renderedPaths == [Self.seedPage], "no other page shows the body")
        // The search index holds the body's words, so its files change with it.
        #expect(build.changedPaths.filter { !$0.hasPrefix(SearchIndex.dataFolder) } == [Self.seedPage])
        #expect(build.changedPaths.contains(SearchIndex.dataFolder + "muc-luc.json"))
    }

    @Test func toldOfAPathInAFolderThatLinksOutsideItStillSkipsIt() throws {
        let site = try SessionSite()
        let outside = site.root.appendingPathComponent("../\(site.root.lastPathComponent)-outside").standardizedFileURL
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content/media/outside"), withDestinationURL: outside)
        var session = site.session()
        _ = try #require(site.built(session.update()))
        try "secret".write(to: outside.appendingPathComponent("secret.txt"), atomically: false, encoding: .utf8)
        switch session.update(changed: ["content/media/outside/secret.txt"]) {
        case .unchanged:
            break  // the folder is still skipped, so nothing the site is built from changed
        case .built(let build):
            Issue.record("rebuilt with \(build.changedPaths)")
        case .failed(let diagnostics):
            Issue.record("failed: \(diagnostics.map(\.headline))")
        }
    }

    @Test func scheduledArticleFallingDueIsPublishedAtTheNextUpdate() throws {
        let site = try SessionSite()
        try site.replace(in: Self.ocop, "date: 10/01/2022 10:00", with: "date: 29/11/2026 11:00")  // an hour after Fixtures.now
        let clock = MovingClock(Fixtures.now)
        var session = SiteSession(root: site.root, now: { clock.now })
        let before = try #require(site.built(session.update()))
        #expect(before.skippedFuture == 1)
        clock.now = Fixtures.now.addingTimeInterval(2 * 3600)
        try Self.edits[0].apply(site)
        let after = try #require(site.built(session.update()))
        #expect(after.skippedFuture == 0)
        try site.expectSameAsFullBuild(after, now: clock.now)
    }

    @Test func titleEditRendersThePagesThatShowTheTitle() throws {
        let site = try SessionSite()
        var session = site.session()
        let first = try #require(site.built(session.update()))
        try Self.edits[1].apply(site)
        let build = try #require(site.built(session.update()))
        let rendered = Set(build.renderedPaths)
        let expected: Set = [
            "2021/11/muoi-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/index.html",  // a new title, a new URL
            "trang/2/index.html",  // the home list, 5 a page: the seed is the 7th newest
            "chuyen-muc/chi-bo/index.html",
            "tu-khoa/dan-van-kheo/index.html", "tu-khoa/thi-dua/index.html", "tu-khoa/chi-bo/index.html",
            // its neighbours, newer and older
            "2021/11/hop-tac-xa-nong-nghiep-lien-ket-san-xuat-de-nang-gia-tri-hat-lua/index.html",
            "2021/10/tu-van-thanh-lap-moi-hop-tac-xa-nong-nghiep-tai-huyen-giong-rieng/index.html",
        ]
        #expect(expected.isSubset(of: rendered), "not rendered: \(expected.subtracting(rendered).sorted())")
        // The home page's first page lists it too, in the Chi bộ block of the newest per menu category.
        #expect(rendered.contains("index.html"))
        #expect(!rendered.contains("trang/3/index.html"))
        #expect(!rendered.contains("tu-khoa/ocop/index.html"))
        #expect(!rendered.contains("chuyen-muc/kinh-te-tap-the/index.html"))
        #expect(rendered.count < first.renderedPaths.count / 2)
        #expect(build.changedPaths.contains("rss.xml"))
        #expect(build.changedPaths.contains(Self.seedPage), "the old URL is gone")
    }

    /// "Các tin khác" and the neighbours print the title, URL and date of the articles they show, not
    /// their lead: a new lead of a category's newest article renders its page and the lists, and none
    /// of the category's other articles. So also in the preview, whose first build makes the search
    /// index beside the pages and whose updates make it after them: the lists of pages are the same.
    @Test(arguments: [false, true]) func leadEditRendersNoPageThatShowsOnlyTheTitle(indexLater: Bool) throws {
        let site = try SessionSite()
        var session = site.session()
        _ = try #require(site.built(session.update(indexLater: indexLater)))
        try site.replace(in: Self.congDoan, "summary: \"Nhân dịp Tết", with: "summary: \"Nhân dịp đón Tết")
        let build = try #require(site.built(session.update(indexLater: indexLater)))
        let page = "2022/01/cong-doan-co-so-lien-minh-hop-tac-xa-tham-hoi-tang-qua-tet-cho-doan-vien/index.html"
        #expect(build.renderedPaths.contains(page))
        #expect(build.renderedPaths.contains("chuyen-muc/tin-hoat-dong/index.html"))
        let articlePages = build.renderedPaths.filter { $0.hasPrefix("20") }
        #expect(articlePages == [page], "its category's other articles and its neighbour show only its title and date")
        if !indexLater { try site.expectSameAsFullBuild(build) }
    }

    @Test func titleGivingAnotherArticlesURLFailsAsAFullBuildDoes() throws {
        let site = try SessionSite()
        var session = site.session()
        _ = try #require(site.built(session.update()))
        try site.replace(in: Self.seed, "title: Những kết quả từ phong trào thi đua “Dân vận khéo” ở Chi bộ Liên minh Hợp tác xã",
                         with: "title: \"Hợp tác xã nông nghiệp: liên kết sản xuất để nâng giá trị hạt lúa\"")
        guard case .failed(let diagnostics) = session.update() else {
            Issue.record("expected .failed")
            return
        }
        #expect(throws: BuildFailure(diagnostics: diagnostics)) { try SiteBuilder(root: site.root, now: Fixtures.now).render() }
        let url = "/2021/11/hop-tac-xa-nong-nghiep-lien-ket-san-xuat-de-nang-gia-tri-hat-lua/"
        let moved = "content/articles/2021/hop-tac-xa-nong-nghiep-lien-ket-san-xuat-de-nang-gia-tri-hat-lua.md"
        let other = "content/articles/2021/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa.md"
        #expect(diagnostics.filter { $0.severity == .error }.map(\.headline) == [
            "\(moved):2:9: lỗi: địa chỉ \(url) bị trùng: bài này và \(other):2:9 sẽ cùng được đăng ở đó; hãy đặt cho một trong các bài một `slug:` khác",
            "\(other):2:9: lỗi: địa chỉ \(url) bị trùng: bài này và \(moved):2:9 sẽ cùng được đăng ở đó; hãy đặt cho một trong các bài một `slug:` khác",
        ])
    }

    @Test func templateOrPageEditRendersEverything() throws {
        let site = try SessionSite()
        var session = site.session()
        let first = try #require(site.built(session.update()))
        try site.replace(in: "templates/page.mustache", "{{/content}}", with: "<p>x</p>{{/content}}")
        let build = try #require(site.built(session.update()))
        #expect(build.renderedPaths == first.renderedPaths)
    }

    @Test func untouchedFilesGiveUnchanged() throws {
        let site = try SessionSite()
        var session = site.session()
        _ = try #require(site.built(session.update()))
        guard case .unchanged = session.update() else {
            Issue.record("expected .unchanged")
            return
        }
        try site.replace(in: Self.seed, "title:", with: "title:")
        guard case .unchanged = session.update() else {
            Issue.record("a file saved with the same text should give .unchanged")
            return
        }
    }

    @Test func brokenFileFailsAndFixingItBuildsAgain() throws {
        let site = try SessionSite()
        var session = site.session()
        _ = try #require(site.built(session.update()))
        try site.replace(in: Self.seed, "date: 09/11/2021 09:40", with: "date: 31/02/2021 09:40")
        guard case .failed(let diagnostics) = session.update() else {
            Issue.record("expected .failed")
            return
        }
        #expect(diagnostics.map(\.headline) == [
            "\(SessionSite.warnings):8:11: cảnh báo: năm 2022 muộn hơn ngày của bài (05/01/2020); hãy kiểm tra `year`, hoặc `date` của bài",
            "\(Self.seed):3:7: lỗi: ngày 31/02/2021 không có thật: tháng 2 năm 2021 chỉ có 28 ngày",
        ])
        guard case .unchanged = session.update() else {
            Issue.record("nothing changed since the failure")
            return
        }
        try site.replace(in: Self.seed, "date: 31/02/2021 09:40", with: "date: 09/11/2021 09:40")
        let build = try #require(site.built(session.update()))
        try site.expectSameAsFullBuild(build)
        #expect(build.renderedPaths == [], "every page is the same as in the last good build")
        #expect(build.changedPaths == [])
    }

    @Test func brokenSettingsFailOnceUntilTheyChange() throws {
        let site = try SessionSite()
        var session = site.session()
        _ = try #require(site.built(session.update()))
        try site.remove("content/site.yml")
        guard case .failed(let diagnostics) = session.update() else {
            Issue.record("expected .failed")
            return
        }
        #expect(diagnostics.map(\.path) == ["content/site.yml"])
        guard case .unchanged = session.update() else {
            Issue.record("the same missing file is not a new failure")
            return
        }
        try site.restore()
        let build = try #require(site.built(session.update()))
        try site.expectSameAsFullBuild(build)
    }

    @Test func draftsAndScheduledArticlesAreMarked() throws {
        let site = try SessionSite()
        try site.replace(in: Self.ocop, "date: 10/01/2022 10:00", with: "date: 01/01/2030 08:00")
        var session = site.session(options: BuildOptions(inclusion: .init(drafts: true, future: true)))
        let build = try #require(site.built(session.update()))
        #expect(build.draftPaths == ["2022/02/huong-dan-to-chuc-dai-hoi-thanh-vien-thuong-nien-nam-2022-cho-cac-hop-tac-xa/index.html"])
        #expect(build.scheduledPaths == ["2030/01/nhieu-san-pham-ocop-cua-hop-tac-xa-duoc-gioi-thieu-tai-hoi-cho-xuan/index.html"])
        try site.expectSameAsFullBuild(build, options: BuildOptions(inclusion: .init(drafts: true, future: true)))
    }
}

/// A copy of the sample site in a temporary folder, edited by tests and built both ways.
final class SessionSite: @unchecked Sendable {
    // @unchecked: a test uses its site from one task.
    let root: URL
    /// Paths (relative to the root) that the edits since the last reset wrote or removed, as a watcher reports them.
    var touched = Set<String>()

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try restore()
    }

    /// Makes `content/` and `templates/` fresh copies of the sample site's (every file gets a new inode).
    ///
    /// The bulletin features an article no edit renames or deletes, so that edits of the seed (which the
    /// sample bulletin features) stay valid for a full build too.
    func restore() throws {
        for folder in ["content", "templates"] {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(folder))
            try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let bulletin = root.appendingPathComponent("content/bulletins/2021-11.md")
        let text = try String(contentsOf: bulletin, encoding: .utf8)
        try text.replacingOccurrences(
            of: "featured: [nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa]",
            with: "featured: [hop-tac-xa-nong-nghiep-lien-ket-san-xuat-de-nang-gia-tri-hat-lua]"
        ).write(to: bulletin, atomically: false, encoding: .utf8)
        // Warnings too, so that every edit also compares them with a full build's. Its link to the seed
        // breaks when the seed's title or date changes its URL: the link check of an update must find
        // that this unchanged article now warns, as a full build does.
        try """
        ---
        title: Bài có cảnh báo
        date: 05/01/2020 08:00
        category: Hỗ trợ HTX
        achievements:
          - title: Mô hình "Dân vận khéo" mới
            level: cấp cơ sở
            year: 2022
            status: công nhận
        ---
        Xem [trang không có](/khong-co/) và ![ảnh thiếu](/media/thieu.jpg).

        Tải [kế hoạch](/media/2021/ke-hoach.pdf) về máy. Đọc thêm [kết quả thi đua](/2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/).

        """.write(to: root.appendingPathComponent(Self.warnings), atomically: false, encoding: .utf8)
        try "%PDF-1.4\n".write(to: root.appendingPathComponent(Self.document), atomically: false, encoding: .utf8)
    }

    /// A document (not a picture) that the article with warnings links.
    static let document = "content/media/2021/ke-hoach.pdf"

    /// The article with warnings that `restore()` adds.
    static let warnings = "content/articles/2021/bai-co-canh-bao.md"

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func session(options: BuildOptions = .init()) -> SiteSession {
        SiteSession(root: root, options: options, now: { Fixtures.now })
    }

    /// The build of an update, recording an issue when the update did not build.
    func built(_ update: SessionUpdate, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> RenderedSite? {
        switch update {
        case .built(let build): return build
        case .unchanged: Issue.record("expected a build, got .unchanged", sourceLocation: sourceLocation)
        case .failed(let diagnostics): Issue.record("expected a build, got \(diagnostics.map(\.headline))", sourceLocation: sourceLocation)
        }
        return nil
    }

    /// Compares the session's build with a full build of the same files: paths in order, bytes, warnings.
    func expectSameAsFullBuild(
        _ build: RenderedSite, options: BuildOptions = .init(), now: Date = Fixtures.now, after edit: String = "",
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let full = try SiteBuilder(root: root, options: options, now: now).render()
        #expect(build.files.map(\.path) == full.files.map(\.path), "\(edit): paths", sourceLocation: sourceLocation)
        var expected = MemoryWriter()
        _ = try expected.write(full.files)
        var actual = MemoryWriter()
        _ = try actual.write(build.files)
        let different = expected.files.keys.filter { expected.files[$0] != actual.files[$0] }.sorted()
        #expect(different == [], "\(edit): files differ from a full build", sourceLocation: sourceLocation)
        #expect(build.warnings == full.warnings, "\(edit): warnings", sourceLocation: sourceLocation)
        #expect(build.linkProblems == full.linkProblems, "\(edit): link problems", sourceLocation: sourceLocation)
        #expect(build.articleCount == full.articleCount && build.skippedDrafts == full.skippedDrafts, sourceLocation: sourceLocation)
    }

    func replace(in path: String, _ old: String, with new: String) throws {
        touched.insert(path)
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw EditError(message: "\(old) not in \(path)") }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: false, encoding: .utf8)
    }

    func removeLine(in path: String, startingWith prefix: String) throws {
        touched.insert(path)
        let url = root.appendingPathComponent(path)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try lines.filter { !$0.hasPrefix(prefix) }.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
    }

    func write(_ text: String, to path: String) throws {
        touched.insert(path)
        try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    func remove(_ path: String) throws {
        touched.insert(path)
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    struct EditError: Error {
        let message: String
    }
}

/// A clock a test moves forward by hand.
final class MovingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Date

    init(_ start: Date) {
        value = start
    }

    var now: Date {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
