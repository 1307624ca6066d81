@testable import BantinKit
import Foundation

/// Keeps a built site in memory, for the tests.
struct MemoryWriter: OutputWriter {
    /// The site's files by relative path.
    private(set) var files: [String: [UInt8]]

    /// Creates an empty in-memory site.
    init() {
        files = [:]
    }

    /// Replaces the held files with `files`, reading `.copy(of:)` sources into bytes.
    /// - Throws: `WriterError` for a bad or duplicate path or an unreadable source; the held files are then unchanged.
    mutating func write(batches: some Sequence<[RenderedFile]>) throws -> WriteSummary {
        try write(Array(batches.joined()))
    }

    /// Replaces the held files with `files`.
    mutating func write(_ files: [RenderedFile]) throws -> WriteSummary {
        try RenderedFile.validate(files)
        var next: [String: [UInt8]] = [:]
        next.reserveCapacity(files.count)
        var written: [String] = []
        var unchanged = 0
        for file in files {
            let bytes = try Self.bytes(of: file.contents)
            if self.files[file.path] == bytes {
                unchanged += 1
            } else {
                written.append(file.path)
            }
            next[file.path] = bytes
        }
        let removed = self.files.keys.filter { next[$0] == nil }
        self.files = next
        return WriteSummary(writtenPaths: written, unchanged: unchanged, removedPaths: removed)
    }

    private static func bytes(of contents: RenderedFile.Contents) throws -> [UInt8] {
        switch contents {
        case .bytes(let bytes):
            return bytes
        case .copy(let source):
            do throws(Errno) {
                return try POSIX.readAll(source.path)
            } catch {
                throw WriterError(.sourceUnreadable(errno: error.code), path: source.path)
            }
        }
    }
}
