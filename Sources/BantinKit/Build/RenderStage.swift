import BantinTemplate

/// The fourth stage: every page kind lists its pages (`plan`), and the pages are rendered, batch by
/// batch, on all cores (`render`); a page whose template and context are the cached ones is not
/// rendered again.
struct RenderStage {
    let templates: TemplateSet
    /// Set for `relative_urls`: each finished HTML page's links are made relative to it.
    let relativeLinks: RelativeLinks?

    /// Every page and copied file of the site, by path; nothing rendered yet.
    struct Plan: Sendable {
        /// Pages in the order of `SitePages`.
        let pages: [Page]
        /// The copied files (media, theme assets).
        let copies: [RenderedFile]
        /// The paths of the pages, then of the copied files.
        let paths: [String]
        let outputPaths: Set<String>
        /// Paths the cached plan had and this one has not.
        var gone: [String] = []
        /// The cached plan's paths, and the places where `paths` differs from them: the link check
        /// asks the same of the same lists.
        var placesSinceCached: (paths: [String], places: PlacedChanges)?
        /// Two outputs at one path.
        let duplicates: [Diagnostic]
        /// What the pages read.
        let context: SiteContext
        /// The articles that changed since the cached pages were rendered, when the site kept its shape.
        let changes: SiteContext.Changes?
        /// With `changes`: what the cached page at each page's path read.
        var cachedReads: CachedReads?
        /// With `changes`: the shared lists (`SharedList`) a page whose only change is that list takes
        /// from another page's render, by template.
        var spliceable: [String: SharedList.Spliceable] = [:]
    }

    /// What the cached pages read, found page by page: the cached page at the page's path.
    struct CachedReads: Sendable {
        /// The cached pages, in their order (`BuildCache.Rendered.pages`).
        let pages: [Page]
        /// By page: the index in `pages` of the cached page at its path; -1 when there is none.
        let places: [Int]
    }

    /// - Parameter indexesApart: leave the search index out of the pages, for a caller that builds it
    ///   beside the rendering (see `searchIndex(of:)`).
    func plan(_ resolved: ResolveStage.Resolved, staticFiles: [StaticFile], indexesApart: Bool = false, cache: inout BuildCache) -> Plan {
        // Taken out of the cache, so that the context updates it in place.
        var shared = cache.shared
        cache.shared = SiteContext.Shared()
        let context = SiteContext(
            site: resolved.site, bulletins: resolved.bulletins, achievements: resolved.achievements, imageSizes: resolved.imageSizes,
            hasSearchPage: hasSearchPage, indexesApart: indexesApart, keepsReads: cache.retainsResults,
            last: cache.rendered?.context, shared: &shared
        )
        if cache.retainsResults { cache.shared = shared }
        let pages = SitePages.all(in: context)
        let copies = staticFiles.map { RenderedFile(path: $0.outputPath, contents: .copy(of: $0.source)) }
        let paths = pages.map(\.path) + copies.map(\.path)
        guard let rendered = cache.rendered else {
            var outputPaths = Set<String>()
            outputPaths.reserveCapacity(paths.count)
            let duplicates = Self.insert(paths[...], into: &outputPaths)
            return Plan(pages: pages, copies: copies, paths: paths, outputPaths: outputPaths, duplicates: duplicates, context: context, changes: nil)
        }
        // The last update's paths are this one's but where an article got a new URL or moved: the set
        // of paths is the last one with those places' paths taken out and put in.
        // When most places differ (an article moved to the other end of the site), the set is made anew.
        let places = PlacedChanges(from: rendered.paths, to: paths)
        var outputPaths = rendered.outputPaths
        var duplicates: [Diagnostic] = []
        if places.newPlaces.count > paths.count / 4 {
            outputPaths = []
            outputPaths.reserveCapacity(paths.count)
            duplicates = Self.insert(paths[...], into: &outputPaths)
        } else if !places.isEmpty {
            for index in places.oldPlaces { outputPaths.remove(rendered.paths[index]) }
            duplicates = Self.insert(places.newPlaces.lazy.map { paths[$0] }, into: &outputPaths)
        }
        // The pages are compared article by article only when the site has as many pages as those
        // cached (a page at a new path has no cached page, and is made).
        var changes: SiteContext.Changes?
        var cachedReads: CachedReads?
        var spliceable: [String: SharedList.Spliceable] = [:]
        if rendered.pageCount == pages.count {
            changes = context.changes(since: rendered.context)
            if changes?.summaryFields.isEmpty == false {
                for place in SitePages.summaryPlaces { changes?.fieldsRead[place] = templates.library.fieldsRead(by: place.template, at: place.path) }
            }
            if changes != nil {
                cachedReads = Self.cachedReads(of: pages, paths: paths, places: places, rendered: rendered)
                if relativeLinks == nil { spliceable = SharedList.spliceable(templates: templates) }
            }
        }
        let gone = places.oldPlaces.map { rendered.paths[$0] }.filter { !outputPaths.contains($0) }
        return Plan(
            pages: pages, copies: copies, paths: paths, outputPaths: outputPaths, gone: gone, placesSinceCached: (rendered.paths, places),
            duplicates: duplicates, context: context, changes: changes, cachedReads: cachedReads, spliceable: spliceable
        )
    }

    /// For each page, what the cached page at its path read: at the same place, or, for a page whose
    /// place moved (the article pages between a moved article's two places), where its path was.
    private static func cachedReads(of pages: [Page], paths: [String], places: PlacedChanges, rendered: BuildCache.Rendered) -> CachedReads {
        var placeOfPage = Array(0..<min(pages.count, rendered.pageCount))
        placeOfPage += repeatElement(-1, count: pages.count - placeOfPage.count)
        let (earlier, _) = places.earlierPlaces(oldCount: rendered.paths.count, oldPath: { rendered.paths[$0] }, newPath: { paths[$0] })
        for (index, place) in zip(places.newPlaces, earlier) where index < pages.count {
            placeOfPage[index] = place.flatMap { $0 < rendered.pageCount ? $0 : nil } ?? -1
        }
        return CachedReads(pages: rendered.pages, places: placeOfPage)
    }

    /// Puts `paths` in `outputPaths`, with an error for each that is there already: two outputs at one path.
    private static func insert(_ paths: some Sequence<String>, into outputPaths: inout Set<String>) -> [Diagnostic] {
        var duplicates: [Diagnostic] = []
        for path in paths where !outputPaths.insert(path).inserted {
            duplicates.append(Diagnostic(.error, path: path, message: SiteMessage.duplicateOutput(path: path)))
        }
        return duplicates
    }

    /// True when the theme has a search page, and so the site a search index.
    var hasSearchPage: Bool { templates.names.contains(SearchPage.template) }

    /// The search index's files, built apart from the pages. `build` starts it at once on another
    /// thread: it takes as long as rendering a fifth of the site, and rendering and writing leave a core
    /// idle often enough to hide most of it. The preview defers it until its pages are shown.
    /// Its work's `wait()` hands the files over, or nil once `cancel()` stopped it.
    func searchIndex(of site: ResolvedSite, deferred: Bool) -> PendingSearchIndex {
        let cancellation = Cancellation()
        let work = Background(deferred: deferred) { () -> [RenderedFile]? in
            let index = SearchIndex(site: site, cancellation: cancellation)
            guard !cancellation.shouldStop() else { return nil }
            let files = index.files(cancellation: cancellation)
            return cancellation.shouldStop() ? nil : files
        }
        return PendingSearchIndex(work: work, cancellation: cancellation)
    }

    /// Renders `pages`, on all cores, taking from the cache the pages whose content it holds.
    /// A cache that keeps results is given the whole site in one call, and then holds exactly its pages.
    /// - Parameter changes: the articles that changed since the cached pages were rendered, when the site
    ///   kept its shape: a page that reads only unchanged articles is then the cached page.
    /// - Returns: the files, in order, and the paths this call rendered.
    /// - Parameter gone: paths the cached pages had that the site has no longer.
    /// - Parameter cachedReads: with `changes`, what the cached page at each page's path read.
    /// - Parameter spliceable: with `changes`, the shared lists a page whose only change is that list
    ///   takes from another page's render (`SharedList`), and the summaries they show.
    func render(
        _ pages: ArraySlice<Page>, changes: SiteContext.Changes? = nil, cachedReads: CachedReads? = nil,
        spliceable: (lists: [String: SharedList.Spliceable], summaries: [Encoded<ArticleSummary>]) = ([:], []), gone: [String] = [],
        cache: inout BuildCache
    ) -> (files: [RenderedFile], rendered: [String], spliced: [String]) {
        if cache.relativeLinks != relativeLinks?.basePath {
            // Cached pages were finished for other links.
            cache.pages = [:]
            cache.relativeLinks = relativeLinks?.basePath
        }
        let pages = Array(pages)
        let made = contents(of: pages, cached: cache.pages, changes: changes, cachedReads: cachedReads, spliceable: spliceable.lists)
        let stale = made.indices.filter { made[$0].stale != nil }
        // A page whose only change is its shared list takes it from the first page with the same new
        // list (its donor), which is rendered first, with the others that have none.
        var donorOf: [Int: Int] = [:]
        var firstWithList: [[Int]: Int] = [:]
        var unshared: Set<[Int]> = []
        for index in stale {
            guard let list = made[index].stale!.list, !unshared.contains(list) else { continue }
            if let donor = firstWithList[list] {
                donorOf[index] = donor
            } else if let name = pages[index].template, spliceable.lists[name]?.shows(list, of: spliceable.summaries) == true {
                firstWithList[list] = index
            } else {
                unshared.insert(list)
            }
        }
        let records = cache.retainsResults && relativeLinks == nil
        // Pages made from the whole site (the sitemap, data files) start first: the sitemap of 15,000
        // pages, rendered last, kept one core busy for 30 ms of a date edit after the other had
        // finished every page.
        let alone = donorOf.isEmpty ? stale : stale.filter { donorOf[$0] == nil }
        let first = alone.filter { pages[$0].isWholeSite } + alone.filter { !pages[$0].isWholeSite }
        let renderedFirst = first.parallelMap { index in render(made[index].stale!.content(), at: pages[index].path, recording: records) }
        var rendered = [Int: Rendering](minimumCapacity: stale.count)
        for (index, page) in zip(first, renderedFirst) { rendered[index] = page }
        let second = stale.filter { donorOf[$0] != nil }
        if !second.isEmpty {
            let donors = rendered
            let donorOf = donorOf
            let cached = cache.pages
            let renderedSecond = second.parallelMap { index -> Rendering in
                let donor = donors[donorOf[index]!]!
                if let old = cached[pages[index].path], let spliced = SharedList.splice((old.bytes, old.listRanges), with: (donor.bytes, donor.listRanges)) {
                    return Rendering(bytes: spliced.bytes, listRanges: spliced.ranges, isSpliced: true)
                }
                return render(made[index].stale!.content(), at: pages[index].path, recording: records)
            }
            for (index, page) in zip(second, renderedSecond) { rendered[index] = page }
        }
        var bytes = made.map(\.bytes)
        for index in stale { bytes[index] = rendered[index]!.bytes }
        if cache.retainsResults {
            // A page the cache holds keeps its entry (its content is equal); the rendered ones replace
            // theirs, and the pages the site no longer has are dropped.
            // The pages replaced (3,000 after a date edit, 20 KB each) are freed on another thread.
            var replaced: [BuildCache.RenderedPage] = []
            for index in stale {
                let page = rendered[index]!
                let new = BuildCache.RenderedPage(content: page.content, bytes: page.bytes, listRanges: page.listRanges)
                if let old = cache.pages.updateValue(new, forKey: pages[index].path) { replaced.append(old) }
            }
            SiteBuilder.freeElsewhere(consume replaced)
            let comparedCount = made.count { $0.isCompared }
            if cache.pages.count != comparedCount {
                for path in gone { cache.pages[path] = nil }
            }
            if cache.pages.count != comparedCount {
                let paths = Set(zip(pages, made).filter { $1.isCompared }.map { $0.0.path })
                cache.pages = cache.pages.filter { paths.contains($0.key) }
            }
        }
        return (
            pages.indices.map { RenderedFile(path: pages[$0].path, contents: .bytes(bytes[$0]!)) }, stale.map { pages[$0].path },
            stale.filter { rendered[$0]!.isSpliced }.map { pages[$0].path }
        )
    }

    /// A page's bytes as rendered, and where its shared list went (`SharedList`) when recorded.
    private struct Rendering: Sendable {
        let bytes: [UInt8]
        var listRanges: [PlaceRange] = []
        /// True when the bytes are the cached page's with another page's list put in.
        var isSpliced = false
        /// What the bytes were rendered from; nil when spliced.
        var content: Page.Content?
    }

    /// Renders one stale content; a template with a shared list has its list's place recorded.
    private func render(_ content: Page.Content, at path: String, recording: Bool) -> Rendering {
        switch content {
        case .template(let name, let context):
            if recording, let place = SharedList.places[name] {
                let rendering = templates.render(name, context.encoded(), recording: place.path)
                return Rendering(bytes: rendering.bytes, listRanges: rendering.ranges, content: content)
            }
            return Rendering(bytes: finish(templates.render(name, context.encoded()), at: path), content: content)
        case .derived(let text): return Rendering(bytes: finish(text.bytes(), at: path), content: content)
        case .text, .bytes: return Rendering(bytes: [], content: content)
        }
    }

    /// Makes each page's content, on all cores, and compares it there with the cached page's: a page
    /// whose content is the cached one's gets the cached bytes, and its new content is dropped on that
    /// core; text and bytes are made at once. The rest are `stale`: they have to be rendered. A page
    /// that reads only articles `changes` says are unchanged gets the cached bytes without its content
    /// being made (see `Page.reads`). Nor is the content made of a page whose reads say that its only
    /// change is its shared list: it is stale with the articles the list has now, and takes the list
    /// from another page (3,000 article pages after a date edit, whose contexts, made and compared,
    /// were a fifth of the update's work on its 15,000 pages).
    private func contents(
        of pages: [Page], cached: [String: BuildCache.RenderedPage], changes: SiteContext.Changes?, cachedReads: CachedReads?,
        spliceable: [String: SharedList.Spliceable]
    ) -> [Made] {
        Parallel.map(pages.count) { index in
            let page = pages[index]
            var last: Page.Reads?
            if let cachedReads, cachedReads.places[index] >= 0 { last = cachedReads.pages[cachedReads.places[index]].reads }
            if let changes, let reads = page.reads, let last {
                if changes.unchanged(reads, cached: last), let hit = cached[page.path] { return Made(bytes: hit.bytes, stale: nil, isCompared: true) }
                if let name = page.template, let shared = spliceable[name], cached[page.path]?.listRanges.isEmpty == false,
                   let list = changes.onlyList(at: shared.place, changedIn: reads, cached: last) {
                    return Made(bytes: nil, stale: Stale(page, list: list), isCompared: true)
                }
            }
            let content = page.content()
            switch content {
            case .text(let text): return Made(bytes: finish(Array(text.utf8), at: page.path), stale: nil, isCompared: false)
            case .bytes(let data): return Made(bytes: data, stale: nil, isCompared: false)
            case .template, .derived:
                if let hit = cached[page.path], hit.content == content { return Made(bytes: hit.bytes, stale: nil, isCompared: true) }
                return Made(bytes: nil, stale: Stale(page, content: content), isCompared: true)
            }
        }
    }

    /// A page as `contents` left it: its bytes, or the content still to render.
    private struct Made: Sendable {
        let bytes: [UInt8]?
        let stale: Stale?
        /// True for content the cache keeps (templates and derived text).
        let isCompared: Bool
    }

    /// A page to render, boxed: its content holds a context of any type, which costs far more to copy
    /// than a reference, and the list of 14,700 pages is passed over several times.
    private final class Stale: Sendable {
        let page: Page
        /// The content, when made already.
        let made: Page.Content?
        /// For a page whose only change is its shared list: the articles the list has now. Its content
        /// is made only if it has to be rendered after all (the first with that list, or a failed splice).
        let list: [Int]?

        init(_ page: Page, content: Page.Content? = nil, list: [Int]? = nil) {
            self.page = page
            made = content
            self.list = list
        }

        /// The content, made now when it was not.
        func content() -> Page.Content {
            made ?? page.content()
        }
    }

    /// The page's bytes as written: with relative links when the site asks for them.
    private func finish(_ bytes: [UInt8], at path: String) -> [UInt8] {
        guard let relativeLinks, case .bytes(let rewritten) = relativeLinks.rewriting(RenderedFile(path: path, contents: .bytes(bytes))).contents else {
            return bytes
        }
        return rewritten
    }
}
