import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes of a file opened for one response, read from disk a chunk at a time while they are sent,
/// so that a response of any size holds one chunk in memory instead of the whole file (a 1 GB
/// video took 2.1 GB and 6.6 s to its first byte when it was read whole).
///
/// The descriptor was opened and checked when the request was answered, so the bytes sent are
/// those of the file the build listed even if its path is replaced meanwhile; it is closed when the
/// response is dropped.
final class FileSlice: Sendable {
    /// The open file, owned by this slice.
    let descriptor: Int32
    /// Where in the file the bytes start.
    let offset: Int64
    /// How many bytes are sent.
    let length: Int64

    /// Takes ownership of `descriptor`.
    init(descriptor: Int32, offset: Int64, length: Int64) {
        self.descriptor = descriptor
        self.offset = offset
        self.length = length
    }

    deinit {
        close(descriptor)
    }

    /// Reads into `buffer` the bytes from `position` (counted from `offset`) on, at most
    /// `buffer.count` of them and none past `length`; 0 at the end of the slice or when the file
    /// became shorter, -1 on a read error.
    func read(into buffer: inout [UInt8], at position: Int64) -> Int {
        let wanted = Int(min(Int64(buffer.count), length - position))
        guard wanted > 0 else { return 0 }
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(offset + position)) }
            if count < 0 && errno == EINTR { continue }
            return count
        }
    }
}
