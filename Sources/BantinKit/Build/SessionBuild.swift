/// A site built by a `SiteSession`: the same files a full build gives, and what changed since the last one.
public struct SessionBuild: Sendable {
    /// Every file of the site, in the order `SiteBuilder.render()` gives them.
    public let files: [RenderedFile]
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
    /// The path every URL of the site starts with ("/", or "/tin/" when `base_url` has a path).
    public let basePath: String
    /// True when every page was rendered (first build, settings or templates changed).
    public let isFull: Bool
    /// The HTML pages this update rendered, sorted; the others were kept from the previous build.
    public let renderedPaths: [String]
    /// Output paths whose bytes differ from the previous build, were added or were removed, sorted.
    public let changedPaths: [String]
    /// For each copied file (`.copy(of:)`), the stamp of the source the build listed, so a server can
    /// check that the path still names that very file before it sends it.
    public let copiedFiles: [String: FileStamp]
    /// Output paths of published drafts (only with `--drafts`).
    public let draftPaths: Set<String>
    /// Output paths of articles dated after the build's `now` (only with `--future`).
    public let scheduledPaths: Set<String>
    /// Time per stage, in order.
    public let timings: [StageTiming]
}
