@testable import BantinKit
import Testing

/// Two lists of paths compared place by place: the places that differ, and what came or went.
@Suite struct PlacedChangesTests {
    @Test(arguments: [
        // old, new, places that differ in the new list, in the old list, paths that came or went
        ([], [], [], [], []),
        (["a", "b", "c"], ["a", "b", "c"], [], [], []),
        (["a", "b", "c"], ["a", "x", "c"], [1], [1], ["b", "x"]),
        // An article moved from first to last: every place differs, nothing came or went.
        (["a", "b", "c"], ["b", "c", "a"], [0, 1, 2], [0, 1, 2], []),
        (["a", "b"], ["a", "b", "c"], [2], [], ["c"]),
        (["a", "b", "c"], ["a"], [], [1, 2], ["b", "c"]),
        (["a", "b", "c"], ["b", "c"], [0, 1], [0, 1, 2], ["a"]),
        ([], ["a"], [0], [], ["a"]),
        // An article moved up two places, and one renamed: the others moved by one.
        (["a", "b", "c", "d", "e"], ["d", "a", "b", "c", "x"], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4], ["e", "x"]),
        (["a", "b", "c", "d"], ["b", "c", "d", "a", "e"], [0, 1, 2, 3, 4], [0, 1, 2, 3], ["e"]),
        (["a", "b", "c"], ["c", "b", "a"], [0, 2], [0, 2], []),
    ] as [([String], [String], [Int], [Int], Set<String>)])
    func findsThePlacesThatDiffer(old: [String], new: [String], newPlaces: [Int], oldPlaces: [Int], moved: Set<String>) {
        let changes = PlacedChanges(from: old, to: new)
        #expect(changes.newPlaces == newPlaces)
        #expect(changes.oldPlaces == oldPlaces)
        #expect(changes.isEmpty == (newPlaces.isEmpty && oldPlaces.isEmpty))
        #expect(changes.symmetricDifference(from: old, to: new) == moved)
        #expect(moved == Set(old).symmetricDifference(new), "the same as comparing the sets")
        // Where each differing place's path was, and the paths that went: as a table of every path finds them.
        let (earlier, gone) = changes.earlierPlaces(oldCount: old.count, oldPath: { old[$0] }, newPath: { new[$0] })
        #expect(earlier == newPlaces.map { old.firstIndex(of: new[$0]) })
        #expect(gone == old.indices.filter { !new.contains(old[$0]) })
    }

    /// A date edit at the scale of a site: one path of 20,000 moved 5,000 places, and another renamed.
    @Test func aMoveAmongThousandsIsFoundWithoutSets() {
        let old = (0..<20_000).map { "2021/\($0)/index.html" }
        var new = old
        new.insert(new.remove(at: 9_000), at: 4_000)
        new[15_000] = "2025/01/moi/index.html"
        let changes = PlacedChanges(from: old, to: new)
        #expect(changes.newPlaces.count == 5_002)
        #expect(changes.symmetricDifference(from: old, to: new) == ["2021/15000/index.html", "2025/01/moi/index.html"])
        let (earlier, gone) = changes.earlierPlaces(oldCount: old.count, oldPath: { old[$0] }, newPath: { new[$0] })
        #expect(earlier == changes.newPlaces.map { old.firstIndex(of: new[$0]) })
        #expect(gone == [15_000])
    }
}
