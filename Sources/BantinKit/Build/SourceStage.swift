import Foundation

/// The first stage: finds the site's files and reads those that changed since the cache read them.
struct SourceStage {
    let root: URL

    /// What the load found.
    struct Sources: Sendable {
        let listing: SourceListing
        /// `content/site.yml`, or nil when it cannot be read (the error is among the diagnostics).
        let siteConfig: SourceFile?
        let articles: Documents
        let pages: Documents
        let bulletins: [SourceFile]
        let templates: [SourceFile]
        let staticFiles: [StaticFile]
        /// For each copied file, the stamp of its source when listed.
        let copiedStamps: [String: FileStamp]
        /// Unreadable files, skipped links.
        let diagnostics: [Diagnostic]
        /// True when the cache had read these very files, with the same texts.
        let unchanged: Bool

        var documentCount: Int { articles.count + pages.count }
    }

    /// The articles or the pages: read, or only listed, for the parse to read each beside its parsing.
    enum Documents: Sendable {
        case read([SourceFile])
        /// Their paths, and the loader that reads them.
        case listed([String], SourceLoader)

        var count: Int {
            switch self {
            case .read(let files): files.count
            case .listed(let paths, _): paths.count
            }
        }
    }

    /// Whether two listings name the same files; text files may differ in stamp (their text is
    /// compared once read), copied files may not (they are never read).
    private static func sameFiles(_ old: SourceListing, _ new: SourceListing) -> Bool {
        old.articles.map(\.path) == new.articles.map(\.path) && old.pages.map(\.path) == new.pages.map(\.path)
            && old.bulletins.map(\.path) == new.bulletins.map(\.path) && old.templates.map(\.path) == new.templates.map(\.path)
            && old.staticFiles == new.staticFiles && old.diagnostics == new.diagnostics
    }

    func load(cache: inout BuildCache, changed paths: Set<String>?) -> Sources {
        let loader = SourceLoader(root: root)
        let scanTime = FileStamp.nanoseconds(Date())
        let listing: SourceListing
        if let paths, let previous = cache.listing, let rescanned = loader.rescan(previous, changed: paths) {
            listing = rescanned
        } else {
            listing = loader.scan()
        }
        var diagnostics = listing.diagnostics
        var siteConfig: SourceFile?
        do {
            siteConfig = try loader.readConfig()
        } catch {
            diagnostics += error.diagnostics
        }

        // A file is read again when its stamp changed, or when it changed shortly before the scan:
        // timestamps advance in clock ticks, so a second save within one tick, of the same size,
        // would otherwise go unnoticed (Git calls these entries "racily clean").
        // A build keeps nothing for a next run: its articles and pages are read by the parse, each beside
        // its parsing, so that their texts (most of a gigabyte at 100,000 articles) are never all held.
        let readsDocuments = cache.retainsResults
        let entries = (readsDocuments ? listing.articles + listing.pages : []) + listing.bulletins + listing.templates
        let sameFiles = cache.listing.map { Self.sameFiles($0, listing) } == true
        var unchanged = sameFiles && cache.siteConfig == siteConfig
        // The table is updated in place, taken out of the cache so that it is not copied; files no
        // longer listed are dropped from it.
        var sources: [String: BuildCache.Source] = [:]
        swap(&sources, &cache.sources)
        if !sameFiles {
            let listed = Set(entries.map(\.path))
            sources = sources.filter { listed.contains($0.key) }
        }
        // When the listing names the files of the last load in the same order, each file's last stamp
        // and result are at its place: no path is looked up (an edit at 10,000 articles looked up every
        // path twice, and that was most of the load). They are taken out of the cache, so that the
        // results read again replace theirs in place: a copy of 10,000 results cost as much again.
        var lastInOrder: (stamps: [FileStamp], loaded: BuildCache.LoadedFiles)?
        swap(&lastInOrder, &cache.loadedInOrder)
        if !sameFiles || lastInOrder?.stamps.count != entries.count { lastInOrder = nil }
        let lastStamps = lastInOrder?.stamps
        var loaded = lastInOrder?.loaded
        lastInOrder = nil
        let stale = entries.indices.filter { index in
            let entry = entries[index]
            if let lastStamps { return lastStamps[index] != entry.stamp || entry.stamp.isRecent(at: scanTime) }
            guard let cached = sources[entry.path] else { return true }
            return cached.stamp != entry.stamp || entry.stamp.isRecent(at: scanTime)
        }
        for (index, result) in zip(stale, loader.readEach(stale.map { entries[$0].path })) {
            let entry = entries[index]
            if let previous = sources[entry.path], case .success(let old) = previous.result, case .success(let new) = result, old == new {
                // The same text: keep the file read before, so that later stages see the very same value.
                sources[entry.path] = BuildCache.Source(stamp: entry.stamp, result: previous.result)
            } else {
                sources[entry.path] = BuildCache.Source(stamp: entry.stamp, result: result)
                unchanged = false
            }
            loaded?.set(sources[entry.path]!.result, at: index)
        }
        let inOrder = loaded ?? BuildCache.LoadedFiles(entries.map { sources[$0.path]!.result })
        if cache.retainsResults {
            cache.sources = sources
            cache.loadedInOrder = (entries.map(\.stamp), inOrder)
        }
        cache.listing = listing
        cache.siteConfig = siteConfig

        // Each list's files, from its range of `entries`.
        var offset = 0
        func files(_ list: [SourceListing.Entry]) -> [SourceFile] {
            defer { offset += list.count }
            var files: [SourceFile] = []
            files.reserveCapacity(list.count)
            for index in offset..<offset + list.count {
                if let file = inOrder.files[index] { files.append(file) } else { diagnostics.append(inOrder.failures[index]!) }
            }
            return files
        }
        let staticFiles = listing.staticFiles.map {
            StaticFile(source: root.appendingPathComponent($0.entry.path), outputPath: $0.outputPath)
        }
        // In the order of `entries`.
        let articles: Documents = readsDocuments ? .read(files(listing.articles)) : .listed(listing.articles.map(\.path), loader)
        let pages: Documents = readsDocuments ? .read(files(listing.pages)) : .listed(listing.pages.map(\.path), loader)
        let bulletins = files(listing.bulletins)
        let templates = files(listing.templates)
        return Sources(
            listing: listing, siteConfig: siteConfig,
            articles: articles, pages: pages, bulletins: bulletins, templates: templates,
            staticFiles: staticFiles,
            copiedStamps: Dictionary(listing.staticFiles.map { ($0.outputPath, $0.entry.stamp) }, uniquingKeysWith: { first, _ in first }),
            diagnostics: diagnostics, unchanged: unchanged
        )
    }
}
