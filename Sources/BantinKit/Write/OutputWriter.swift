/// Where a finished site goes.
public protocol OutputWriter {
    /// Makes the output hold exactly `files`.
    /// - Throws: `WriterError`.
    mutating func write(_ files: [RenderedFile]) throws -> WriteSummary
}
