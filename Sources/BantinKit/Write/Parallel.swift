import Dispatch
import Foundation

/// Runs independent jobs on all cores, handing results back in job order so nothing depends on thread timing.
enum Parallel {
    /// The results of `job(0)` … `job(count - 1)`, in that order.
    /// - Throws: `WriterError` of the lowest-numbered failed job (all jobs still run).
    static func map<T: Sendable>(_ count: Int, _ job: @Sendable (Int) throws(WriterError) -> T) throws(WriterError) -> [T] {
        guard count > 0 else { return [] }
        var results = [Result<T, WriterError>?](repeating: nil, count: count)
        // A few chunks per core evens out slow files without per-file dispatch overhead.
        let chunks = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        results.withUnsafeMutableBufferPointer { results in
            // Each chunk writes only its own index range, so the buffer needs no lock.
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                    results[index] = Result { () throws(WriterError) in try job(index) }
                }
            }
        }
        var values: [T] = []
        values.reserveCapacity(count)
        for result in results {
            // Every index belongs to exactly one chunk, so every slot is filled.
            values.append(try result!.get())
        }
        return values
    }
}
