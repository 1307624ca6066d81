import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A new site, as `bantin init` writes it: the default theme (`templates/`, assets included) and a
/// starter `content/` (a commented `site.yml`, an example article with a picture, the "Giới thiệu"
/// and "Liên hệ" pages). Everything comes from `EmbeddedTheme`, so it needs nothing but the program.
public struct SiteScaffold: Sendable {
    /// The site's title, written into `site.yml`; nil keeps the placeholder.
    public let name: String?

    /// The line of the starter `site.yml` that `name` replaces.
    static let titlePlaceholder = #"title: "Tên cơ quan của bạn""#

    /// Creates the scaffold of a site called `name` (or with the placeholder title).
    public init(name: String? = nil) {
        self.name = name
    }

    /// Every file, by its path in the new folder, sorted, with the title filled in.
    public var files: [(path: String, bytes: [UInt8])] {
        EmbeddedTheme.files.map { file in
            guard file.path == "content/site.yml", let name else { return (file.path, file.bytes) }
            let text = String(decoding: file.bytes, as: UTF8.self)
                .replacingOccurrences(of: Self.titlePlaceholder, with: "title: " + Self.yamlQuoted(name))
            return (file.path, Array(text.utf8))
        }
    }

    /// Writes the site into `folder`, creating it when missing; writes nothing when the folder
    /// already holds a site or any of the files.
    /// - Returns: the paths written, relative to `folder`.
    /// - Throws: `SiteScaffoldError`.
    public func write(into folder: URL) throws(SiteScaffoldError) -> [String] {
        let root = folder.standardizedFileURL.path
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty || name.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) }) {
            throw SiteScaffoldError(.badName, folder: root)
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), !isFolder.boolValue {
            throw SiteScaffoldError(.notAFolder, folder: root)
        }
        // lstat, not fileExists: a dangling symlink named content/ is still something init must not replace.
        for existing in ["content", "templates"] where Self.exists(root + "/" + existing) {
            throw SiteScaffoldError(.alreadyASite(existing: existing), folder: root)
        }
        let files = self.files
        if let taken = files.first(where: { Self.exists(root + "/" + $0.path) }) {
            throw SiteScaffoldError(.fileExists(taken.path), folder: root)
        }
        for file in files {
            let target = root + "/" + file.path
            do {
                try FileManager.default.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true
                )
            } catch {
                throw SiteScaffoldError(.writeFailed(path: target, reason: SystemReason(error)), folder: root)
            }
            try Self.createNew(file.bytes, at: target, folder: root)
        }
        return files.map(\.path)
    }

    /// `text` as a YAML double-quoted scalar, so a name with ":" or "#" stays one string.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Creates `path` holding `bytes`; O_EXCL makes "is it there?" and "create it" one step.
    private static func createNew(_ bytes: [UInt8], at path: String, folder: String) throws(SiteScaffoldError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw SiteScaffoldError(.fileExists(String(path.dropFirst(folder.count + 1))), folder: folder) }
            throw SiteScaffoldError(.writeFailed(path: path, reason: SystemReason(code: errno)), folder: folder)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw SiteScaffoldError(.writeFailed(path: path, reason: SystemReason(error)), folder: folder)
        }
    }
}
