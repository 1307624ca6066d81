/// Every file of the site, rendered in memory and not yet written.
public struct RenderedSite: Sendable {
    /// The files, pages first, then feeds, sitemap, robots.txt and copied static files.
    public let files: [RenderedFile]
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
    /// Time per stage, in order.
    public let timings: [StageTiming]
}

/// The outcome of a build that wrote its output.
public struct BuildReport: Sendable {
    /// What was rendered.
    public let site: RenderedSite
    /// What the write changed.
    public let write: WriteSummary
    /// Time per stage, including the write.
    public let timings: [StageTiming]
}
