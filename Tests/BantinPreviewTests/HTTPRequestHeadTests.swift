@testable import BantinPreview
import Testing

/// Request heads are parsed strictly, within limits.
@Suite struct HTTPRequestHeadTests {
    static func parse(_ text: String) throws(HTTPRequestHead.Problem) -> HTTPRequestHead {
        try HTTPRequestHead(Array(text.utf8)[...])
    }

    @Test func readsRequestLineAndHeaders() throws {
        let head = try Self.parse("GET /a%20b/?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAccept: text/html\r\nAccept: */*\r\nIf-None-Match:  \"abc\"  ")
        #expect(head.method == "GET")
        #expect(head.target == "/a%20b/?x=1")
        #expect(head.version == "HTTP/1.1")
        #expect(head.headers == ["host": "127.0.0.1:8080", "accept": "text/html, */*", "if-none-match": "\"abc\""])
        #expect(head.keepsAlive)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nConnection: close", false), ("GET / HTTP/1.1\r\nConnection: Keep-Alive, Upgrade", true),
        ("GET / HTTP/1.0", false), ("GET / HTTP/1.0\r\nConnection: keep-alive", true),
    ])
    func keepsAliveAsTheVersionAndConnectionHeaderSay(text: String, keepsAlive: Bool) throws {
        #expect(try Self.parse(text).keepsAlive == keepsAlive)
    }

    @Test(arguments: [
        ("GARBAGE", 400), ("GET", 400), ("GET /", 400), ("GET / HTTP/1.1 extra", 400), ("GET  / HTTP/1.1", 400),
        ("get / HTTP/1.1", 400), ("GET / HTTP/2.0", 505), ("GET / FTP/1.0", 400), ("GET / HTTP/1.1\nHost: x", 400),
        ("GET / HTTP/1.1\r\n folded: header", 400), ("GET / HTTP/1.1\r\nno colon", 400), ("GET / HTTP/1.1\r\n: empty name", 400),
        ("GET / HTTP/1.1\r\nBad Name: x", 400), ("GET / HTTP/1.1\r\nHost: a\r\nHost: b", 400), ("GET / HTTP/1.1\r\nX: a\u{1}b", 400),
        ("GET / HTTP/1.1\r\nContent-Length: -5", 400), ("GET / HTTP/1.1\r\nContent-Length: 3", 413),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked", 413), ("GET / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked", 413),
    ])
    func refusesWithStatus(text: String, status: Int) {
        #expect(throws: HTTPRequestHead.Problem.self) { try Self.parse(text) }
        do {
            _ = try Self.parse(text)
        } catch {
            #expect(error.status == status)
        }
    }

    @Test func refusesTargetsLongerThanTheLimit() {
        #expect(throws: HTTPRequestHead.Problem.targetTooLong) {
            try Self.parse("GET /" + String(repeating: "a", count: HTTPRequestHead.maximumTarget) + " HTTP/1.1")
        }
    }

    @Test(arguments: [(HTTPRequestHead.maximumHeaderCount, true), (HTTPRequestHead.maximumHeaderCount + 1, false)])
    func countsHeaderLines(count: Int, isAccepted: Bool) throws {
        let text = "GET / HTTP/1.1" + (0..<count).map { "\r\nX-\($0): v" }.joined()
        if isAccepted {
            #expect(try Self.parse(text).headers.count == count)
        } else {
            #expect(throws: HTTPRequestHead.Problem.headTooLarge) { try Self.parse(text) }
        }
    }

    @Test func acceptsAnEmptyBody() throws {
        #expect(try Self.parse("GET / HTTP/1.1\r\nContent-Length: 0").method == "GET")
    }
}
