@testable import BantinPreview
import Foundation
import Testing

/// Which connection makes room at the limits: silent connections and old streams never keep a new
/// client out.
@Suite struct ConnectionTableTests {
    /// One thing that happens to the table; descriptors are plain numbers here.
    enum Step: Sendable, CustomStringConvertible {
        /// A connection from `client` arrives; `admitted` is what `admit` must answer.
        case connect(Int32, client: String, admitted: Bool = true)
        /// A connection starts answering a request.
        case answer(Int32)
        /// A connection waits for its next request (kept alive).
        case wait(Int32)
        /// A connection becomes a live-reload stream; `started` is what `startStreaming` must answer.
        case stream(Int32, started: Bool = true)
        /// A connection's thread finished with it.
        case remove(Int32)

        var description: String {
            switch self {
            case .connect(let d, let client, let admitted): "connect \(d) from \(client) → \(admitted)"
            case .answer(let d): "answer \(d)"
            case .wait(let d): "wait \(d)"
            case .stream(let d, let started): "stream \(d) → \(started)"
            case .remove(let d): "remove \(d)"
            }
        }
    }

    static let limits: ServerLimits = {
        var limits = ServerLimits()
        limits.maximumConnections = 3
        limits.maximumEventStreams = 3
        limits.maximumEventStreamsPerClient = 2
        return limits
    }()

    @Test(arguments: [
        ("room for every connection", [.connect(1, client: "a"), .connect(2, client: "a"), .connect(3, client: "b")], [], []),
        ("at the limit the longest silent connection goes",
         [.connect(1, client: "a"), .connect(2, client: "a"), .connect(3, client: "a"), .connect(4, client: "a")], [1], []),
        ("a connection answering is not taken",
         [.connect(1, client: "a"), .answer(1), .connect(2, client: "a"), .connect(3, client: "a"), .connect(4, client: "b")], [2], []),
        ("a kept-alive connection waits from its last answer",
         [.connect(1, client: "a"), .connect(2, client: "a"), .connect(3, client: "a"), .answer(1), .wait(1), .connect(4, client: "a")], [2], []),
        ("every connection answering: the new one is refused",
         [.connect(1, client: "a"), .answer(1), .connect(2, client: "a"), .answer(2), .connect(3, client: "a"), .answer(3),
          .connect(4, client: "a", admitted: false)], [], []),
        ("a closed connection frees its place",
         [.connect(1, client: "a"), .answer(1), .connect(2, client: "a"), .answer(2), .connect(3, client: "a"), .answer(3),
          .remove(2), .connect(4, client: "a")], [], []),
        ("streams do not take the places of pages",
         [.connect(1, client: "a"), .stream(1), .connect(2, client: "b"), .stream(2), .connect(3, client: "a"),
          .connect(4, client: "a"), .connect(5, client: "a")], [], []),
        ("beyond its share a client's oldest stream goes",
         [.connect(1, client: "a"), .stream(1), .connect(2, client: "a"), .stream(2), .connect(3, client: "b"), .stream(3),
          .connect(4, client: "a"), .stream(4)], [1], [1]),
        ("beyond all streams the oldest goes, whoever opened it",
         [.connect(1, client: "a"), .stream(1), .connect(2, client: "b"), .stream(2), .connect(3, client: "c"), .stream(3),
          .connect(4, client: "d"), .stream(4)], [1], [1]),
        ("a connection taken before it streams does not stream",
         [.connect(1, client: "a"), .connect(2, client: "a"), .connect(3, client: "a"), .connect(4, client: "a"), .stream(1, started: false)],
         [1], []),
    ] as [(String, [Step], [Int32], [Int32])])
    func makesRoom(scenario: String, steps: [Step], interrupted: [Int32], endedStreams: [Int32]) {
        let table = ConnectionTable(limits: Self.limits)
        let record = Recorder()
        for step in steps {
            switch step {
            case .connect(let descriptor, let client, let admitted):
                #expect(table.admit(descriptor, client: client) { record.interrupted(descriptor) } == admitted, "\(scenario): \(step)")
            case .answer(let descriptor):
                table.update(descriptor, isWaiting: false)
            case .wait(let descriptor):
                table.update(descriptor, isWaiting: true)
            case .stream(let descriptor, let started):
                #expect(table.startStreaming(descriptor) { record.ended(descriptor) } == started, "\(scenario): \(step)")
            case .remove(let descriptor):
                table.remove(descriptor)
            }
        }
        #expect(record.interruptions == interrupted, "\(scenario)")
        #expect(record.endings == endedStreams, "\(scenario)")
        let counts = table.counts
        #expect(counts.pages <= Self.limits.maximumConnections && counts.streams <= Self.limits.maximumEventStreams, "\(scenario)")
    }

    @Test func stopInterruptsEveryConnectionAndRefusesNewOnes() {
        let table = ConnectionTable(limits: Self.limits)
        let record = Recorder()
        for descriptor: Int32 in 1...3 { _ = table.admit(descriptor, client: "a") { record.interrupted(descriptor) } }
        _ = table.startStreaming(3) { record.ended(3) }
        table.stop()
        #expect(Set(record.interruptions) == [1, 2, 3])
        #expect(record.endings == [3])
        #expect(table.isStopping)
        #expect(!table.admit(4, client: "a") {})
        #expect(table.counts == (0, 0))
    }

    /// What the table interrupted, in order.
    final class Recorder: @unchecked Sendable {
        // @unchecked: each test uses its recorder from one thread.
        private(set) var interruptions: [Int32] = []
        private(set) var endings: [Int32] = []
        func interrupted(_ descriptor: Int32) { interruptions.append(descriptor) }
        func ended(_ descriptor: Int32) { endings.append(descriptor) }
    }
}
