import BantinMarkdown
import Foundation

/// What a `SiteSession` keeps between updates.
extension SiteSession {
    /// `site.yml`, read and interpreted.
    struct Settings: Sendable {
        let file: SourceFile
        let config: SiteConfig
    }

    /// One source file as last read. A class, so that the caches hand it around without copying it.
    final class CachedFile: Sendable {
        let stamp: FileStamp
        let source: Result<SourceFile, Diagnostic>
        /// The parsed document (articles and pages only).
        let parsed: Result<ParsedDocument, BuildFailure>?
        /// Unique within the session; a new one whenever the text changes, so pages can tell.
        let version: Int
        /// Moves only when what a summary shows (title, lead, cover) changes.
        let summaryVersion: Int
        /// The latest document that parsed without errors, which `summaryVersion` describes.
        let lastGood: ParsedDocument?

        init(
            stamp: FileStamp, source: Result<SourceFile, Diagnostic>, parsed: Result<ParsedDocument, BuildFailure>?,
            version: Int, summaryVersion: Int, lastGood: ParsedDocument?
        ) {
            self.stamp = stamp
            self.source = source
            self.parsed = parsed
            self.version = version
            self.summaryVersion = summaryVersion
            self.lastGood = lastGood
        }

        /// The same file read again with the same text.
        func restamped(_ stamp: FileStamp) -> CachedFile {
            CachedFile(stamp: stamp, source: source, parsed: parsed, version: version, summaryVersion: summaryVersion, lastGood: lastGood)
        }
    }

    /// What changed in the documents since the last successful build.
    struct PendingChanges: Sendable {
        /// Articles and pages parsed again.
        var documents = Set<String>()
        /// Articles whose slug (so URL), and no other field resolving reads, changed.
        var movedArticles = Set<String>()
        /// True when a document was added or removed, failed, or changed a field resolving reads.
        var reshaped = false
    }

    /// Every source file as last read, by path.
    struct CachedSources: Sendable {
        var settingsStamp: FileStamp?
        var settings: Result<Settings, BuildFailure>?
        var articles: [String: CachedFile] = [:]
        var pages: [String: CachedFile] = [:]
        var templates: [String: CachedFile] = [:]
        var templateSet: Result<TemplateSet, BuildFailure>?
        /// Moves whenever the templates are parsed again, so the next render renders every page.
        var templateVersion = 0
        var listing: SourceListing?
        var pending = PendingChanges()
        /// Sizes of the copied images; documents are parsed with them (figures get width and height).
        var imageSizes: [String: ImageSize] = [:]
    }

    /// Finds an old element's index for a new one: by position when both lists are equal (the
    /// usual case), else through a dictionary built once.
    struct Lookup<Key: Hashable> {
        let old: [Key]
        let isAligned: Bool
        private let positions: [Key: Int]

        /// - Parameter aligned: true when the caller knows both lists are equal.
        init(old: [Key], new: [Key], aligned: Bool = false) {
            self.old = old
            isAligned = aligned || old == new
            var positions: [Key: Int] = [:]
            if !isAligned {
                positions.reserveCapacity(old.count)
                for (index, key) in old.enumerated() where positions[key] == nil { positions[key] = index }
            }
            self.positions = positions
        }

        /// The index in the old list of `key`, found at `index` in the new list.
        func index(of key: Key, at index: Int) -> Int? {
            isAligned ? index : positions[key]
        }
    }

    /// A document's link warnings, and the output paths they were decided by.
    struct LinkRecord: Sendable {
        let version: Int
        let lookups: [String]
        let warnings: [Diagnostic]
    }

    /// Gives every distinct summary, category and tag a number, so that page inputs are lists of
    /// numbers, and keeps each summary's context under its number for the next render.
    ///
    /// `@unchecked Sendable` for the reason `PageRenderer` is: the contexts are dictionaries of
    /// strings, numbers and pre-escaped text, built once and never mutated. The numbers depend on
    /// the site settings (through URLs and dates), so the interner starts over with them.
    struct Interner: @unchecked Sendable {
        private var summaryIDs: [PageRenderer.SummaryKey: Int] = [:]
        private var taxonIDs: [[String]: Int] = [:]
        private var lastID = 0
        /// Summary contexts by summary number.
        var contexts: [Int: [String: Any]] = [:]

        /// The number of `key`, the same for equal keys.
        mutating func summaryID(for key: PageRenderer.SummaryKey) -> Int {
            if let id = summaryIDs[key] { return id }
            lastID += 1
            summaryIDs[key] = lastID
            return lastID
        }

        /// The number of a category or tag, given its name and path.
        mutating func taxonID(for nameAndPath: [String]) -> Int {
            if let id = taxonIDs[nameAndPath] { return id }
            lastID += 1
            taxonIDs[nameAndPath] = lastID
            return lastID
        }

        /// Forgets summaries no longer shown once they outnumber the shown ones, so that a long session
        /// of edits does not keep every old version.
        mutating func prune(keeping used: [Int]) {
            guard summaryIDs.count > 2 * used.count + 100 else { return }
            let kept = Set(used)
            summaryIDs = summaryIDs.filter { kept.contains($0.value) }
            contexts = contexts.filter { kept.contains($0.key) }
        }
    }

    /// The last site built without errors, which the next update renders against.
    struct LastBuild: Sendable {
        let resolved: Resolved
        let rendered: Rendered
        let links: [String: LinkRecord]
        let templateVersion: Int
        let now: Date
    }
}
