/// What a write did, for the build's summary line and its list of changes (`--list-changes`).
public struct WriteSummary: Sendable, Equatable {
    /// Files created or replaced because their bytes changed, relative to the output folder, sorted.
    public var writtenPaths: [String]
    /// Files already holding the right bytes, left untouched.
    public var unchanged: Int
    /// Files (and symlinks) deleted because they are no longer part of the site, relative to the
    /// output folder, sorted; folders are not listed.
    public var removedPaths: [String]

    /// Files created or replaced.
    public var written: Int { writtenPaths.count }
    /// Files deleted.
    public var removed: Int { removedPaths.count }

    /// Creates a summary; the path lists are sorted here, so writers may collect them in any order.
    public init(writtenPaths: [String] = [], unchanged: Int = 0, removedPaths: [String] = []) {
        self.writtenPaths = writtenPaths.sorted()
        self.unchanged = unchanged
        self.removedPaths = removedPaths.sorted()
    }
}
