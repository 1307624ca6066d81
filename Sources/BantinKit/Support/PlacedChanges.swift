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
    ///
    /// After a date edit thousands of places differ, almost all of them paths that moved by one
    /// place: a path found one place over in the other list is in both, and only the few left are
    /// looked for among the other list's places, instead of two sets made of thousands of paths.
    func symmetricDifference(from old: [String], to new: [String]) -> Set<String> {
        func isNeighbour(_ path: String, at index: Int, in other: [String]) -> Bool {
            Self.neighbour(of: index, count: other.count) { other[$0] == path } != nil
        }
        let cameOrMoved = newPlaces.filter { !isNeighbour(new[$0], at: $0, in: old) }
        let wentOrMoved = oldPlaces.filter { !isNeighbour(old[$0], at: $0, in: new) }
        guard cameOrMoved.count * oldPlaces.count + wentOrMoved.count * newPlaces.count <= Self.scanLimit else {
            return Set(oldPlaces.map { old[$0] }).symmetricDifference(newPlaces.map { new[$0] })
        }
        // A path at a place of one list that is in the other is at one of its places: where both
        // lists have the same path, it is that path, and no list names a path twice.
        var difference: Set<String> = []
        for index in cameOrMoved where !oldPlaces.contains(where: { old[$0] == new[index] }) { difference.insert(new[index]) }
        for index in wentOrMoved where !newPlaces.contains(where: { new[$0] == old[index] }) { difference.insert(old[index]) }
        return difference
    }

    /// How many comparisons of paths `symmetricDifference` makes at most before it hashes instead.
    static let scanLimit = 200_000

    /// Where the path at each of `newPlaces` was in the earlier list (nil for a new path), and the
    /// earlier places whose path the new list no longer has, in order. The earlier list is `oldCount`
    /// long; `oldPath(i)` and `newPath(i)` are the lists' paths, neither naming a path twice.
    ///
    /// After a date edit thousands of places differ, nearly all by a path one place over: those are
    /// found there, and only the rest (the new URL, the old one) through a table, instead of a table of
    /// thousands of paths.
    func earlierPlaces(oldCount: Int, oldPath: (Int) -> String, newPath: (Int) -> String) -> (earlier: [Int?], gone: [Int]) {
        var earlier = [Int?](repeating: nil, count: newPlaces.count)
        var matched = [Bool](repeating: false, count: oldCount)
        var rest: [Int] = []
        for (position, index) in newPlaces.enumerated() {
            let path = newPath(index)
            guard let place = Self.neighbour(of: index, count: oldCount, where: { oldPath($0) == path }) else {
                rest.append(position)
                continue
            }
            earlier[position] = place
            matched[place] = true
        }
        var left: [String: Int] = [:]
        for index in oldPlaces where !matched[index] {
            let path = oldPath(index)
            if left[path] == nil { left[path] = index }
        }
        for position in rest { earlier[position] = left.removeValue(forKey: newPath(newPlaces[position])) }
        return (earlier, left.values.sorted())
    }

    /// The place next to `index`, in a list `count` long, where `holds` is true, if there is one.
    private static func neighbour(of index: Int, count: Int, where holds: (Int) -> Bool) -> Int? {
        if index > 0, index - 1 < count, holds(index - 1) { return index - 1 }
        if index + 1 < count, holds(index + 1) { return index + 1 }
        return nil
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
