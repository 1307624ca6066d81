import BantinPublish
import Foundation

/// Passes files through to a real target until `limit` site files have gone, then fails in the
/// middle of a batch, as a dropped connection would: the files before it arrived, the rest and the
/// batch's manifest did not.
final class InterruptingTarget: PublishTarget, @unchecked Sendable {
    let inner: any PublishTarget
    let limit: Int
    private(set) var sent = 0

    init(_ inner: any PublishTarget, failingAfter limit: Int) {
        self.inner = inner
        self.limit = limit
    }

    func readManifest() throws(PublishError) -> Data? { try inner.readManifest() }

    func upload(_ batch: UploadBatch) throws(PublishError) {
        let siteFiles = batch.files.filter { $0.path != PublishManifest.fileName }
        guard sent + siteFiles.count > limit else {
            try inner.upload(batch)
            sent += siteFiles.count
            return
        }
        let arriving = Array(siteFiles.prefix(limit - sent))
        try inner.upload(UploadBatch(folders: batch.folders, files: arriving))
        sent += arriving.count
        throw PublishError(.transferFailed("connection lost (test)"))
    }

    func delete(_ paths: [String]) throws(PublishError) { try inner.delete(paths) }

    func removeEmptyFolders(_ paths: [String]) throws(PublishError) { try inner.removeEmptyFolders(paths) }
}
