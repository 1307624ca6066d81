/// The fifth stage: internal links and images that point at no file of the built site. A document's
/// warnings are kept while its text is the same and no output path it refers to came or went.
struct LinkStage {
    let config: SiteConfig

    struct Checked: Sendable {
        /// Sorted.
        let warnings: [Diagnostic]
    }

    /// - Parameters:
    ///   - paths: the output paths in the order of the plan (`RenderStage.Plan.paths`), which `outputPaths` holds.
    ///   - unlistedFolder: a folder the build writes without listing its files yet (see `LinkChecker`).
    ///   - placesSince: earlier paths and where `paths` differs from them, when the caller compared them
    ///     (`RenderStage.Plan.placesSinceCached`): used when they are the paths this stage last checked.
    func check(
        _ resolved: ResolveStage.Resolved, sources: SourceStage.Sources, paths: [String], outputPaths: Set<String>, unlistedFolder: String? = nil,
        placesSince: (paths: [String], places: PlacedChanges)? = nil, cache: inout BuildCache
    ) -> Checked {
        let checker = LinkChecker(config: config, outputPaths: outputPaths, unlistedFolder: unlistedFolder)
        let site = resolved.site
        let documents = site.articles.map(\.document) + site.pages.map(\.document)
        // The records are updated in place: taken out of the cache, so that they are not copied.
        var records: [String: BuildCache.LinkRecord] = [:]
        swap(&records, &cache.links)
        // Without records (a build) there is nothing the paths that came or went could make stale.
        var moved: Set<String> = []
        if !records.isEmpty {
            let places = placesSince.flatMap { $0.paths.sharesStorage(with: cache.linkedPaths) ? $0.places : nil }
                ?? PlacedChanges(from: cache.linkedPaths, to: paths)
            if !places.isEmpty { moved = places.symmetricDifference(from: cache.linkedPaths, to: paths) }
        }
        if cache.retainsResults { cache.linkedPaths = paths }
        // Which documents keep their record is decided on one core, by identity, without reading the
        // documents (10,000 objects scattered in memory): a document checked last time (the very object,
        // so the same text) keeps its record unless it looks up one of the paths that came or went
        // (`linkLookups`). One at the place it had needs not even a set of the last documents.
        let lastDocuments = cache.linkedDocuments
        let stale: [ParsedDocument]
        if records.isEmpty || records.count != lastDocuments.count {
            // A build, a first check, or records that are not those of the last check's documents.
            stale = documents
        } else {
            var affected = Set<ObjectIdentifier>()
            for path in moved { affected.formUnion(cache.linkLookups[path] ?? []) }
            var checkedLast: Set<ObjectIdentifier>?
            stale = documents.indices.compactMap { index in
                let document = documents[index]
                let identity = ObjectIdentifier(document)
                if affected.contains(identity) { return document }
                if index < lastDocuments.count, lastDocuments[index] === document { return nil }
                if checkedLast == nil { checkedLast = Set(lastDocuments.lazy.map(ObjectIdentifier.init)) }
                return checkedLast!.contains(identity) ? nil : document
            }
        }
        // The others are checked each on its own, so on all cores, quoting the lines their parse kept.
        // A build keeps no records, so it needs no lookups.
        let keepsRecords = cache.retainsResults
        let checked = stale.parallelMap { document in
            BuildCache.LinkRecord(
                document: document, lookups: keepsRecords ? checker.lookups(in: document) : [], warnings: checker.check(document)
            )
        }
        let bulletinSources = Dictionary(sources.bulletins.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        let bulletinWarnings = checker.check(resolved.bulletins, sources: bulletinSources)

        let rechecked = zip(stale, checked).map { (path: $0.path, record: $1) }
        // A document that is gone (deleted, or no longer published) leaves a record behind.
        var gone: [String] = []
        // A build keeps no records: every document was checked, once, and is listed as it is (a table
        // of 100,000 paths made only to be read through once).
        if keepsRecords {
            // The lookups' index follows the records: a record replaced or gone takes its document out.
            var lookups: [String: Set<ObjectIdentifier>] = [:]
            if !records.isEmpty { swap(&lookups, &cache.linkLookups) }
            func index(_ record: BuildCache.LinkRecord, adding: Bool) {
                let document = ObjectIdentifier(record.document)
                for path in record.lookups {
                    if adding {
                        lookups[path, default: []].insert(document)
                    } else if lookups[path]?.remove(document) != nil, lookups[path]?.isEmpty == true {
                        lookups[path] = nil
                    }
                }
            }
            for (path, record) in rechecked {
                if let old = records.updateValue(record, forKey: path) { index(old, adding: false) }
                index(record, adding: true)
            }
            if records.count != documents.count {
                let present = Set(documents.lazy.filter { records[$0.path]?.document === $0 }.map(\.path))
                gone = records.keys.filter { !present.contains($0) }
                for path in gone {
                    if let old = records.removeValue(forKey: path) { index(old, adding: false) }
                }
            }
            cache.linkLookups = lookups
        }
        let all = keepsRecords ? AnySequence(records.lazy.map { (path: $0.key, record: $0.value) }) : AnySequence(rechecked)
        let sorted: [Diagnostic]
        let mergeable: Bool
        // Taken out of the cache and, once merged, freed on another thread: 20,000 warnings take
        // milliseconds to free, which a save need not wait for.
        var previous: (bulletins: [Diagnostic], sorted: [Diagnostic])?
        swap(&previous, &cache.sortedLinkWarnings)
        if let last = previous, rechecked.allSatisfy(Self.warnsOnlyAboutItsFile) {
            sorted = Self.merging(rechecked, bulletins: bulletinWarnings, into: last, gone: gone)
            mergeable = true
        } else if let byFile = Self.sortedByFile(all) {
            sorted = byFile.merged(with: bulletinWarnings.sorted())
            mergeable = true
        } else {
            // A record warns about another file (`sortedByFile` found it): the next check cannot merge.
            sorted = (all.flatMap(\.record.warnings) + bulletinWarnings).sorted()
            mergeable = false
        }
        if cache.retainsResults {
            cache.links = records
            cache.linkedDocuments = documents
            // Kept only when the next check can merge into it (see `merging`).
            cache.sortedLinkWarnings = mergeable ? (bulletinWarnings, sorted) : nil
        }
        SiteBuilder.freeElsewhere(previous.take())
        return Checked(warnings: sorted)
    }

    /// The records' warnings sorted, when every record warns only about its own file: the files in
    /// order of path, each file's few warnings sorted, instead of every warning of the site compared
    /// with the others (a build's 20,000 missing images, at 10,000 articles); nil otherwise.
    private static func sortedByFile(_ records: some Sequence<(path: String, record: BuildCache.LinkRecord)>) -> [Diagnostic]? {
        var files: [(path: String, warnings: [Diagnostic])] = []
        var count = 0
        for (path, record) in records where !record.warnings.isEmpty {
            guard warnsOnlyAboutItsFile(path: path, record: record) else { return nil }
            files.append((path, record.warnings))
            count += record.warnings.count
        }
        // Diagnostics order by path first, and the paths are the records' own, each once.
        files.sort { $0.path < $1.path }
        var sorted: [Diagnostic] = []
        sorted.reserveCapacity(count)
        for file in files { sorted += file.warnings.sorted() }
        return sorted
    }

    /// Whether every warning of `record` is about the file at `path`, its document's.
    private static func warnsOnlyAboutItsFile(path: String, record: BuildCache.LinkRecord) -> Bool {
        record.warnings.allSatisfy { $0.path == path }
    }

    /// The last check's sorted warnings, with those of the documents checked again or `gone` and of
    /// the bulletins replaced by their new ones. A site can have thousands of warnings (a missing image
    /// in every article), which the preview would otherwise sort again after every save. Warnings are
    /// sorted by file first, so a document's are found by its path: the last list is kept only when
    /// every record's warnings are about its own file.
    private static func merging(
        _ rechecked: [(path: String, record: BuildCache.LinkRecord)], bulletins: [Diagnostic],
        into last: (bulletins: [Diagnostic], sorted: [Diagnostic]), gone: [String]
    ) -> [Diagnostic] {
        // Most often (a body edit) the documents checked again warn as they did: the list is the last one.
        if gone.isEmpty, bulletins == last.bulletins, rechecked.allSatisfy({ item in
            last.sorted[last.sorted.range(ofPath: item.path, from: 0)].elementsEqual(item.record.warnings.sorted())
        }) {
            return last.sorted
        }
        var replaced = Set(rechecked.map(\.path) + gone)
        for warning in last.bulletins + bulletins { replaced.insert(warning.path) }
        guard !replaced.isEmpty else { return last.sorted }
        // Every new warning is about a replaced file, so each file's new warnings take the place of its
        // old ones: found by path in the sorted list, with the runs between them copied whole, in one pass.
        let added = (rechecked.flatMap(\.record.warnings) + bulletins).sorted()
        var merged: [Diagnostic] = []
        merged.reserveCapacity(last.sorted.count + added.count)
        var index = 0
        var next = 0
        for path in replaced.sorted() {
            let range = last.sorted.range(ofPath: path, from: index)
            merged += last.sorted[index..<range.lowerBound]
            let end = added[next...].firstIndex { $0.path != path } ?? added.endIndex
            merged += added[next..<end]
            next = end
            index = range.upperBound
        }
        merged += last.sorted[index...]
        // Every new warning is about a replaced file: the callers merge only records that warn about their own file.
        assert(next == added.endIndex, "a new warning about a file that was not replaced")
        return merged
    }
}
