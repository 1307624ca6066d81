@testable import BantinKit
import Foundation
import Synchronization
import Testing

/// Jobs on all cores give their results in job order, each once, whatever the number of jobs.
@Suite(.serialized) struct ParallelTests {
    /// Counts the results alive, so that a result put in place twice, or never freed, shows.
    final class Counted: Sendable {
        static let alive = Atomic<Int>(0)
        let value: Int

        init(_ value: Int) {
            self.value = value
            Self.alive.add(1, ordering: .relaxed)
        }

        deinit {
            Self.alive.subtract(1, ordering: .relaxed)
        }
    }

    @Test(arguments: [0, 1, 2, 31, 32, 33, 1_000])
    func resultsComeInJobOrderAndAreFreed(count: Int) {
        do {
            let results = Parallel.map(count) { Counted($0 * 3) }
            #expect(results.map(\.value) == (0..<count).map { $0 * 3 })
            #expect(Counted.alive.load(ordering: .relaxed) == count, "each result made once")
        }
        #expect(Counted.alive.load(ordering: .relaxed) == 0, "and freed with the array")
        #expect([1, 2, 3].parallelMap { $0 * 2 } == [2, 4, 6])
    }

    /// `Background.take()` hands the result over: a build's search index is freed once written.
    @Test func aTakenResultIsNotKept() {
        let background = Background { Counted(1) }
        do {
            let taken = background.take()
            #expect(taken.value == 1)
            #expect(Counted.alive.load(ordering: .relaxed) == 1)
        }
        #expect(Counted.alive.load(ordering: .relaxed) == 0, "freed once the taker is done with it")
        _ = background
    }

    /// `SiteBuilder.freeElsewhere` frees what it is handed on another thread, also when that thread is
    /// done before the call returns: with a copy left to the caller, the preview freed the 3,000 pages a
    /// date edit replaces on the rebuild thread, as part of the edit's time.
    @Test func whatIsFreedElsewhereIsFreedOnAnotherThread() async {
        final class Witness: Sendable {
            let freed: @Sendable (pthread_t) -> Void
            init(_ freed: @escaping @Sendable (pthread_t) -> Void) { self.freed = freed }
            deinit { freed(pthread_self()) }
        }
        for _ in 0..<20 {
            let (caller, freer) = await withCheckedContinuation { continuation in
                let caller = pthread_self()
                let witness = Witness { continuation.resume(returning: (caller, $0)) }
                SiteBuilder.freeElsewhere(consume witness)
            }
            #expect(pthread_equal(caller, freer) == 0)
        }
    }

    struct Failure: Error, Equatable {
        let job: Int
    }

    @Test func aFailingJobThrowsTheLowestNumberedError() {
        #expect(throws: Failure(job: 7)) {
            try Parallel.map(100) { (job: Int) throws(Failure) -> Int in
                if job == 7 || job == 60 { throw Failure(job: job) }
                return job
            }
        }
    }

    /// Work that asks whether it is cancelled waits while it is paused, and goes on once resumed or cancelled.
    @Test(arguments: [false, true])
    func pausedWorkWaitsUntilResumedOrCancelled(cancelling: Bool) async {
        let cancellation = Cancellation()
        cancellation.pause()
        let asked = Atomic<Bool>(false)
        let answered = Atomic<Int>(0)
        let worker = Task.detached {
            asked.store(true, ordering: .relaxed)
            let cancelled = cancellation.shouldStop()
            answered.store(cancelled ? 2 : 1, ordering: .relaxed)
        }
        while !asked.load(ordering: .relaxed) { await Task.yield() }
        try? await Task.sleep(for: .milliseconds(50))
        #expect(answered.load(ordering: .relaxed) == 0, "still held")
        if cancelling { cancellation.cancel() } else { cancellation.resume() }
        await worker.value
        #expect(answered.load(ordering: .relaxed) == (cancelling ? 2 : 1))
        #expect(cancellation.shouldStop() == cancelling, "and does not wait any more")
    }
}

/// A build writes the search index between two batches of pages as soon as it is ready, and lets it go.
@Suite struct PagesAndIndexTests {
    static func batch(_ name: String) -> [RenderedFile] {
        [RenderedFile(path: name, contents: .bytes([]))]
    }

    /// The order of the batches, with the index ready after `readyAfter` calls of `isReady`.
    func order(pages: Int, readyAfter: Int?) -> [String] {
        var asked = 0
        let index = PagesAndIndex.Index(isReady: {
            asked += 1
            return readyAfter.map { asked > $0 } ?? false
        }) {
            AnyIterator(["i0", "i1"].map(Self.batch).makeIterator())
        }
        return PagesAndIndex(pages: (0..<pages).map { Self.batch("p\($0)") }, index: index).flatMap { $0.map(\.path) }
    }

    @Test func theIndexComesAsSoonAsItIsReady() {
        #expect(order(pages: 4, readyAfter: 0) == ["i0", "i1", "p0", "p1", "p2", "p3"])
        #expect(order(pages: 4, readyAfter: 2) == ["p0", "p1", "i0", "i1", "p2", "p3"])
        #expect(order(pages: 4, readyAfter: nil) == ["p0", "p1", "p2", "p3", "i0", "i1"], "after the pages when never ready before")
        #expect(order(pages: 0, readyAfter: nil) == ["i0", "i1"])
        let none = PagesAndIndex(pages: [Self.batch("p0")], index: nil)
        #expect(none.flatMap { $0.map(\.path) } == ["p0"])
    }
}
