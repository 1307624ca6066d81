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
    let limits: ServerLimits
    /// Where the connection says what it is doing, and learns that the server is stopping.
    let table: ConnectionTable
    let handler: HTTPListener.Handler
    let events: @Sendable () -> EventQueue
    let endEvents: @Sendable (EventQueue) -> Void

    /// Serves requests until the client closes the connection, breaks a rule, stays silent too
    /// long, or has had `maximumRequestsPerConnection` answers.
    func serve() {
        var buffer: [UInt8] = []
        var answered = 0
        while !table.isStopping {
            table.update(descriptor, isWaiting: true)
            let head: HTTPRequestHead
            switch readHead(into: &buffer, isFirst: answered == 0) {
            case .closed:
                return
            case .problem(let problem):
                send(Self.problemResponse(problem), keepAlive: false)
                return
            case .head(let parsed):
                head = parsed
            }
            table.update(descriptor, isWaiting: false)
            let response = handler(head)
            if response.isEventStream {
                streamEvents(response)
                return
            }
            answered += 1
            let keepAlive = head.keepsAlive && answered < limits.maximumRequestsPerConnection
            guard send(response, keepAlive: keepAlive), keepAlive else { return }
        }
    }

    private enum HeadResult {
        case head(HTTPRequestHead)
        case problem(HTTPRequestHead.Problem)
        case closed
    }

    /// Reads until a blank line ends a head, refusing heads that are too long or too slow. The first
    /// head of a connection must arrive within `headTimeout` of the connection; a later one may be
    /// waited for `idleTimeout`, then must arrive within `headTimeout` of its first byte.
    private func readHead(into buffer: inout [UInt8], isFirst: Bool) -> HeadResult {
        var deadline = Date().addingTimeInterval(isFirst || !buffer.isEmpty ? limits.headTimeout : limits.idleTimeout)
        var hasStarted = !buffer.isEmpty
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
                if !hasStarted {
                    hasStarted = true
                    deadline = min(deadline, Date().addingTimeInterval(limits.headTimeout))
                }
                buffer += chunk[..<count]
                continue
            }
            if count == 0 || table.isStopping { return .closed }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return .closed }
            if Date() > deadline {
                // A client that never started a request gets no answer: there is nothing to answer.
                return buffer.isEmpty ? .closed : .problem(.timedOut)
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

    /// Sends a response, its body from memory or from disk a chunk at a time; false when the
    /// client is gone.
    @discardableResult
    private func send(_ response: PreviewResponse, keepAlive: Bool) -> Bool {
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if response.header("Content-Length") == nil { head += "Content-Length: \(response.contentLength)\r\n" }
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n"
        guard let file = response.file else { return write((Array(head.utf8) + response.body)[...]) }
        guard write(Array(head.utf8)[...]) else { return false }
        var chunk = [UInt8](repeating: 0, count: limits.chunkSize)
        var position: Int64 = 0
        while position < file.length {
            let count = file.read(into: &chunk, at: position)
            // A file cut short since it was opened cannot give the length announced: closing the
            // connection tells the client the body is incomplete.
            guard count > 0, write(chunk[..<count]) else { return false }
            position += Int64(count)
        }
        return true
    }

    /// Sends the response head of a live-reload stream, then each event of a queue (and a comment
    /// when there was none for a while) until the queue closes, the client is gone, or the stream
    /// is closed to make room for newer ones. The body ends when the connection does.
    private func streamEvents(_ response: PreviewResponse) {
        let queue = events()
        defer { endEvents(queue) }
        guard table.startStreaming(descriptor, endStream: { queue.close() }) else { return }
        var head = "HTTP/1.1 200 OK\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Connection: close\r\n\r\n"
        guard write(Array(head.utf8)[...]) else { return }
        while !table.isStopping, let event = queue.next(timeout: limits.heartbeat) {
            guard write((event.isEmpty ? Array(": ping\n\n".utf8) : event)[...]) else { return }
        }
    }

    /// Writes all of `bytes`; false when the client is gone or has not taken them within
    /// `sendTimeout` (a client that reads a byte now and then does not hold the connection).
    private func write(_ bytes: ArraySlice<UInt8>) -> Bool {
        let deadline = Date().addingTimeInterval(limits.sendTimeout)
        return bytes.withUnsafeBytes { storage -> Bool in
            var sent = 0
            while sent < storage.count {
                #if os(Linux)
                let count = Glibc.send(descriptor, storage.baseAddress! + sent, storage.count - sent, Int32(MSG_NOSIGNAL))
                #else
                let count = Darwin.send(descriptor, storage.baseAddress! + sent, storage.count - sent, 0)
                #endif
                if count > 0 {
                    sent += count
                    if sent < storage.count && Date() > deadline { return false }
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return false
                }
            }
            return true
        }
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
        case 206: return "Partial Content"
        case 301: return "Moved Permanently"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 416: return "Range Not Satisfiable"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        case 505: return "HTTP Version Not Supported"
        default: return "Status"
        }
    }
}
