/// What the person asked the build for (the command-line flags).
public struct BuildOptions: Sendable, Equatable {
    /// Which documents are included.
    public var inclusion: SiteResolver.Inclusion
    /// Replaces `base_url` from site.yml.
    public var baseURLOverride: String?
    /// Makes every page's links relative (`--relative-urls`), as `relative_urls: true` in site.yml does.
    public var relativeURLs: Bool

    /// Creates options; by default drafts and future articles are left out and `base_url` is used as written.
    public init(inclusion: SiteResolver.Inclusion = .init(), baseURLOverride: String? = nil, relativeURLs: Bool = false) {
        self.inclusion = inclusion
        self.baseURLOverride = baseURLOverride
        self.relativeURLs = relativeURLs
    }
}

/// Where a build is, for a progress bar.
public struct BuildProgress: Sendable, Equatable {
    /// The stage's name as the builder records it ("render"); `BuildStage` names it for the reader.
    public let stage: String
    /// Units done in this stage.
    public let completed: Int
    /// Units in this stage.
    public let total: Int

    /// The stage's name in `language`, for the progress bar: "dựng trang".
    public func stageName(in language: Language = .current) -> String { BuildStage.name(stage, in: language) }
}

/// How long one stage took.
public struct StageTiming: Sendable, Equatable {
    /// The stage's name as the builder records it: a `BuildStage` raw value such as "check links".
    public let stage: String
    /// Its wall-clock duration.
    public let duration: Duration

    /// The stage's name in `language`, for `--verbose`: "kiểm tra liên kết".
    public func stageName(in language: Language = .current) -> String { BuildStage.name(stage, in: language) }
}
