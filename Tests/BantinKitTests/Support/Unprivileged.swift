import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs code with the file permissions of `nobody` when the tests run as root (as in CI containers),
/// so that a folder with mode 000 is unreadable to the code under test as it is to a normal user.
enum Unprivileged {
    /// `body` on this thread with the file-system user of `nobody` (Linux `setfsuid`, per thread).
    static func run<T>(_ body: () throws -> T) rethrows -> T {
        #if os(Linux)
        guard geteuid() == 0, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setfsuid") else { return try body() }
        // Not in the Glibc module; glibc's wrapper changes only the calling thread.
        let setfsuid = unsafeBitCast(symbol, to: (@convention(c) (UInt32) -> Int32).self)
        _ = setfsuid(65534)
        defer { _ = setfsuid(0) }
        return try body()
        #else
        return try body()
        #endif
    }
}
