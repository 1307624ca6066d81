import BantinKit
@testable import BantinPreview
import Foundation
import Testing

/// The preview's HTTP rules, on a small site in memory.
@Suite struct PreviewResponderTests {
    static let page = "<!doctype html><html><head><title>T</title></head><BODY class=\"x\"><p>Trang</p></BODY></html>"
    static let site = PreviewSite(
        files: [
            "index.html": .bytes(Array(page.utf8)),
            "gioi-thieu/index.html": .bytes(Array(page.utf8)),
            "2030/01/hen-gio/index.html": .bytes(Array(page.utf8)),
            "nhap/index.html": .bytes(Array(page.utf8)),
            "404.html": .bytes(Array("<html><body>Không tìm thấy</body></html>".utf8)),
            "assets/style.css": .bytes(Array("body{}".utf8)),
            "rss.xml": .bytes(Array("<rss/>".utf8)),
            "media/a.svg": .bytes(Array("<svg/>".utf8)),
            "robots.txt": .bytes(Array("User-agent: *\n".utf8)),
        ],
        basePath: "/", drafts: ["nhap/index.html"], scheduled: ["2030/01/hen-gio/index.html"], diagnostics: [], generation: "g-1"
    )
    static let responder = PreviewResponder(hosts: HostPolicy(boundHost: "127.0.0.1", port: 8080), language: .vietnamese)
    static let englishResponder = PreviewResponder(hosts: HostPolicy(boundHost: "127.0.0.1", port: 8080), language: .english)

    static func get(
        _ target: String, method: String = "GET", headers: [String: String] = [:], site: PreviewSite = site, responder: PreviewResponder = responder
    ) -> PreviewResponse {
        var all = ["host": "127.0.0.1:8080"]
        all.merge(headers) { _, new in new }
        return responder.respond(to: PreviewRequest(method: method, target: target, headers: all), site: site)
    }

    /// A diagnostic whose text would break the page if it were not escaped.
    static let hostile = Diagnostic(
        .error, path: "content/articles/x.md", line: 3, column: 8,
        text: LocalizedText(vietnamese: "sai <script>alert(1)</script> & \"dấu\"", english: "bad <script>alert(1)</script> & \"quotes\""),
        sourceLine: "title: <b>"
    )

    static func text(_ response: PreviewResponse) -> String {
        String(decoding: bytes(response), as: UTF8.self)
    }

    /// The body, read from disk when the response streams a file.
    static func bytes(_ response: PreviewResponse) -> [UInt8] {
        guard let file = response.file else { return response.body }
        var all: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1000)
        while true {
            let count = file.read(into: &chunk, at: Int64(all.count))
            guard count > 0 else { return all }
            all += chunk[..<count]
        }
    }

    @Test(arguments: [
        ("/", "text/html; charset=utf-8"), ("/assets/style.css", "text/css; charset=utf-8"),
        ("/rss.xml", "application/xml; charset=utf-8"), ("/media/a.svg", "image/svg+xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
    ])
    func servesWithContentType(target: String, type: String) {
        let response = Self.get(target)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == type)
        #expect(response.header("Cache-Control") == "no-cache")
        #expect(response.header("X-Content-Type-Options") == "nosniff")
    }

    @Test func folderServesItsIndexAndRedirectsWithoutTheSlash() {
        #expect(Self.get("/gioi-thieu/").status == 200)
        let redirect = Self.get("/gioi-thieu?x=1")
        #expect(redirect.status == 301)
        #expect(redirect.header("Location") == "/gioi-thieu/?x=1")
    }

    @Test func unknownPathGetsThe404PageWithStatus404() {
        let response = Self.get("/khong-co/")
        #expect(response.status == 404)
        #expect(Self.text(response).contains("Không tìm thấy"))
        #expect(Self.text(response).contains("EventSource"))
    }

    @Test func headHasTheHeadersAndLengthButNoBody() {
        let get = Self.get("/")
        let head = Self.get("/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body == [])
        #expect(head.header("Content-Length") == String(get.body.count))
        #expect(head.header("ETag") == get.header("ETag"))
    }

    @Test func matchingETagGives304() throws {
        let first = Self.get("/assets/style.css")
        let tag = try #require(first.header("ETag"))
        #expect(Self.get("/assets/style.css", headers: ["if-none-match": tag]).status == 304)
        #expect(Self.get("/assets/style.css", headers: ["if-none-match": "W/" + tag]).status == 304)
        #expect(Self.get("/assets/style.css", headers: ["if-none-match": "\"other\", " + tag]).status == 304)
        #expect(Self.get("/assets/style.css", headers: ["if-none-match": "\"other\""]).status == 200)
    }

    @Test func scriptGoesBeforeTheClosingBodyTagOnlyInHTML() {
        let html = Self.text(Self.get("/"))
        #expect(html.hasSuffix("</script>\n</BODY></html>"))
        #expect(html.contains("var g=\"g-1\""))
        #expect(!Self.text(Self.get("/assets/style.css")).contains("script"))
    }

    @Test func draftAndScheduledPagesCarryTheirBanner() {
        let draft = Self.text(Self.get("/nhap/"))
        #expect(draft.contains("<BODY class=\"x\"><div class=\"bantin-preview-banner\""))
        #expect(draft.contains(
            "<strong style=\"letter-spacing:.08em\">BẢN NHÁP</strong> — Bài này là bản nháp (draft: true): chỉ xem được khi chạy với --drafts, trang thật chưa có bài này.</div>"
        ))
        #expect(Self.text(Self.get("/2030/01/hen-gio/")).contains(
            "<strong style=\"letter-spacing:.08em\">HẸN GIỜ ĐĂNG</strong> — Bài này có ngày đăng trong tương lai: trang thật chỉ hiện bài từ ngày đó (xem được nhờ --future).</div>"
        ))
        #expect(!Self.text(Self.get("/gioi-thieu/")).contains("bantin-preview-banner"))
    }

    @Test func failedBuildShowsEscapedDiagnosticsOnEveryPage() {
        let failed = Self.site.failed([Self.hostile], generation: "g-2")
        for target in ["/", "/gioi-thieu/", "/khong-co"] {
            let html = Self.text(Self.get(target, site: failed))
            #expect(html.contains(
                "<strong>Bản mới có 1 lỗi — đang hiển thị bản dựng tốt gần nhất.</strong> Sửa các tệp dưới đây; trang tự tải lại khi sửa xong.\n"
            ))
            #expect(html.contains("content/articles/x.md:3:8: lỗi: sai &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;dấu&quot;"))
            #expect(html.contains("title: &lt;b&gt;"))
            #expect(!html.contains("<script>alert(1)"))
            #expect(html.contains("var g=\"g-2\""))
        }
        #expect(!Self.text(Self.get("/")).contains("bantin-preview-errors"))
    }

    @Test func beforeAnyGoodBuildEveryPageIsTheErrorPage() {
        let diagnostic = Diagnostic(
            .error, path: "content/site.yml", line: 1, column: 1, text: LocalizedText(vietnamese: "thiếu `title`", english: "missing `title`")
        )
        let response = Self.get("/gioi-thieu/", site: PreviewSite.empty(generation: "g-0").failed([diagnostic], generation: "g-1"))
        #expect(response.status == 500)
        #expect(Self.text(response).contains("content/site.yml:1:1: lỗi: thiếu `title`"))
    }

    @Test func whileTheFirstBuildRunsThePageSaysSo() {
        let response = Self.get("/gioi-thieu/", site: PreviewSite.empty(generation: "g-0"))
        #expect(response.status == 503)
        #expect(Self.text(response).hasPrefix("<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>bantin serve</title></head><body><p>Đang dựng trang… Trang sẽ tự tải lại khi xong.</p>"))
        let english = Self.get("/gioi-thieu/", site: PreviewSite.empty(generation: "g-0"), responder: Self.englishResponder)
        #expect(Self.text(english).contains("<html lang=\"en\">"))
        #expect(Self.text(english).contains("<p>Building the site… This page reloads itself when it is done.</p>"))
    }

    @Test func inEnglishTheOverlayBannersAndRefusalsAreEnglish() {
        let failed = Self.site.failed([Self.hostile], generation: "g-2")
        let html = Self.text(Self.get("/nhap/", site: failed, responder: Self.englishResponder))
        #expect(html.contains("<strong>The new version has 1 error — showing the last good build.</strong> Fix the files below; the page reloads itself when they are fixed.\n"))
        #expect(html.contains("content/articles/x.md:3:8: error: bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains(
            "<strong style=\"letter-spacing:.08em\">DRAFT</strong> — This article is a draft (draft: true): it shows only when run with --drafts; the real site does not have it yet.</div>"
        ))
        #expect(Self.text(Self.get("/", headers: ["host": "evil.example"], responder: Self.englishResponder))
            == "Forbidden: this preview answers only to localhost and 127.0.0.1 (Host: evil.example).\n")
        #expect(Self.text(Self.get("/__bantin/x", responder: Self.englishResponder)) == "Not Found\n")
    }

    /// The plain-text answers to requests the preview refuses, whole, in Vietnamese.
    @Test(arguments: [
        ("/", "GET", ["host": "evil.example"], 403, "Bị từ chối: bản xem trước chỉ trả lời địa chỉ localhost và 127.0.0.1 (Host: evil.example).\n"),
        ("/", "POST", [:], 405, "Không được phép: bản xem trước chỉ nhận yêu cầu GET và HEAD.\n"),
        ("/a/../b", "GET", [:], 400, "Yêu cầu không hợp lệ: địa chỉ có đoạn \".\" hoặc \"..\".\n"),
        ("/a%zz", "GET", [:], 400, "Yêu cầu không hợp lệ: trong địa chỉ có dấu \"%\" không theo sau bởi hai chữ số thập lục phân.\n"),
        ("/__bantin/events", "GET", ["origin": "http://evil.example"], 403, "Bị từ chối: luồng tự tải lại chỉ dành cho các trang của bản xem trước này.\n"),
        ("/__bantin/x", "GET", [:], 404, "Không có trang này.\n"),
        ("/gioi-thieu", "GET", [:], 301, "Trang đã chuyển sang: /gioi-thieu/\n"),
    ] as [(String, String, [String: String], Int, String)])
    func refusalsSayWhyInVietnamese(target: String, method: String, headers: [String: String], status: Int, text: String) {
        let response = Self.get(target, method: method, headers: headers)
        #expect(response.status == status)
        #expect(Self.text(response) == text)
    }

    @Test(arguments: ["evil.example:8080", "127.0.0.1:9999", "localhost.evil.example"])
    func foreignHostIsRefused(host: String) {
        #expect(Self.get("/", headers: ["host": host]).status == 403)
    }

    @Test(arguments: ["HTTP/1.1 extra", "HTTP/2.0", "FOO"])
    func requestLineWithAnotherVersionIsABadRequest(version: String) {
        let request = PreviewRequest(method: "GET", version: version, target: "/", headers: ["host": "127.0.0.1:8080"])
        #expect(Self.responder.respond(to: request, site: Self.site).status == 400)
    }

    @Test func missingHostIsABadRequest() {
        let response = Self.responder.respond(to: PreviewRequest(method: "GET", target: "/", headers: [:]), site: Self.site)
        #expect(response.status == 400)
        #expect(Self.text(response) == "Yêu cầu không hợp lệ: thiếu dòng Host.\n")
    }

    @Test func reloadStreamChecksOrigin() {
        #expect(Self.get("/__bantin/events").isEventStream)
        #expect(Self.get("/__bantin/events", headers: ["origin": "http://127.0.0.1:8080"]).isEventStream)
        let foreign = Self.get("/__bantin/events", headers: ["origin": "http://evil.example"])
        #expect(foreign.status == 403)
        #expect(!foreign.isEventStream)
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "OPTIONS"])
    func onlyGetAndHeadAreServed(method: String) {
        let response = Self.get("/", method: method)
        #expect(response.status == 405)
        #expect(response.header("Allow") == "GET, HEAD")
    }

    @Test func sitePublishedUnderAPathIsPreviewedUnderIt() {
        let site = PreviewSite(files: Self.site.files, basePath: "/tin/", drafts: [], scheduled: [], diagnostics: [], generation: "g")
        #expect(Self.get("/tin/gioi-thieu/", site: site).status == 200)
        #expect(Self.get("/", site: site).header("Location") == "/tin/")
        #expect(Self.get("/tin", site: site).header("Location") == "/tin/")
        #expect(Self.get("/gioi-thieu/", site: site).status == 404)
    }

    @Test func copiedFileIsServedOnlyWhileItIsTheFileTheBuildListed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.svg")
        try "<svg/>".write(to: file, atomically: false, encoding: .utf8)
        let handle = try FileHandle(forReadingFrom: file)
        let stamp = try #require(FileStamp(descriptor: handle.fileDescriptor))
        try handle.close()
        let site = PreviewSite(files: ["media/a.svg": .copy(path: file.path, stamp: stamp)], basePath: "/", drafts: [], scheduled: [], diagnostics: [], generation: "g")
        #expect(Self.text(Self.get("/media/a.svg", site: site)) == "<svg/>")

        // Replaced by a link to another file: not the file the build listed.
        let secret = folder.appendingPathComponent("secret.txt")
        try "secret".write(to: secret, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: secret)
        let response = Self.get("/media/a.svg", site: site)
        #expect(response.status == 404)
        #expect(!Self.text(response).contains("secret"))
    }

    /// A video of 3000 bytes, each its offset modulo 251, so that any slice shows where it came from.
    static let video = (0..<3000).map { UInt8($0 % 251) }

    @Test(arguments: [
        ([:], 200, nil, 0..<3000),
        (["range": "bytes=0-99"], 206, "bytes 0-99/3000", 0..<100),
        (["range": "bytes=-100"], 206, "bytes 2900-2999/3000", 2900..<3000),
        (["range": "bytes=1000-"], 206, "bytes 1000-2999/3000", 1000..<3000),
        (["range": "bytes=2990-9999"], 206, "bytes 2990-2999/3000", 2990..<3000),
        (["range": "bytes=3000-"], 416, "bytes */3000", 0..<0),
        (["range": "bytes=0-1,5-9"], 200, nil, 0..<3000),
        (["range": "bytes=0-99", "if-range": "\"another-file\""], 200, nil, 0..<3000),
    ] as [([String: String], Int, String?, Range<Int>)])
    func copiedFileAnswersRanges(headers: [String: String], status: Int, contentRange: String?, bytes: Range<Int>) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-range-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("clip.mp4")
        try Data(Self.video).write(to: file)
        let handle = try FileHandle(forReadingFrom: file)
        let stamp = try #require(FileStamp(descriptor: handle.fileDescriptor))
        try handle.close()
        let site = PreviewSite(files: ["media/clip.mp4": .copy(path: file.path, stamp: stamp)], basePath: "/", drafts: [], scheduled: [], diagnostics: [], generation: "g")

        let response = Self.get("/media/clip.mp4", headers: headers, site: site)
        #expect(response.status == status)
        #expect(response.header("Content-Range") == contentRange)
        if status == 416 {
            #expect(response.file == nil)
        } else {
            #expect(response.header("Accept-Ranges") == "bytes")
            #expect(response.header("Content-Type") == "video/mp4")
            #expect(Self.bytes(response) == Array(Self.video[bytes]))
        }

        // The validator names this file as it is: asking again with it gives 304, and the range
        // applies when "If-Range" carries it.
        let tag = try #require(Self.get("/media/clip.mp4", site: site).header("ETag"))
        #expect(Self.get("/media/clip.mp4", headers: ["if-none-match": tag], site: site).status == 304)
        #expect(Self.get("/media/clip.mp4", headers: ["range": "bytes=0-9", "if-range": tag], site: site).status == 206)
        let head = Self.get("/media/clip.mp4", method: "HEAD", site: site)
        #expect(head.header("Content-Length") == "3000")
        #expect(head.file == nil && head.body.isEmpty)
    }
}
