/// How a list of paths differs from an earlier one, found place by place. An update lists the site's
/// 15,000 output paths in the same order as the one before, save where an article got a new URL or
/// moved: comparing the lists index by index costs no hashing, and only the paths at the places that
/// differ are looked at as sets. Used wherever an update asks what came or went.
struct PlacedChanges {
    /// Indices in the new list whose path is not the earlier list's at that index.
    let newPlaces: [Int]
    /// Indices in the earlier list whose path is not the new list's at that index.
    let oldPlaces: [Int]

    /// `old` and `new` are indexed from 0: arrays, or lazy maps of arrays.
    init<Old: RandomAccessCollection<String>, New: RandomAccessCollection<String>>(
        from old: Old, to new: New
    ) where Old.Index == Int, New.Index == Int {
        self.init(oldCount: old.count, newCount: new.count) { old[$0] == new[$0] }
    }

    /// The lists are `oldCount` and `newCount` long; `samePath(i)` tells whether both have the same path
    /// at index i (asked for indices both have). Lists of files compare their paths in place, without a
    /// copy of each file (two retains, in a loop over 15,000 files at every update).
    init(oldCount: Int, newCount: Int, samePath: (Int) -> Bool) {
        var newPlaces: [Int] = []
        var oldPlaces: [Int] = []
        for index in 0..<newCount where index >= oldCount || !samePath(index) {
            newPlaces.append(index)
            if index < oldCount { oldPlaces.append(index) }
        }
        oldPlaces += newCount..<max(newCount, oldCount)
        self.newPlaces = newPlaces
        self.oldPlaces = oldPlaces
    }

    /// True when both lists are the same paths in the same order.
    var isEmpty: Bool { newPlaces.isEmpty && oldPlaces.isEmpty }

    /// The paths in one list and not the other, when neither list names a path twice.
    func symmetricDifference(from old: [String], to new: [String]) -> Set<String> {
        Set(oldPlaces.map { old[$0] }).symmetricDifference(newPlaces.map { new[$0] })
    }
}

extension Array {
    /// True when both arrays are the same buffer (copies of one array, never changed since): equal
    /// without comparing their elements.
    func sharesStorage(with other: Self) -> Bool {
        count == other.count && withUnsafeBufferPointer { mine in
            other.withUnsafeBufferPointer { $0.baseAddress == mine.baseAddress }
        }
    }
}
