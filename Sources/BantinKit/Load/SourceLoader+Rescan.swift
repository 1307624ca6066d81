import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Updating a listing from the paths a file watcher reported, instead of listing every file again
/// (13–20 ms for 10,000 articles).
///
/// Only the simple case is handled here: regular files that were written, created or removed, in
/// folders that are not links. Anything else — a folder, a link, a path under a link — returns nil,
/// and the caller scans everything, so the rules of `scan()` stay the only rules.
extension SourceLoader {
    /// `previous` with the files at `paths` (relative to the root) stamped again, added or removed;
    /// nil when a full `scan()` is needed.
    func rescan(_ previous: SourceListing, changed paths: Set<String>) -> SourceListing? {
        var configStamp = previous.siteConfig
        var articles = previous.articles
        var pages = previous.pages
        var bulletins = previous.bulletins
        var templates = previous.templates
        var media = previous.staticFiles.filter { $0.outputPath.hasPrefix("media/") }
        var assets = previous.staticFiles.filter { $0.outputPath.hasPrefix("assets/") }
        guard media.count + assets.count == previous.staticFiles.count else { return nil }

        for path in paths {
            let components = path.split(separator: "/", omittingEmptySubsequences: false)
            guard !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
            // A name in NFD form may be the twin of a listed NFC name: only a full scan reports it.
            guard Self.isNFC(path) else { return nil }
            // Hidden files and everything in hidden folders are never read.
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            guard let status = status(of: path, components: components) else { return nil }
            let stamp = status.map(FileStamp.init)
            // A folder that went away takes its files with it; only a full scan sees them all.
            if stamp == nil, previous.contains(folder: path) { return nil }

            if path == Self.configPath {
                configStamp = stamp
            } else if path.hasPrefix("content/articles/"), path.hasSuffix(".md") {
                Self.update(&articles, path: path, stamp: stamp)
            } else if path.hasPrefix("content/pages/"), components.count == 3, path.hasSuffix(".md") {
                Self.update(&pages, path: path, stamp: stamp)
            } else if path.hasPrefix("content/bulletins/"), components.count == 3, path.hasSuffix(".md") {
                Self.update(&bulletins, path: path, stamp: stamp)
            } else if path.hasPrefix("templates/assets/") {
                Self.update(&assets, path: path, outputPath: "assets/" + path.dropFirst("templates/assets/".count), stamp: stamp)
            } else if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                Self.update(&templates, path: path, stamp: stamp)
            } else if path.hasPrefix("content/media/") {
                Self.update(&media, path: path, outputPath: "media/" + path.dropFirst("content/media/".count), stamp: stamp)
            }
        }
        return SourceListing(
            siteConfig: configStamp, articles: articles, pages: pages, bulletins: bulletins, templates: templates,
            staticFiles: media + assets, diagnostics: previous.diagnostics
        )
    }

    /// The file's status: `.some(nil)` when it does not exist, nil when a full scan must decide
    /// (it is not a regular file, or it or a folder above it is a link).
    private func status(of path: String, components: [Substring]) -> stat?? {
        var status = stat()
        var ancestor = ""
        for component in components.dropLast() {
            ancestor += ancestor.isEmpty ? String(component) : "/" + component
            guard lstat(root.appendingPathComponent(ancestor).path, &status) == 0 else { return .some(nil) }
            guard status.st_mode & S_IFMT == S_IFDIR else { return nil }
        }
        guard lstat(root.appendingPathComponent(path).path, &status) == 0 else { return errno == ENOENT || errno == ENOTDIR ? .some(nil) : nil }
        guard status.st_mode & S_IFMT == S_IFREG else { return nil }
        return .some(status)
    }

    /// Puts `path` with `stamp` in the sorted `entries`, or takes it out when `stamp` is nil.
    private static func update(_ entries: inout [SourceListing.Entry], path: String, stamp: FileStamp?) {
        let index = entries.partitionPoint { $0.path >= path }
        let present = index < entries.count && entries[index].path == path
        switch (present, stamp) {
        case (true, let stamp?): entries[index] = .init(path: path, stamp: stamp)
        case (true, nil): entries.remove(at: index)
        case (false, let stamp?): entries.insert(.init(path: path, stamp: stamp), at: index)
        case (false, nil): break
        }
    }

    private static func update(_ entries: inout [SourceListing.StaticEntry], path: String, outputPath: String, stamp: FileStamp?) {
        let index = entries.partitionPoint { $0.entry.path >= path }
        let present = index < entries.count && entries[index].entry.path == path
        switch (present, stamp) {
        case (true, let stamp?): entries[index] = .init(entry: .init(path: path, stamp: stamp), outputPath: outputPath)
        case (true, nil): entries.remove(at: index)
        case (false, let stamp?): entries.insert(.init(entry: .init(path: path, stamp: stamp), outputPath: outputPath), at: index)
        case (false, nil): break
        }
    }
}
