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
}
