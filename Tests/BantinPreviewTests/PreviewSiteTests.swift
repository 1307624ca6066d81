@testable import BantinKit
@testable import BantinPreview
import Foundation
import Testing

/// A new build replaces the preview's files.
@Suite struct PreviewSiteTests {
    static func build(_ files: [RenderedFile], changed: [String]) -> RenderedSite {
        RenderedSite(
            files: files, warnings: [], linkProblems: [], articleCount: 0, pageCount: 0, skippedDrafts: 0, skippedFuture: 0, basePath: "/",
            renderedPaths: [], changedPaths: changed, draftPaths: [], scheduledPaths: [], copiedFiles: [:], timings: []
        )
    }

    static let previous = PreviewSite(
        files: ["index.html": .bytes([1]), "trang/4/index.html": .bytes([2]), "a/index.html": .bytes([3])],
        basePath: "/", drafts: [], scheduled: [], diagnostics: [], generation: "g1"
    )

    @Test func incrementalBuildReplacesOnlyTheChangedPaths() {
        let next = PreviewSite.built(
            Self.build([RenderedFile(path: "index.html", contents: .bytes([9])), RenderedFile(path: "a/index.html", contents: .bytes([3]))],
                       changed: ["index.html", "trang/4/index.html"]),
            previous: Self.previous, generation: "g2"
        )
        #expect(next.files == ["index.html": .bytes([9]), "a/index.html": .bytes([3])])
        #expect(next.generation == "g2")
    }

    @Test func firstBuildTakesEveryFile() {
        let next = PreviewSite.built(
            Self.build([RenderedFile(path: "index.html", contents: .bytes([9]))], changed: []),
            previous: .empty(generation: "g1"), generation: "g2"
        )
        #expect(next.files == ["index.html": .bytes([9])])
    }
}
