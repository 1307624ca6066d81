import BantinMarkdown
import Foundation

/// A site kept in memory between builds, for the preview: each `update()` reads only the files whose
/// stamps changed, parses only those whose text changed, resolves the site again only when an edit
/// can move something, and renders only the pages whose inputs changed.
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
    /// The last version given to a read file; versions are never reused, even after `site.yml` changes.
    private var lastVersion = 0
    private var interner = Interner()

    /// Creates a session for the site at `root`; nothing is read until `update()`.
    /// - Parameter now: read at every update, to decide which articles are "future".
    public init(root: URL, options: BuildOptions = .init(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.root = root.standardizedFileURL
        self.options = options
        self.clock = now
    }

    /// Brings the site up to date with the files on disk.
    /// - Parameter paths: the files a watcher saw change, relative to the root, so that only these
    ///   are looked at again; nil (or a change the rescan cannot follow, such as a folder) looks at
    ///   every file.
    /// - Returns: `.unchanged` when no file changed since the previous update, else the new site or
    ///   every error found (the previous site is kept for the next comparison).
    public mutating func update(changed paths: Set<String>? = nil) -> SessionUpdate {
        var timer = StageTimer()
        let loader = SourceLoader(root: root)
        let scanTime = FileStamp.nanoseconds(Date())
        let listing: SourceListing
        if let paths, let previous = sources.listing, let rescanned = loader.rescan(previous, changed: paths) {
            listing = rescanned
            timer.finish("rescan")
        } else {
            listing = loader.scan()
            timer.finish("scan")
        }

        var changed = refreshSettings(listing, loader: loader, scanTime: scanTime)
        guard case .success(let settings) = sources.settings else {
            defer { hasUpdated = true }
            return changed || !hasUpdated ? .failed(sources.settings?.failure ?? []) : .unchanged
        }
        if listing.staticFiles != sources.listing?.staticFiles {
            // Image sizes go into the parsed figures: when the media change, every document is parsed again.
            let staticFiles = listing.staticFiles.map {
                SourceTree.StaticFile(source: root.appendingPathComponent($0.entry.path), outputPath: $0.outputPath)
            }
            let sizes = ImageSize.sizes(of: staticFiles, href: settings.config.href)
            if sizes != sources.imageSizes {
                sources.imageSizes = sizes
                sources.articles = [:]
                sources.pages = [:]
                sources.pending.reshaped = true
            }
        }
        let parser = DocumentParser(config: settings.config, imageSizes: sources.imageSizes)
        changed = Self.refresh(&sources.articles, with: listing.articles, loader: loader, scanTime: scanTime, versions: &lastVersion, pending: &sources.pending) {
            parser.parse($0, as: .article)
        } || changed
        changed = Self.refresh(&sources.pages, with: listing.pages, loader: loader, scanTime: scanTime, versions: &lastVersion, pending: &sources.pending) {
            parser.parse($0, as: .page)
        } || changed
        if Self.refresh(&sources.templates, with: listing.templates, loader: loader, scanTime: scanTime, versions: &lastVersion, pending: &sources.pending, parse: nil)
            || sources.templateSet == nil {
            let files = listing.templates.compactMap { try? sources.templates[$0.path]?.source.get() }
            sources.templateSet = Result { () throws(BuildFailure) in try TemplateSet(files: files) }
            sources.templateVersion += 1
            changed = true
        }
        if listing.staticFiles != sources.listing?.staticFiles || listing.diagnostics != sources.listing?.diagnostics
            || listing.bulletins != sources.listing?.bulletins {
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
                // A document that parsed may still warn (a category outside the menu), as in a full build.
                if case .success(let document)? = cached.parsed { diagnostics += document.warnings }
            }
        }
        if case .failure(let failure)? = sources.templateSet { diagnostics += failure.diagnostics }
        guard case .success(let templates)? = sources.templateSet, !diagnostics.contains(where: { $0.severity == .error }) else {
            return .failed(BuildFailure(diagnostics: diagnostics).diagnostics)
        }

        let now = clock()
        let resolved: Resolved
        do {
            resolved = try resolve(config: settings.config, listing: listing, now: now)
        } catch {
            return .failed(BuildFailure(diagnostics: diagnostics + error.diagnostics).diagnostics)
        }
        // Bulletins and achievements gather from the whole site; they are few and cheap, so they are made anew each time.
        let bulletinFiles = loader.markdownFiles(in: "content/bulletins")
        let parsedBulletins = BulletinParser(config: settings.config).parse(bulletinFiles.files)
        diagnostics += bulletinFiles.diagnostics + parsedBulletins.diagnostics
        if !bulletinFiles.files.isEmpty {
            diagnostics += templates.missing(PageRenderer.bulletinTemplates, because: "the site has bulletins (content/bulletins/), which")
        }
        let bulletins = BulletinResolver(site: resolved.site, inclusion: options.inclusion).resolve(parsedBulletins.bulletins)
        diagnostics += bulletins.diagnostics
        let achievements = AchievementIndex(site: resolved.site)
        diagnostics += achievements.warnings
        if !achievements.years.isEmpty { diagnostics += templates.missingAchievementTemplates() }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .failed(BuildFailure(diagnostics: diagnostics).diagnostics)
        }
        timer.finish(resolved.isPatched ? "resolve (patched)" : "resolve")

        let rendered = render(resolved, bulletins: bulletins.bulletins, achievements: achievements, templates: templates, listing: listing)
        timer.finish("render")

        let links = checkLinks(resolved, config: settings.config, rendered: rendered)
        for record in links.values { diagnostics += record.warnings }
        let bulletinSources = Dictionary(bulletinFiles.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        diagnostics += LinkChecker(config: settings.config, outputPaths: rendered.outputPaths)
            .check(bulletins.bulletins, sources: bulletinSources)
        if rendered.outputPaths.count != rendered.files.count { diagnostics += SiteBuilder.duplicateOutputs(rendered.files) }
        timer.finish("check links")
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .failed(BuildFailure(diagnostics: diagnostics).diagnostics)
        }

        let build = finish(resolved, rendered: rendered, warnings: diagnostics.sorted(), now: now, timings: timer.timings)
        last = LastBuild(resolved: resolved, rendered: rendered, links: links, templateVersion: sources.templateVersion, now: now)
        sources.pending = PendingChanges()
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
        switch (sources.settings, result) {
        case (.success(let old)?, .success(let new)) where old.file == new.file: return false
        case (.failure(let old)?, .failure(let new)) where old == new: return false
        default: break
        }
        sources = CachedSources()
        interner = Interner()
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
        _ cache: inout [String: CachedFile], with entries: [SourceListing.Entry], loader: SourceLoader, scanTime: Int64,
        versions: inout Int, pending: inout PendingChanges, parse: (@Sendable (SourceFile) -> Result<ParsedDocument, BuildFailure>)?
    ) -> Bool {
        var stale: [SourceListing.Entry] = []
        var present = 0
        for entry in entries {
            guard let cached = cache[entry.path] else {
                stale.append(entry)
                continue
            }
            present += 1
            if cached.stamp != entry.stamp || entry.stamp.isRecent(at: scanTime) { stale.append(entry) }
        }
        var changed = present != cache.count
        if changed {
            let kept = Set(entries.map(\.path))
            cache = cache.filter { kept.contains($0.key) }
            pending.reshaped = true
        }
        var toParse: [(entry: SourceListing.Entry, file: SourceFile, previous: CachedFile?)] = []
        for (entry, source) in zip(stale, loader.readEach(stale.map(\.path))) {
            let previous = cache[entry.path]
            if let previous, previous.source == source {
                cache[entry.path] = previous.restamped(entry.stamp)
            } else if case .success(let file) = source, parse != nil {
                toParse.append((entry, file, previous))
            } else {
                let version = next(&versions)
                cache[entry.path] = CachedFile(
                    stamp: entry.stamp, source: source, parsed: nil, version: version,
                    summaryVersion: previous?.summaryVersion ?? version, lastGood: previous?.lastGood
                )
                if parse != nil { pending.reshaped = true }
                changed = true
            }
        }
        if let parse, !toParse.isEmpty {
            let parsed = toParse.map(\.file).parallelMap { parse($0) }
            for (item, result) in zip(toParse, parsed) {
                let version = next(&versions)
                // Compared with the last parse that succeeded, so that breaking a file and fixing it
                // again renders only its own page.
                var summaryVersion = version
                var lastGood = item.previous?.lastGood
                switch result {
                case .success(let new):
                    if let old = lastGood, let previous = item.previous, Self.sameSummary(old, new) { summaryVersion = previous.summaryVersion }
                    if let old = lastGood, ResolvedSite.resolvesAlike(old, new) {
                        // Published where it was: only the document changes.
                    } else if let old = lastGood, new.kind == .article, ResolvedSite.resolvesAlike(old, new, ignoringSlug: true) {
                        pending.movedArticles.insert(item.entry.path)
                    } else {
                        pending.reshaped = true
                    }
                    lastGood = new
                case .failure:
                    summaryVersion = item.previous?.summaryVersion ?? version
                }
                pending.documents.insert(item.entry.path)
                cache[item.entry.path] = CachedFile(
                    stamp: item.entry.stamp, source: .success(item.file), parsed: result, version: version,
                    summaryVersion: summaryVersion, lastGood: lastGood
                )
            }
            changed = true
        }
        return changed
    }

    private static func next(_ version: inout Int) -> Int {
        version += 1
        return version
    }

    /// Whether two parses of a document show the same in a summary; what else a summary shows (URL,
    /// date, category) comes from resolving and is compared separately.
    private static func sameSummary(_ old: ParsedDocument, _ new: ParsedDocument) -> Bool {
        old.title == new.title && old.lead == new.lead && old.cover?.image == new.cover?.image
            && old.cover?.alt == new.cover?.alt && old.cover?.caption == new.cover?.caption
            && PageRenderer.thumbnailImage(of: old) == PageRenderer.thumbnailImage(of: new)
    }

    // MARK: - Resolving

    /// The resolved site and the indices an incremental rebuild looks documents up by.
    struct Resolved: Sendable {
        let site: ResolvedSite
        /// Index in `site.articles` of each published article, by path.
        let articleIndex: [String: Int]
        /// Index in `site.pages` of each published page, by path.
        let pageIndex: [String: Int]
        /// The URL of every published article and page, to check a moved article does not take one.
        let sitePaths: Set<String>
        /// The earliest date of an article left out as "future", when there is one.
        let nextDue: Date?
        /// True when the last build's site was kept and only documents were replaced.
        let isPatched: Bool
    }

    /// Resolves the site, or, when every edit since the last build keeps each document where it was
    /// (an article may move to a new URL) and no scheduled article fell due, takes the last build's
    /// site with the new documents in it.
    private func resolve(config: SiteConfig, listing: SourceListing, now: Date) throws(BuildFailure) -> Resolved {
        if let last, !sources.pending.reshaped, now >= last.now, last.resolved.nextDue.map({ now < $0 }) ?? true,
           let patched = patch(last.resolved, config: config) {
            return patched
        }
        let articles = documents(listing.articles, in: sources.articles)
        let site = try SiteResolver(config: config, inclusion: options.inclusion, now: now)
            .resolve(articles: articles, pages: documents(listing.pages, in: sources.pages))
        var articleIndex: [String: Int] = [:]
        articleIndex.reserveCapacity(site.articles.count)
        var sitePaths = Set<String>()
        sitePaths.reserveCapacity(site.articles.count + site.pages.count)
        for index in site.articles.indices {
            articleIndex[site.articles[index].document.path] = index
            sitePaths.insert(site.articles[index].sitePath)
        }
        var pageIndex: [String: Int] = [:]
        for index in site.pages.indices {
            pageIndex[site.pages[index].document.path] = index
            sitePaths.insert(site.pages[index].sitePath)
        }
        var nextDue: Date?
        if !options.inclusion.future {
            for article in articles { if let date = article.date, date > now, date < (nextDue ?? .distantFuture) { nextDue = date } }
        }
        return Resolved(site: site, articleIndex: articleIndex, pageIndex: pageIndex, sitePaths: sitePaths, nextDue: nextDue, isPatched: false)
    }

    /// The last resolved site with the documents parsed since, and the new URLs of articles whose
    /// slug changed; nil when a new URL is already taken (resolving reports that).
    private func patch(_ previous: Resolved, config: SiteConfig) -> Resolved? {
        let site = previous.site
        var sitePaths = previous.sitePaths
        var moved: [String: String] = [:]
        let formatter = SiteDateFormatter(timeZone: config.timeZone)
        for path in sources.pending.movedArticles {
            guard let index = previous.articleIndex[path], case .success(let document)? = sources.articles[path]?.parsed else { continue }
            let article = site.articles[index]
            let parts = formatter.parts(article.date)
            moved[path] = config.permalink.path(
                year: parts.year, month: parts.month, day: parts.day, slug: document.slug,
                categorySlug: article.category.map { site.categories[$0].slug }
            )
            sitePaths.remove(article.sitePath)
        }
        for newPath in moved.values {
            guard sitePaths.insert(newPath).inserted else { return nil }
        }
        let documents = sources.pending.documents.compactMap { path -> ParsedDocument? in
            guard case .success(let document)? = (sources.articles[path] ?? sources.pages[path])?.parsed else { return nil }
            return document
        }
        return Resolved(
            site: site.replacing(documents, articleIndex: previous.articleIndex, pageIndex: previous.pageIndex, sitePaths: moved),
            articleIndex: previous.articleIndex, pageIndex: previous.pageIndex, sitePaths: sitePaths, nextDue: previous.nextDue, isPatched: true
        )
    }

    /// The parsed documents of `entries`, in listing (path) order, as a full build passes them on.
    private func documents(_ entries: [SourceListing.Entry], in cache: [String: CachedFile]) -> [ParsedDocument] {
        entries.compactMap { entry in
            guard case .success(let document)? = cache[entry.path]?.parsed else { return nil }
            return document
        }
    }

    // MARK: - Rendering

    /// The pages of a render, and what the next update compares against, in job order.
    struct Rendered: Sendable {
        var files: [RenderedFile]
        var jobs: [PageRenderer.Job]
        /// The index in `jobs` of each article's page.
        var articleJobs: [Int]
        var paths: [String]
        var inputs: [PageRenderer.PageInputs]
        var contents: [RenderedFile.Contents]
        var articleVersions: [Int]
        var summaryVersions: [Int]
        var pageVersions: [Int]
        var summaryKeys: [PageRenderer.SummaryKey]
        var summaryIDs: [Int]
        var sharedInputs: [String]
        var renderedPaths: [String]
        var changedPages: [String]
        var isFull: Bool
        var outputPaths: Set<String>
        /// True when `outputPaths` are the last build's: no page, feed or copied file came or went.
        var samePaths: Bool
        /// Feeds, sitemap and robots.txt by path.
        var generated: [String: RenderedFile.Contents]
        var copiedStamps: [String: FileStamp]
        /// Per job, its line in the sitemap (nil for pages not listed) and the date it shows.
        var sitemapLines: [String?]
        var sitemapDates: [Date?]
        var sitemap: RenderedFile
    }

    /// Renders the pages whose inputs changed since the last build, and takes the others from it.
    ///
    /// When the site was patched (`Resolved.isPatched`), the jobs, paths and summaries are the last
    /// build's apart from the edited documents, so only those are worked out again; every page's
    /// inputs are still compared, so a page is never left stale.
    private mutating func render(
        _ resolved: Resolved, bulletins: [ResolvedBulletin], achievements: AchievementIndex, templates: TemplateSet, listing: SourceListing
    ) -> Rendered {
        let site = resolved.site
        let patchable = resolved.isPatched ? last?.rendered : nil
        var articleVersions: [Int]
        var summaryVersions: [Int]
        var pageVersions: [Int]
        var keys: [PageRenderer.SummaryKey]
        if let patchable {
            articleVersions = patchable.articleVersions
            summaryVersions = patchable.summaryVersions
            pageVersions = patchable.pageVersions
            keys = patchable.summaryKeys
            for path in sources.pending.documents {
                if let index = resolved.articleIndex[path], let cached = sources.articles[path] {
                    articleVersions[index] = cached.version
                    summaryVersions[index] = cached.summaryVersion
                    keys[index] = PageRenderer.summaryKey(of: site, at: index, summaryVersion: cached.summaryVersion)
                } else if let index = resolved.pageIndex[path], let cached = sources.pages[path] {
                    pageVersions[index] = cached.version
                }
            }
        } else {
            articleVersions = []
            summaryVersions = []
            keys = []
            for index in site.articles.indices {
                let cached = sources.articles[site.articles[index].document.path]
                articleVersions.append(cached?.version ?? -1)
                summaryVersions.append(cached?.summaryVersion ?? -1)
                keys.append(PageRenderer.summaryKey(of: site, at: index, summaryVersion: cached?.summaryVersion ?? -1))
            }
            pageVersions = site.pages.indices.map { sources.pages[site.pages[$0].document.path]?.version ?? -1 }
        }

        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        var summaryIDs: [Int] = []
        summaryIDs.reserveCapacity(keys.count)
        var summaryContexts: [[String: Any]] = []
        summaryContexts.reserveCapacity(keys.count)
        for index in keys.indices {
            let id: Int
            if let previous = last?.rendered, index < previous.summaryKeys.count, previous.summaryKeys[index] == keys[index] {
                id = previous.summaryIDs[index]
            } else {
                id = interner.summaryID(for: keys[index])
            }
            summaryIDs.append(id)
            if let context = interner.contexts[id] {
                summaryContexts.append(context)
            } else {
                let context = PageRenderer.summaryContext(for: site.articles[index], in: site, formatter: formatter, imageSizes: sources.imageSizes)
                interner.contexts[id] = context
                summaryContexts.append(context)
            }
        }
        interner.prune(keeping: summaryIDs)
        let renderer = PageRenderer(
            site: site, bulletins: bulletins, achievements: achievements, templates: templates,
            imageSizes: sources.imageSizes, summaries: summaryContexts
        )

        let jobs = patchable?.jobs ?? renderer.jobs()
        var articleJobs: [Int]
        var paths: [String]
        var pathsMoved = false
        if let patchable {
            articleJobs = patchable.articleJobs
            paths = patchable.paths
            for path in sources.pending.movedArticles {
                guard let index = resolved.articleIndex[path] else { continue }
                paths[articleJobs[index]] = renderer.outputPath(of: jobs[articleJobs[index]])
                pathsMoved = pathsMoved || paths[articleJobs[index]] != patchable.paths[articleJobs[index]]
            }
        } else {
            articleJobs = Array(repeating: -1, count: site.articles.count)
            for (index, job) in jobs.enumerated() {
                if case .article(let article) = job { articleJobs[article] = index }
            }
            paths = jobs.map { renderer.outputPath(of: $0) }
        }
        let identities = PageRenderer.Identities(
            summaries: summaryIDs, articleVersions: articleVersions, pageVersions: pageVersions,
            categories: site.categories.map { interner.taxonID(for: [$0.name, $0.sitePath]) },
            tags: site.tags.map { interner.taxonID(for: [$0.name, $0.sitePath]) }
        )
        let inputs = jobs.map { renderer.inputs(of: $0, identities: identities) }
        let sharedInputs = renderer.sharedInputs()
        let isFull = last == nil || last?.templateVersion != sources.templateVersion || last?.rendered.sharedInputs != sharedInputs
        let previousPages = last.map { Lookup(old: $0.rendered.paths, new: paths, aligned: patchable != nil) }
        var contents: [RenderedFile.Contents?] = Array(repeating: nil, count: jobs.count)
        var stale: [Int] = []
        for index in jobs.indices {
            if !isFull, let last, let old = previousPages?.index(of: paths[index], at: index), last.rendered.inputs[old] == inputs[index] {
                contents[index] = last.rendered.contents[old]
            } else {
                stale.append(index)
            }
        }
        var changedPages: [String] = []
        for (index, file) in zip(stale, renderer.render(stale.map { jobs[$0] })) {
            contents[index] = file.contents
            if let last, let old = previousPages?.index(of: paths[index], at: index), last.rendered.contents[old] == file.contents { continue }
            changedPages.append(file.path)
        }
        let pageContents = contents.map { $0! }
        var files: [RenderedFile] = []
        files.reserveCapacity(jobs.count + site.categories.count + listing.staticFiles.count + 3)
        for index in jobs.indices { files.append(RenderedFile(path: paths[index], contents: pageContents[index])) }

        // The sitemap lists every page with its article's date; a line is made again only when its
        // page or date is new.
        var sitemapLines: [String?] = []
        var sitemapDates: [Date?] = []
        sitemapLines.reserveCapacity(jobs.count)
        sitemapDates.reserveCapacity(jobs.count)
        var sitemapChanged = previousPages?.isAligned != true || last?.rendered.paths.count != paths.count
        for index in jobs.indices {
            var date: Date?
            if case .article(let article) = jobs[index] { date = keys[article].date }
            sitemapDates.append(date)
            guard paths[index].hasSuffix("index.html") else {
                sitemapLines.append(nil)
                continue
            }
            if let last, let old = previousPages?.index(of: paths[index], at: index), last.rendered.paths[old] == paths[index],
               last.rendered.sitemapDates[old] == date, let line = last.rendered.sitemapLines[old] {
                sitemapLines.append(line)
            } else {
                sitemapLines.append(renderer.sitemapEntry(outputPath: paths[index], lastModified: date))
                sitemapChanged = true
            }
        }
        let sitemap = sitemapChanged || last == nil ? renderer.sitemap(entries: sitemapLines.lazy.compactMap { $0 }) : last!.rendered.sitemap
        var generated = renderer.dataFiles()
        generated.append(sitemap)
        generated.append(renderer.robots())
        files += generated

        var copiedStamps: [String: FileStamp] = [:]
        for file in listing.staticFiles {
            files.append(RenderedFile(path: file.outputPath, contents: .copy(of: root.appendingPathComponent(file.entry.path))))
            copiedStamps[file.outputPath] = file.entry.stamp
        }
        let generatedContents = Dictionary(generated.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let samePaths = previousPages?.isAligned == true && !pathsMoved && last.map {
            $0.rendered.generated.count == generatedContents.count && $0.rendered.generated.keys.allSatisfy { generatedContents[$0] != nil }
                && $0.rendered.copiedStamps.count == copiedStamps.count && $0.rendered.copiedStamps.keys.allSatisfy { copiedStamps[$0] != nil }
        } == true
        return Rendered(
            files: files, jobs: jobs, articleJobs: articleJobs, paths: paths, inputs: inputs, contents: pageContents,
            articleVersions: articleVersions, summaryVersions: summaryVersions, pageVersions: pageVersions,
            summaryKeys: keys, summaryIDs: summaryIDs, sharedInputs: sharedInputs,
            renderedPaths: stale.map { paths[$0] }.sorted(), changedPages: changedPages, isFull: isFull,
            outputPaths: samePaths ? last!.rendered.outputPaths : Set(files.map(\.path)), samePaths: samePaths,
            generated: generatedContents, copiedStamps: copiedStamps,
            sitemapLines: sitemapLines, sitemapDates: sitemapDates, sitemap: sitemap
        )
    }

    /// Link warnings per published document: checked again when the document changed, or when an
    /// output path it refers to appeared or disappeared.
    private func checkLinks(_ resolved: Resolved, config: SiteConfig, rendered: Rendered) -> [String: LinkRecord] {
        let checker = LinkChecker(config: config, outputPaths: rendered.outputPaths)
        let moved = rendered.samePaths ? [] : last.map { rendered.outputPaths.symmetricDifference($0.rendered.outputPaths) } ?? []
        func record(_ document: ParsedDocument) -> LinkRecord {
            let cached = sources.articles[document.path] ?? sources.pages[document.path]
            let version = cached?.version ?? -1
            if let previous = last?.links[document.path], previous.version == version,
               moved.isEmpty || !previous.lookups.contains(where: moved.contains) {
                return previous
            }
            let warnings = checker.check(document, source: try? cached?.source.get())
            return LinkRecord(version: version, lookups: checker.lookups(in: document), warnings: warnings)
        }
        let site = resolved.site
        if resolved.isPatched, var records = last?.links {
            // The same documents are published: check the edited ones, and those whose links moved.
            var stale = sources.pending.documents
            if !moved.isEmpty {
                for (path, previous) in records where previous.lookups.contains(where: moved.contains) { stale.insert(path) }
            }
            for path in stale {
                if let index = resolved.articleIndex[path] {
                    records[path] = record(site.articles[index].document)
                } else if let index = resolved.pageIndex[path] {
                    records[path] = record(site.pages[index].document)
                }
            }
            return records
        }
        var records: [String: LinkRecord] = [:]
        records.reserveCapacity(site.articles.count + site.pages.count)
        for index in site.articles.indices { records[site.articles[index].document.path] = record(site.articles[index].document) }
        for index in site.pages.indices { records[site.pages[index].document.path] = record(site.pages[index].document) }
        return records
    }

    /// The build's result: what changed against the last build, and which pages are drafts or scheduled.
    private func finish(_ resolved: Resolved, rendered: Rendered, warnings: [Diagnostic], now: Date, timings: [StageTiming]) -> SessionBuild {
        let site = resolved.site
        var changedPaths = rendered.changedPages
        for (path, contents) in rendered.generated where last?.rendered.generated[path] != contents {
            changedPaths.append(path)
        }
        for (path, stamp) in rendered.copiedStamps where last?.rendered.copiedStamps[path] != stamp {
            changedPaths.append(path)
        }
        if let last, !rendered.samePaths {
            changedPaths += last.rendered.outputPaths.subtracting(rendered.outputPaths)
        }
        var drafts = Set<String>()
        var scheduled = Set<String>()
        for index in site.articles.indices {
            if site.articles[index].document.draft { drafts.insert(PageRenderer.outputPath(site.articles[index].sitePath)) }
            if site.articles[index].date > now { scheduled.insert(PageRenderer.outputPath(site.articles[index].sitePath)) }
        }
        for index in site.pages.indices where site.pages[index].document.draft { drafts.insert(PageRenderer.outputPath(site.pages[index].sitePath)) }
        return SessionBuild(
            files: rendered.files, warnings: warnings, articleCount: site.articles.count, pageCount: site.pages.count,
            skippedDrafts: site.skippedDrafts, skippedFuture: site.skippedFuture, basePath: site.config.basePath,
            isFull: rendered.isFull, renderedPaths: rendered.renderedPaths, changedPaths: changedPaths.sorted(),
            copiedFiles: rendered.copiedStamps, draftPaths: drafts, scheduledPaths: scheduled, timings: timings
        )
    }
}

private extension Result where Failure == BuildFailure {
    /// The diagnostics of a failure, or nil on success.
    var failure: [Diagnostic]? {
        if case .failure(let failure) = self { return failure.diagnostics }
        return nil
    }
}
