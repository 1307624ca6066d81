@testable import BantinKit
@testable import BantinPreview
import Foundation
import Testing

/// A new build replaces the preview's files.
@Suite struct PreviewSiteTests {
    static func build(_ files: [RenderedFile], changed: [String], isFull: Bool) -> SessionBuild {
        SessionBuild(
            files: files, warnings: [], articleCount: 0, pageCount: 0, skippedDrafts: 0, skippedFuture: 0, basePath: "/",
            isFull: isFull, renderedPaths: [], changedPaths: changed, copiedFiles: [:], draftPaths: [], scheduledPaths: [], timings: []
        )
    }

    static let previous = PreviewSite(
        files: ["index.html": .bytes([1]), "trang/4/index.html": .bytes([2]), "a/index.html": .bytes([3])],
        basePath: "/", drafts: [], scheduled: [], diagnostics: [], generation: "g1"
    )

    @Test func incrementalBuildReplacesOnlyTheChangedPaths() {
        let next = PreviewSite.built(
            Self.build([RenderedFile(path: "index.html", contents: .bytes([9])), RenderedFile(path: "a/index.html", contents: .bytes([3]))],
                       changed: ["index.html", "trang/4/index.html"], isFull: false),
            previous: Self.previous, generation: "g2"
        )
        #expect(next.files == ["index.html": .bytes([9]), "a/index.html": .bytes([3])])
        #expect(next.generation == "g2")
    }

    @Test func fullBuildDropsFilesItNoLongerHas() {
        let next = PreviewSite.built(
            Self.build([RenderedFile(path: "index.html", contents: .bytes([9]))], changed: ["index.html"], isFull: true),
            previous: Self.previous, generation: "g2"
        )
        #expect(next.files == ["index.html": .bytes([9])])
    }
}
