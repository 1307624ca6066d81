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
    static let responder = PreviewResponder(hosts: HostPolicy(boundHost: "127.0.0.1", port: 8080))

    static func get(_ target: String, method: String = "GET", headers: [String: String] = [:], site: PreviewSite = site) -> PreviewResponse {
        var all = ["host": "127.0.0.1:8080"]
        all.merge(headers) { _, new in new }
        return responder.respond(to: PreviewRequest(method: method, target: target, headers: all), site: site)
    }

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
        #expect(draft.contains("BẢN NHÁP"))
        #expect(Self.text(Self.get("/2030/01/hen-gio/")).contains("HẸN GIỜ ĐĂNG"))
        #expect(!Self.text(Self.get("/gioi-thieu/")).contains("bantin-preview-banner"))
    }

    @Test func failedBuildShowsEscapedDiagnosticsOnEveryPage() {
        let diagnostic = Diagnostic(.error, path: "content/articles/x.md", line: 3, column: 8, message: "bad <script>alert(1)</script> & \"quotes\"", sourceLine: "title: <b>")
        let failed = Self.site.failed([diagnostic], generation: "g-2")
        for target in ["/", "/gioi-thieu/", "/khong-co"] {
            let html = Self.text(Self.get(target, site: failed))
            #expect(html.contains("content/articles/x.md:3:8: lỗi: bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
            #expect(html.contains("title: &lt;b&gt;"))
            #expect(!html.contains("<script>alert(1)"))
            #expect(html.contains("var g=\"g-2\""))
        }
        #expect(!Self.text(Self.get("/")).contains("bantin-preview-errors"))
    }

    @Test func beforeAnyGoodBuildEveryPageIsTheErrorPage() {
        let diagnostic = Diagnostic(.error, path: "content/site.yml", line: 1, column: 1, message: "missing `title`")
        let response = Self.get("/gioi-thieu/", site: PreviewSite.empty(generation: "g-0").failed([diagnostic], generation: "g-1"))
        #expect(response.status == 500)
        #expect(Self.text(response).contains("content/site.yml:1:1: lỗi: missing `title`"))
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
