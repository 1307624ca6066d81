import BantinMarkdown
import Foundation

/// Builds a site. Read this first: `run` is the list of stages, in order, for `build`, `check`,
/// `report` and the preview alike.
///
///     load → parse → resolve → render → check links → (write)
///
/// Every stage reports all the problems it finds, and the build stops before rendering (and again
/// before writing) when any of them is an error, so one build reports every error of every kind of
/// file: articles, pages, bulletins, `site.yml` and templates. The preview passes a `BuildCache`
/// that lives between its updates; each stage then redoes only what changed. Nothing else differs.
/// Effects come in through `init`: a build of the same files at the same `now` is the same bytes.
public struct SiteBuilder: Sendable {
    public let root: URL
    public let options: BuildOptions
    /// The clock reading that decides which articles are "future".
    public let now: Date
    private let progress: (@Sendable (BuildProgress) -> Void)?
    /// Documents above which a build makes the search index's files as they are written
    /// (`SearchIndex.streamedAbove`; tests lower it).
    var indexStreamedAbove = SearchIndex.streamedAbove

    /// Creates a builder for the site at `root`.
    public init(root: URL, options: BuildOptions = .init(), now: Date = Date(), progress: (@Sendable (BuildProgress) -> Void)? = nil) {
        self.root = root.standardizedFileURL
        self.options = options
        self.now = now
        self.progress = progress
    }

    /// The stages before the write.
    /// - Parameters:
    ///   - cache: what the previous run kept; nil reads, parses and renders everything.
    ///   - changed: the files a watcher saw change (relative to the root), so only these are looked at again.
    /// - Throws: `BuildFailure` with every error found and the warnings.
    public func render(cache: inout BuildCache, changed: Set<String>? = nil) throws(BuildFailure) -> RenderedSite {
        // Without `onlyIfChanged` a run always renders.
        try run(cache: &cache, changed: changed, onlyIfChanged: false)!
    }

    /// The stages before the write, as `render(cache:changed:)`, but nil when no file changed since
    /// the cache's last run: what the preview asks after each file event.
    /// - Throws: `BuildFailure` with every error found and the warnings.
    /// - Parameter indexLater: return once the pages are rendered, with the previous search index and
    ///   the new one still being built (`RenderedSite.pendingSearchIndex`), as the preview wants.
    public func update(cache: inout BuildCache, changed: Set<String>? = nil, indexLater: Bool = false) throws(BuildFailure) -> RenderedSite? {
        try run(cache: &cache, changed: changed, onlyIfChanged: true, indexLater: indexLater)
    }

    /// The stages up to the render, in order: load, parse, resolve, the list of pages, the links.
    /// Every stage reports every problem it finds; an error stops the run before rendering.
    /// - Returns: nil when `onlyIfChanged` and no file changed since the cache's last run.
    /// - Parameter indexing: when the search index is built; apart from the pages, `Prepared.searchIndex`
    ///   hands its files over.
    /// - Parameter spill: where the bodies' HTML waits for the render (a build's), nil to keep it in memory.
    private func prepare(
        cache: inout BuildCache, changed: Set<String>?, onlyIfChanged: Bool, indexing: SearchIndexing = .withThePages, spill: BodySpill? = nil
    ) throws(BuildFailure) -> Prepared? {
        var timer = StageTimer()
        var diagnostics: [Diagnostic] = []

        report("load", 0, 1)
        let sources = SourceStage(root: root).load(cache: &cache, changed: changed)
        if onlyIfChanged, sources.unchanged { return nil }
        diagnostics += sources.diagnostics
        timer.finish("load")

        report("parse", 0, sources.documentCount)
        let parsed = ParseStage(options: options, spill: spill).parse(sources, cache: &cache)
        diagnostics += parsed.diagnostics
        timer.finish("parse")

        report("resolve", 0, 1)
        let resolution = parsed.content.map { ResolveStage(options: options, now: now).resolve($0, templates: parsed.templates, cache: &cache) }
        let resolved = resolution?.resolved
        diagnostics += resolution?.diagnostics ?? []
        guard let resolved, let templates = parsed.templates, !diagnostics.containsError else { throw BuildFailure(diagnostics: diagnostics) }
        let config = resolved.site.config
        let renderer = RenderStage(
            templates: templates, relativeLinks: options.relativeURLs || config.relativeURLs ? RelativeLinks(basePath: config.basePath) : nil
        )
        let site = resolved.site
        let streamsIndex = indexing == .besideThePagesStreamedWhenLarge && site.articles.count + site.pages.count > indexStreamedAbove
        let streamedIndex = streamsIndex && renderer.hasSearchPage ? Background { SearchIndex(site: site) } : nil
        let searchIndex = indexing != .withThePages && !streamsIndex && renderer.hasSearchPage
            ? renderer.searchIndex(of: site, deferred: indexing == .afterThePages) : nil
        let indexesApart = searchIndex != nil || streamedIndex != nil
        let plan = renderer.plan(resolved, staticFiles: sources.staticFiles, indexesApart: indexesApart, cache: &cache)
        timer.finish("resolve")

        let links = LinkStage(config: config).check(
            resolved, sources: sources, paths: plan.paths, outputPaths: plan.outputPaths, unlistedFolder: indexesApart ? SearchIndex.dataFolder : nil,
            placesSince: plan.placesSinceCached, cache: &cache
        )
        // The link warnings come sorted (and most often as the last update left them): they are merged
        // with the others, which come before them on a tie, and the duplicates, which come after.
        let warnings = diagnostics.sorted().merged(with: links.warnings).merged(with: plan.duplicates.sorted())
        timer.finish("check links")
        guard !plan.duplicates.containsError else {
            searchIndex?.cancel()
            throw BuildFailure(diagnostics: warnings)
        }
        return Prepared(
            copiedStamps: sources.copiedStamps, site: resolved.site, renderer: renderer, plan: plan,
            searchIndex: searchIndex, streamedIndex: streamedIndex,
            warnings: warnings, linkProblems: links.warnings, timer: timer
        )
    }

    /// When the search index is built.
    private enum SearchIndexing {
        /// As one of the planned pages (`check`, and every update not asked to index later).
        case withThePages
        /// At once on another thread, beside the link check, rendering and writing (`build`, and the
        /// preview's first build).
        case besideThePages
        /// After the pages are shown, by `completeSearchIndex(of:cache:)` (the preview).
        case afterThePages
        /// As `besideThePages`, but a site of more than `SearchIndex.streamedAbove` documents has its
        /// index files made as the writer takes them, after the pages (`build`): they are not all held
        /// at once (170 MB at 100,000 articles). A smaller site's are made beside the pages, where a
        /// core is often idle.
        case besideThePagesStreamedWhenLarge
    }

    /// What the stages before the render found, and the pages to render.
    private struct Prepared {
        /// For each copied file, the stamp of its source when listed. The sources' texts are not kept:
        /// nothing after the link check reads them, and at 100,000 articles they weigh most of a gigabyte.
        let copiedStamps: [String: FileStamp]
        let site: ResolvedSite
        let renderer: RenderStage
        let plan: RenderStage.Plan
        /// The search index being built apart, when `prepare` was asked to.
        var searchIndex: PendingSearchIndex?
        /// The search index of a large site, being built apart, its files to be made as they are written.
        var streamedIndex: Background<SearchIndex>?
        let warnings: [Diagnostic]
        let linkProblems: [Diagnostic]
        var timer: StageTimer
    }

    /// The stages, then every page rendered in memory.
    private func run(cache: inout BuildCache, changed: Set<String>?, onlyIfChanged: Bool, indexLater: Bool = false) throws(BuildFailure) -> RenderedSite? {
        // The preview shows the last index until the new one is built, after the pages: a save at
        // 10,000 articles then waits for its pages only, not for the whole index. Its first build has
        // no index to show: it builds one beside the pages and waits for it, so that its list of pages
        // is the one every update has (an update compares pages article by article only then).
        let indexing: SearchIndexing
        switch (indexLater && cache.retainsResults, cache.searchFiles != nil) {
        case (true, true): indexing = .afterThePages
        case (true, false): indexing = .besideThePages
        case (false, _): indexing = .withThePages
        }
        guard var prepared = try prepare(cache: &cache, changed: changed, onlyIfChanged: onlyIfChanged, indexing: indexing) else { return nil }
        report("render", 0, prepared.plan.pages.count)
        // The files are taken apart from the paths rendered: appending the index to the files is then
        // in place, not a copy of 14,700 files.
        let (renderedFiles, renderedPaths, splicedPaths) = prepared.renderer.render(
            prepared.plan.pages[...], changes: prepared.plan.changes, cachedReads: prepared.plan.cachedReads,
            spliceable: (prepared.plan.spliceable, prepared.plan.context.summaries), gone: prepared.plan.gone, cache: &cache
        )
        if cache.retainsResults {
            let plan = prepared.plan
            let last = cache.rendered
            cache.rendered = BuildCache.Rendered(
                context: plan.context, paths: plan.paths, pageCount: plan.pages.count, outputPaths: plan.outputPaths,
                pages: plan.pages
            )
            Self.freeElsewhere(consume last)
        }
        report("render", prepared.plan.pages.count, prepared.plan.pages.count)
        prepared.timer.finish("render")

        var files = consume renderedFiles
        var pendingSearchIndex = prepared.searchIndex
        if indexing == .besideThePages, let pending = pendingSearchIndex {
            pendingSearchIndex = nil
            if let index = pending.work.wait() {
                files += index
                cache.searchFiles = index
            }
        } else if prepared.searchIndex != nil {
            files += cache.searchFiles ?? []
        } else if cache.retainsResults {
            cache.searchFiles = prepared.renderer.hasSearchPage ? files.filter { $0.path.hasPrefix(SearchIndex.dataFolder) } : nil
        }
        files += prepared.plan.copies
        let site = prepared.site
        let stamps = prepared.copiedStamps
        let changed = Self.changedPaths(files, stamps: stamps, previous: cache.outputs)
        if cache.retainsResults { Self.freeElsewhere(cache.remember(files, stamps: stamps)) }
        let rendered = RenderedSite(
            files: files, warnings: prepared.warnings, linkProblems: prepared.linkProblems,
            articleCount: site.articles.count, pageCount: site.pages.count,
            skippedDrafts: site.skippedDrafts, skippedFuture: site.skippedFuture, basePath: site.config.basePath,
            renderedPaths: renderedPaths.sorted(), splicedPaths: splicedPaths.sorted(), changedPaths: changed.paths, changedFiles: changed.files,
            removedPaths: changed.removed,
            draftPaths: Self.draftPaths(site), scheduledPaths: Self.scheduledPaths(site, now: now),
            copiedFiles: stamps, timings: prepared.timer.timings,
            pendingSearchIndex: pendingSearchIndex
        )
        if cache.retainsResults { Self.freeElsewhere(consume prepared) }
        return rendered
    }

    /// Lets `value` be freed on another thread: the preview's page list (14,700 pages at 10,000
    /// articles, each with its closure) takes milliseconds to free, which a reload need not wait for.
    /// The caller hands over its last reference (`consume`): a copy it kept would be the last one let
    /// go, on its own thread. The value waits in a box that the other thread empties, so it is freed
    /// there even when that thread gets to it before this call returns.
    static func freeElsewhere<Value: Sendable>(_ value: consuming Value) {
        let box = FreedElsewhere(consume value)
        DispatchQueue.global(qos: .utility).async { box.free() }
    }

    /// What `freeElsewhere` hands to the other thread.
    private final class FreedElsewhere<Value: Sendable>: @unchecked Sendable {
        // @unchecked: `value` is set in `init` and then only emptied, once, by the thread that frees it.
        private var value: Value?

        init(_ value: consuming Value) {
            self.value = consume value
        }

        func free() {
            value = nil
        }
    }

    /// `site` with the search index it was waiting for, once built; nil when it waited for none or
    /// the index was cancelled.
    /// Its `changedPaths` are the index files that changed since the index `site` showed.
    public func completeSearchIndex(of site: RenderedSite, cache: inout BuildCache) -> RenderedSite? {
        guard let pending = site.pendingSearchIndex, let index = pending.work.wait() else { return nil }
        cache.searchFiles = index
        var indexed = site
        // In the order of an update's files (pages, index, copied files), so that the next update
        // compares them pair by pair.
        let files = site.files.filter { !$0.path.hasPrefix(SearchIndex.dataFolder) }
        let copies = files.firstIndex { if case .copy = $0.contents { true } else { false } } ?? files.endIndex
        indexed.files = Array(files[..<copies]) + index + files[copies...]
        (indexed.changedPaths, indexed.changedFiles, indexed.removedPaths) = Self.changedPaths(
            indexed.files, stamps: site.copiedFiles, previous: cache.outputs
        )
        indexed.renderedPaths = []
        indexed.splicedPaths = []
        indexed.timings = []
        indexed.pendingSearchIndex = nil
        Self.freeElsewhere(cache.remember(indexed.files, stamps: site.copiedFiles))
        return indexed
    }

    /// The stages before the write, from scratch.
    /// - Throws: `BuildFailure` with every error found and the warnings.
    public func render() throws(BuildFailure) -> RenderedSite {
        var cache = BuildCache.none
        return try render(cache: &cache)
    }

    /// How many pages are rendered and handed to the writer at once: memory is bounded by a batch,
    /// not by the site.
    static let writeBatchSize = 1_000

    /// Renders the site batch by batch into `writer`; nothing in the output changes unless every
    /// stage succeeded and every file could be written.
    /// - Throws: `BuildFailure` with every error found (and the warnings), or with the writer's error.
    public func build(into writer: inout some OutputWriter) throws(BuildFailure) -> BuildReport {
        let (report, built) = try buildKeepingTheSite(into: &writer)
        // 10,000 documents, 14,700 pages and the search index take a tenth of a second to free, which
        // the person waiting for the build need not wait for (a command exits before it ends).
        Self.freeElsewhere(consume built)
        return report
    }

    /// `build(into:)`, and what it built, handed over so that the caller decides where it is freed.
    private func buildKeepingTheSite(into writer: inout some OutputWriter) throws(BuildFailure) -> (BuildReport, Prepared) {
        var cache = BuildCache.none
        let spill = writer.scratchFolder.flatMap(BodySpill.init(near:))
        guard var prepared = try prepare(
            cache: &cache, changed: nil, onlyIfChanged: false, indexing: .besideThePagesStreamedWhenLarge, spill: spill
        ) else {
            throw BuildFailure(diagnostics: [])
        }
        let plan = prepared.plan
        let renderer = prepared.renderer
        let total = plan.pages.count
        let progress = self.progress
        // The pages made from the whole site come last, in a batch of their own, one page to a core at
        // a time: at 100,000 articles they are megabytes each, and rendered beside a batch's small
        // pages, they kept one core busy for most of a second after the other had finished. Last, not
        // first: the search index is being built beside the first batches, and with it they raised the
        // build's peak by 44 MB.
        let pages = plan.pages.filter { !$0.isWholeSite } + plan.pages.filter(\.isWholeSite)
        let others = total - pages.reversed().prefix(while: \.isWholeSite).count
        let starts = Array(stride(from: 0, to: others, by: Self.writeBatchSize)) + (others < total ? [others] : [])
        let batches = starts.indices.lazy.map { batch -> [RenderedFile] in
            var none = BuildCache.none
            let end = batch + 1 < starts.count ? starts[batch + 1] : total
            let files = renderer.render(pages[starts[batch]..<end], cache: &none).files
            progress?(BuildProgress(stage: "render", completed: end, total: total))
            return files
        }
        let summary: WriteSummary
        let indexFiles = Counter()
        do {
            // Lazily, batch after batch: the next batch is rendered only when the writer has staged the last one.
            // The search index, built meanwhile, is written between two batches as soon as it is ready.
            let searchIndex = prepared.searchIndex
            let streamedIndex = prepared.streamedIndex
            let index: PagesAndIndex.Index?
            if let streamedIndex {
                // A large site's index files, made batch by batch as the writer asks.
                index = PagesAndIndex.Index(isReady: { streamedIndex.isFinished }) {
                    var files = SearchIndex.FileBatches(index: streamedIndex.take())
                    return AnyIterator {
                        let batch = files.next()
                        indexFiles.add(batch?.count ?? 0)
                        return batch
                    }
                }
            } else if let searchIndex {
                index = PagesAndIndex.Index(isReady: { searchIndex.isFinished }) {
                    var files = searchIndex.work.take()
                    indexFiles.add(files?.count ?? 0)
                    return AnyIterator { files.take() }
                }
            } else {
                index = nil
            }
            let files = PagesAndIndex(pages: batches, index: index)
            summary = try writer.write(batches: [AnySequence(files), AnySequence(CollectionOfOne(plan.copies))].joined())
        } catch let error as WriterError {
            throw BuildFailure(diagnostics: prepared.warnings + [Diagnostic(.error, path: error.path, message: error)])
        } catch {
            throw BuildFailure(diagnostics: prepared.warnings + [Diagnostic(.error, path: "site", message: SiteMessage.cannotWriteSite(detail: "\(error)"))])
        }
        prepared.timer.finish("render and write")
        let site = prepared.site
        let report = BuildReport(
            warnings: prepared.warnings, articleCount: site.articles.count, pageCount: site.pages.count,
            skippedDrafts: site.skippedDrafts, skippedFuture: site.skippedFuture, fileCount: total + indexFiles.value + plan.copies.count,
            write: summary, timings: prepared.timer.timings
        )
        return (report, prepared)
    }

    /// Runs every stage but the write; broken links and missing images count as errors.
    /// - Returns: all diagnostics, errors and warnings, sorted by file and position.
    public func check() -> [Diagnostic] {
        do {
            let site = try render()
            let linkErrors = site.linkProblems.map { $0.with(.error) }
            let linkProblems = Set(site.linkProblems)
            return (site.warnings.filter { !linkProblems.contains($0) } + linkErrors + themeLinkProblems(site)).sorted()
        } catch {
            return error.diagnostics
        }
    }

    /// Files the theme links that the site does not have, at the template line that links them.
    private func themeLinkProblems(_ site: RenderedSite) -> [Diagnostic] {
        var cache = BuildCache.none
        let sources = SourceStage(root: root).load(cache: &cache, changed: nil)
        return ThemeLinkChecker(basePath: site.basePath).check(site.files, templates: sources.templates)
    }

    /// What `bantin report` needs: the stages up to resolve, without templates, so a broken theme cannot stop it.
    /// - Returns: the site, its achievements, and the warnings found (such as a record dated after its article).
    /// - Throws: `BuildFailure` with every error in the content.
    public func achievements() throws(BuildFailure) -> (site: ResolvedSite, achievements: AchievementIndex, warnings: [Diagnostic]) {
        var cache = BuildCache.none
        let sources = SourceStage(root: root).load(cache: &cache, changed: nil)
        let parsed = ParseStage(options: options, needsTemplates: false).parse(sources, cache: &cache)
        var diagnostics = sources.diagnostics + parsed.diagnostics
        let resolution = parsed.content.map { ResolveStage(options: options, now: now).resolve($0, templates: nil, cache: &cache) }
        let resolved = resolution?.resolved
        diagnostics += resolution?.diagnostics ?? []
        guard let resolved, !diagnostics.containsError else { throw BuildFailure(diagnostics: diagnostics) }
        return (resolved.site, resolved.achievements, diagnostics.sorted())
    }

    private func report(_ stage: String, _ completed: Int, _ total: Int) {
        progress?(BuildProgress(stage: stage, completed: completed, total: total))
    }

    /// Output paths whose bytes differ from the previous build's, were added or were removed, sorted;
    /// the indices in `files` of those the site has, and those it has no longer.
    private static func changedPaths(
        _ files: [RenderedFile], stamps: [String: FileStamp], previous: (files: [RenderedFile], stamps: [String: FileStamp])?
    ) -> (paths: [String], files: [Int], removed: [String]) {
        guard let previous else { return (files.map(\.path).sorted(), Array(files.indices), []) }
        // Only copied files have stamps; a file that was copied and now is not has other contents.
        func restamped(_ file: RenderedFile) -> Bool {
            guard case .copy = file.contents else { return false }
            return previous.stamps[file.path] != stamps[file.path]
        }
        // Files at the same place as in the last update are compared pair by pair, by index (a pair of
        // files copied out of the lists is four retains); only those at places that differ (a new URL,
        // a moved article) are matched by path.
        let old = previous.files
        let places = PlacedChanges(oldCount: old.count, newCount: files.count) { old[$0].path == files[$0].path }
        var changed: [String] = []
        var changedFiles: [Int] = []
        var moved = places.newPlaces.makeIterator()
        var nextMoved = moved.next()
        for index in files.indices {
            if index == nextMoved {
                nextMoved = moved.next()
            } else if old[index].contents != files[index].contents || restamped(files[index]) {
                changed.append(files[index].path)
                changedFiles.append(index)
            }
        }
        // Those at places that differ are compared with the file that had their path, wherever it was.
        let (earlier, gone) = places.earlierPlaces(oldCount: old.count, oldPath: { old[$0].path }, newPath: { files[$0].path })
        for (index, before) in zip(places.newPlaces, earlier) {
            let file = files[index]
            if let before, old[before].contents == file.contents, !restamped(file) { continue }
            changed.append(file.path)
            changedFiles.append(index)
        }
        // What is left was at paths the site no longer has.
        let removed = gone.map { old[$0].path }
        changed += removed
        return (changed.sorted(), changedFiles, removed)
    }

    private static func draftPaths(_ site: ResolvedSite) -> Set<String> {
        Set(site.articles.filter(\.document.draft).map { Page.outputPath($0.sitePath) } + site.pages.filter(\.document.draft).map { Page.outputPath($0.sitePath) })
    }

    private static func scheduledPaths(_ site: ResolvedSite, now: Date) -> Set<String> {
        Set(site.articles.filter { $0.date > now }.map { Page.outputPath($0.sitePath) })
    }
}

/// A count kept across the batches a writer takes.
private final class Counter: @unchecked Sendable {
    // @unchecked: the writer takes the batches on one thread.
    private(set) var value = 0
    func add(_ count: Int) { value += count }
}

extension [Diagnostic] {
    /// Whether any of these stops the build.
    var containsError: Bool { contains { $0.severity == .error } }
}

/// The batches of pages a build writes, with the search index's batches put in between two of them
/// as soon as the index, built beside the pages, is ready (after the last page when it is not ready
/// before): once written, the index is freed for the rest of the render rather than held to the end
/// (200 MB at 100,000 articles). The order of the files does not matter to the writer.
struct PagesAndIndex: Sequence, IteratorProtocol {
    /// The search index being built: whether it is ready, and its batches once it is.
    struct Index {
        let isReady: () -> Bool
        let batches: () -> AnyIterator<[RenderedFile]>
    }

    private var pages: AnyIterator<[RenderedFile]>
    private var pending: Index?
    private var index: AnyIterator<[RenderedFile]>?
    private var pagesEnded = false

    init(pages: some Sequence<[RenderedFile]>, index: Index?) {
        self.pages = AnyIterator(pages.makeIterator())
        self.pending = index
    }

    mutating func next() -> [RenderedFile]? {
        if let pending, pagesEnded || pending.isReady() {
            index = pending.batches()
            self.pending = nil
        }
        if let batch = index?.next() { return batch }
        index = nil
        if !pagesEnded, let batch = pages.next() { return batch }
        pagesEnded = true
        return pending == nil ? nil : next()
    }
}
