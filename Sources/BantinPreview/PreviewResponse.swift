import Foundation

/// What the preview answers.
struct PreviewResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// True for the live-reload stream: the server keeps the connection open and sends events.
    var isEventStream = false

    /// The value of header `name` (case-insensitive), if set.
    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
