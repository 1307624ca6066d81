import Foundation

/// Generations of the preview: a prefix unique to this run (so that a page from an earlier run of
/// `bantin serve` never looks current) and a counter.
final class GenerationCounter: @unchecked Sendable {
    // @unchecked: `count` is only touched while `lock` is held.
    private let lock = NSLock()
    private let prefix = String(UInt64(Date().timeIntervalSince1970 * 1_000_000), radix: 36)
    private var count = 0

    /// The next generation, e.g. "m4f2k9x1-7".
    func next() -> String {
        lock.withLock {
            count += 1
            return "\(prefix)-\(count)"
        }
    }
}
