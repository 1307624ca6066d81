import BantinKit
import Foundation

/// The thread that owns the `SiteSession`: it waits for the watcher, updates the site, and publishes
/// each new state to the `LiveSite`, which tells open pages to reload.
///
/// A thread of its own, not a task: a build renders on every core with `concurrentPerform` and
/// would otherwise hold the threads the server's connections run on.
final class RebuildLoop: @unchecked Sendable {
    // @unchecked: `session` is touched only on the loop's thread (and before it starts); the other
    // stored properties are immutable or `Locked`.

    /// How often, without events, the files are scanned anyway: inotify does not see a change to a
    /// file outside `content/` and `templates/` that a link inside points at.
    static let rescanInterval = Duration.seconds(2)
    /// How long an update's search index waits for the next save before it is built: at 10,000
    /// articles it takes both cores for most of a second, and a save made meanwhile would share them.
    static let indexDelay = Duration.milliseconds(500)

    private var session: SiteSession
    /// The site shown, while its search index waits to be built or is built on another thread.
    private var indexing: RenderedSite?
    /// When the index of `indexing` is to be started, until it is.
    private var indexDue: ContinuousClock.Instant?
    private let watcher: SourceWatcher
    private let live: LiveSite
    private let generations: GenerationCounter
    private let onEvent: @Sendable (PreviewServer.Event) -> Void
    private let stopping = Locked(false)
    private let firstBuild = Locked<CheckedContinuation<Void, Never>?>(nil)
    private let ending = Locked(Ending.running)

    /// Whether the thread has ended, and who waits for it.
    private enum Ending: Sendable {
        case running
        case awaited(CheckedContinuation<Void, Never>)
        case finished
    }

    init(
        session: SiteSession, watcher: SourceWatcher, live: LiveSite, generations: GenerationCounter,
        onEvent: @escaping @Sendable (PreviewServer.Event) -> Void
    ) {
        self.session = session
        self.watcher = watcher
        self.live = live
        self.generations = generations
        self.onEvent = onEvent
    }

    /// True when the watcher polls instead of waiting for inotify events.
    var isPolling: Bool { watcher.isPolling }

    /// Starts the thread; returns after the first build (successful or not).
    func start() async {
        await withCheckedContinuation { continuation in
            firstBuild.value = continuation
            let thread = Thread { [self] in run() }
            thread.name = "bantin-rebuild"
            thread.start()
        }
    }

    /// Stops the thread and waits until it has finished its current build.
    func stop() async {
        stopping.value = true
        await withCheckedContinuation { continuation in
            let hasEnded = ending.withValue { state -> Bool in
                if case .finished = state { return true }
                state = .awaited(continuation)
                return false
            }
            if hasEnded { continuation.resume() }
            watcher.wake()
        }
    }

    private func run() {
        rebuild(changed: nil)
        firstBuild.value?.resume()
        firstBuild.value = nil
        let clock = ContinuousClock()
        var lastScan = clock.now
        while !stopping.value {
            let change = watcher.wait(timeout: indexDue.map { max(.zero, min(Self.rescanInterval, $0 - clock.now)) } ?? Self.rescanInterval)
            if stopping.value { break }
            if indexing?.pendingSearchIndex?.isFinished == true { finishIndexing() }
            if case .none = change, let due = indexDue, clock.now >= due { startIndexing() }
            switch change {
            case .files(let paths):
                // A save: the index being built is of the site before it, and would only take a core
                // from the update; the update's own index follows its pages.
                cancelIndexing()
                rebuild(changed: paths)
            case .unknown:
                rebuild(changed: nil)
                lastScan = clock.now
            case .none where clock.now - lastScan >= Self.rescanInterval:
                rebuild(changed: nil)
                lastScan = clock.now
            case .none:
                break
            }
        }
        cancelIndexing()
        let waiting = ending.withValue { state -> CheckedContinuation<Void, Never>? in
            defer { state = .finished }
            if case .awaited(let continuation) = state { return continuation }
            return nil
        }
        waiting?.resume()
    }

    /// Updates the site and publishes the result when it changed what a page shows.
    /// - Parameter paths: the files the watcher saw change, or nil to look at every file.
    private func rebuild(changed paths: Set<String>?) {
        let clock = ContinuousClock()
        let start = clock.now
        // The index being built is of the site shown: it waits while the update runs (which replaces
        // it, unless nothing changed), instead of taking half the cores from the reload.
        let pending = indexing?.pendingSearchIndex
        pending?.pause()
        let update = session.update(changed: paths, indexLater: true)
        let previous = live.current
        switch update {
        case .unchanged:
            pending?.resume()
            return
        case .built(let build):
            let movedNothing = build.changedPaths.isEmpty && previous.diagnostics.isEmpty && previous.hasSite
                && previous.drafts == build.draftPaths && previous.scheduled == build.scheduledPaths
            if !movedNothing {
                live.publish(.built(build, previous: previous, generation: generations.next()))
            }
            onEvent(.built(build, elapsed: clock.now - start))
            // The search index is built after the pages are shown, on another thread, once no save has
            // come for a moment, so that the next save is not kept waiting for it; the search page reads
            // it afresh at each query, so open pages are not reloaded for it.
            cancelIndexing()
            if build.pendingSearchIndex != nil {
                indexing = build
                indexDue = clock.now + Self.indexDelay
            }
        case .failed(let diagnostics):
            cancelIndexing()
            live.publish(previous.failed(diagnostics, generation: generations.next()))
            onEvent(.failed(diagnostics, elapsed: clock.now - start))
        }
    }

    /// Shows the search index built for the site shown.
    private func finishIndexing() {
        guard let site = indexing else { return }
        indexing = nil
        if let indexed = session.completeSearchIndex(of: site) {
            let current = live.current
            live.replace(.built(indexed, previous: current, generation: current.generation))
        }
    }

    /// Starts building the search index of the site shown.
    private func startIndexing() {
        indexDue = nil
        indexing?.pendingSearchIndex?.start { [watcher] in watcher.wake() }
    }

    /// Stops the search index being built, if any: the site it indexes is being replaced.
    private func cancelIndexing() {
        indexing?.pendingSearchIndex?.cancel()
        indexing = nil
        indexDue = nil
    }
}
