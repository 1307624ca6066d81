import BantinKit
@testable import BantinPreview
import Foundation
import Testing

/// A copy of the sample site in a temporary folder, next to a secret file that must never be
/// served, and a preview of it on a free loopback port.
final class PreviewFixture: Sendable {
    /// Text of the file outside the site; no response may contain it.
    static let secret = "BANTIN-SECRET-7f3a"
    static let seed = "content/articles/2021/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa.md"
    static let seedURL = "/2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/"

    /// Holds `site/` and `secret.txt`.
    let base: URL
    /// The site root.
    var root: URL { base.appendingPathComponent("site") }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base.appendingPathComponent("site"), withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        try Self.secret.write(to: base.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: base)
    }

    /// Replaces the first `old` in the file at `path` with `new`.
    func replace(in path: String, _ old: String, with new: String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw RawClient.ClientError(message: "\(old) not in \(path)") }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: false, encoding: .utf8)
    }

    /// Starts a preview of the site on a free port, runs `body`, and stops the preview.
    func withPreview(
        options: BuildOptions = .init(), watching: PreviewServer.Watching = .automatic, limits: ServerLimits = .standard,
        _ body: (PreviewServer, UInt16) async throws -> Void
    ) async throws {
        var configuration = PreviewServer.Configuration(root: root, options: options, port: 0, watching: watching, now: { Self.now })
        configuration.limits = limits
        let server = PreviewServer(configuration)
        _ = try await server.start()
        let port = server.port
        do {
            try await body(server, port)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The clock of every preview test: the sample site's future article stays in the future.
    static let now = ISO8601DateFormatter().date(from: "2026-11-29T10:00:00+07:00")!
}
