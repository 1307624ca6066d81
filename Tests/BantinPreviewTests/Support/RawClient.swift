import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain TCP client, so tests can send what URLSession would never send: raw "..", bytes that are
/// not a valid request, half a request.
///
/// Its calls block, so they run on a dispatch queue rather than on the threads Swift's tasks share
/// with the server under test.
final class RawClient: @unchecked Sendable {
    // @unchecked: one test uses a client from one task at a time.
    private let descriptor: Int32

    /// Connects to 127.0.0.1:`port`; reads give up after `timeout` seconds without data.
    init(port: UInt16, timeout: Int = 10) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ClientError(message: "socket: \(errno)") }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(descriptor)
            throw ClientError(message: "connect: \(errno)")
        }
    }

    deinit {
        close(descriptor)
    }

    /// Sends `bytes` as they are.
    func send(_ bytes: [UInt8]) async throws {
        try await blocking { [descriptor] in
            var sent = 0
            while sent < bytes.count {
                let count = bytes[sent...].withUnsafeBytes { systemSend(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { throw ClientError(message: "send: \(errno)") }
                sent += count
            }
        }
    }

    /// Sends `text` as UTF-8.
    func send(_ text: String) async throws {
        try await send(Array(text.utf8))
    }

    /// Reads until the server closes the connection (or the read times out).
    func readAll() async throws -> [UInt8] {
        try await blocking { [self] in
            var all = pending
            pending = []
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = recv(descriptor, &buffer, buffer.count, 0)
                if count <= 0 { return all }
                all += buffer[..<count]
            }
        }
    }

    /// Reads until the bytes received contain `marker`, and returns them up to and including it (the
    /// rest is kept for the next read); nil when the connection closed or timed out first.
    func read(until marker: String) async throws -> String? {
        let needle = Array(marker.utf8)
        return try await blocking { [self] in
            var chunk = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                if pending.count >= needle.count,
                   let start = (0...(pending.count - needle.count)).first(where: { pending[$0..<($0 + needle.count)].elementsEqual(needle) }) {
                    let end = start + needle.count
                    defer { pending.removeFirst(end) }
                    return String(decoding: pending[..<end], as: UTF8.self)
                }
                let count = recv(descriptor, &chunk, chunk.count, 0)
                if count <= 0 { return nil }
                pending += chunk[..<count]
            }
        }
    }

    /// Sends `request`, reads the response head, then counts and drops the body until the
    /// connection closes: a body of any size without holding it. Returns the head, the body's
    /// length, and the time from the request sent to the first byte of the response (both taken
    /// on the thread that sends and reads, so that waiting for a thread is not counted).
    func exchange(_ request: String) async throws -> (head: String, bodyCount: Int, firstByte: Duration)? {
        try await blocking { [self] in
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            var head: [UInt8] = []
            var firstByte: Duration?
            let marker = Array("\r\n\r\n".utf8)
            let bytes = Array(request.utf8)
            guard bytes.withUnsafeBytes({ systemSend(descriptor, $0.baseAddress, $0.count) }) == bytes.count else { return nil }
            let start = ContinuousClock.now
            while true {
                let count = recv(descriptor, &chunk, chunk.count, 0)
                if count <= 0 { return nil }
                if firstByte == nil { firstByte = ContinuousClock.now - start }
                head += chunk[..<count]
                if head.count >= 4, let split = (0...(head.count - 4)).first(where: { head[$0..<($0 + 4)].elementsEqual(marker) }) {
                    var bodyCount = head.count - split - 4
                    while true {
                        let count = recv(descriptor, &chunk, chunk.count, 0)
                        if count <= 0 { break }
                        bodyCount += count
                    }
                    return (String(decoding: head[..<split], as: UTF8.self), bodyCount, firstByte!)
                }
            }
        }
    }

    /// Bytes received but not yet returned by `read(until:)`.
    private var pending: [UInt8] = []

    /// Reads the generation of the next `reload` event of a live-reload stream.
    func nextReload() async throws -> String? {
        guard try await read(until: "event: reload\ndata: ") != nil, let line = try await read(until: "\n") else { return nil }
        return String(line.dropLast())
    }

    private func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    struct ClientError: Error {
        let message: String
    }
}

/// An HTTP response read off the wire.
struct RawResponse {
    let status: Int
    /// Header values by lower-cased name.
    let headers: [String: String]
    /// The body as UTF-8 text.
    var body: String { String(decoding: bodyBytes, as: UTF8.self) }
    /// The body as sent.
    let bodyBytes: [UInt8]

    /// Parses a response with a `Content-Length` (or to the end of the bytes).
    init?(_ bytes: [UInt8]) {
        let marker = Array("\r\n\r\n".utf8)
        guard bytes.count >= 4, let split = (0...(bytes.count - 4)).first(where: { bytes[$0..<($0 + 4)].elementsEqual(marker) }) else { return nil }
        let lines = String(decoding: bytes[..<split], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/1.1 "),
              let status = Int(statusLine.dropFirst(9).prefix(3)) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.status = status
        self.headers = headers
        self.bodyBytes = Array(bytes[(split + 4)...])
    }
}

extension RawClient {
    /// Sends one request (with `Connection: close`) and reads the whole response.
    static func request(
        port: UInt16, _ target: String, method: String = "GET", host: String? = nil, headers: [String: String] = [:]
    ) async throws -> RawResponse {
        let client = try RawClient(port: port)
        var text = "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        try await client.send(text + "\r\n")
        let bytes = try await client.readAll()
        guard let response = RawResponse(bytes) else { throw ClientError(message: "not an HTTP response: \(String(decoding: bytes, as: UTF8.self).prefix(200))") }
        return response
    }
}

/// `send(2)`, without SIGPIPE when the server has closed the connection.
private func systemSend(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
    #else
    return send(descriptor, bytes, count, 0)
    #endif
}
