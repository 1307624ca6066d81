@testable import BantinKit
import Testing

/// Sorted diagnostics are merged, not sorted again: the merge gives what sorting the lists joined gives.
@Suite struct DiagnosticMergeTests {
    static func diagnostic(_ path: String, _ line: Int, _ text: String) -> Diagnostic {
        Diagnostic(.warning, path: path, line: line, column: 1, message: SiteMessage.cannotWriteSite(detail: text))
    }

    @Test func mergingSortedListsIsSortingThemJoined() {
        let first = [Self.diagnostic("a.md", 3, "x"), Self.diagnostic("b.md", 1, "x"), Self.diagnostic("b.md", 1, "y"), Self.diagnostic("d.md", 9, "x")]
        let second = [Self.diagnostic("a.md", 1, "x"), Self.diagnostic("b.md", 1, "x"), Self.diagnostic("c.md", 2, "x"), Self.diagnostic("e.md", 1, "x")]
        #expect(first.merged(with: second) == (first + second).sorted())
        #expect(second.merged(with: first) == (second + first).sorted())
        #expect(first.merged(with: []) == first)
        #expect([].merged(with: second) == second)
    }
}
