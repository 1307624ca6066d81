import Foundation

/// The one rule for where bantin may write, shared by `build` (its output folder) and `report` (its
/// output file): never the file-system root, a home folder, the site root or a folder above it, and
/// never inside `content/` or `templates/`, where a write would replace what the person wrote.
public enum WritableLocation {
    /// Why a location is refused.
    public enum Refusal: Equatable, Sendable, CaseIterable, CatalogueMessage {
        /// `/` itself.
        case filesystemRoot
        /// The user's home folder.
        case homeFolder
        /// The site root, or a folder that holds it.
        case holdsSiteRoot
        /// `content/` or `templates/`, or anything inside them.
        case insideSources

        /// Why, in the language of this run, to follow "không ghi vào …:".
        public var explanation: String { text }

        /// Each refusal is its own key.
        public var key: Refusal { self }

        /// The refusal `key`.
        public static func example(of key: Refusal) -> Refusal { key }

        /// The writer's reason for the same refusal.
        var writerReason: WriterError.Reason {
            switch self {
            case .filesystemRoot: .outputIsFilesystemRoot
            case .homeFolder: .outputIsHomeFolder
            case .holdsSiteRoot: .outputHoldsProjectRoot
            case .insideSources: .outputInsideSources
            }
        }
    }

    /// Why bantin may not write at `target` for the site at `root`, or nil when it may.
    /// Both are resolved first (symbolic links in the longest existing prefix), so a link cannot hide
    /// `content/` behind another name.
    public static func refusal(for target: URL, root: URL) -> Refusal? {
        refusal(forResolved: resolve(target), root: resolve(root))
    }

    /// `refusal(for:root:)` on paths already resolved with `resolve(_:)`.
    static func refusal(forResolved target: String, root: String) -> Refusal? {
        if target == "/" { return .filesystemRoot }
        let homes = [NSHomeDirectory(), ProcessInfo.processInfo.environment["HOME"]]
            .compactMap { $0 }
            .filter { !$0.isEmpty }
            .map { resolve(URL(fileURLWithPath: $0)) }
        if homes.contains(target) { return .homeFolder }
        if root == target || DiskWriter.isInside(root, folder: target) { return .holdsSiteRoot }
        for source in ["content", "templates"] {
            let folder = resolve(URL(fileURLWithPath: root).appendingPathComponent(source))
            if target == folder || DiskWriter.isInside(target, folder: folder) { return .insideSources }
        }
        return nil
    }

    /// Absolute and standardized, with symbolic links resolved in the longest existing prefix, so a
    /// file or folder that does not exist yet still resolves.
    public static func resolve(_ url: URL) -> String {
        let components = url.absoluteURL.standardizedFileURL.path.split(separator: "/").map(String.init)
        for existing in stride(from: components.count, through: 0, by: -1) {
            let prefix = "/" + components[..<existing].joined(separator: "/")
            guard let real = realpath(prefix, nil) else { continue }
            defer { free(real) }
            let base = String(cString: real)
            let missing = components[existing...]
            if missing.isEmpty { return base }
            return (base == "/" ? "" : base) + "/" + missing.joined(separator: "/")
        }
        return "/" + components.joined(separator: "/")
    }
}
