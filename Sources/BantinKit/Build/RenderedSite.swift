/// Every file of the site, rendered in memory and not yet written.
public struct RenderedSite: Sendable {
    /// The files, pages first (in the order of `SitePages`), then copied static files.
    public internal(set) var files: [RenderedFile]
    /// Problems that do not stop the build: missing images, broken internal links, skipped files.
    public let warnings: [Diagnostic]
    /// The warnings about broken internal links and missing images, which `check` reports as errors.
    public let linkProblems: [Diagnostic]
    /// Published articles.
    public let articleCount: Int
    /// Published pages.
    public let pageCount: Int
    /// Drafts left out.
    public let skippedDrafts: Int
    /// Future articles left out.
    public let skippedFuture: Int
    /// The path every URL of the site starts with ("/", or "/tin/" when `base_url` has a path).
    public let basePath: String
    /// The pages this run rendered, sorted; the others came from the cache unchanged.
    public internal(set) var renderedPaths: [String]
    /// Of those, the pages whose only change was their shared list ("Các tin khác"), which took it
    /// from another page's render (`SharedList`), sorted.
    public internal(set) var splicedPaths: [String] = []
    /// Output paths whose bytes (or copied source) differ from the previous run with the same cache,
    /// were added or were removed, sorted; every path on a first run.
    public internal(set) var changedPaths: [String]
    /// The indices in `files` of the changed paths the site still has (the others were removed), in
    /// no particular order: the preview takes these files without looking every path up.
    public internal(set) var changedFiles: [Int] = []
    /// The changed paths the site no longer has, in no particular order: with `changedFiles`, every
    /// changed path once.
    public internal(set) var removedPaths: [String] = []
    /// Output paths of published drafts (only with `--drafts`).
    public let draftPaths: Set<String>
    /// Output paths of articles dated after the build's `now` (only with `--future`).
    public let scheduledPaths: Set<String>
    /// For each copied file (`.copy(of:)`), the stamp of the source the build listed, so a server can
    /// check that the path still names that very file before it sends it.
    public let copiedFiles: [String: FileStamp]
    /// Time per stage, in order.
    public internal(set) var timings: [StageTiming]
    /// The search index of this update, not built yet: `files` holds the previous one meanwhile, and
    /// `SiteSession.completeSearchIndex(of:)` builds it. Only the preview has one.
    public internal(set) var pendingSearchIndex: PendingSearchIndex? = nil
}

/// A search index still to be built, for the preview to show once its pages are shown.
public struct PendingSearchIndex: Sendable {
    let work: Background<[RenderedFile]?>
    let cancellation: Cancellation

    /// Starts building the index on another thread; `finished` is called there once it is done (or
    /// has stopped after `cancel()`). Without it, `SiteSession.completeSearchIndex(of:)` builds it.
    public func start(then finished: @escaping @Sendable () -> Void) {
        work.start(then: finished)
    }

    /// True once the index started by `start(then:)` is built.
    public var isFinished: Bool { work.isFinished }

    /// Stops the index at its next document: the site it indexes is no longer the newest, and the
    /// next update builds the index of the one that is.
    public func cancel() {
        cancellation.cancel()
    }

    /// Holds the index at its next document, until `resume()` or `cancel()`: the preview does while it
    /// updates the site after a save, so that the update has the cores to itself.
    public func pause() {
        cancellation.pause()
    }

    /// Lets a paused index go on.
    public func resume() {
        cancellation.resume()
    }
}

/// The outcome of a build that wrote its output.
public struct BuildReport: Sendable {
    /// Problems that do not stop the build, sorted.
    public let warnings: [Diagnostic]
    /// Published articles.
    public let articleCount: Int
    /// Published pages.
    public let pageCount: Int
    /// Drafts left out.
    public let skippedDrafts: Int
    /// Future articles left out.
    public let skippedFuture: Int
    /// Files of the site: pages, feeds, data files and copied files.
    public let fileCount: Int
    /// What the write changed.
    public let write: WriteSummary
    /// Time per stage, including rendering and writing, which a build does batch by batch together.
    public let timings: [StageTiming]
}
