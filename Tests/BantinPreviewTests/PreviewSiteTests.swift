@testable import BantinKit
@testable import BantinPreview
import Foundation
import Testing

/// A new build replaces the preview's files.
@Suite struct PreviewSiteTests {
    static func build(_ files: [RenderedFile], changed: [String]) -> RenderedSite {
        RenderedSite(
            files: files, warnings: [], linkProblems: [], articleCount: 0, pageCount: 0, skippedDrafts: 0, skippedFuture: 0, basePath: "/",
            renderedPaths: [], changedPaths: changed, changedFiles: files.indices.filter { changed.contains(files[$0].path) },
            removedPaths: changed.filter { path in !files.contains { $0.path == path } },
            draftPaths: [], scheduledPaths: [], copiedFiles: [:], timings: []
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

    /// Updates replace paths in a tree the states share: each state still has exactly its own files.
    @Test func successiveUpdatesKeepEachStatesFiles() {
        var states = [Self.previous]
        var expected = [Self.previous.files.all]
        for step in 0..<1_050 {
            // Each step changes the home page, adds a page, and removes the page added two steps before.
            var files = expected.last!
            files["index.html"] = .bytes([UInt8(step % 256)])
            files["p\(step)/index.html"] = .bytes([1])
            var changed = ["index.html", "p\(step)/index.html"]
            if step >= 2 {
                files["p\(step - 2)/index.html"] = nil
                changed.append("p\(step - 2)/index.html")
            }
            let build = Self.build(files.map { RenderedFile(path: $0.key, contents: .bytes($0.value.bytes)) }, changed: changed)
            states.append(PreviewSite.built(build, previous: states.last!, generation: "g\(step)"))
            expected.append(files)
        }
        for (state, files) in zip(states, expected) {
            #expect(state.files.all == files)
            #expect(state.files.count == files.count)
            #expect(state.files["index.html"] == files["index.html"])
        }
        let last = states.last!
        #expect(last.files["p0/index.html"] == nil)
        #expect(last.files["p1049/index.html"] == .bytes([1]))
    }
}

extension PreviewSite.Body {
    /// The bytes of a rendered file.
    var bytes: [UInt8] {
        if case .bytes(let bytes) = self { return bytes }
        return []
    }
}
