import Foundation

/// The events waiting to be sent to one live-reload connection, which blocks on `next` between them.
final class EventQueue: @unchecked Sendable {
    // @unchecked: `pending` and `isClosed` are only touched while `condition` is locked.
    private let condition = NSCondition()
    private var pending: [[UInt8]] = []
    private var isClosed = false

    /// Adds an event; a queue far behind (a page that stopped reading) keeps only the latest ones.
    func push(_ event: [UInt8]) {
        condition.withLock {
            guard !isClosed else { return }
            pending.append(event)
            if pending.count > 16 { pending.removeFirst(pending.count - 16) }
            condition.signal()
        }
    }

    /// Ends the queue: `next` returns nil once the pending events are taken.
    func close() {
        condition.withLock {
            isClosed = true
            condition.broadcast()
        }
    }

    /// The next event, an empty array when `timeout` passed without one, or nil when closed.
    func next(timeout: Duration) -> [UInt8]? {
        let deadline = Date().addingTimeInterval(Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
        return condition.withLock {
            while pending.isEmpty && !isClosed {
                if !condition.wait(until: deadline) { return [] }
            }
            return pending.isEmpty ? nil : pending.removeFirst()
        }
    }
}
