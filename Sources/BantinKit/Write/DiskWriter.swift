import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Updates a folder on disk, writing only what changed.
public struct DiskWriter: OutputWriter, Sendable {
    /// The output folder as an absolute, standardized path with symlinks resolved.
    public let output: URL
    private let outputPath: String

    /// Checks that `output` is safe to own; nothing is written until `write(_:)`.
    /// - Parameters:
    ///   - output: the output folder.
    ///   - root: the project root (holds content/ and templates/).
    /// - Throws: `WriterError` when the output folder is not safe to own (checked here, before anything is written).
    public init(output: URL, root: URL) throws {
        let outputPath = Self.resolve(output)
        try Self.checkSafe(outputPath, root: Self.resolve(root))
        self.outputPath = outputPath
        self.output = URL(fileURLWithPath: outputPath, isDirectory: true)
    }

    /// Makes the output folder hold exactly `files` plus the marker, touching only files whose bytes differ.
    /// - Throws: `WriterError`; bad paths and unreadable sources are caught before anything is written.
    public func write(_ files: [RenderedFile]) throws -> WriteSummary {
        try RenderedFile.validate(files)
        try checkSources(files)
        try createOutputFolder()
        var summary = WriteSummary()
        summary.removed += try sync(.bytes(Self.markerText), to: outputPath + "/" + RenderedFile.markerName, temporaryName: "marker").removed

        let folders = Set(files.flatMap { RenderedFile.parentFolders(of: $0.path) })
        summary.removed += try createFolders(folders)
        let outcomes = try Parallel.map(files.count) { (index) throws(WriterError) in
            try sync(files[index].contents, to: outputPath + "/" + files[index].path, temporaryName: String(index))
        }
        for outcome in outcomes {
            if outcome.written {
                summary.written += 1
            } else {
                summary.unchanged += 1
            }
            summary.removed += outcome.removed
        }
        summary.removed += try prune(keepingFiles: Set(files.map(\.path)), folders: folders)
        return summary
    }

    /// Whether `path` lies strictly inside `folder` once "." and ".." are accounted for; both must be absolute.
    static func isInside(_ path: String, folder: String) -> Bool {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        guard path.hasPrefix(prefix), folder.hasPrefix("/") else { return false }
        let rest = path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        return !rest.isEmpty && !rest.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    // MARK: - Safety checks

    private static let markerText = Array("""
        This folder is managed by bantin, the static site generator.
        Every build removes the files in it that the build did not produce.

        """.utf8)

    /// Absolute and standardized, with symlinks resolved in the longest existing prefix so a missing folder still resolves.
    private static func resolve(_ url: URL) -> String {
        let components = url.absoluteURL.standardizedFileURL.path.split(separator: "/").map(String.init)
        for existing in stride(from: components.count, through: 0, by: -1) {
            let prefix = "/" + components[..<existing].joined(separator: "/")
            guard let real = realpath(prefix, nil) else { continue }
            defer { free(real) }
            let base = String(cString: real)
            let missing = components[existing...]
            if missing.isEmpty {
                return base
            }
            return (base == "/" ? "" : base) + "/" + missing.joined(separator: "/")
        }
        return "/" + components.joined(separator: "/")
    }

    private static func checkSafe(_ output: String, root: String) throws(WriterError) {
        if let refusal = WritableLocation.refusal(forResolved: output, root: root) { throw WriterError(refusal.writerReason, path: output) }
        switch POSIX.linkStatus(output) {
        case .failure(let error) where error.code == ENOENT:
            return
        case .failure(let error) where error.code == ENOTDIR:
            throw WriterError(.outputNotAFolder, path: output)
        case .failure(let error):
            throw WriterError(.readFailed(errno: error.code), path: output)
        case .success(let status) where !POSIX.isFolder(status):
            throw WriterError(.outputNotAFolder, path: output)
        case .success:
            break
        }
        if case .success(let marker) = POSIX.linkStatus(output + "/" + RenderedFile.markerName), POSIX.isRegularFile(marker) {
            return
        }
        let entries: [(name: String, kind: POSIX.Kind)]
        do throws(Errno) {
            entries = try POSIX.entries(of: output)
        } catch {
            throw WriterError(.readFailed(errno: error.code), path: output)
        }
        if !entries.isEmpty {
            throw WriterError(.outputNotOwned, path: output)
        }
    }

    private func checkSources(_ files: [RenderedFile]) throws(WriterError) {
        for file in files {
            guard case .copy(let source) = file.contents else { continue }
            var status = stat()
            guard stat(source.path, &status) == 0 else {
                throw WriterError(.sourceUnreadable(errno: errno), path: source.path)
            }
            guard POSIX.isRegularFile(status) else {
                throw WriterError(.sourceUnreadable(errno: EINVAL), path: source.path)
            }
        }
    }

    /// Throws unless `path` is inside the output folder; called before every change to the disk.
    private func guardInside(_ path: String) throws(WriterError) {
        guard Self.isInside(path, folder: outputPath) else {
            throw WriterError(.outsideOutput, path: path)
        }
    }

    // MARK: - Folders

    private func createOutputFolder() throws(WriterError) {
        // The only changes outside the output folder: creating its missing ancestors, which the caller asked for by naming it.
        var path = ""
        for component in outputPath.split(separator: "/") {
            path += "/" + component
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                throw WriterError(.writeFailed(errno: errno), path: path)
            }
        }
        guard case .success(let status) = POSIX.linkStatus(outputPath), POSIX.isFolder(status) else {
            throw WriterError(.outputNotAFolder, path: outputPath)
        }
    }

    /// Makes every folder in `folders` a real folder, replacing files and symlinks in the way; returns how many of those were removed.
    private func createFolders(_ folders: Set<String>) throws(WriterError) -> Int {
        // Folders of one depth are independent once their parents exist, so each depth runs in parallel.
        let byDepth = Dictionary(grouping: folders) { $0.utf8.count { $0 == UInt8(ascii: "/") } }
        var removed = 0
        for depth in byDepth.keys.sorted() {
            let level = byDepth[depth]!
            removed += try Parallel.map(level.count) { (index) throws(WriterError) in
                try createFolder(outputPath + "/" + level[index])
            }.reduce(0, +)
        }
        return removed
    }

    /// Makes `path` a real folder whose parent already is one; returns 1 if a file or symlink had to be removed first.
    private func createFolder(_ path: String) throws(WriterError) -> Int {
        var removed = 0
        switch POSIX.linkStatus(path) {
        case .success(let status) where POSIX.isFolder(status):
            return 0
        case .success:
            try guardInside(path)
            guard unlink(path) == 0 else { throw WriterError(.removeFailed(errno: errno), path: path) }
            removed = 1
        case .failure(let error) where error.code == ENOENT:
            break
        case .failure(let error):
            throw WriterError(.readFailed(errno: error.code), path: path)
        }
        try guardInside(path)
        guard mkdir(path, 0o755) == 0 else { throw WriterError(.writeFailed(errno: errno), path: path) }
        return removed
    }

    /// Removes everything in the output that is not kept, without following symlinks; returns the files removed.
    private func prune(keepingFiles files: Set<String>, folders: Set<String>) throws(WriterError) -> Int {
        // Each kept folder only handles its direct entries, so the folders can be pruned in parallel.
        let kept = [""] + folders.sorted()
        return try Parallel.map(kept.count) { (index) throws(WriterError) in
            try prune(kept[index], keepingFiles: files, folders: folders)
        }.reduce(0, +)
    }

    /// Removes the direct entries of the kept folder `relative` ("" for the output folder) that are not kept; returns the files removed.
    private func prune(_ relative: String, keepingFiles files: Set<String>, folders: Set<String>) throws(WriterError) -> Int {
        let path = relative.isEmpty ? outputPath : outputPath + "/" + relative
        var removed = 0
        for entry in try entries(of: path) {
            let entryRelative = relative.isEmpty ? entry.name : relative + "/" + entry.name
            let entryPath = path + "/" + entry.name
            switch entry.kind {
            case .folder where folders.contains(entryRelative):
                continue
            case .folder:
                removed += try removeTree(entryPath)
            case .other where files.contains(entryRelative) || entryRelative == RenderedFile.markerName:
                continue
            case .other:
                try guardInside(entryPath)
                guard unlink(entryPath) == 0 else { throw WriterError(.removeFailed(errno: errno), path: entryPath) }
                removed += 1
            }
        }
        return removed
    }

    /// Removes the folder at `path` and everything in it, deleting symlinks as links; returns the files removed.
    private func removeTree(_ path: String) throws(WriterError) -> Int {
        var removed = 0
        for entry in try entries(of: path) {
            let entryPath = path + "/" + entry.name
            if entry.kind == .folder {
                removed += try removeTree(entryPath)
            } else {
                try guardInside(entryPath)
                guard unlink(entryPath) == 0 else { throw WriterError(.removeFailed(errno: errno), path: entryPath) }
                removed += 1
            }
        }
        try guardInside(path)
        guard rmdir(path) == 0 else { throw WriterError(.removeFailed(errno: errno), path: path) }
        return removed
    }

    private func entries(of path: String) throws(WriterError) -> [(name: String, kind: POSIX.Kind)] {
        do throws(Errno) {
            return try POSIX.entries(of: path)
        } catch {
            throw WriterError(.readFailed(errno: error.code), path: path)
        }
    }

    // MARK: - Files

    /// What syncing one file did.
    private struct Outcome {
        var written: Bool
        var removed: Int
    }

    /// Leaves `target` alone if it already holds `contents`, else writes it through a temporary file and a rename.
    private func sync(_ contents: RenderedFile.Contents, to target: String, temporaryName: String) throws(WriterError) -> Outcome {
        let source = try FileSource(contents)
        defer { source.release() }
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 2 * POSIX.chunkSize, alignment: 16)
        defer { scratch.deallocate() }

        // O_NOFOLLOW: a symlink at the target is never compared through; the rename below replaces the link itself.
        let existing = open(target, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        var removed = 0
        if existing >= 0 {
            var status = stat()
            let statted = fstat(existing, &status) == 0
            // A file that cannot be read back is treated as different: rewriting it is the fix.
            let same = statted && POSIX.isRegularFile(status) && Int(status.st_size) == source.size
                && (try? source.matches(existing, scratch: scratch)) == true
            close(existing)
            if same {
                return Outcome(written: false, removed: 0)
            }
            if statted && POSIX.isFolder(status) {
                removed = try removeTree(target)
            }
        }
        try replace(target, with: source, temporaryName: temporaryName, scratch: scratch)
        return Outcome(written: true, removed: removed)
    }

    private func replace(
        _ target: String, with source: FileSource, temporaryName: String, scratch: UnsafeMutableRawBufferPointer
    ) throws(WriterError) {
        let folder = target[..<target.lastIndex(of: "/")!]
        let temporary = "\(folder)/\(RenderedFile.temporaryPrefix)\(getpid())-\(temporaryName)"
        try guardInside(temporary)
        try guardInside(target)
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = open(temporary, flags, 0o644)
        if descriptor < 0 && errno == EEXIST {
            // Left behind by a crashed build that had the same pid.
            unlink(temporary)
            descriptor = open(temporary, flags, 0o644)
        }
        guard descriptor >= 0 else { throw WriterError(.writeFailed(errno: errno), path: temporary) }
        do throws(Errno) {
            try source.copy(to: descriptor, scratch: scratch)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw WriterError(.writeFailed(errno: error.code), path: target)
        }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriterError(.writeFailed(errno: code), path: target)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriterError(.writeFailed(errno: code), path: target)
        }
    }
}
