import Foundation

/// Where a finished site goes.
public protocol OutputWriter {
    /// Makes the output hold exactly the files of `batches`, read once and in order, so that a
    /// large site is never held in memory whole; nothing changes when it throws.
    /// - Throws: `WriterError`.
    mutating func write(batches: some Sequence<[RenderedFile]>) throws -> WriteSummary
    /// The folder on whose disk the build may keep what it need not hold in memory until the write
    /// (`BodySpill`); nil keeps everything in memory.
    var scratchFolder: URL? { get }
}

extension OutputWriter {
    public var scratchFolder: URL? { nil }
}
