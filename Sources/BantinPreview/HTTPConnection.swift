import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One client connection of `HTTPListener`: reads request heads within the limits, answers them,
/// and keeps the connection for the next request when the client asks to.
struct HTTPConnection {
    let descriptor: Int32
    let handler: HTTPListener.Handler
    let events: @Sendable () -> EventQueue
    let endEvents: @Sendable (EventQueue) -> Void
    /// True once the listener is stopping.
    let isStopping: () -> Bool

    /// Serves requests until the client closes the connection, breaks a rule, or stays silent too long.
    func serve() {
        var buffer: [UInt8] = []
        while !isStopping() {
            let head: HTTPRequestHead
            switch readHead(into: &buffer) {
            case .closed:
                return
            case .problem(let problem):
                send(Self.problemResponse(problem), keepAlive: false)
                return
            case .head(let parsed):
                head = parsed
            }
            let response = handler(head)
            if response.isEventStream {
                streamEvents(response)
                return
            }
            guard send(response, keepAlive: head.keepsAlive), head.keepsAlive else { return }
        }
    }

    private enum HeadResult {
        case head(HTTPRequestHead)
        case problem(HTTPRequestHead.Problem)
        case closed
    }

    /// Reads until a blank line ends a head, refusing heads that are too long or too slow.
    private func readHead(into buffer: inout [UInt8]) -> HeadResult {
        let waitingSince = Date()
        var firstByte: Date? = buffer.isEmpty ? nil : waitingSince
        var searched = 0
        var chunk = [UInt8](repeating: 0, count: 8192)
        while true {
            if let end = Self.endOfHead(in: buffer, from: searched) {
                defer { buffer.removeFirst(end + 4) }
                do {
                    return .head(try HTTPRequestHead(buffer[..<end]))
                } catch {
                    return .problem(error)
                }
            }
            searched = max(0, buffer.count - 3)
            if !buffer.prefix(HTTPRequestHead.maximumTarget + 64).contains(UInt8(ascii: "\n")), buffer.count > HTTPRequestHead.maximumTarget + 64 {
                return .problem(.targetTooLong)
            }
            if buffer.count > HTTPRequestHead.maximumHead { return .problem(.headTooLarge) }
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count > 0 {
                if firstByte == nil { firstByte = Date() }
                buffer += chunk[..<count]
                continue
            }
            if count == 0 || isStopping() { return .closed }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return .closed }
            if let firstByte {
                if Date().timeIntervalSince(firstByte) > HTTPListener.headTimeout { return .problem(.timedOut) }
            } else if Date().timeIntervalSince(waitingSince) > HTTPListener.idleTimeout {
                return .closed
            }
        }
    }

    /// The index of the CRLF CRLF that ends a head, searching from `start`.
    private static func endOfHead(in buffer: [UInt8], from start: Int) -> Int? {
        guard buffer.count >= 4 else { return nil }
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }

    /// Sends a response; false when the client is gone.
    @discardableResult
    private func send(_ response: PreviewResponse, keepAlive: Bool) -> Bool {
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if response.header("Content-Length") == nil { head += "Content-Length: \(response.body.count)\r\n" }
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n"
        return write(Array(head.utf8) + response.body)
    }

    /// Sends the response head of a live-reload stream, then each event of a queue (and a comment
    /// when there was none for a while) until the queue closes or the client is gone. The body ends
    /// when the connection does.
    private func streamEvents(_ response: PreviewResponse) {
        var head = "HTTP/1.1 200 OK\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Connection: close\r\n\r\n"
        guard write(Array(head.utf8)) else { return }
        let queue = events()
        defer { endEvents(queue) }
        while !isStopping(), let event = queue.next(timeout: HTTPListener.heartbeat) {
            guard write(event.isEmpty ? Array(": ping\n\n".utf8) : event) else { return }
        }
    }

    /// Writes all of `bytes`; false when the client is gone or does not read within the send timeout.
    private func write(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { buffer -> Int in
                #if os(Linux)
                return Glibc.send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
                #else
                return Darwin.send(descriptor, buffer.baseAddress, buffer.count, 0)
                #endif
            }
            if count > 0 {
                sent += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    private static func problemResponse(_ problem: HTTPRequestHead.Problem) -> PreviewResponse {
        let detail: String
        if case .malformed(let reason) = problem { detail = ": " + reason } else { detail = "" }
        return PreviewResponse(
            status: problem.status,
            headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-cache")],
            body: Array("\(reason(problem.status))\(detail)\n".utf8)
        )
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        case 505: return "HTTP Version Not Supported"
        default: return "Status"
        }
    }
}
