import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first stage: reads the site's files from disk.
public struct SourceLoader: Sendable {
    /// The site root.
    public let root: URL

    /// Creates a loader for the site at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    static let configPath = "content/site.yml"

    /// Finds the files of the site and stamps them, without reading them.
    func scan() -> SourceListing {
        var diagnostics: [Diagnostic] = []
        var status = stat()
        let configStamp = stat(root.appendingPathComponent(Self.configPath).path, &status) == 0 ? FileStamp(status) : nil
        let articles = entries(under: "content/articles", diagnostics: &diagnostics) { $0.hasSuffix(".md") }
        let pages = entries(under: "content/pages", recursive: false, diagnostics: &diagnostics) { $0.hasSuffix(".md") }
        let bulletins = entries(under: "content/bulletins", recursive: false, diagnostics: &diagnostics) { $0.hasSuffix(".md") }
        let templates = entries(under: "templates", diagnostics: &diagnostics) { $0.hasSuffix(".mustache") && !$0.hasPrefix("templates/assets/") }
        var staticFiles: [SourceListing.StaticEntry] = []
        for (folder, prefix) in [("content/media", "media/"), ("templates/assets", "assets/")] {
            for entry in entries(under: folder, copiedVerbatim: true, diagnostics: &diagnostics, { _ in true }) {
                // Published under the NFC name, the form links are written in, whatever form the disk keeps.
                let name = String(entry.path.dropFirst(folder.count + 1)).precomposedStringWithCanonicalMapping
                staticFiles.append(.init(entry: entry, outputPath: prefix + name))
            }
        }
        return SourceListing(
            siteConfig: configStamp, articles: articles, pages: pages, bulletins: bulletins, templates: templates,
            staticFiles: staticFiles, diagnostics: diagnostics
        )
    }

    /// The `.md` files directly under `folder` (e.g. "content/bulletins"), without reading the rest of the site.
    public func markdownFiles(in folder: String) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let paths = entries(under: folder, recursive: false, diagnostics: &diagnostics) { $0.hasSuffix(".md") }.map(\.path)
        let files = read(paths, diagnostics: &diagnostics)
        return (files, diagnostics)
    }

    /// Reads and decodes `content/site.yml`.
    /// - Throws: `BuildFailure` when it is missing, unreadable or not UTF-8.
    func readConfig() throws(BuildFailure) -> SourceFile {
        var status = stat()
        let configURL = root.appendingPathComponent(Self.configPath)
        guard stat(configURL.path, &status) == 0 || errno != ENOENT else {
            throw BuildFailure(diagnostics: [Diagnostic(.error, path: Self.configPath, message: LoadMessage.configMissing(root: root.path))])
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw BuildFailure(diagnostics: [Diagnostic(.error, path: Self.configPath, message: LoadMessage.configIsFolder)])
        }
        let configBytes: [UInt8]
        do {
            configBytes = try readBytes(Self.configPath) { reason in
                Diagnostic(.error, path: Self.configPath, message: LoadMessage.configUnreadable(reason: reason, root: root.path))
            }
        } catch {
            throw BuildFailure(diagnostics: [error])
        }
        do {
            return try SourceFile(path: Self.configPath, bytes: configBytes)
        } catch {
            throw BuildFailure(diagnostics: [error])
        }
    }

    /// Identifies a folder on disk, to notice a symbolic link that leads back into a folder being read.
    private struct FolderID: Equatable {
        let device: UInt64
        let inode: UInt64
    }

    /// The regular files under `folder` that `include` accepts, sorted by path relative to the root.
    ///
    /// Hidden files (editor backups, `.DS_Store`) are skipped; a symbolic link is followed only when
    /// it stays inside the root, so a link cannot publish files from elsewhere on the machine. For
    /// folders whose files are copied verbatim (`copiedVerbatim`), the folder itself must be inside
    /// the root too: `content/media` as a link to `/home/someone` would otherwise publish that folder.
    /// A link is not followed into a build's output (it would publish the last build again, nested
    /// one level deeper at every build), nor to a folder that holds the folder being read or that the
    /// walk is already inside (it would never end). A folder that cannot be read is an error: its
    /// pages would otherwise vanish from the site without a word. Two names that differ only in
    /// Unicode form (NFC "tiêu", NFD "tiêu") are one name to every web server and dictionary: an error.
    private func entries(
        under folder: String, recursive: Bool = true, copiedVerbatim: Bool = false, diagnostics: inout [Diagnostic],
        _ include: (String) -> Bool
    ) -> [SourceListing.Entry] {
        let rootPrefix = root.resolvingSymlinksInPath().path + "/"
        let base = root.appendingPathComponent(folder)
        var status = stat()
        guard stat(base.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return [] }
        let baseTarget = base.resolvingSymlinksInPath().path
        if copiedVerbatim {
            guard baseTarget.hasPrefix(rootPrefix) else {
                diagnostics.append(Diagnostic(.warning, path: folder, message: LoadMessage.linkOutsideSite(target: baseTarget)))
                return []
            }
        }
        var found: [SourceListing.Entry] = []
        var pending = [(path: folder, ancestors: [Self.folderID(status)])]
        while let (current, ancestors) = pending.popLast() {
            guard let directory = opendir(root.appendingPathComponent(current).path) else {
                diagnostics.append(LoadProblem.unreadableFolder(errno: errno).diagnostic(path: current))
                continue
            }
            defer { closedir(directory) }
            let descriptor = dirfd(directory)
            while let item = readdir(directory) {
                let name = withUnsafePointer(to: &item.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                guard !name.hasPrefix(".") else { continue }
                let relative = current + "/" + name
                guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
                    if errno != ENOENT { diagnostics.append(LoadProblem.unreadableFile(errno: errno).diagnostic(path: relative)) }
                    continue
                }
                if status.st_mode & S_IFMT == S_IFLNK {
                    let target = root.appendingPathComponent(relative).resolvingSymlinksInPath().path
                    if let problem = linkProblem(target: target, rootPrefix: rootPrefix, reading: baseTarget) {
                        diagnostics.append(problem.diagnostic(path: relative))
                        continue
                    }
                    guard target.hasPrefix(rootPrefix) else {
                        diagnostics.append(Diagnostic(.warning, path: relative, message: LoadMessage.linkOutsideSite(target: target)))
                        continue
                    }
                    guard stat(target, &status) == 0 else { continue }
                }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    let id = Self.folderID(status)
                    if recursive, !ancestors.contains(id) { pending.append((relative, ancestors + [id])) }
                case S_IFREG where include(relative):
                    found.append(.init(path: relative, stamp: FileStamp(status)))
                default:
                    break
                }
            }
        }
        return Self.withoutUnicodeTwins(found.sorted { $0.path < $1.path }, diagnostics: &diagnostics)
    }

    /// Why a symbolic link whose target (inside the root) is `target` must not be followed, if it must not:
    /// it leads into a build's output folder, or to a folder holding `reading`, the folder being listed.
    private func linkProblem(target: String, rootPrefix: String, reading: String) -> LoadProblem? {
        if reading == target || reading.hasPrefix(target + "/") { return .linkToEnclosingFolder(target: target) }
        var folder = target
        while folder.hasPrefix(rootPrefix) {
            var status = stat()
            if lstat(folder + "/" + RenderedFile.markerName, &status) == 0 { return .linkIntoOutput(target: target) }
            folder = String(folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)])
        }
        return nil
    }

    /// `sorted` without the second of two paths that are the same in NFC form, with an error naming both.
    ///
    /// Swift compares strings by canonical equivalence, so such twins sort next to each other; left in,
    /// they crash every dictionary keyed by path and would be published to one URL.
    static func withoutUnicodeTwins(_ sorted: [SourceListing.Entry], diagnostics: inout [Diagnostic]) -> [SourceListing.Entry] {
        var kept: [SourceListing.Entry] = []
        kept.reserveCapacity(sorted.count)
        for entry in sorted {
            if let previous = kept.last, previous.path == entry.path {
                let (keep, drop) = !isNFC(previous.path) && isNFC(entry.path) ? (entry, previous) : (previous, entry)
                diagnostics.append(LoadProblem.unicodeTwin(of: keep.path).diagnostic(path: drop.path))
                kept[kept.count - 1] = keep
                continue
            }
            kept.append(entry)
        }
        return kept
    }

    /// Whether `text` is already in Unicode NFC form (what macOS, Windows and most editors write).
    static func isNFC(_ text: String) -> Bool {
        text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    private static func folderID(_ status: stat) -> FolderID {
        FolderID(device: UInt64(truncatingIfNeeded: status.st_dev), inode: UInt64(truncatingIfNeeded: status.st_ino))
    }

    /// Reads and decodes `paths` on all cores; files that cannot be read or decoded become diagnostics.
    func read(_ paths: [String], diagnostics: inout [Diagnostic]) -> [SourceFile] {
        var files: [SourceFile] = []
        for result in readEach(paths) {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return files
    }

    /// Reads and decodes each of `paths` on all cores, in order.
    func readEach(_ paths: [String]) -> [Result<SourceFile, Diagnostic>] {
        paths.parallelMap(readOne)
    }

    /// Reads and decodes the text file at `path`, relative to the root.
    func readOne(_ path: String) -> Result<SourceFile, Diagnostic> {
        Result { () throws(Diagnostic) in
            let bytes = try readBytes(path) { Diagnostic(.error, path: path, message: LoadMessage.fileUnreadable(reason: $0)) }
            return try SourceFile(path: path, bytes: bytes)
        }
    }

    /// The largest text file bantin reads (8 MiB): far above any article, far below what would
    /// exhaust memory once parsed, rendered and quoted.
    public static let maximumTextFileSize = 8 << 20

    /// The bytes of the file at `relativePath`.
    /// - Parameter unreadable: the error to give when the system cannot read the file.
    private func readBytes(_ relativePath: String, unreadable: (SystemReason) -> Diagnostic) throws(Diagnostic) -> [UInt8] {
        let path = root.path + "/" + relativePath
        // The size is checked on the open file: a separate stat first was a tenth of the system
        // calls of reading 10,000 articles.
        do {
            return try POSIX.readAll(path, sizeLimit: Self.maximumTextFileSize)
        } catch {
            var status = stat()
            if error.code == EFBIG, stat(path, &status) == 0 {
                throw Diagnostic(
                    .error, path: relativePath,
                    message: LoadMessage.fileTooLarge(megabytes: Int(status.st_size) >> 20, limit: Self.maximumTextFileSize >> 20)
                )
            }
            throw unreadable(SystemReason(code: error.code))
        }
    }
}
