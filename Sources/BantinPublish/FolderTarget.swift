import Foundation

/// A folder on this computer or on a mounted share (`file:///srv/www/tin` or a plain path).
public struct FolderTarget: PublishTarget {
    /// The target folder.
    public let folder: URL

    /// Creates a target writing into `folder`, which must already exist.
    public init(folder: URL) {
        self.folder = folder
    }

    public func readManifest() throws(PublishError) -> Data? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PublishError(.missingRemoteFolder(folder.path))
        }
        let manifest = folder.appendingPathComponent(PublishManifest.fileName)
        guard FileManager.default.fileExists(atPath: manifest.path) else { return nil }
        do {
            return try Data(contentsOf: manifest)
        } catch {
            throw Self.publishError(error, at: folder.path)
        }
    }

    public func upload(_ batch: UploadBatch) throws(PublishError) {
        do {
            for path in batch.folders {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(path), withIntermediateDirectories: true)
            }
            for file in batch.files {
                let destination = folder.appendingPathComponent(file.path)
                let temporary = folder.appendingPathComponent(Self.temporaryName(for: file.path))
                try? FileManager.default.removeItem(at: temporary)
                try FileManager.default.copyItem(at: file.localFile, to: temporary)
                guard rename(temporary.path, destination.path) == 0 else {
                    throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
                }
            }
        } catch {
            throw Self.publishError(error, at: folder.path)
        }
    }

    public func delete(_ paths: [String]) throws(PublishError) {
        for path in paths {
            let file = folder.appendingPathComponent(path)
            guard unlink(file.path) == 0 || errno == ENOENT else {
                throw Self.publishError(NSError(domain: NSPOSIXErrorDomain, code: Int(errno)), at: folder.path)
            }
        }
    }

    public func removeEmptyFolders(_ paths: [String]) throws(PublishError) {
        // rmdir refuses a folder that still holds something, which is exactly the rule.
        for path in paths { _ = rmdir(folder.appendingPathComponent(path).path) }
    }

    /// The publish error for a file system error: a full disk and a refused write get their own advice.
    static func publishError(_ error: Error, at folder: String) -> PublishError {
        var nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError { nsError = underlying }
        if nsError.domain == NSPOSIXErrorDomain {
            switch Int32(nsError.code) {
            case ENOSPC, EDQUOT: return PublishError(.diskFull)
            case EACCES, EPERM, EROFS: return PublishError(.permissionDenied(folder))
            default: break
            }
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileWriteOutOfSpace: return PublishError(.diskFull)
            case .fileWriteNoPermission, .fileWriteVolumeReadOnly, .fileReadNoPermission: return PublishError(.permissionDenied(folder))
            default: break
            }
        }
        return PublishError(.transferFailed(nsError.localizedDescription))
    }
}
