import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Updates a folder on disk, writing only what changed, and all of it or nothing.
///
/// A write has two phases. First every changed file is written into a staging folder inside the
/// output (`.bantin-tmp-staging/`), and every folder it will change is checked; nothing a reader
/// sees has changed yet, so any failure (a full disk, an unreadable source, a folder bantin may not
/// write) leaves the previous site exactly as it was. A file in a folder the output does not have
/// yet is staged inside a copy of that folder (`.bantin-tmp-staging/new/…`), which is then placed
/// whole: a first build makes the site with a rename per top-level folder, not one per page. Then
/// the changes are made by renames only, each recorded: new files and folders are renamed into
/// place, and files they replace or that the site no longer has are renamed into the staging
/// folder. If a rename fails, the recorded ones are undone in reverse, so the previous site comes
/// back with its bytes and times. Removing the staging
/// folder commits. A build killed halfway leaves every page whole (renames are atomic), and the
/// next build removes what the killed one staged.
public struct DiskWriter: OutputWriter, Sendable {
    /// Where a test asks the writer to fail, to prove that a failure changes nothing.
    enum Fault: Sendable, Equatable {
        /// Staging the file at this index of the list fails.
        case staging(Int)
        /// Placing the Nth change (counting from 0) fails, after the ones before it were made.
        case placing(Int)
    }

    /// The output folder as an absolute, standardized path with symlinks resolved.
    public let output: URL
    private let outputPath: String
    var fault: Fault?

    /// Checks that `output` is safe to own; nothing is written until `write(_:)`.
    /// - Parameters:
    ///   - output: the output folder.
    ///   - root: the project root (holds content/ and templates/).
    /// - Throws: `WriterError` when the output folder is not safe to own (checked here, before anything is written).
    public init(output: URL, root: URL) throws {
        let outputPath = WritableLocation.resolve(output)
        try Self.checkSafe(outputPath, root: WritableLocation.resolve(root))
        self.outputPath = outputPath
        self.output = URL(fileURLWithPath: outputPath, isDirectory: true)
    }

    /// The bodies' HTML waits on the output's own disk, in a file with no name (see `BodySpill`).
    public var scratchFolder: URL? { output }

    /// The staging folder's name; it starts with the prefix no output file may use.
    static let stagingName = RenderedFile.temporaryPrefix + "staging"
    /// Inside the staging folder, the copy of the output's tree that holds the folders it does not have yet.
    private static let newFoldersName = "new"

    /// Makes the output folder hold exactly `files` plus the marker, touching only files whose bytes differ.
    /// - Throws: `WriterError`; the output folder is then as it was.
    public func write(_ files: [RenderedFile]) throws -> WriteSummary {
        // One batch: every path is checked before anything is made, even the output folder.
        try RenderedFile.validate(files)
        try checkSources(files)
        return try write(batches: CollectionOfOne(files))
    }

    /// Makes the output folder hold exactly the files of `batches` plus the marker, staging each batch
    /// as it comes, so that a large site need not be held in memory whole.
    /// - Throws: `WriterError`; the output folder is then as it was.
    public func write(batches: some Sequence<[RenderedFile]>) throws -> WriteSummary {
        try createOutputFolder()
        let staging = outputPath + "/" + Self.stagingName
        // Left by a build that was killed: its changes were never committed, or were and it died cleaning up.
        if case .success = POSIX.linkStatus(staging) { _ = try removeTree(staging) }
        try guardInside(staging)
        guard mkdir(staging, 0o700) == 0 else { throw WriterError(.writeFailed(errno: errno), path: staging) }
        let newFolders = staging + "/" + Self.newFoldersName
        guard mkdir(newFolders, 0o755) == 0 else {
            let error = WriterError(.writeFailed(errno: errno), path: newFolders)
            _ = try? removeTree(staging)
            throw error
        }

        var plan = Plan()
        var survey = FolderSurvey()
        do {
            var paths: [String] = []
            for batch in batches {
                let batchPaths = batch.map(\.path)
                try RenderedFile.validatePaths(batchPaths)
                try checkSources(batch)
                survey.look(at: batchPaths, in: outputPath)
                try stage(batch, from: paths.count, into: staging, survey: survey, plan: &plan)
                paths += batchPaths
            }
            // Duplicates and file/folder conflicts across batches, by path alone.
            try RenderedFile.validateTogether(paths)
            let marker = RenderedFile(path: RenderedFile.markerName, contents: .bytes(Self.markerText))
            var markerPlan = Plan()
            try stage([marker], from: paths.count, into: staging, survey: survey, plan: &markerPlan)
            plan.writes += markerPlan.writes
            try planFolders(paths, survey: survey, plan: &plan)
        } catch {
            _ = try? removeTree(staging)
            throw error
        }
        var journal: [Step] = []
        do {
            try apply(plan, staging: staging, journal: &journal)
        } catch {
            undo(journal)
            _ = try? removeTree(staging)
            throw error
        }
        // The commit: what the staging folder holds now is only what the site no longer has.
        _ = try removeTree(staging)
        let written = plan.writes.map { relative($0.target) }.filter { $0 != RenderedFile.markerName }
        return WriteSummary(writtenPaths: written, unchanged: plan.unchanged, removedPaths: plan.removedPaths)
    }

    /// Whether `path` lies strictly inside `folder` once "." and ".." are accounted for; both must be absolute.
    /// Compared byte for byte, as the system compares paths.
    static func isInside(_ path: String, folder: String) -> Bool {
        let slash = UInt8(ascii: "/")
        guard folder.utf8.first == slash else { return false }
        var prefix = Array(folder.utf8)
        if prefix.last != slash { prefix.append(slash) }
        let utf8 = path.utf8
        guard utf8.starts(with: prefix) else { return false }
        let rest = utf8.dropFirst(prefix.count).split(separator: slash, omittingEmptySubsequences: false)
        return !rest.isEmpty && !rest.contains { $0.isEmpty || $0.elementsEqual(".".utf8) || $0.elementsEqual("..".utf8) }
    }

    // MARK: - Safety checks

    private static let markerText = Array("""
        This folder is managed by bantin, the static site generator.
        Every build removes the files in it that the build did not produce.

        """.utf8)

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

    // MARK: - Phase 1: stage

    /// What the second phase changes, all of it prepared and checked.
    private struct Plan {
        /// Each changed file: its staged copy, its target (both absolute), and what staging found there.
        /// A file in a new folder is placed with the folder.
        var writes: [(staged: String, target: String, found: Found, inNewFolder: Bool)] = []
        var unchanged = 0
        /// The folders the output does not have whose parent it has, absolute, outermost first: each is
        /// renamed into place from the staging folder's copy, with the folders and files inside it.
        var folders: [String] = []
        /// Entries the site no longer has (files, links, whole folders), absolute.
        var removals: [String] = []
        /// Files among the removals and among what new folders and files replace, relative to the output.
        var removedPaths: [String] = []
    }

    /// Stages the changed files of `files`, numbered from `first`, and counts the unchanged ones.
    private func stage(_ files: [RenderedFile], from first: Int, into staging: String, survey: FolderSurvey, plan: inout Plan) throws(WriterError) {
        let staged = try Parallel.map(files.count) { (offset) throws(WriterError) -> (staged: String?, found: Found, inNewFolder: Bool) in
            let index = first + offset
            let path = files[offset].path
            if fault == .staging(index) { throw WriterError(.writeFailed(errno: ENOSPC), path: outputPath + "/" + path) }
            guard !survey.isMissing(Self.parent(of: path)) else {
                let newFolders = staging + "/" + Self.newFoldersName
                try stageNew(files[offset].contents, target: outputPath + "/" + path, staged: newFolders + "/" + path, madeBelow: newFolders)
                return (newFolders + "/" + path, .nothing, true)
            }
            let result = try stageIfChanged(files[offset].contents, target: outputPath + "/" + path, staged: "\(staging)/\(index)")
            return (result.staged, result.found, false)
        }
        for (offset, result) in staged.enumerated() {
            guard let path = result.staged else {
                plan.unchanged += 1
                continue
            }
            plan.writes.append((path, outputPath + "/" + files[offset].path, result.found, result.inNewFolder))
        }
    }

    /// Which folders of the site the output has: one it has not (nothing there, a file, a link) is
    /// made by the write, and so is everything under it, which is not looked for.
    private struct FolderSurvey {
        /// Each folder of the paths looked at so far, relative to the output: whether it is missing.
        private(set) var missing: [String: Bool] = [:]
        /// Missing folders where a file or a link is: it is moved aside when the folder is placed.
        private(set) var replaced: [String] = []

        mutating func look(at paths: [String], in output: String) {
            for path in paths {
                // A folder is looked at after its parent: when a file's folder is known, so are all above it.
                guard missing[DiskWriter.parent(of: path)] == nil else { continue }
                for folder in RenderedFile.parentFolders(of: path) where missing[folder] == nil {
                    if isMissing(DiskWriter.parent(of: folder)) {
                        missing[folder] = true
                        continue
                    }
                    switch POSIX.linkStatus(output + "/" + folder) {
                    case .success(let status) where POSIX.isFolder(status):
                        missing[folder] = false
                    case .success:
                        replaced.append(folder)
                        missing[folder] = true
                    case .failure:
                        missing[folder] = true
                    }
                }
            }
        }

        /// Whether `folder` (relative; "" is the output's own, which is there) is made by the write.
        func isMissing(_ folder: String) -> Bool {
            missing[folder] ?? false
        }
    }

    /// The folders to make and the entries to remove, for a site of `paths`; then checks that every
    /// folder the write changes can be written.
    private func planFolders(_ paths: [String], survey: FolderSurvey, plan: inout Plan) throws(WriterError) {
        // Only the outermost: a first build of 100,000 articles misses 140,000 folders, and sorting them
        // all, checking the folders they are in and skipping those inside one placed already took half a
        // second at the end of the write, on one core, to place the few dozen at the top.
        // By depth, then by name; depths are counted once, not in every comparison.
        var outermost: [(depth: Int, folder: String)] = []
        for (folder, isMissing) in survey.missing where isMissing && !survey.isMissing(Self.parent(of: folder)) {
            outermost.append((folder.utf8.count { $0 == UInt8(ascii: "/") }, folder))
        }
        plan.folders = outermost.sorted { ($0.depth, $0.folder) < ($1.depth, $1.folder) }.map { outputPath + "/" + $0.folder }
        plan.removedPaths += survey.replaced
        // A folder where a file goes: its files are removed. Staging looked at every target already.
        for write in plan.writes where write.found == .folder || write.found == .unknown {
            if case .success(let status) = POSIX.linkStatus(write.target), POSIX.isFolder(status) { plan.removedPaths += try self.files(in: write.target) }
        }
        // Made when a folder the output has holds something (on a first build, none does).
        var keptFiles: Set<String>?
        for folder in [""] + survey.missing.compactMap({ $0.value ? nil : $0.key }).sorted() {
            let path = folder.isEmpty ? outputPath : outputPath + "/" + folder
            guard case .success(let status) = POSIX.linkStatus(path), POSIX.isFolder(status) else { continue }
            for entry in try entries(of: path) {
                let relative = folder.isEmpty ? entry.name : folder + "/" + entry.name
                if relative == RenderedFile.markerName || relative == Self.stagingName { continue }
                if keptFiles == nil { keptFiles = Set(paths) }
                // Kept, or replaced in the steps before the removals (a file where a folder goes, or the reverse).
                if keptFiles!.contains(relative) || survey.missing[relative] != nil { continue }
                plan.removals.append(path + "/" + entry.name)
                plan.removedPaths += entry.kind == .folder ? try self.files(in: path + "/" + entry.name) : [relative]
            }
        }
        try checkWritable(plan)
    }

    /// What staging found at a target.
    private enum Found: Sendable {
        case nothing, file, folder
        /// Something it could not open (a symlink, a file it may not read): looked at again before it is replaced.
        case unknown
    }

    /// Writes `contents` to `staged` unless `target` already holds them; returns the staged path, or
    /// nil, and what is at the target.
    private func stageIfChanged(_ contents: RenderedFile.Contents, target: String, staged: String) throws(WriterError) -> (staged: String?, found: Found) {
        let source = try FileSource(contents)
        defer { source.release() }
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 2 * POSIX.chunkSize, alignment: 16)
        defer { scratch.deallocate() }
        // O_NOFOLLOW: a symlink at the target is never compared through; the rename replaces the link itself.
        let existing = open(target, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        var found = Found.unknown
        if existing >= 0 {
            var status = stat()
            let statusRead = fstat(existing, &status) == 0
            found = !statusRead ? .unknown : POSIX.isFolder(status) ? .folder : .file
            // A file that cannot be read back is treated as different: rewriting it is the fix.
            let same = statusRead && POSIX.isRegularFile(status) && Int(status.st_size) == source.size
                && (try? source.matches(existing, scratch: scratch)) == true
            close(existing)
            if same { return (nil, found) }
        } else if errno == ENOENT {
            found = .nothing
        }
        try write(source, to: staged, for: target, scratch: scratch)
        return (staged, found)
    }

    /// Writes `contents` for `target` to `staged`, a file in the staging folder's copy of a folder the
    /// output does not have, making its folders below `madeBelow` as needed (other files' staging may
    /// be making them at the same moment).
    private func stageNew(_ contents: RenderedFile.Contents, target: String, staged: String, madeBelow: String) throws(WriterError) {
        let source = try FileSource(contents)
        defer { source.release() }
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: POSIX.chunkSize, alignment: 16)
        defer { scratch.deallocate() }
        try write(source, to: staged, for: target, scratch: scratch) { () throws(WriterError) in
            try makeFolders(Self.parent(of: staged), below: madeBelow)
        }
    }

    /// Writes `source` into the new file `staged`, to become `target`; when the folder it goes in is
    /// not there, `makeFolder` is called once and the file made again.
    private func write(
        _ source: FileSource, to staged: String, for target: String, scratch: UnsafeMutableRawBufferPointer,
        makeFolder: (() throws(WriterError) -> Void)? = nil
    ) throws(WriterError) {
        try guardInside(staged)
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = open(staged, flags, 0o644)
        if descriptor < 0, errno == ENOENT, let makeFolder {
            try makeFolder()
            descriptor = open(staged, flags, 0o644)
        }
        guard descriptor >= 0 else { throw WriterError(.writeFailed(errno: errno), path: staged) }
        do throws(Errno) {
            try source.copy(to: descriptor, scratch: scratch)
        } catch {
            close(descriptor)
            throw WriterError(.writeFailed(errno: error.code), path: target)
        }
        guard close(descriptor) == 0 else { throw WriterError(.writeFailed(errno: errno), path: target) }
    }

    /// Makes `folder` and its missing parents, down from `base`, which is there; a folder made
    /// meanwhile by another file's staging is fine.
    private func makeFolders(_ folder: String, below base: String) throws(WriterError) {
        guard folder.utf8.count > base.utf8.count else { return }
        try guardInside(folder)
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw WriterError(.writeFailed(errno: errno), path: folder) }
        try makeFolders(Self.parent(of: folder), below: base)
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw WriterError(.writeFailed(errno: errno), path: folder) }
    }

    /// Fails now, rather than halfway through the renames, when a folder the write changes cannot be
    /// written (a read-only subfolder; as root every folder can, unless the file system is read-only).
    private func checkWritable(_ plan: Plan) throws(WriterError) {
        var folders = Set<String>()
        // A file in a new folder: the folder is placed, and the folder it is placed in is among these.
        for write in plan.writes where !write.inNewFolder { folders.insert(Self.parent(of: write.target)) }
        for removal in plan.removals { folders.insert(Self.parent(of: removal)) }
        for folder in plan.folders { folders.insert(Self.parent(of: folder)) }
        // A folder the write makes is writable; the folder it is made in is checked.
        let made = Set(plan.folders)
        for folder in folders.sorted() where !made.contains(folder) {
            guard case .success(let status) = POSIX.linkStatus(folder), POSIX.isFolder(status) else { continue }
            guard access(folder, W_OK | X_OK) == 0 else { throw WriterError(.writeFailed(errno: errno), path: folder) }
        }
    }

    /// The folder `path` is in: "" for a path relative to the output at its top.
    private static func parent(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    /// The files (and links) under `folder`, relative to the output.
    private func files(in folder: String) throws(WriterError) -> [String] {
        var found: [String] = []
        for entry in try entries(of: folder) {
            let path = folder + "/" + entry.name
            found += entry.kind == .folder ? try self.files(in: path) : [relative(path)]
        }
        return found
    }

    /// `path` relative to the output folder.
    private func relative(_ path: String) -> String {
        String(path.dropFirst(outputPath.count + 1))
    }

    // MARK: - Phase 2: apply by renames, undoably

    /// One change made in the second phase, as it is undone.
    private enum Step {
        /// An entry moved into the staging folder.
        case movedAside(original: String, backup: String)
        /// A staged file, or a new folder with everything in it, renamed to its target.
        case placed(target: String, staged: String)
    }

    private func apply(_ plan: Plan, staging: String, journal: inout [Step]) throws(WriterError) {
        var asides = 0
        func moveAside(_ path: String) throws(WriterError) {
            asides += 1
            let backup = "\(staging)/old-\(asides)"
            try guardInside(path)
            guard rename(path, backup) == 0 else { throw WriterError(.removeFailed(errno: errno), path: path) }
            journal.append(.movedAside(original: path, backup: backup))
        }
        var changes = 0
        func count() throws(WriterError) {
            if fault == .placing(changes) { throw WriterError(.writeFailed(errno: EIO), path: outputPath) }
            changes += 1
        }
        for folder in plan.folders {
            try count()
            // A file or a link where the folder goes is kept, so that undoing brings it back.
            if case .success = POSIX.linkStatus(folder) { try moveAside(folder) }
            let staged = staging + "/" + Self.newFoldersName + "/" + relative(folder)
            try guardInside(folder)
            guard rename(staged, folder) == 0 else { throw WriterError(.writeFailed(errno: errno), path: folder) }
            journal.append(.placed(target: folder, staged: staged))
        }
        for write in plan.writes where !write.inNewFolder {
            try count()
            // Whatever is in the way, a folder or a file, is kept, so that undoing brings it back.
            if case .success = POSIX.linkStatus(write.target) { try moveAside(write.target) }
            try guardInside(write.target)
            guard rename(write.staged, write.target) == 0 else { throw WriterError(.writeFailed(errno: errno), path: write.target) }
            journal.append(.placed(target: write.target, staged: write.staged))
        }
        for removal in plan.removals {
            try count()
            try moveAside(removal)
        }
    }

    /// Undoes `journal`, newest first; best effort, since it runs after something already failed.
    private func undo(_ journal: [Step]) {
        for step in journal.reversed() {
            switch step {
            case .placed(let target, let staged): rename(target, staged)
            case .movedAside(let original, let backup): rename(backup, original)
            }
        }
    }

    private func entries(of path: String) throws(WriterError) -> [(name: String, kind: POSIX.Kind)] {
        do throws(Errno) {
            return try POSIX.entries(of: path)
        } catch {
            throw WriterError(.readFailed(errno: error.code), path: path)
        }
    }

    /// Removes the folder at `path` and everything in it, deleting symlinks as links; returns the files removed.
    private func removeTree(_ path: String) throws(WriterError) -> Int {
        var removed = 0
        guard case .success(let status) = POSIX.linkStatus(path) else { return 0 }
        guard POSIX.isFolder(status) else {
            try guardInside(path)
            guard unlink(path) == 0 else { throw WriterError(.removeFailed(errno: errno), path: path) }
            return 1
        }
        for entry in try entries(of: path) {
            removed += try removeTree(path + "/" + entry.name)
        }
        try guardInside(path)
        guard rmdir(path) == 0 else { throw WriterError(.removeFailed(errno: errno), path: path) }
        return removed
    }

    // MARK: - Output folder

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
}
