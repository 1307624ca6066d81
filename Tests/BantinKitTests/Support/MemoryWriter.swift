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
    mutating func write(_ files: [RenderedFile]) throws -> WriteSummary {
        try RenderedFile.validate(files)
        var next: [String: [UInt8]] = [:]
        next.reserveCapacity(files.count)
        var summary = WriteSummary()
        for file in files {
            let bytes = try Self.bytes(of: file.contents)
            if self.files[file.path] == bytes {
                summary.unchanged += 1
            } else {
                summary.written += 1
            }
            next[file.path] = bytes
        }
        summary.removed = self.files.keys.filter { next[$0] == nil }.count
        self.files = next
        return summary
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
