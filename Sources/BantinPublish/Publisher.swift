import Foundation

/// Brings a target up to date with the built site, in stages that keep the live site whole and let
/// an interrupted publish resume:
///
/// 1. read the target's manifest (what it holds) and hash the built site;
/// 2. plan: the files whose hash differs, and the files the site no longer has (`PublishPlan`);
/// 3. send the files in batches, each batch ending with the manifest updated by exactly the files
///    of that batch, so the target's manifest never lists a file that did not arrive;
/// 4. only when every file arrived: delete, remove emptied folders, send the final manifest.
public struct Publisher: Sendable {
    /// The built output folder.
    public let site: LocalSite
    /// Where it goes.
    public let target: any PublishTarget
    /// A batch is closed at this many files…
    public var batchFiles = 200
    /// …or at this many bytes, so an interrupted upload loses at most about this much.
    public var batchBytes: Int64 = 32 << 20
    /// Called after every batch.
    public var progress: @Sendable (PublishProgress) -> Void

    /// Creates a publisher.
    public init(site: LocalSite, target: any PublishTarget, progress: @escaping @Sendable (PublishProgress) -> Void = { _ in }) {
        self.site = site
        self.target = target
        self.progress = progress
    }

    /// What a publish would send and delete; changes nothing anywhere (`--dry-run`).
    /// - Throws: `PublishError` when the target cannot be read or the site is missing.
    public func plan() throws(PublishError) -> PublishPlan {
        let (local, remote) = try manifests()
        return PublishPlan(local: local, remote: remote)
    }

    /// Sends what changed, then deletes what the site no longer has.
    /// - Throws: `PublishError`; the files of the batches before the failure stay recorded on the
    ///   target, so the next run sends only the rest, and nothing has been deleted.
    public func publish() throws(PublishError) -> PublishReport {
        let (local, remote) = try manifests()
        let plan = PublishPlan(local: local, remote: remote)
        guard !plan.isEmpty else { return PublishReport(plan: plan, batches: 0) }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-publish-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw PublishError(.scratchUnwritable(scratch.path))
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let manifestFile = scratch.appendingPathComponent(PublishManifest.fileName)

        var onTarget = remote
        var knownFolders = Set(remote.files.keys.flatMap(PublishPlan.folders(of:)))
        var done = PublishProgress(sentFiles: 0, totalFiles: plan.uploads.count, sentBytes: 0, totalBytes: plan.uploadBytes)
        var batches = 0
        for batch in Self.batches(of: plan.uploads, files: batchFiles, bytes: batchBytes) {
            let folders = Set(batch.flatMap { PublishPlan.folders(of: $0.path) }).subtracting(knownFolders)
            for upload in batch { onTarget.files[upload.path] = upload.entry }
            try write(onTarget, to: manifestFile)
            let transfers = batch.map { FileTransfer(localFile: site.url(of: $0.path), path: $0.path) }
                + [FileTransfer(localFile: manifestFile, path: PublishManifest.fileName)]
            try target.upload(UploadBatch(folders: folders.sorted { $0.count < $1.count }, files: transfers))
            knownFolders.formUnion(folders)
            batches += 1
            done.sentFiles += batch.count
            done.sentBytes += batch.reduce(0) { $0 + $1.entry.size }
            progress(done)
        }

        if !plan.deletions.isEmpty {
            try target.delete(plan.deletions)
            try target.removeEmptyFolders(plan.emptiedFolders)
            for path in plan.deletions { onTarget.files[path] = nil }
            try write(onTarget, to: manifestFile)
            try target.upload(UploadBatch(folders: [], files: [FileTransfer(localFile: manifestFile, path: PublishManifest.fileName)]))
            batches += 1
        }
        return PublishReport(plan: plan, batches: batches)
    }

    private func manifests() throws(PublishError) -> (local: PublishManifest, remote: PublishManifest) {
        // The target first: an unreachable server is reported before minutes of hashing.
        let remote = try target.readManifest().map { data throws(PublishError) in try PublishManifest(json: data) } ?? PublishManifest()
        return (try site.manifest(), remote)
    }

    private func write(_ manifest: PublishManifest, to file: URL) throws(PublishError) {
        do {
            try manifest.json().write(to: file)
        } catch {
            throw PublishError(.scratchUnwritable(file.path))
        }
    }

    /// Consecutive runs of uploads, each closed at `files` files or once it reaches `bytes` bytes.
    static func batches(of uploads: [PublishPlan.Upload], files: Int, bytes: Int64) -> [[PublishPlan.Upload]] {
        var batches: [[PublishPlan.Upload]] = []
        var current: [PublishPlan.Upload] = []
        var size: Int64 = 0
        for upload in uploads {
            current.append(upload)
            size += upload.entry.size
            if current.count >= files || size >= bytes {
                batches.append(current)
                current = []
                size = 0
            }
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}
