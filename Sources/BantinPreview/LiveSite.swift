import Foundation

/// The preview's current state, shared by the rebuild thread (which replaces it) and the
/// connections (which read it), and the live-reload queues told about each new state.
final class LiveSite: @unchecked Sendable {
    // @unchecked: every stored property is read and written only while `lock` is held.
    private let lock = NSLock()
    private var site: PreviewSite
    private var queues: [ObjectIdentifier: EventQueue] = [:]
    private var isClosed = false

    /// Starts with a site that has no files yet.
    init(_ site: PreviewSite) {
        self.site = site
    }

    /// The current state.
    var current: PreviewSite {
        lock.withLock { site }
    }

    /// How many pages are listening for reloads.
    var listenerCount: Int {
        lock.withLock { queues.count }
    }

    /// Replaces the state and tells every open page its new generation.
    func publish(_ next: PreviewSite) {
        lock.withLock {
            site = next
            let event = Self.reloadEvent(next.generation)
            for queue in queues.values { queue.push(event) }
        }
    }

    /// Replaces the state without telling the open pages: for files no open page shows, such as the
    /// search index arriving after the pages it was built beside.
    func replace(_ next: PreviewSite) {
        lock.withLock { site = next }
    }

    /// A queue of Server-Sent Events for one page: first the current generation, then each new one.
    /// Give it back with `unsubscribe` when the page is gone.
    func subscribe() -> EventQueue {
        let queue = EventQueue()
        lock.withLock {
            guard !isClosed else {
                queue.close()
                return
            }
            // "retry" makes a page that lost the server (stopped, restarted) try again each second.
            queue.push(Array("retry: 1000\n\n".utf8) + Self.reloadEvent(site.generation))
            queues[ObjectIdentifier(queue)] = queue
        }
        return queue
    }

    /// Forgets a page's queue.
    func unsubscribe(_ queue: EventQueue) {
        lock.withLock { _ = queues.removeValue(forKey: ObjectIdentifier(queue)) }
    }

    /// Closes every queue, and any opened later, so that the connections end.
    func close() {
        let open = lock.withLock {
            isClosed = true
            defer { queues = [:] }
            return Array(queues.values)
        }
        for queue in open { queue.close() }
    }

    private static func reloadEvent(_ generation: String) -> [UInt8] {
        Array("event: reload\ndata: \(generation)\n\n".utf8)
    }
}
