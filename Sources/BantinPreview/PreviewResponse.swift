import Foundation

/// What the preview answers.
struct PreviewResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// When set, the body is these bytes of a file, sent from disk while the connection writes
    /// them, and `body` is empty.
    var file: FileSlice?
    /// True for the live-reload stream: the server keeps the connection open and sends events.
    var isEventStream = false

    /// The number of bytes of the body, whether in memory or on disk.
    var contentLength: Int64 { file?.length ?? Int64(body.count) }

    /// The value of header `name` (case-insensitive), if set.
    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
