/// The files of a site root, found and stamped but not yet read: what `SourceLoader.scan()` returns,
/// so that a preview can tell which files changed without reading them all.
struct SourceListing: Sendable, Equatable {
    /// A file the build would read, with its stamp.
    struct Entry: Sendable, Equatable {
        /// Path relative to the site root, with "/" separators.
        let path: String
        /// What the file (or the file a link inside the root points at) looked like when listed.
        let stamp: FileStamp
    }

    /// A file copied to the output as it is.
    struct StaticEntry: Sendable, Equatable {
        /// The source file.
        let entry: Entry
        /// Its path inside the output folder, e.g. "media/2021/x.jpg".
        let outputPath: String
    }

    /// The stamp of `content/site.yml`, or nil when it cannot be found.
    let siteConfig: FileStamp?
    /// Every `.md` under `content/articles/`, sorted by path.
    let articles: [Entry]
    /// Every `.md` directly under `content/pages/`, sorted by path.
    let pages: [Entry]
    /// Every `.md` directly under `content/bulletins/`, sorted by path.
    let bulletins: [Entry]
    /// Every `.mustache` under `templates/` (not under `templates/assets/`), sorted by path.
    let templates: [Entry]
    /// Files of `content/media/` and `templates/assets/`, sorted by output path within each folder.
    let staticFiles: [StaticEntry]
    /// Skipped symbolic links.
    let diagnostics: [Diagnostic]
}
