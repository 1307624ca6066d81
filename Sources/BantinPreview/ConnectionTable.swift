import Foundation

/// The open connections of `HTTPListener`, what each is doing, and which one makes room when a new
/// connection or live-reload stream comes at a limit.
///
/// Closing the newcomer at the limit let 64 silent connections (or 64 open event streams) lock
/// every other client out for as long as they cared to stay. Here the newcomer wins: a browser
/// sends its request as soon as it connects, so the connection that has waited longest for a
/// request is the one least likely to be a reader, and a stream of the same client beyond its share
/// is most likely a tab that is no longer looked at (its page reconnects on its own when it is).
final class ConnectionTable: @unchecked Sendable {
    // @unchecked: `entries`, `tick` and `isStopping` are only touched while `lock` is held.

    /// What a connection is doing.
    enum State: Equatable, Sendable {
        /// Waiting for (the rest of) a request head since `tick`.
        case waiting(since: UInt64)
        /// Answering a request.
        case answering
        /// Sending live-reload events since `tick`.
        case streaming(since: UInt64)
    }

    private struct Entry {
        let client: String
        var state: State
        /// Ends the connection from another thread: shuts the socket down, and for a stream closes
        /// its event queue.
        var interrupt: @Sendable () -> Void
    }

    private let limits: ServerLimits
    private let lock = NSLock()
    private var entries: [Int32: Entry] = [:]
    /// Orders the states by when they began.
    private var tick: UInt64 = 0
    private var stopping = false

    /// An empty table keeping `limits`.
    init(limits: ServerLimits) {
        self.limits = limits
    }

    /// True once `stop` was called.
    var isStopping: Bool { lock.withLock { stopping } }

    /// The number of connections open for pages and files, and of live-reload streams.
    var counts: (pages: Int, streams: Int) {
        lock.withLock {
            let streams = entries.values.count(where: { if case .streaming = $0.state { true } else { false } })
            return (entries.count - streams, streams)
        }
    }

    /// Adds a new connection from `client`, waiting for its first request. At the limit, the
    /// connection that has waited longest for a request is interrupted to make room; when every
    /// connection is busy answering, the new one is refused (false) and must be closed.
    func admit(_ descriptor: Int32, client: String, interrupt: @escaping @Sendable () -> Void) -> Bool {
        lock.withLock {
            guard !stopping else { return false }
            let pages = entries.filter { if case .streaming = $0.value.state { false } else { true } }
            if pages.count >= limits.maximumConnections {
                let longestWaiting = pages.compactMap { entry -> (Int32, UInt64)? in
                    guard case .waiting(let since) = entry.value.state else { return nil }
                    return (entry.key, since)
                }.min { $0.1 < $1.1 }
                guard let (victim, _) = longestWaiting else { return false }
                reclaim(victim)
            }
            tick += 1
            entries[descriptor] = Entry(client: client, state: .waiting(since: tick), interrupt: interrupt)
            return true
        }
    }

    /// Records that `descriptor` now waits for a request head (`isWaiting`), or answers one.
    func update(_ descriptor: Int32, isWaiting: Bool) {
        lock.withLock {
            guard entries[descriptor] != nil else { return }
            tick += 1
            entries[descriptor]?.state = isWaiting ? .waiting(since: tick) : .answering
        }
    }

    /// Turns `descriptor` into a live-reload stream, whose `endStream` is also called when it is
    /// interrupted. At the limits, the oldest stream of the same client (or of all) is interrupted.
    /// False when the connection was interrupted already (or the server is stopping).
    func startStreaming(_ descriptor: Int32, endStream: @escaping @Sendable () -> Void) -> Bool {
        lock.withLock {
            guard !stopping, let entry = entries[descriptor] else { return false }
            let streams = entries.compactMap { element -> (descriptor: Int32, client: String, since: UInt64)? in
                guard case .streaming(let since) = element.value.state else { return nil }
                return (element.key, element.value.client, since)
            }
            let sameClient = streams.filter { $0.client == entry.client }
            if sameClient.count >= limits.maximumEventStreamsPerClient, let oldest = sameClient.min(by: { $0.since < $1.since }) {
                reclaim(oldest.descriptor)
            } else if streams.count >= limits.maximumEventStreams, let oldest = streams.min(by: { $0.since < $1.since }) {
                reclaim(oldest.descriptor)
            }
            tick += 1
            let interrupt = entry.interrupt
            entries[descriptor] = Entry(client: entry.client, state: .streaming(since: tick)) {
                interrupt()
                endStream()
            }
            return true
        }
    }

    /// Forgets a connection its thread has finished with (before it closes the descriptor, so that
    /// the number cannot name a newer connection by then).
    func remove(_ descriptor: Int32) {
        lock.withLock { _ = entries.removeValue(forKey: descriptor) }
    }

    /// Refuses new connections and interrupts every open one.
    func stop() {
        lock.withLock {
            stopping = true
            for descriptor in Array(entries.keys) { reclaim(descriptor) }
        }
    }

    /// Interrupts a connection and forgets it, so that its place is free at once; its thread
    /// notices, and closes it.
    private func reclaim(_ descriptor: Int32) {
        entries.removeValue(forKey: descriptor)?.interrupt()
    }
}
