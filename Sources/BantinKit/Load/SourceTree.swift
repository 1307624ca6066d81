import Foundation

/// Everything the build reads from the site root, before any of it is interpreted.
public struct SourceTree: Sendable {
    /// A file copied to the output as it is (media, theme assets).
    public struct StaticFile: Sendable, Equatable {
        /// Where it is read from.
        public let source: URL
        /// Its path inside the output folder, e.g. "media/2021/x.jpg".
        public let outputPath: String
    }

    /// The site root (holds `content/` and `templates/`).
    public let root: URL
    /// `content/site.yml`.
    public let siteConfig: SourceFile
    /// Every `.md` under `content/articles/`, sorted by path.
    public let articles: [SourceFile]
    /// Every `.md` directly under `content/pages/`, sorted by path.
    public let pages: [SourceFile]
    /// Every `.md` directly under `content/bulletins/`, sorted by path.
    public let bulletins: [SourceFile]
    /// Every `.mustache` under `templates/`, sorted by path.
    public let templates: [SourceFile]
    /// Files of `content/media/` and `templates/assets/`, sorted by output path.
    public let staticFiles: [StaticFile]
    /// Problems found while reading (invalid UTF-8, skipped links); errors among them stop the build.
    public let diagnostics: [Diagnostic]
}
