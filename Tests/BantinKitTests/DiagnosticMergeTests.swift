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

    /// Long lists with few new diagnostics (the preview's case, found by galloping) and the other way
    /// round, with many ties: the same as sorting them joined; and each file's run is found by path.
    @Test(arguments: [(400, 3), (400, 0), (3, 400), (50, 50), (1, 1)])
    func mergingLongAndShortListsIsSortingThemJoined(counts: (Int, Int)) {
        var random = SplitMix(seed: UInt64(counts.0 * 1_000 + counts.1))
        func list(_ count: Int) -> [Diagnostic] {
            (0..<count).map { _ in
                Self.diagnostic("\(random.next() % 20).md", Int(random.next() % 4), random.next() % 2 == 0 ? "x" : "y")
            }.sorted()
        }
        let long = list(counts.0)
        let short = list(counts.1)
        #expect(long.merged(with: short) == (long + short).sorted())
        for path in ["0.md", "7.md", "19.md", "9.md", "zz.md", ""] {
            let range = long.range(ofPath: path)
            #expect(Array(long[range]) == long.filter { $0.path == path })
            #expect(long[..<range.lowerBound].allSatisfy { $0.path < path } && long[range.upperBound...].allSatisfy { $0.path > path })
        }
    }
}

/// A small seeded generator, so that the lists (and other drawn cases) are the same at every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
