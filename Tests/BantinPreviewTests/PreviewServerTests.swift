import BantinKit
@testable import BantinPreview
import Foundation
import Testing

/// `bantin serve` over real sockets: pages, live reload, the error overlay, and requests that try to
/// reach files outside the site or to wedge the server.
@Suite(.serialized) struct PreviewServerTests {
    @Test func servesTheBuiltSite() async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { _, port in
            let home = try await RawClient.request(port: port, "/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.body.contains("Liên minh Hợp tác xã Kiên Giang"))
            #expect(home.body.contains(PreviewDecoration.eventsPath))

            let article = try await RawClient.request(port: port, PreviewFixture.seedURL)
            #expect(article.status == 200)
            #expect(article.body.contains("<h1 class=\"article-title\">Những kết quả từ phong trào thi đua “Dân vận khéo” ở Chi bộ Liên minh Hợp tác xã</h1>"))

            let image = try await RawClient.request(port: port, "/media/2021/dan-van-kheo.svg")
            #expect(image.status == 200)
            #expect(image.headers["content-type"] == "image/svg+xml; charset=utf-8")
            #expect(image.body.contains("<svg"))

            let folder = try await RawClient.request(port: port, "/gioi-thieu")
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/gioi-thieu/")

            let missing = try await RawClient.request(port: port, "/khong-co-trang-nay/")
            #expect(missing.status == 404)
            #expect(missing.body.contains("<html"))

            let head = try await RawClient.request(port: port, "/", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["content-length"] == String(home.body.utf8.count))

            let tag = try #require(home.headers["etag"])
            #expect(try await RawClient.request(port: port, "/", headers: ["If-None-Match": tag]).status == 304)
            #expect(home.headers["cache-control"] == "no-cache")
        }
    }

    @Test func editReloadsOpenPagesWithTheNewContent() async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { server, port in
            let events = try await Self.openEvents(port: port)
            let first = try #require(try await events.nextReload())
            try fixture.replace(in: PreviewFixture.seed, "Sau đại dịch Covid-19 năm 2020", with: "Sau đại dịch (đoạn vừa sửa) năm 2020")
            let second = try #require(try await events.nextReload())
            #expect(second != first)
            let article = try await RawClient.request(port: port, PreviewFixture.seedURL)
            #expect(article.body.contains("Sau đại dịch (đoạn vừa sửa) năm 2020"))
            #expect(article.body.contains("var g=\"\(second)\""))
            #expect(server.listenerCount == 1)
        }
    }

    @Test func atomicSaveAndANewFolderAreSeen() async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { _, port in
            let events = try await Self.openEvents(port: port)
            var generation = try #require(try await events.nextReload())

            // Saved as many editors save: a new file renamed over the old one.
            let seed = fixture.root.appendingPathComponent(PreviewFixture.seed)
            let text = try String(contentsOf: seed, encoding: .utf8).replacingOccurrences(of: "Sau đại dịch Covid-19", with: "Sau đại dịch (lưu nguyên tệp)")
            try text.write(to: seed, atomically: true, encoding: .utf8)
            let afterSave = try #require(try await events.nextReload())
            #expect(afterSave != generation)
            generation = afterSave
            #expect(try await RawClient.request(port: port, PreviewFixture.seedURL).body.contains("Sau đại dịch (lưu nguyên tệp)"))

            // A folder that did not exist, with an article in it.
            let folder = fixture.root.appendingPathComponent("content/articles/2020")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "---\ntitle: Bài trong thư mục mới\ndate: 01/06/2020 08:00\ncategory: Chi bộ\n---\n\nNội dung.\n"
                .write(to: folder.appendingPathComponent("bai-moi.md"), atomically: false, encoding: .utf8)
            var served = 0
            for _ in 0..<5 where served != 200 {
                guard let next = try await events.nextReload() else { break }
                #expect(next != generation)
                generation = next
                served = try await RawClient.request(port: port, "/2020/06/bai-trong-thu-muc-moi/").status
            }
            #expect(served == 200)
        }
    }

    @Test func pollingAlsoSeesEdits() async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview(watching: .polling(interval: .milliseconds(50))) { server, port in
            #expect(server.isPolling)
            let events = try await Self.openEvents(port: port)
            let first = try #require(try await events.nextReload())
            try fixture.replace(in: "content/pages/gioi-thieu.md", "title: Giới thiệu", with: "title: Về chúng tôi")
            #expect(try await events.nextReload() != first)
            #expect(try await RawClient.request(port: port, "/ve-chung-toi/").status == 200)
        }
    }

    @Test func brokenFileShowsTheOverlayUntilItIsFixed() async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { _, port in
            let before = try await RawClient.request(port: port, "/")
            let events = try await Self.openEvents(port: port)
            _ = try await events.nextReload()

            try fixture.replace(in: PreviewFixture.seed, "date: 09/11/2021 09:40", with: "date: 31/02/2021 09:40")
            let broken = try #require(try await events.nextReload())
            for target in ["/", PreviewFixture.seedURL, "/khong-co/"] {
                let page = try await RawClient.request(port: port, target)
                #expect(page.body.contains("id=\"bantin-preview-errors\""), "\(target)")
                #expect(page.body.contains("\(PreviewFixture.seed):3:7: lỗi: ngày 31/02/2021 không có thật: tháng 2 năm 2021 chỉ có 28 ngày"), "\(target)")
                #expect(page.body.contains("var g=\"\(broken)\""))
            }

            try fixture.replace(in: PreviewFixture.seed, "date: 31/02/2021 09:40", with: "date: 09/11/2021 09:40")
            let fixed = try #require(try await events.nextReload())
            let after = try await RawClient.request(port: port, "/")
            #expect(!after.body.contains("bantin-preview-errors"))
            #expect(after.body.replacingOccurrences(of: fixed, with: "G") == before.body.replacingOccurrences(of: Self.generation(in: before.body), with: "G"))
        }
    }

    @Test func draftsAndFutureArticlesShowOnlyWithTheFlagsAndWithABanner() async throws {
        let fixture = try PreviewFixture()
        let draftURL = "/2022/02/huong-dan-to-chuc-dai-hoi-thanh-vien-thuong-nien-nam-2022-cho-cac-hop-tac-xa/"
        try await fixture.withPreview { _, port in
            let hidden = try await RawClient.request(port: port, draftURL)
            #expect(hidden.status == 404)
        }
        try await fixture.withPreview(options: BuildOptions(inclusion: .init(drafts: true))) { _, port in
            let draft = try await RawClient.request(port: port, draftURL)
            #expect(draft.status == 200)
            #expect(draft.body.contains("BẢN NHÁP"))
            #expect(!(try await RawClient.request(port: port, PreviewFixture.seedURL)).body.contains("BẢN NHÁP"))
        }
    }

    // MARK: - Security

    /// Targets that would reach `secret.txt` (next to the site folder) or system files if the URL
    /// were turned into a path on disk.
    static let traversals = [
        "/../secret.txt", "/../../secret.txt", "/media/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt", "/media/2021/..%2f..%2f..%2fsecret.txt", "/%2e%2e%2f%2e%2e%2fsecret.txt", "/%252e%252e/secret.txt",
        "/%252e%252e%252fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/media\\..\\..\\secret.txt", "/%5c..%5csecret.txt",
        "/index.html%00.svg", "/%00../secret.txt", "/../../../../../../../../etc/passwd", "//etc/passwd", "/%2fetc%2fpasswd",
        "/media/2021/outside.txt", "/media/outside/secret.txt",
    ]

    @Test(arguments: traversals)
    func traversalNeverReachesAFileOutsideTheSite(target: String) async throws {
        let fixture = try PreviewFixture()
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root.appendingPathComponent("content/media/2021/outside.txt").path,
            withDestinationPath: fixture.base.appendingPathComponent("secret.txt").path
        )
        try FileManager.default.createSymbolicLink(
            atPath: fixture.root.appendingPathComponent("content/media/outside").path, withDestinationPath: fixture.base.path
        )
        try await fixture.withPreview { _, port in
            let response = try await RawClient.request(port: port, target)
            #expect([400, 404].contains(response.status), "\(target) → \(response.status)")
            #expect(!response.body.contains(PreviewFixture.secret))
            #expect(!response.body.contains("root:x:0:0"))
        }
    }

    @Test func rawNULByteIsRefused() async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { _, port in
            let client = try RawClient(port: port)
            try await client.send(Array("GET /index.html".utf8) + [0] + Array("../../secret.txt HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8))
            let bytes = try await client.readAll()
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(bytes.isEmpty || text.hasPrefix("HTTP/1.1 400"), "\(text.prefix(40))")
            #expect(!text.contains(PreviewFixture.secret))
            #expect(try await RawClient.request(port: port, "/").status == 200)
        }
    }

    @Test(arguments: ["evil.example:8080", "localhost.evil.example", "127.0.0.1:1"])
    func foreignHostIsRefused(host: String) async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { _, port in
            let response = try await RawClient.request(port: port, "/", host: host)
            #expect(response.status == 403)
            #expect(!response.body.contains("Liên minh"))
        }
    }

    @Test func reloadStreamRefusesForeignOrigins() async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { _, port in
            let response = try await RawClient.request(port: port, PreviewDecoration.eventsPath, headers: ["Origin": "http://evil.example"])
            #expect(response.status == 403)
        }
    }

    /// Bytes that are not an HTTP request, or not one this server should act on.
    static let malformed: [[UInt8]] = [
        Array("GARBAGE\r\n\r\n".utf8),
        Array("GET\r\n\r\n".utf8),
        Array("GET / HTTP/1.1 extra\r\nHost: 127.0.0.1\r\n\r\n".utf8),
        Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n".utf8),
        Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n".utf8),
        Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\n\r\n".utf8),
        Array("GET / HTTP/1.1\r\nno colon here\r\n\r\n".utf8),
        [0xFF, 0xFE, 0x00, 0x80, 0x0D, 0x0A, 0x0D, 0x0A],
        Array("GET /\u{FF} HTTP/1.1\r\n\r\n".utf8),
        Array(repeating: UInt8(ascii: "A"), count: 20_000) + Array("\r\n\r\n".utf8),
        Array("GET / HTTP/1.1\r\nX-Big: ".utf8) + Array(repeating: UInt8(ascii: "b"), count: 20_000) + Array("\r\n\r\n".utf8),
    ]

    @Test(arguments: malformed.indices)
    func malformedRequestDoesNotStopTheServer(index: Int) async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { _, port in
            // The server may answer 400 and wait for the next request, or close the connection.
            let client = try RawClient(port: port, timeout: 2)
            try? await client.send(Self.malformed[index])
            let answer = String(decoding: try await client.readAll(), as: UTF8.self)
            #expect(!answer.contains("Liên minh"), "a malformed request was answered with a page")
            #expect(try await RawClient.request(port: port, "/").status == 200)
        }
    }

    @Test(arguments: [5_000, 100_000, 2_000_000])
    func veryLongURLIsRefusedAndTheServerGoesOn(length: Int) async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { _, port in
            // 2 MB is the longest URL a browser sends; the server answers once it has read 8 KB and
            // closes, so the client may see its sending cut short.
            let client = try RawClient(port: port)
            try? await client.send("GET /" + String(repeating: "a", count: length) + " HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
            let status = RawResponse(try await client.readAll())?.status
            #expect(status == 414 || status == nil, "\(String(describing: status))")
            #expect(try await RawClient.request(port: port, "/").status == 200)
        }
    }

    @Test func halfARequestDoesNotHoldUpOthers() async throws {
        let fixture = try PreviewFixture()
        try await fixture.withPreview { _, port in
            let slow = try RawClient(port: port)
            try await slow.send("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n")
            // While the first client says nothing more, others are answered.
            for _ in 0..<3 {
                #expect(try await RawClient.request(port: port, "/gioi-thieu/").status == 200)
            }
            try await slow.send("Connection: close\r\n\r\n")
            #expect(RawResponse(try await slow.readAll())?.status == 200)
        }
    }

    // MARK: - Helpers

    /// Opens the live-reload stream and reads past its response headers.
    static func openEvents(port: UInt16) async throws -> RawClient {
        let client = try RawClient(port: port)
        try await client.send("GET \(PreviewDecoration.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
        let head = try #require(try await client.read(until: "\r\n\r\n"))
        #expect(head.hasPrefix("HTTP/1.1 200"))
        #expect(head.contains("Content-Type: text/event-stream; charset=utf-8"))
        return client
    }

    /// The generation in a page's live-reload script.
    static func generation(in html: String) -> String {
        guard let start = html.range(of: "var g=\"") else { return "" }
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }
}
