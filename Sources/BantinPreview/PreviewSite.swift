import BantinKit
import HashTreeCollections

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
    let files: PreviewFiles
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
        PreviewSite(files: PreviewFiles(), basePath: "/", drafts: [], scheduled: [], diagnostics: [], generation: generation)
    }

    /// The state after `build`, starting from `previous` and replacing only the paths that changed
    /// (the build names every path added, changed or removed since the session's last good build).
    static func built(_ build: RenderedSite, previous: PreviewSite, generation: String) -> PreviewSite {
        func body(_ file: RenderedFile) -> Body? {
            switch file.contents {
            case .bytes(let bytes): .bytes(bytes)
            case .copy(let url): build.copiedFiles[file.path].map { .copy(path: url.path, stamp: $0) }
            }
        }
        let files: PreviewFiles
        if previous.hasSite {
            // Most updates change a few paths of thousands: those alone are replaced, each once, with
            // no table of them made first (3,000 paths hashed after a date edit). The files are taken
            // by index, not found by path among 15,000 (a loop over the files also copies each).
            var changes: [(path: String, body: Body?)] = []
            changes.reserveCapacity(build.changedFiles.count + build.removedPaths.count)
            let built = build.files
            for index in build.changedFiles { changes.append((built[index].path, body(built[index]))) }
            for path in build.removedPaths { changes.append((path, nil)) }
            files = previous.files.replacing(changes)
        } else {
            var all: [String: Body] = [:]
            all.reserveCapacity(build.files.count)
            for file in build.files { all[file.path] = body(file) }
            files = PreviewFiles(all)
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

/// The files of a preview state by output path, in a persistent hash tree: a new state shares with
/// the state before it every file it did not change. A date edit at 10,000 articles replaces 3,000 of
/// 15,000 paths; copying the table for it (a `Dictionary` shared with the state still being served)
/// took a tenth of the update, the tree copies only the branches the 3,000 paths are on.
struct PreviewFiles: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var files: TreeDictionary<String, PreviewSite.Body>

    init(_ files: [String: PreviewSite.Body] = [:]) {
        self.files = TreeDictionary(uniqueKeysWithValues: files.lazy.map { ($0.key, $0.value) })
    }

    init(dictionaryLiteral elements: (String, PreviewSite.Body)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    subscript(path: String) -> PreviewSite.Body? { files[path] }

    /// How many files there are.
    var count: Int { files.count }

    /// True when there is no file.
    var isEmpty: Bool { files.isEmpty }

    /// These files with `replaced` put in (a nil body removes the path), each path once.
    func replacing(_ replaced: [(path: String, body: PreviewSite.Body?)]) -> PreviewFiles {
        var next = self
        for (path, body) in replaced { next.files[path] = body }
        return next
    }

    /// Every file, in one table.
    var all: [String: PreviewSite.Body] {
        Dictionary(uniqueKeysWithValues: files.lazy.map { ($0.key, $0.value) })
    }
}
