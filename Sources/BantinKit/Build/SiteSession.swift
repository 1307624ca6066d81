import Foundation

/// A site kept in memory between builds, for the preview: each `update()` runs the one pipeline of
/// `SiteBuilder` with a cache that lives between updates, so only what changed is read, parsed and
/// rendered again. The result is the same as a full build of the same files at the same `now`, with
/// the same diagnostics (`SiteSessionTests` check this after many kinds of edits).
public struct SiteSession: Sendable {
    /// The site root.
    public let root: URL
    /// What the person asked for (drafts, future articles, base URL).
    public let options: BuildOptions
    private let clock: @Sendable () -> Date
    private var cache = BuildCache()

    /// Creates a session for the site at `root`; nothing is read until `update()`.
    /// - Parameter now: read at every update, to decide which articles are "future".
    public init(root: URL, options: BuildOptions = .init(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.root = root.standardizedFileURL
        self.options = options
        self.clock = now
    }

    /// Builds the search index `site` was built without (see `RenderedSite.pendingSearchIndex`) and
    /// returns the site with it; nil when `site` waited for none.
    public mutating func completeSearchIndex(of site: RenderedSite) -> RenderedSite? {
        SiteBuilder(root: root, options: options, now: clock()).completeSearchIndex(of: site, cache: &cache)
    }

    /// Brings the site up to date with the files on disk.
    /// - Parameter paths: the files a watcher saw change, relative to the root, so that only these
    ///   are looked at again; nil (or a change the rescan cannot follow, such as a folder) looks at
    ///   every file.
    /// - Parameter indexLater: return with the previous search index while the new one is built (see
    ///   `completeSearchIndex(of:)`), as the preview does; otherwise the update is the full site.
    /// - Returns: `.unchanged` when no file changed since the previous update, else the new site or
    ///   every error found (the previous site is kept for the next comparison).
    public mutating func update(changed paths: Set<String>? = nil, indexLater: Bool = false) -> SessionUpdate {
        do {
            let builder = SiteBuilder(root: root, options: options, now: clock())
            guard let site = try builder.update(cache: &cache, changed: paths, indexLater: indexLater) else { return .unchanged }
            return .built(site)
        } catch {
            return .failed(error.diagnostics)
        }
    }
}
