@testable import BantinKit
import Foundation
import Testing

/// `build` and the preview run one pipeline: on every fixture site, valid or not, a full build and a
/// preview session's first update give the same files and the same diagnostics, warnings included.
@Suite struct PipelineEquivalenceTests {
    static let fixtures = ["sites/basic", "sites/achievements", "sites/warnings"] + InvalidSiteTests.fixtures.map { "invalid/\($0)" }

    @Test(arguments: fixtures) func buildAndPreviewAgree(fixture: String) throws {
        let root = try Fixtures.copy(fixture)
        defer { try? FileManager.default.removeItem(at: root) }
        let build = Result { () throws(BuildFailure) in try SiteBuilder(root: root, now: Fixtures.now).render() }
        var session = SiteSession(root: root, now: { Fixtures.now })
        switch (build, session.update()) {
        case (.success(let built), .built(let previewed)):
            var expected = MemoryWriter()
            _ = try expected.write(built.files)
            var actual = MemoryWriter()
            _ = try actual.write(previewed.files)
            #expect(actual.files == expected.files)
            #expect(previewed.warnings == built.warnings)
            #expect(previewed.linkProblems == built.linkProblems)
        case (.failure(let failure), .failed(let diagnostics)):
            #expect(diagnostics == failure.diagnostics)
        case (let build, let update):
            Issue.record("build gave \(build), the preview \(update)")
        }
    }

    @Test func aDocumentWithOnlyWarningsBuildsAndSaysWhy() throws {
        let root = try Fixtures.copy("sites/warnings")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = try SiteBuilder(root: root, now: Fixtures.now).render()
        #expect(site.warnings.map(\.headline) == [
            "content/articles/canh-bao.md:8:11: cảnh báo: năm 2022 muộn hơn ngày của bài (09/11/2021); hãy kiểm tra `year`, hoặc `date` của bài",
            "content/articles/canh-bao.md:11:5: cảnh báo: liên kết hỏng: /khong-co/ không phải là trang hay tệp nào của trang web này",
            "content/articles/canh-bao.md:11:41: cảnh báo: thiếu ảnh: /media/thieu.jpg không phải là tệp nào của trang web này",
        ])
    }

    @Test func errorsInArticlesBulletinsAndTemplatesAreReportedTogether() throws {
        let root = try Fixtures.copy("invalid/three-kinds")
        defer { try? FileManager.default.removeItem(at: root) }
        let failure = #expect(throws: BuildFailure.self) { try SiteBuilder(root: root, now: Fixtures.now).render() }
        let files = Set(failure?.diagnostics.filter { $0.severity == .error }.map(\.path) ?? [])
        #expect(files == [
            "content/articles/ngay-sai.md", "content/articles/trung-a.md", "content/articles/trung-b.md",
            "content/bulletins/2021-11.md", "templates/article.mustache",
        ])
    }
}
