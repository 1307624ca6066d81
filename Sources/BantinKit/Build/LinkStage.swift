/// The fifth stage: internal links and images that point at no file of the built site. A document's
/// warnings are kept while its text is the same and no output path it refers to came or went.
struct LinkStage {
    let config: SiteConfig

    struct Checked: Sendable {
        /// Sorted.
        let warnings: [Diagnostic]
    }

    /// - Parameter unlistedFolder: a folder the build writes without listing its files yet (see `LinkChecker`).
    func check(
        _ resolved: ResolveStage.Resolved, sources: SourceStage.Sources, outputPaths: Set<String>, unlistedFolder: String? = nil,
        cache: inout BuildCache
    ) -> Checked {
        let checker = LinkChecker(config: config, outputPaths: outputPaths, unlistedFolder: unlistedFolder)
        let moved = cache.outputPaths == outputPaths ? [] : cache.outputPaths.symmetricDifference(outputPaths)
        cache.outputPaths = outputPaths
        let files = sources.articles + sources.pages
        let fileIndex = Dictionary(files.indices.map { (files[$0].path, $0) }, uniquingKeysWith: { _, last in last })
        let site = resolved.site
        let paths = site.articles.map(\.document.path) + site.pages.map(\.document.path)
        func document(_ index: Int) -> ParsedDocument {
            index < site.articles.count ? site.articles[index].document : site.pages[index - site.articles.count].document
        }
        // Which documents keep their record is decided on one core: it is a lookup each, and tables
        // read from several cores at once cost more in reference counting than the lookups.
        let previousRecords = cache.links
        var kept: [BuildCache.LinkRecord?] = []
        kept.reserveCapacity(paths.count)
        var stale: [(path: String, document: ParsedDocument, source: SourceFile)] = []
        for (index, path) in paths.enumerated() {
            guard let file = fileIndex[path] else {
                kept.append(nil)
                continue
            }
            if let previous = previousRecords[path], previous.source == files[file], !previous.lookups.contains(where: moved.contains) {
                kept.append(previous)
            } else {
                kept.append(nil)
                stale.append((path, document(index), files[file]))
            }
        }
        // The others are checked each on its own, so on all cores.
        let checked = stale.parallelMap { stale in
            BuildCache.LinkRecord(
                source: stale.source, lookups: checker.lookups(in: stale.document), warnings: checker.check(stale.document, source: stale.source)
            )
        }
        let bulletinSources = Dictionary(sources.bulletins.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        let bulletinWarnings = checker.check(resolved.bulletins, sources: bulletinSources)

        var records: [String: BuildCache.LinkRecord] = [:]
        records.reserveCapacity(paths.count)
        for (path, record) in zip(paths, kept) where record != nil { records[path] = record }
        for (stale, record) in zip(stale, checked) { records[stale.path] = record }
        let rechecked = zip(stale, checked).map { (path: $0.path, record: $1) }
        let sorted: [Diagnostic]
        if let last = cache.sortedLinkWarnings, rechecked.allSatisfy(Self.warnsOnlyAboutItsFile) {
            sorted = Self.merging(rechecked, bulletins: bulletinWarnings, into: last, gone: previousRecords.keys.filter { records[$0] == nil })
        } else {
            sorted = (records.values.flatMap(\.warnings) + bulletinWarnings).sorted()
        }
        if cache.retainsResults {
            cache.links = records
            // Kept only when the next check can merge into it (see `merging`).
            let mergeable = records.allSatisfy { Self.warnsOnlyAboutItsFile(path: $0.key, record: $0.value) }
            cache.sortedLinkWarnings = mergeable ? (bulletinWarnings, sorted) : nil
        }
        return Checked(warnings: sorted)
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
        var replaced = Set(rechecked.map(\.path) + gone)
        for warning in last.bulletins + bulletins { replaced.insert(warning.path) }
        guard !replaced.isEmpty else { return last.sorted }
        let added = (rechecked.flatMap(\.record.warnings) + bulletins).sorted()
        return last.sorted.filter { !replaced.contains($0.path) }.merged(with: added)
    }
}
