import BantinKit
import Foundation
import Testing

/// Builds of the broken sites under `Fixtures/invalid/`: each must fail with exactly the diagnostics
/// in its `expected.txt`, and must write nothing.
@Suite struct InvalidSiteTests {
    /// Every folder under `Fixtures/invalid/`.
    static let fixtures = [
        "many-errors", "duplicate-url", "alias-bomb", "template-syntax", "site-settings", "achievements-records", "achievements-template",
        "three-kinds",
    ]

    @Test(arguments: InvalidSiteTests.fixtures)
    func reportsEveryErrorWithPosition(name: String) throws {
        let root = try Fixtures.copy("invalid/\(name)")
        defer { try? FileManager.default.removeItem(at: root) }
        var writer = MemoryWriter()
        let failure = #expect(throws: BuildFailure.self) {
            _ = try SiteBuilder(root: root, now: Fixtures.now).build(into: &writer)
        }
        let report = (failure?.diagnostics.map(\.description).joined(separator: "\n") ?? "") + "\n"
        let expectedURL = Fixtures.folder.appendingPathComponent("invalid/\(name)/expected.txt")
        if Fixtures.updating { try report.write(to: expectedURL, atomically: true, encoding: .utf8) }
        #expect(report == (try String(contentsOf: expectedURL, encoding: .utf8)))
        #expect(writer.files.isEmpty)
    }

    @Test func templateErrorsReadInEnglishWhenAsked() throws {
        let root = try Fixtures.copy("invalid/template-syntax")
        defer { try? FileManager.default.removeItem(at: root) }
        let failure = #expect(throws: BuildFailure.self) { try SiteBuilder(root: root, now: Fixtures.now).render() }
        #expect(failure?.diagnostics.map { $0.description(in: .english) } == [
            "templates/404.mustache: error: missing template: the site needs templates/404.mustache",
            """
            templates/list.mustache:3:1: error: the tag {{/lists}} does not match: the open section is "list" (line 2); close it with {{/list}} first
             3 | {{/lists}}
               | ^
            """,
            """
            templates/partials/menu.mustache:1:6: error: there is no partial "partials/menu-items": the file templates/partials/menu-items.mustache was not found
             1 | <nav>{{> partials/menu-items}}</nav>
               |      ^
            """,
        ])
    }
}
