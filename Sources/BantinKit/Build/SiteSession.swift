import Foundation

/// A site kept in memory between builds, for the preview: each `update()` reads only the files whose
/// stamps changed, parses only those whose text changed, resolves the site again (cheap), and renders
/// only the pages whose inputs changed.
///
/// The stages are `SiteBuilder`'s, and the result is the same as a full `SiteBuilder.render()` of the
/// same files at the same `now` (`SiteSessionTests` check this after many kinds of edits). A change
/// to `site.yml` starts over; a change to a template keeps the parsed documents and renders every page.
public struct SiteSession: Sendable {
    /// The site root.
    public let root: URL
    /// What the person asked for (drafts, future articles, base URL).
    public let options: BuildOptions
    private let clock: @Sendable () -> Date
    private var sources = CachedSources()
    private var last: LastBuild?
    private var hasUpdated = false
    /// The last version given to a parsed file; versions are never reused, even after `site.yml` changes.
    private var lastVersion = 0

    /// Creates a session for the site at `root`; nothing is read until `update()`.
    /// - Parameter now: read at every update, to decide which articles are "future".
    public init(root: URL, options: BuildOptions = .init(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.root = root.standardizedFileURL
        self.options = options
        self.clock = now
    }

    /// Brings the site up to date with the files on disk.
    /// - Returns: `.unchanged` when no file changed since the previous update, else the new site or
    ///   every error found (the previous site is kept for the next comparison).
    public mutating func update() -> SessionUpdate {
        var timer = StageTimer()
        let loader = SourceLoader(root: root)
        let scanTime = FileStamp.nanoseconds(Date())
        let listing = loader.scan()
        timer.finish("scan")

        var changed = refreshSettings(listing, loader: loader, scanTime: scanTime)
        guard case .success(let settings) = sources.settings else {
            defer { hasUpdated = true }
            return changed || !hasUpdated ? .failed(sources.settings?.failure ?? []) : .unchanged
        }
        let parser = DocumentParser(config: settings.config)
        changed = Self.refresh(&sources.articles, with: listing.articles, loader: loader, scanTime: scanTime, versions: &lastVersion) { parser.parse($0, as: .article) } || changed
        changed = Self.refresh(&sources.pages, with: listing.pages, loader: loader, scanTime: scanTime, versions: &lastVersion) { parser.parse($0, as: .page) } || changed
        if Self.refresh(&sources.templates, with: listing.templates, loader: loader, scanTime: scanTime, versions: &lastVersion, parse: nil) || sources.templateSet == nil {
            let files = listing.templates.compactMap { try? sources.templates[$0.path]?.source.get() }
            sources.templateSet = Result { () throws(BuildFailure) in try TemplateSet(files: files) }
            sources.templateVersion += 1
            changed = true
        }
        if listing.staticFiles != sources.listing?.staticFiles || listing.diagnostics != sources.listing?.diagnostics {
            changed = true
        }
        sources.listing = listing
        timer.finish("parse")
        guard changed || !hasUpdated else { return .unchanged }
        hasUpdated = true

        var diagnostics = listing.diagnostics
        for (cache, entries) in [(sources.articles, listing.articles), (sources.pages, listing.pages), (sources.templates, listing.templates)] {
            for entry in entries {
                guard let cached = cache[entry.path] else { continue }
                if case .failure(let diagnostic) = cached.source { diagnostics.append(diagnostic) }
                if case .failure(let failure)? = cached.parsed { diagnostics += failure.diagnostics }
            }
        }
        if case .failure(let failure)? = sources.templateSet { diagnostics += failure.diagnostics }
        guard case .success(let templates)? = sources.templateSet, !diagnostics.contains(where: { $0.severity == .error }) else {
            return .failed(BuildFailure(diagnostics: diagnostics).diagnostics)
        }

        let now = clock()
        let site: ResolvedSite
        do {
            site = try SiteResolver(config: settings.config, inclusion: options.inclusion, now: now)
                .resolve(articles: documents(listing.articles, in: sources.articles), pages: documents(listing.pages, in: sources.pages))
        } catch {
            return .failed(BuildFailure(diagnostics: diagnostics + error.diagnostics).diagnostics)
        }
        timer.finish("resolve")

        let rendered = render(site, templates: templates, listing: listing)
        timer.finish("render")

        let checker = LinkChecker(config: settings.config, outputPaths: rendered.outputPaths)
        let reuseLinks = last?.outputPaths == rendered.outputPaths
        var linkWarnings: [String: (version: Int, warnings: [Diagnostic])] = [:]
        for document in site.articles.map(\.document) + site.pages.map(\.document) {
            let cached = sources.articles[document.path] ?? sources.pages[document.path]
            let version = cached?.version ?? -1
            if reuseLinks, let previous = last?.linkWarnings[document.path], previous.version == version {
                linkWarnings[document.path] = previous
            } else {
                linkWarnings[document.path] = (version, checker.check(document, source: try? cached?.source.get()))
            }
        }
        diagnostics += (site.articles.map(\.document) + site.pages.map(\.document)).flatMap { linkWarnings[$0.path]!.warnings }
        diagnostics += SiteBuilder.duplicateOutputs(rendered.files)
        timer.finish("check links")
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .failed(BuildFailure(diagnostics: diagnostics).diagnostics)
        }

        let build = finish(site, rendered: rendered, warnings: diagnostics.sorted(), now: now, timings: timer.timings)
        last = LastBuild(
            pages: rendered.records, summaries: rendered.summaries, sharedInputs: rendered.sharedInputs,
            templateVersion: sources.templateVersion, outputPaths: rendered.outputPaths, linkWarnings: linkWarnings,
            files: Dictionary(uniqueKeysWithValues: rendered.files.map { ($0.path, $0.contents) }),
            copiedStamps: rendered.copiedStamps
        )
        return .built(build)
    }

    // MARK: - Reading

    /// Reads `site.yml` again when its stamp changed; different settings start the session over.
    /// - Returns: whether the settings changed (or could not be read).
    private mutating func refreshSettings(_ listing: SourceListing, loader: SourceLoader, scanTime: Int64) -> Bool {
        if sources.settings != nil, let stamp = listing.siteConfig, stamp == sources.settingsStamp, !stamp.isRecent(at: scanTime) { return false }
        let result = Result { () throws(BuildFailure) -> Settings in
            let file = try loader.readConfig()
            return Settings(file: file, config: try SiteConfig.load(from: file, baseURLOverride: options.baseURLOverride))
        }
        sources.settingsStamp = listing.siteConfig
        if case .success(let old)? = sources.settings, case .success(let new) = result, old.file == new.file { return false }
        sources = CachedSources()
        sources.settings = result
        sources.settingsStamp = listing.siteConfig
        last = nil
        return true
    }

    /// Brings `cache` in line with `entries`: files whose stamp changed are read again, and parsed
    /// again (with a new version) only when their text changed.
    ///
    /// A file modified shortly before the scan is read again at the next update even when its stamp
    /// is the same: timestamps advance in clock ticks of a few milliseconds, so a second save within
    /// one tick, of the same size, would otherwise go unnoticed (Git calls these entries "racily clean").
    /// - Returns: whether any file was added, removed or changed its text.
    private static func refresh(
        _ cache: inout [String: CachedFile], with entries: [SourceListing.Entry], loader: SourceLoader,
        scanTime: Int64, versions: inout Int, parse: (@Sendable (SourceFile) -> Result<ParsedDocument, BuildFailure>)?
    ) -> Bool {
        var next: [String: CachedFile] = [:]
        next.reserveCapacity(entries.count)
        var stale: [SourceListing.Entry] = []
        for entry in entries {
            if let cached = cache[entry.path], cached.stamp == entry.stamp, !entry.stamp.isRecent(at: scanTime) {
                next[entry.path] = cached
            } else {
                stale.append(entry)
            }
        }
        var changed = next.count + stale.count != cache.count || stale.contains { cache[$0.path] == nil }
        var toParse: [(entry: SourceListing.Entry, file: SourceFile)] = []
        for (entry, source) in zip(stale, loader.readEach(stale.map(\.path))) {
            if let cached = cache[entry.path], cached.source == source {
                next[entry.path] = CachedFile(stamp: entry.stamp, source: source, parsed: cached.parsed, version: cached.version)
            } else if case .success(let file) = source, parse != nil {
                toParse.append((entry, file))
            } else {
                next[entry.path] = CachedFile(stamp: entry.stamp, source: source, parsed: nil, version: Self.next(&versions))
                changed = true
            }
        }
        if let parse, !toParse.isEmpty {
            let parsed = toParse.parallelMap { parse($0.file) }
            for (item, result) in zip(toParse, parsed) {
                next[item.entry.path] = CachedFile(stamp: item.entry.stamp, source: .success(item.file), parsed: result, version: Self.next(&versions))
            }
            changed = true
        }
        cache = next
        return changed
    }

    private static func next(_ version: inout Int) -> Int {
        version += 1
        return version
    }

    /// The parsed documents of `entries`, in listing (path) order, as a full build passes them on.
    private func documents(_ entries: [SourceListing.Entry], in cache: [String: CachedFile]) -> [ParsedDocument] {
        entries.compactMap { entry in
            guard case .success(let document)? = cache[entry.path]?.parsed else { return nil }
            return document
        }
    }

    // MARK: - Rendering

    /// The files of a render, and what the next update compares against.
    private struct Rendered {
        var files: [RenderedFile]
        var records: [String: PageRecord]
        var renderedPaths: [String]
        var isFull: Bool
        var summaries: SummaryCache
        var sharedInputs: [String]
        var outputPaths: Set<String>
        var copiedStamps: [String: FileStamp]
    }

    /// Renders the pages whose inputs changed since the last build, and takes the others from it.
    private func render(_ site: ResolvedSite, templates: TemplateSet, listing: SourceListing) -> Rendered {
        let versions = site.articles.map { sources.articles[$0.document.path]?.version ?? -1 }
        let pageVersions = site.pages.map { sources.pages[$0.document.path]?.version ?? -1 }
        let keys = PageRenderer.summaryKeys(of: site)
        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        var summaryContexts: [[String: Any]] = []
        summaryContexts.reserveCapacity(keys.count)
        var summaryCache: [PageRenderer.SummaryKey: [String: Any]] = [:]
        summaryCache.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            let context = last?.summaries.contexts[key] ?? PageRenderer.summaryContext(for: site.articles[index], in: site, formatter: formatter)
            summaryContexts.append(context)
            summaryCache[key] = context
        }
        let renderer = PageRenderer(site: site, templates: templates, summaries: summaryContexts)

        let jobs = renderer.jobs()
        let paths = jobs.map { renderer.outputPath(of: $0) }
        let inputs = jobs.map { renderer.inputs(of: $0, summaryKeys: keys, articleVersions: versions, pageVersions: pageVersions) }
        let sharedInputs = renderer.sharedInputs()
        let isFull = last == nil || last?.templateVersion != sources.templateVersion || last?.sharedInputs != sharedInputs
        var stale: [Int] = []
        for index in jobs.indices {
            if isFull || last?.pages[paths[index]]?.inputs != inputs[index] { stale.append(index) }
        }
        var pages: [RenderedFile?] = paths.map { path in last?.pages[path].map { RenderedFile(path: path, contents: $0.contents) } }
        for (index, file) in zip(stale, renderer.render(stale.map { jobs[$0] })) { pages[index] = file }
        let pageFiles = pages.map { $0! }

        var records: [String: PageRecord] = [:]
        records.reserveCapacity(jobs.count)
        for (index, file) in pageFiles.enumerated() { records[file.path] = PageRecord(inputs: inputs[index], contents: file.contents) }

        var files = pageFiles + renderer.feeds()
        files.append(renderer.sitemap(pages: pageFiles))
        files.append(renderer.robots())
        var copiedStamps: [String: FileStamp] = [:]
        for file in listing.staticFiles {
            files.append(RenderedFile(path: file.outputPath, contents: .copy(of: root.appendingPathComponent(file.entry.path))))
            copiedStamps[file.outputPath] = file.entry.stamp
        }
        return Rendered(
            files: files, records: records, renderedPaths: stale.map { paths[$0] }.sorted(), isFull: isFull,
            summaries: SummaryCache(contexts: summaryCache), sharedInputs: sharedInputs,
            outputPaths: Set(files.map(\.path)), copiedStamps: copiedStamps
        )
    }

    /// The build's result: what changed against the last build, and which pages are drafts or scheduled.
    private func finish(_ site: ResolvedSite, rendered: Rendered, warnings: [Diagnostic], now: Date, timings: [StageTiming]) -> SessionBuild {
        var changedPaths: [String] = []
        for file in rendered.files {
            if let stamp = rendered.copiedStamps[file.path] {
                if last?.copiedStamps[file.path] != stamp || last?.files[file.path] != file.contents { changedPaths.append(file.path) }
            } else if last?.files[file.path] != file.contents {
                changedPaths.append(file.path)
            }
        }
        if let last {
            changedPaths += last.files.keys.filter { !rendered.outputPaths.contains($0) }
        }
        var drafts = Set<String>()
        var scheduled = Set<String>()
        for article in site.articles {
            if article.document.draft { drafts.insert(PageRenderer.outputPath(article.sitePath)) }
            if article.date > now { scheduled.insert(PageRenderer.outputPath(article.sitePath)) }
        }
        for page in site.pages where page.document.draft { drafts.insert(PageRenderer.outputPath(page.sitePath)) }
        return SessionBuild(
            files: rendered.files, warnings: warnings, articleCount: site.articles.count, pageCount: site.pages.count,
            skippedDrafts: site.skippedDrafts, skippedFuture: site.skippedFuture, isFull: rendered.isFull,
            renderedPaths: rendered.renderedPaths, changedPaths: changedPaths.sorted(), copiedFiles: rendered.copiedStamps,
            draftPaths: drafts, scheduledPaths: scheduled, timings: timings
        )
    }
}

// MARK: - State kept between updates

extension SiteSession {
    /// `site.yml`, read and interpreted.
    struct Settings: Sendable {
        let file: SourceFile
        let config: SiteConfig
    }

    /// One source file as last read.
    struct CachedFile: Sendable {
        let stamp: FileStamp
        let source: Result<SourceFile, Diagnostic>
        /// The parsed document (articles and pages only).
        let parsed: Result<ParsedDocument, BuildFailure>?
        /// Unique within the session; a new one whenever the text changes, so pages can tell.
        let version: Int
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
    }

    /// A page of the last build: what it was rendered from, and its bytes.
    struct PageRecord: Sendable {
        let inputs: PageRenderer.PageInputs
        let contents: RenderedFile.Contents
    }

    /// Summary contexts by what they show, reused by the next render.
    ///
    /// `@unchecked Sendable` for the reason `PageRenderer` is: the contexts are dictionaries of
    /// strings, numbers and pre-escaped text, built once and never mutated.
    struct SummaryCache: @unchecked Sendable {
        let contexts: [PageRenderer.SummaryKey: [String: Any]]
    }

    /// The last site built without errors, which the next update renders against.
    struct LastBuild: Sendable {
        let pages: [String: PageRecord]
        let summaries: SummaryCache
        let sharedInputs: [String]
        let templateVersion: Int
        let outputPaths: Set<String>
        let linkWarnings: [String: (version: Int, warnings: [Diagnostic])]
        let files: [String: RenderedFile.Contents]
        let copiedStamps: [String: FileStamp]
    }
}

extension Result where Failure == BuildFailure {
    /// The diagnostics of a failure, or nil on success.
    var failure: [Diagnostic]? {
        if case .failure(let failure) = self { return failure.diagnostics }
        return nil
    }
}

/// Times consecutive stages.
struct StageTimer {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private(set) var timings: [StageTiming] = []

    init() {
        start = clock.now
    }

    /// Records the time since the previous stage ended as `stage`.
    mutating func finish(_ stage: String) {
        let end = clock.now
        timings.append(StageTiming(stage: stage, duration: end - start))
        start = end
    }
}
