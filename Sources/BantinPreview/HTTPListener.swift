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
/// Here every limit is explicit (`ServerLimits`): the head of a request must fit in 32 KB and 100
/// header lines and arrive within 5 seconds, no request body is read, a client that stops reading
/// a response is dropped, and a `ConnectionTable` keeps silent connections and live-reload streams
/// from taking every place. Threads suit a preview: a browser opens a handful of connections.
final class HTTPListener: @unchecked Sendable {
    // @unchecked: `descriptor` and `port` are set once, in `start`, before any thread reads them;
    // the rest is immutable or does its own locking.

    /// Answers a request.
    typealias Handler = @Sendable (HTTPRequestHead) -> PreviewResponse

    /// The bounds kept.
    let limits: ServerLimits
    private let table: ConnectionTable
    private let running = DispatchGroup()
    private var descriptor: Int32 = -1

    /// The port listened on, once `start` returned.
    private(set) var port: UInt16 = 0

    /// A listener that keeps `limits`.
    init(limits: ServerLimits = .standard) {
        self.limits = limits
        table = ConnectionTable(limits: limits)
    }

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
        table.stop()
        if descriptor >= 0 {
            // shutdown wakes the thread blocked in accept; close alone would not on Linux.
            shutdown(descriptor, Int32(SHUT_RDWR))
            close(descriptor)
        }
        _ = running.wait(timeout: .now() + 2)
    }

    /// The number of connections open for pages and files, and of live-reload streams.
    var connectionCounts: (pages: Int, streams: Int) { table.counts }

    // MARK: - Accepting

    private func acceptConnections(
        on descriptor: Int32, handler: @escaping Handler,
        events: @escaping @Sendable () -> EventQueue, endEvents: @escaping @Sendable (EventQueue) -> Void
    ) {
        while true {
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let client = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { accept(descriptor, $0, &length) }
            }
            if client < 0 {
                if table.isStopping { return }
                switch errno {
                case EINTR, ECONNABORTED: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    usleep(10_000)
                    continue
                default: return
                }
            }
            let admitted = table.admit(client, client: Self.host(of: address)) {
                shutdown(client, Int32(SHUT_RDWR))
            }
            guard admitted else {
                close(client)
                continue
            }
            configure(client)
            running.enter()
            let thread = Thread { [self] in
                defer { running.leave() }
                let connection = HTTPConnection(descriptor: client, limits: limits, table: table, handler: handler, events: events, endEvents: endEvents)
                connection.serve()
                table.remove(client)
                close(client)
            }
            thread.name = "bantin-connection"
            thread.start()
        }
    }

    /// The numeric address of a client, without its port: connections and streams are counted per
    /// client by it.
    private static func host(of address: sockaddr_storage) -> String {
        var name = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        withUnsafeBytes(of: address) { bytes in
            if Int32(address.ss_family) == AF_INET6 {
                var raw = bytes.load(as: sockaddr_in6.self).sin6_addr
                _ = inet_ntop(AF_INET6, &raw, &name, socklen_t(name.count))
            } else {
                var raw = bytes.load(as: sockaddr_in.self).sin_addr
                _ = inet_ntop(AF_INET, &raw, &name, socklen_t(name.count))
            }
        }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Receive waits at most a second (so deadlines are checked), a send at most `sendTimeout`.
    private func configure(_ descriptor: Int32) {
        var receive = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &receive, socklen_t(MemoryLayout<timeval>.size))
        let seconds = limits.sendTimeout.rounded(.down)
        var send = timeval(tv_sec: Int(seconds), tv_usec: .init((limits.sendTimeout - seconds) * 1_000_000))
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
