import BantinKit

/// One state of the preview: the files of the last site built without errors, the errors of the
/// latest build when it failed, and a generation that changes with either, so that open pages know
/// when to reload.
struct PreviewSite: Sendable {
    /// Where a file's bytes are.
    enum Body: Sendable, Equatable {
        /// Rendered by the build.
        case bytes([UInt8])
        /// A file the build copies (media, theme assets), sent only while `path` still names the file
        /// the build listed (`stamp`): a link swapped in since then is not followed.
        case copy(path: String, stamp: FileStamp)
    }

    /// The answer to a request path.
    enum Lookup: Equatable {
        /// The file at this output path.
        case file(outputPath: String, body: Body)
        /// A folder asked for without its slash: "/x" when "x/index.html" exists.
        case redirect(location: String)
        /// Not a file of the site.
        case notFound
    }

    /// The site's files by output path; empty until a build succeeds.
    let files: [String: Body]
    /// The path every URL of the site starts with, "/" or e.g. "/tin/".
    let basePath: String
    /// Output paths of draft pages, shown with the "BẢN NHÁP" banner.
    let drafts: Set<String>
    /// Output paths of articles dated in the future, shown with the "HẸN GIỜ ĐĂNG" banner.
    let scheduled: Set<String>
    /// The errors (and warnings) of the latest build when it failed; empty when it succeeded.
    let diagnostics: [Diagnostic]
    /// Changes with every new state; the live-reload script compares it with its page's.
    let generation: String

    /// True once a build succeeded.
    var hasSite: Bool { !files.isEmpty }

    /// The state before any build.
    static func empty(generation: String) -> PreviewSite {
        PreviewSite(files: [:], basePath: "/", drafts: [], scheduled: [], diagnostics: [], generation: generation)
    }

    /// The state after `build`, starting from `previous` and replacing only the paths that changed
    /// (the build names every path added, changed or removed since the session's last good build).
    static func built(_ build: RenderedSite, previous: PreviewSite, generation: String) -> PreviewSite {
        var files = previous.files
        let changed: [String]
        if previous.hasSite {
            changed = build.changedPaths
        } else {
            changed = build.files.map(\.path)
            files = [:]
            files.reserveCapacity(changed.count)
        }
        if !changed.isEmpty {
            let wanted = Set(changed)
            for path in wanted { files[path] = nil }
            for file in build.files where wanted.contains(file.path) {
                switch file.contents {
                case .bytes(let bytes):
                    files[file.path] = .bytes(bytes)
                case .copy(let url):
                    guard let stamp = build.copiedFiles[file.path] else { continue }
                    files[file.path] = .copy(path: url.path, stamp: stamp)
                }
            }
        }
        return PreviewSite(
            files: files, basePath: build.basePath, drafts: build.draftPaths, scheduled: build.scheduledPaths,
            diagnostics: [], generation: generation
        )
    }

    /// The same files with the diagnostics of a failed build.
    func failed(_ diagnostics: [Diagnostic], generation: String) -> PreviewSite {
        PreviewSite(files: files, basePath: basePath, drafts: drafts, scheduled: scheduled, diagnostics: diagnostics, generation: generation)
    }

    /// Finds what `request` names among the built files, and nothing else.
    func lookup(_ request: RequestPath) -> Lookup {
        var path = request.path
        let prefix = String(basePath.dropFirst())
        if !prefix.isEmpty {
            // A site published under /tin/ is previewed under /tin/ too, so its links work.
            if path.isEmpty || path + "/" == prefix { return .redirect(location: basePath) }
            guard path.hasPrefix(prefix) else { return .notFound }
            path.removeFirst(prefix.count)
        }
        let key = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
        if let body = files[key] { return .file(outputPath: key, body: body) }
        if !path.isEmpty, !path.hasSuffix("/"), files[path + "/index.html"] != nil {
            // The raw path has no "//", "\" or control characters (RequestPath refused them), so the
            // location stays on this site.
            return .redirect(location: request.rawPath + "/" + (request.query.map { "?" + $0 } ?? ""))
        }
        return .notFound
    }
}
