/// What a write did, for the build's summary line.
public struct WriteSummary: Sendable, Equatable {
    /// Files created or replaced because their bytes changed.
    public var written: Int
    /// Files already holding the right bytes, left untouched.
    public var unchanged: Int
    /// Files (and symlinks) deleted because they are no longer part of the site; folders are not counted.
    public var removed: Int

    /// Creates a summary with the given counts.
    public init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }
}
