import BantinKit
import Foundation

/// Turns a request into a response from the current `PreviewSite`: the HTTP rules of the preview,
/// kept apart from the socket server so that tests can call them directly.
struct PreviewResponder: Sendable {
    /// Which hosts and origins are answered.
    let hosts: HostPolicy
    /// The language of the preview's own words: banners, the error overlay, refusals.
    var language: Language = .current

    /// The response to `request` from `site`.
    func respond(to request: PreviewRequest, site: PreviewSite) -> PreviewResponse {
        guard request.version == "HTTP/1.1" || request.version == "HTTP/1.0" else {
            return text(400, .notHTTP11)
        }
        guard let host = request.headers["host"] else { return text(400, .missingHost) }
        guard hosts.allowsHost(host) else {
            return text(403, .forbiddenHost(host: host))
        }
        let isHead = request.method == "HEAD"
        guard request.method == "GET" || isHead else {
            var response = text(405, .methodNotAllowed)
            response.headers.append(("Allow", "GET, HEAD"))
            return response
        }
        let path: RequestPath
        do {
            path = try RequestPath(target: request.target)
        } catch .tooLong {
            return text(414, .pathTooLong)
        } catch {
            return text(400, error.message)
        }

        if "/" + path.path == PreviewDecoration.eventsPath {
            if let origin = request.headers["origin"], !hosts.allowsOrigin(origin) {
                return text(403, .forbiddenStream)
            }
            return PreviewResponse(
                status: 200,
                headers: [("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-cache"), ("X-Content-Type-Options", "nosniff")],
                body: [], isEventStream: !isHead
            )
        }
        if path.path.hasPrefix("__bantin/") { return Self.finish(text(404, .notFound), isHead: isHead) }
        guard site.hasSite else {
            // Still building (503), or no build has succeeded yet (500): a page that reloads itself.
            let status = site.diagnostics.isEmpty ? 503 : 500
            return Self.finish(Self.page(status, PreviewDecoration.waitingPage(site: site, language: language), request: request), isHead: isHead)
        }

        switch site.lookup(path) {
        case .file(let outputPath, let body):
            let type = ContentType.of(path: outputPath)
            if case .copy(let sourcePath, let stamp) = body, !ContentType.isHTML(path: outputPath) {
                guard let file = Self.openCopied(sourcePath, stamp: stamp) else { return Self.finish(notFound(site, request: request), isHead: isHead) }
                return Self.finish(stream(file, type: type, request: request), isHead: isHead)
            }
            guard var bytes = Self.bytes(of: body) else { return Self.finish(notFound(site, request: request), isHead: isHead) }
            if ContentType.isHTML(path: outputPath) { bytes = PreviewDecoration.decorate(bytes, outputPath: outputPath, site: site, language: language) }
            return Self.finish(Self.file(200, bytes, type: type, request: request), isHead: isHead)
        case .redirect(let location):
            var response = text(301, .moved(location: location))
            response.headers.append(("Location", location))
            return Self.finish(response, isHead: isHead)
        case .notFound:
            return Self.finish(notFound(site, request: request), isHead: isHead)
        }
    }

    /// The site's 404.html with status 404, or a line of text when the site has none.
    private func notFound(_ site: PreviewSite, request: PreviewRequest) -> PreviewResponse {
        guard let body = site.files["404.html"], let bytes = Self.bytes(of: body) else { return text(404, .notFound) }
        return Self.page(404, PreviewDecoration.decorate(bytes, outputPath: "404.html", site: site, language: language), request: request)
    }

    /// The bytes of a file; a copied file only while its path still names the file the build listed.
    static func bytes(of body: PreviewSite.Body) -> [UInt8]? {
        switch body {
        case .bytes(let bytes):
            return bytes
        case .copy(let path, let stamp):
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            guard let opened = FileStamp(descriptor: handle.fileDescriptor), opened.isSameFile(as: stamp),
                  let data = try? handle.readToEnd() else { return nil }
            return [UInt8](data)
        }
    }

    /// A copied file opened for reading, with its stamp as opened; nil unless its path still names
    /// the file the build listed.
    private static func openCopied(_ path: String, stamp: FileStamp) -> (descriptor: Int32, stamp: FileStamp)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard let opened = FileStamp(descriptor: descriptor), opened.isSameFile(as: stamp) else {
            close(descriptor)
            return nil
        }
        return (descriptor, opened)
    }

    /// A copied file (media, theme assets), sent from disk: whole, or the one range asked for.
    ///
    /// Its validator comes from the file's identity, size and modification time rather than from
    /// its bytes, which are never all in memory.
    private func stream(_ file: (descriptor: Int32, stamp: FileStamp), type: String, request: PreviewRequest) -> PreviewResponse {
        let size = file.stamp.size
        let tag = "\"" + [file.stamp.inode, UInt64(bitPattern: size), UInt64(bitPattern: file.stamp.modified)].map { String($0, radix: 16) }.joined(separator: "-") + "\""
        var headers: [(name: String, value: String)] = [
            ("Content-Type", type), ("Cache-Control", "no-cache"), ("ETag", tag), ("Accept-Ranges", "bytes"), ("X-Content-Type-Options", "nosniff"),
        ]
        if let condition = request.headers["if-none-match"], Self.matches(condition, tag) {
            close(file.descriptor)
            return PreviewResponse(status: 304, headers: headers + [("Content-Length", String(size))], body: [])
        }
        // "If-Range" asks for the range only if the file is still the one the client has part of.
        let rangeApplies = request.headers["if-range"].map { $0 == tag } ?? true
        switch rangeApplies ? ByteRange(header: request.headers["range"], size: size) : .whole {
        case .whole:
            return PreviewResponse(status: 200, headers: headers, body: [], file: FileSlice(descriptor: file.descriptor, offset: 0, length: size))
        case .part(let offset, let length):
            headers.append(("Content-Range", "bytes \(offset)-\(offset + length - 1)/\(size)"))
            return PreviewResponse(status: 206, headers: headers, body: [], file: FileSlice(descriptor: file.descriptor, offset: offset, length: length))
        case .unsatisfiable:
            close(file.descriptor)
            var response = text(416, .rangeOutsideFile(size: size))
            response.headers.append(("Content-Range", "bytes */\(size)"))
            return response
        }
    }

    private static func page(_ status: Int, _ bytes: [UInt8], request: PreviewRequest) -> PreviewResponse {
        file(status, bytes, type: "text/html; charset=utf-8", request: request)
    }

    /// A file with its validator: 304 when the client already holds these exact bytes.
    private static func file(_ status: Int, _ bytes: [UInt8], type: String, request: PreviewRequest) -> PreviewResponse {
        let tag = etag(of: bytes)
        // The preview's pages change while the reader looks at them: a browser must ask every time,
        // and the ETag makes asking cheap.
        let headers: [(name: String, value: String)] = [
            ("Content-Type", type), ("Cache-Control", "no-cache"), ("ETag", tag), ("X-Content-Type-Options", "nosniff"),
        ]
        if status == 200, let condition = request.headers["if-none-match"], matches(condition, tag) {
            return PreviewResponse(status: 304, headers: headers + [("Content-Length", String(bytes.count))], body: [])
        }
        return PreviewResponse(status: status, headers: headers, body: bytes)
    }

    /// A line of plain text that says why, in the preview's language.
    private func text(_ status: Int, _ message: PreviewMessage) -> PreviewResponse {
        PreviewResponse(
            status: status,
            headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-cache"), ("X-Content-Type-Options", "nosniff")],
            body: Array((message.text(in: language) + "\n").utf8)
        )
    }

    /// A HEAD response has the GET response's headers, its length, and no body.
    private static func finish(_ response: PreviewResponse, isHead: Bool) -> PreviewResponse {
        guard isHead else { return response }
        var head = response
        if head.header("Content-Length") == nil { head.headers.append(("Content-Length", String(response.contentLength))) }
        head.body = []
        head.file = nil
        return head
    }

    /// A strong validator: FNV-1a over the bytes served (after decoration, so a page whose overlay
    /// came or went has a new one).
    static func etag(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    /// Whether an `If-None-Match` value lists `tag` (or is "*"); weak tags compare by their value.
    private static func matches(_ condition: String, _ tag: String) -> Bool {
        condition.split(separator: ",").contains { candidate in
            var value = candidate.trimmingCharacters(in: .whitespaces)
            if value == "*" { return true }
            if value.hasPrefix("W/") { value.removeFirst(2) }
            return value == tag
        }
    }
}
