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
    ] as [([String], [String], [Int], [Int], Set<String>)])
    func findsThePlacesThatDiffer(old: [String], new: [String], newPlaces: [Int], oldPlaces: [Int], moved: Set<String>) {
        let changes = PlacedChanges(from: old, to: new)
        #expect(changes.newPlaces == newPlaces)
        #expect(changes.oldPlaces == oldPlaces)
        #expect(changes.isEmpty == (newPlaces.isEmpty && oldPlaces.isEmpty))
        #expect(changes.symmetricDifference(from: old, to: new) == moved)
        #expect(moved == Set(old).symmetricDifference(new), "the same as comparing the sets")
    }
}
