import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a file looked like when it was listed: enough to tell, without reading it again, whether it
/// may have changed, and whether a path still names the same file.
public struct FileStamp: Sendable, Hashable {
    /// The device the file is on.
    public let device: UInt64
    /// The file's inode number on that device.
    public let inode: UInt64
    /// Size in bytes.
    public let size: Int64
    /// Last modification, in nanoseconds since 1970.
    public let modified: Int64
    /// Last status change (ctime), in nanoseconds since 1970: it moves on every write, rename or
    /// chmod, even when an editor or `touch -d` sets the modification time back.
    public let changed: Int64

    /// The stamp of a `stat` result.
    init(_ status: stat) {
        device = UInt64(truncatingIfNeeded: status.st_dev)
        inode = UInt64(truncatingIfNeeded: status.st_ino)
        size = Int64(status.st_size)
        #if canImport(Darwin)
        modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        changed = Int64(status.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(status.st_ctimespec.tv_nsec)
        #else
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
        #endif
    }

    /// The stamp of the regular file open as `descriptor`, or nil when it is not a regular file.
    public init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0, POSIX.isRegularFile(status) else { return nil }
        self.init(status)
    }

    /// True when the file changed within two seconds before `time` (nanoseconds since 1970): a change
    /// within the same clock tick could leave the stamp as it was (coarse file system clocks tick in
    /// milliseconds, some file systems keep whole seconds).
    public func isRecent(at time: Int64) -> Bool {
        max(modified, changed) > time - 2_000_000_000
    }

    /// `date` in nanoseconds since 1970, as stamps count.
    public static func nanoseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000_000).rounded(.down))
    }

    /// True when both stamps name the same file (device and inode), whatever it holds now.
    public func isSameFile(as other: FileStamp) -> Bool {
        device == other.device && inode == other.inode
    }
}
