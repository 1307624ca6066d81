import Foundation

/// One file to send: where its bytes are here and where it goes on the target.
public struct FileTransfer: Sendable, Equatable {
    /// The file on this computer.
    public var localFile: URL
    /// Path relative to the target folder, "/"-separated.
    public var path: String

    /// Creates a transfer.
    public init(localFile: URL, path: String) {
        self.localFile = localFile
        self.path = path
    }
}

/// Files sent in one go (one connection), with the folders they need made first.
public struct UploadBatch: Sendable, Equatable {
    /// Folders the target may not have yet, parents before children.
    public var folders: [String]
    /// Files in the order they must arrive.
    public var files: [FileTransfer]

    /// Creates a batch.
    public init(folders: [String], files: [FileTransfer]) {
        self.folders = folders
        self.files = files
    }
}

/// A place the site can be published to. The planning (what to send, in which order, when the
/// manifest is written) lives in `Publisher`; a target only moves files, so the plan is tested
/// without a server and every kind of server gets the same plan.
public protocol PublishTarget: Sendable {
    /// The target folder's manifest, or nil when it has none (nothing was published there yet).
    /// - Throws: `PublishError` when the server cannot be reached or the folder does not exist.
    func readManifest() throws(PublishError) -> Data?

    /// Makes the batch's folders, then sends its files in order, stopping at the first failure.
    /// Each file is written under a temporary name and renamed over the old one, so a reader sees
    /// either the old or the new file, never half of one.
    /// - Throws: `PublishError`; the files before the failing one may have arrived.
    func upload(_ batch: UploadBatch) throws(PublishError)

    /// Deletes files; a file that is already gone is not an error.
    /// - Throws: `PublishError` when the server cannot be reached or refuses.
    func delete(_ paths: [String]) throws(PublishError)

    /// Removes folders that are empty, deepest first; a folder still holding other files stays.
    /// - Throws: `PublishError` when the server cannot be reached.
    func removeEmptyFolders(_ paths: [String]) throws(PublishError)
}

extension PublishTarget {
    /// The temporary name a file is written under before it is renamed into place.
    static func temporaryName(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return folder + ".bantin-tmp." + name
    }
}
