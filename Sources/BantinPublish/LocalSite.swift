import Foundation

/// The built output folder, read as a manifest of content hashes.
public struct LocalSite: Sendable {
    /// Files of the output folder that are bantin's own bookkeeping, never sent.
    static let ignoredNames: Set<String> = [".bantin-output", PublishManifest.fileName]

    /// The output folder.
    public let folder: URL

    /// Creates a reader of `folder`.
    public init(folder: URL) {
        self.folder = folder
    }

    /// The local path of a manifest path.
    public func url(of path: String) -> URL {
        folder.appendingPathComponent(path)
    }

    /// Hashes every regular file under the folder.
    /// - Throws: `PublishError` when the folder is missing or empty, or a file cannot be read.
    public func manifest() throws(PublishError) -> PublishManifest {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PublishError(.siteFolderMissing(folder.path))
        }
        var files: [String: PublishManifest.Entry] = [:]
        for path in try relativePaths() {
            files[path] = try Self.entry(of: url(of: path), path: path)
        }
        // An empty folder would make the target delete the whole live site.
        guard !files.isEmpty else { throw PublishError(.siteFolderMissing(folder.path)) }
        return PublishManifest(files: files)
    }

    private func relativePaths() throws(PublishError) -> [String] {
        let base = folder.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(
            at: URL(fileURLWithPath: base), includingPropertiesForKeys: [.isRegularFileKey], options: []
        ) else { throw PublishError(.siteFolderMissing(folder.path)) }
        var paths: [String] = []
        for case let file as URL in enumerator {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = String(file.path.dropFirst(base.count + 1))
            guard !Self.ignoredNames.contains(path) else { continue }
            // A line break would end a command to sftp or curl early.
            guard !path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw PublishError(.unsendableName(path))
            }
            paths.append(path)
        }
        return paths
    }

    /// The hash and size of one file, read in pieces so a large video never sits in memory whole.
    static func entry(of url: URL, path: String) throws(PublishError) -> PublishManifest.Entry {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw PublishError(.unreadableLocalFile(path)) }
        defer { try? handle.close() }
        var hash = SHA256()
        var size: Int64 = 0
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw PublishError(.unreadableLocalFile(path))
            }
            guard let chunk, !chunk.isEmpty else { break }
            chunk.withUnsafeBytes { hash.update($0) }
            size += Int64(chunk.count)
        }
        return PublishManifest.Entry(sha256: hash.hexDigest(), size: size)
    }
}
