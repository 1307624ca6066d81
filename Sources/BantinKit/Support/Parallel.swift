import Dispatch
import Foundation

/// Runs independent jobs on all cores, handing results back in job order so nothing depends on thread timing.
/// Open to the package's other modules (the command line formats diagnostics with it).
package enum Parallel {
    /// The results of `job(0)` … `job(count - 1)`, in that order, for jobs that cannot fail: each
    /// result is put in its place in the array by the core that made it, and never copied again.
    package static func map<T: Sendable>(_ count: Int, _ job: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        // Many small chunks: jobs differ in cost (an article page vs a tag list of twenty), and
        // concurrentPerform hands chunks to whichever core is free, so no core waits on a heavy tail.
        let chunks = min(count, ProcessInfo.processInfo.activeProcessorCount * 16)
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            // Each chunk initializes only its own index range, so the buffer needs no lock.
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                    (buffer.baseAddress! + index).initialize(to: job(index))
                }
            }
            initializedCount = count
        }
    }

    /// Runs `job(0)` … `job(count - 1)` on all cores, for jobs that write their results themselves.
    static func forEach(_ count: Int, _ job: @Sendable (Int) -> Void) {
        _ = map(count, job)
    }

    /// The results of `job(0)` … `job(count - 1)`, in that order.
    /// - Throws: the error of the lowest-numbered failed job (all jobs still run).
    static func map<T: Sendable, E: Error>(_ count: Int, _ job: @Sendable (Int) throws(E) -> T) throws(E) -> [T] {
        let results: [Result<T, E>] = map(count) { index in Result { () throws(E) in try job(index) } }
        return try results.map { result throws(E) in try result.get() }
    }
}

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            return Parallel.map(elements.count) { (index: Int) -> T in transform(elements[index]) }
        }
    }
}

/// Work whose result is waited for later: started on another thread at once, or, when `deferred`,
/// done by the first `wait()` or started by `start(then:)` (so that it does not take the cores from
/// more urgent work).
final class Background<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private var work: (@Sendable () -> Value)?
    private let done = DispatchGroup()

    /// Starts `work` on a global queue, or keeps it for `wait()` when `deferred`.
    init(deferred: Bool = false, _ work: @escaping @Sendable () -> Value) {
        guard !deferred else {
            self.work = work
            return
        }
        self.work = work
        start(then: {})
    }

    /// Starts deferred work on a global queue now; `finished` is called there once it is done.
    /// Does nothing when the work has started already. Call it from one thread at a time.
    func start(then finished: @escaping @Sendable () -> Void) {
        guard let work else { return }
        self.work = nil
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = work()
            self.done.leave()
            finished()
        }
    }

    /// True when the work has finished (it never has before it started).
    var isFinished: Bool {
        work == nil && done.wait(timeout: .now()) == .success
    }

    /// The result, once the work has finished. Call it from one thread at a time.
    func wait() -> Value {
        if let work {
            value = work()
            self.work = nil
        }
        done.wait()
        return value!
    }

    /// The result, once the work has finished, handed over: this keeps nothing of it, so that it is
    /// freed when the caller is done with it. Call it once, and `wait()` no more after it.
    func take() -> Value {
        let result = wait()
        value = nil
        return result
    }
}

/// A request to stop work that is no longer wanted, or to hold it for a while, checked by the work
/// between its steps.
final class Cancellation: @unchecked Sendable {
    // @unchecked: the flags are read and written under `condition` only.
    private let condition = NSCondition()
    private var cancelled = false
    private var paused = false

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Holds the work at its next step until `resume()` or `cancel()`.
    func pause() {
        condition.lock()
        paused = true
        condition.unlock()
    }

    func resume() {
        condition.lock()
        paused = false
        condition.broadcast()
        condition.unlock()
    }

    /// True when the work should stop; while it is paused, waits until it is resumed or cancelled.
    func shouldStop() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while paused && !cancelled { condition.wait() }
        return cancelled
    }
}
