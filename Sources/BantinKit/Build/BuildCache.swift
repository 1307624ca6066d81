import BantinTemplate
import BantinMarkdown

/// What a preview keeps between builds, so that the next build of the same pipeline reads, parses
/// and renders only what changed. `SiteBuilder` with no cache and with an empty one do the same work.
public struct BuildCache: Sendable {
    /// A source file as last read, with the stamp it had. A class: the table of sources is read
    /// entry by entry at every update, and a reference is cheaper to hand out than a result.
    final class Source: Sendable {
        let stamp: FileStamp
        let result: Result<SourceFile, Diagnostic>

        init(stamp: FileStamp, result: Result<SourceFile, Diagnostic>) {
            self.stamp = stamp
            self.result = result
        }
    }

    /// A document as last parsed, from the text it was parsed from.
    struct Document: Sendable {
        let source: SourceFile
        let result: Result<ParsedDocument, BuildFailure>
    }

    /// A page as last rendered. A class: every page of an update looks its cached page up, and a
    /// reference is cheaper to hand out than a content (a boxed context) and its bytes.
    final class RenderedPage: Sendable {
        /// What the bytes were made from; nil for a page that took another page's shared list and whose
        /// content was never made (`RenderStage.contents`): a later update then compares it by its reads
        /// only, and renders it when they changed.
        let content: Page.Content?
        let bytes: [UInt8]
        /// Where the page's template wrote its shared list (`SharedList`), when it has one.
        let listRanges: [PlaceRange]

        init(content: Page.Content?, bytes: [UInt8], listRanges: [PlaceRange] = []) {
            self.content = content
            self.bytes = bytes
            self.listRanges = listRanges
        }
    }

    /// A document's link warnings, and the output paths that decided them.
    struct LinkRecord: Sendable {
        /// The document checked: the same document (the same object) has the same text and settings.
        let document: ParsedDocument
        let lookups: [String]
        let warnings: [Diagnostic]
    }

    /// The listing the sources were read by.
    var listing: SourceListing?
    /// `content/site.yml` as last read; nil inside when it could not be read.
    var siteConfig: SourceFile??
    /// Every source file read, by path.
    var sources: [String: Source] = [:]
    /// The same, in the order of the listing's articles, pages, bulletins and templates: the stamp each
    /// had and what reading it gave. An update whose listing names the same files finds them at their places.
    var loadedInOrder: (stamps: [FileStamp], loaded: LoadedFiles)?

    /// What reading each of a list of files gave: the file, or nil and why it could not be read. Two
    /// tables rather than one of `Result`s: a `Result` of these is copied through its value witnesses,
    /// and handing 10,000 of them to the parse after every save took 3 ms; a file is a retain.
    struct LoadedFiles: Sendable {
        private(set) var files: [SourceFile?]
        private(set) var failures: [Int: Diagnostic] = [:]

        init(_ results: [Result<SourceFile, Diagnostic>]) {
            files = [SourceFile?](repeating: nil, count: results.count)
            for (index, result) in results.enumerated() { set(result, at: index) }
        }

        /// Puts in what reading the file at `index` gave.
        mutating func set(_ result: Result<SourceFile, Diagnostic>, at index: Int) {
            switch result {
            case .success(let file):
                files[index] = file
                failures[index] = nil
            case .failure(let diagnostic):
                files[index] = nil
                failures[index] = diagnostic
            }
        }
    }

    /// `site.yml` and what it gave.
    var settings: (file: SourceFile, result: Result<SiteConfig, BuildFailure>)?
    /// The image sizes and the static files they were read from.
    var imageSizes: (files: [SourceListing.StaticEntry], sizes: [String: ImageSize])?
    /// Parsed articles and pages by path; valid for `settings` and `imageSizes`.
    var documents: [String: Document] = [:]
    /// The last parse's articles and pages in the listing's order, with their sources: an update whose
    /// listing names the same files finds each unchanged document at its place, without a lookup.
    /// Valid, and emptied, with `documents`.
    var documentsInOrder: [ParsedDocument.Kind: (files: [SourceFile], results: [Result<ParsedDocument, BuildFailure>])] = [:]
    /// The parsed templates and the files they came from.
    var templates: (files: [SourceFile], result: Result<TemplateSet, BuildFailure>)?
    /// The last resolve and the documents it read; nil after a resolve that failed.
    var resolution: ResolveStage.Last?
    /// The last achievement index and the reports it was made from.
    var achievements: (reports: [AchievementIndex.ArticleReports], index: AchievementIndex)?
    /// The encoded values many pages share, kept so that an update reuses those that did not change.
    var shared = SiteContext.Shared()
    /// Pages of the last successful build by path; valid for `templates` and `relativeLinks`.
    var pages: [String: RenderedPage] = [:]
    /// What the cached pages were rendered from, with the paths of the pages (in order) and of the
    /// copied files: an update compares its pages and articles with these.
    var rendered: Rendered?

    struct Rendered: Sendable {
        let context: SiteContext
        /// The paths of the pages, then of the copied files (`RenderStage.Plan.paths`).
        let paths: [String]
        let pageCount: Int
        let outputPaths: Set<String>
        /// The pages, in the order of `paths`: what each read (`Page.reads`).
        let pages: [Page]
    }
    /// The base path the cached pages' links were made relative to; nil when they are absolute.
    var relativeLinks: String?
    /// Link warnings per document, as the last check found them.
    var links: [String: LinkRecord] = [:]
    /// The last check's warnings about bulletins, and all its warnings, sorted; nil when the next check
    /// cannot merge its changes into them (`LinkStage`).
    var sortedLinkWarnings: (bulletins: [Diagnostic], sorted: [Diagnostic])?
    /// The output paths the link records were checked against, in the order of the plan.
    var linkedPaths: [String] = []
    /// The documents of the last link check, in its order: each has its record in `links`.
    var linkedDocuments: [ParsedDocument] = []
    /// For each output path a document of `links` looks up, the documents that do: a title or date
    /// edit makes a path come and one go, and the documents to check again are found from those two.
    var linkLookups: [String: Set<ObjectIdentifier>] = [:]
    /// The last successful build's files by path and its copied files' stamps, to tell what changed.
    var outputs: (files: [RenderedFile], stamps: [String: FileStamp])?
    /// The search index's files as the preview shows them: each update shows these while the new
    /// index is built (`SiteBuilder.completeSearchIndex`); nil before the first build or without search.
    var searchFiles: [RenderedFile]?

    /// Forgets every parsed document: the settings or the image sizes they were parsed with changed.
    mutating func forgetDocuments() {
        documents = [:]
        documentsInOrder = [:]
    }

    /// Keeps `files` as the last update's output, to tell which paths the next one changes.
    /// - Returns: the files remembered until now, for the caller to free where it does not wait.
    mutating func remember(_ files: [RenderedFile], stamps: [String: FileStamp]) -> (files: [RenderedFile], stamps: [String: FileStamp])? {
        defer { outputs = (files, stamps) }
        return outputs.take()
    }

    /// False for a one-off build: the stages then keep nothing, so a large site's sources, parsed
    /// documents and rendered pages are not held twice.
    let retainsResults: Bool

    /// An empty cache: the first build reads everything, and the cache keeps what a next build reuses.
    public init() {
        retainsResults = true
    }

    /// A cache that keeps nothing, for a build that runs once.
    static var none: BuildCache { BuildCache(retainsResults: false) }

    private init(retainsResults: Bool) {
        self.retainsResults = retainsResults
    }
}
