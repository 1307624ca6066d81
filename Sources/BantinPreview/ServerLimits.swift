import Foundation

/// The bounds `HTTPListener` keeps, so that no client (a stuck browser tab, a local program that
/// opens connections and says nothing) can take the preview away from the others. The README's
/// "Giới hạn / Limits" table lists them.
struct ServerLimits: Sendable {
    /// The longest a request head may take to arrive: from its first byte, or from the moment a new
    /// connection was accepted (a browser sends its head at once).
    var headTimeout: TimeInterval = 5
    /// The longest a kept-alive connection may wait for its next request while there is room;
    /// at `maximumConnections` the one that has waited longest is closed at once instead.
    var idleTimeout: TimeInterval = 30
    /// The longest writing one chunk of a response may take: a client that stops reading is dropped.
    var sendTimeout: TimeInterval = 10
    /// Connections for pages and files, event streams not counted.
    var maximumConnections = 64
    /// Live-reload streams open at once; beyond it the oldest is closed.
    var maximumEventStreams = 32
    /// Live-reload streams of one client address; beyond it that client's oldest is closed.
    var maximumEventStreamsPerClient = 8
    /// Requests answered on one connection before it is closed (the client opens another).
    var maximumRequestsPerConnection = 1000
    /// How often a live-reload stream sends a comment, so that a page that is gone is noticed.
    var heartbeat = Duration.seconds(15)
    /// Bytes of a file read from disk and written at a time.
    var chunkSize = 64 * 1024

    /// The limits of `bantin serve`.
    static let standard = ServerLimits()
}
