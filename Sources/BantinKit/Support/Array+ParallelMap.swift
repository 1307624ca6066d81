import Foundation
import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    ///
    /// Work is handed out in chunks so that short transforms (a few microseconds each)
    /// are not dominated by scheduling.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let chunkSize = Swift.max(1, Swift.min(64, count / (ProcessInfo.processInfo.activeProcessorCount * 8)))
        let chunks = (count + chunkSize - 1) / chunkSize
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                let end = Swift.min(start + chunkSize, elements.count)
                for index in start..<end {
                    results.set(index, transform(elements[index]))
                }
            }
        }
        return results.values()
    }
}

/// Write-once slots filled from many threads; each index is written by exactly one thread.
private final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] {
        storage.map { $0! }
    }
}
