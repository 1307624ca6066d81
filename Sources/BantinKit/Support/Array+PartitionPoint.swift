extension Array {
    /// The first index whose element satisfies `isAbove`, for an array in which every element that
    /// satisfies it comes after every element that does not (binary search).
    func partitionPoint(where isAbove: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAbove(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
