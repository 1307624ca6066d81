import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on POSIX sockets: one thread accepts connections, one thread serves each.
///
/// Written for the preview instead of taking a server package: FlyingFox 0.27.1 reads a request
/// line byte by byte with no limit, and a 1 MB URL (a web page can make a browser send one) kept a
/// core busy for minutes while every other request timed out; hummingbird builds in 3–5 minutes.
/// Here every limit is explicit: the head of a request must fit in 32 KB and arrive within 10
/// seconds of its first byte, an idle connection is closed after 30 seconds, a response that the
/// client does not read is dropped after 10 seconds, no request body is read, and at most 64
/// connections are open at once. Threads suit a preview: a browser opens a handful of connections.
final class HTTPListener: @unchecked Sendable {
    // @unchecked: the mutable state (`connections`, `isStopping`) is only touched while `lock` is held;
    // `descriptor` and `port` are set once, in `start`, before any thread reads them.

    /// The longest a request head may take to arrive once its first byte has.
    static let headTimeout: TimeInterval = 10
    /// The longest a kept-alive connection may wait for its next request.
    static let idleTimeout: TimeInterval = 30
    /// The longest a response may wait for the client to read it.
    static let sendTimeout = 10
    /// Connections beyond this are closed as soon as they are accepted.
    static let maximumConnections = 64
    /// How often a live-reload stream sends a comment, so that a page that is gone is noticed.
    static let heartbeat = Duration.seconds(15)

    /// Answers a request.
    typealias Handler = @Sendable (HTTPRequestHead) -> PreviewResponse

    private let lock = NSLock()
    private var connections = Set<Int32>()
    private var isStopping = false
    private let running = DispatchGroup()
    private var descriptor: Int32 = -1

    /// The port listened on, once `start` returned.
    private(set) var port: UInt16 = 0

    /// Listens on `host`:`port` and serves every connection with `handler`; a response that is an
    /// event stream is followed by the events of a queue from `events`, until `endEvents`.
    /// - Throws: `PreviewServer.StartError` when the address cannot be listened on.
    func start(
        host: String, port: UInt16, handler: @escaping Handler,
        events: @escaping @Sendable () -> EventQueue, endEvents: @escaping @Sendable (EventQueue) -> Void
    ) throws(PreviewServer.StartError) {
        (descriptor, self.port) = try Self.makeListeningSocket(host: host, port: port)
        let descriptor = self.descriptor
        running.enter()
        let acceptor = Thread { [self] in
            defer { running.leave() }
            acceptConnections(on: descriptor, handler: handler, events: events, endEvents: endEvents)
        }
        acceptor.name = "bantin-accept"
        acceptor.start()
    }

    /// Stops accepting, ends every connection, and waits (up to two seconds) for their threads.
    func stop() {
        let open: [Int32] = lock.withLock {
            isStopping = true
            return Array(connections)
        }
        if descriptor >= 0 {
            // shutdown wakes the thread blocked in accept; close alone would not on Linux.
            shutdown(descriptor, Int32(SHUT_RDWR))
            close(descriptor)
        }
        for connection in open { shutdown(connection, Int32(SHUT_RDWR)) }
        _ = running.wait(timeout: .now() + 2)
    }

    private var stopping: Bool { lock.withLock { isStopping } }

    // MARK: - Accepting

    private func acceptConnections(
        on descriptor: Int32, handler: @escaping Handler,
        events: @escaping @Sendable () -> EventQueue, endEvents: @escaping @Sendable (EventQueue) -> Void
    ) {
        while true {
            let client = accept(descriptor, nil, nil)
            if client < 0 {
                if stopping { return }
                switch errno {
                case EINTR, ECONNABORTED: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    usleep(10_000)
                    continue
                default: return
                }
            }
            let admitted: Bool = lock.withLock {
                guard !isStopping, connections.count < Self.maximumConnections else { return false }
                connections.insert(client)
                return true
            }
            guard admitted else {
                close(client)
                continue
            }
            Self.configure(client)
            running.enter()
            let thread = Thread { [self] in
                defer { running.leave() }
                let connection = HTTPConnection(descriptor: client, handler: handler, events: events, endEvents: endEvents) { [self] in stopping }
                connection.serve()
                lock.withLock { _ = connections.remove(client) }
                close(client)
            }
            thread.name = "bantin-connection"
            thread.start()
        }
    }

    /// Receive waits at most a second (so deadlines are checked), sends wait at most `sendTimeout`.
    private static func configure(_ descriptor: Int32) {
        var receive = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &receive, socklen_t(MemoryLayout<timeval>.size))
        var send = timeval(tv_sec: sendTimeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &send, socklen_t(MemoryLayout<timeval>.size))
        var on: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    // MARK: - Binding

    /// A listening socket on `host`:`port`, and the port it got (when `port` is 0).
    private static func makeListeningSocket(host: String, port: UInt16) throws(PreviewServer.StartError) -> (Int32, UInt16) {
        let name = host.lowercased() == "localhost" ? "127.0.0.1" : host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        var storage = sockaddr_storage()
        let length: socklen_t
        let family: Int32
        if name.contains(":") {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = port.bigEndian
            guard inet_pton(AF_INET6, name, &address.sin6_addr) == 1 else { throw .invalidHost(host) }
            withUnsafeBytes(of: address) { bytes in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) } }
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            family = AF_INET6
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            guard inet_pton(AF_INET, name, &address.sin_addr) == 1 else { throw .invalidHost(host) }
            withUnsafeBytes(of: address) { bytes in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) } }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
            family = AF_INET
        }
        #if os(Linux)
        let descriptor = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let descriptor = socket(family, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw .cannotListen(String(cString: strerror(errno))) }
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 128) == 0 else {
            let code = errno
            close(descriptor)
            switch code {
            case EADDRINUSE: throw .portInUse(port)
            case EADDRNOTAVAIL: throw .invalidHost(host)
            default: throw .cannotListen(String(cString: strerror(code)))
            }
        }
        var actual = sockaddr_storage()
        var actualLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &actualLength) }
        }
        let boundPort = withUnsafeBytes(of: actual) { bytes -> UInt16 in
            family == AF_INET6
                ? UInt16(bigEndian: bytes.load(as: sockaddr_in6.self).sin6_port)
                : UInt16(bigEndian: bytes.load(as: sockaddr_in.self).sin_port)
        }
        return (descriptor, boundPort)
    }
}
