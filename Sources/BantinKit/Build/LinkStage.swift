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
        let files = Dictionary((sources.articles + sources.pages + sources.bulletins).map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        var records: [String: BuildCache.LinkRecord] = [:]
        var warnings: [Diagnostic] = []
        let documents = resolved.site.articles.map(\.document) + resolved.site.pages.map(\.document)
        let previousRecords = cache.links
        // Each document is checked on its own, so on all cores; the warnings keep the documents' order.
        let checked = documents.parallelMap { document -> (path: String, record: BuildCache.LinkRecord, isKept: Bool)? in
            guard let source = files[document.path] else { return nil }
            if let previous = previousRecords[document.path], previous.source == source, !previous.lookups.contains(where: moved.contains) {
                return (document.path, previous, true)
            }
            return (document.path, BuildCache.LinkRecord(source: source, lookups: checker.lookups(in: document), warnings: checker.check(document, source: source)), false)
        }
        var allKept = true
        for case let (path, record, isKept)? in checked {
            records[path] = record
            warnings += record.warnings
            allKept = allKept && isKept
        }
        let bulletinWarnings = checker.check(resolved.bulletins, sources: files)
        cache.outputPaths = outputPaths
        // A site with thousands of warnings (a missing image in every article) would sort them after
        // every save: when every document kept its record and none came or went, the last sorted list stands.
        if allKept, records.count == previousRecords.count, let last = cache.sortedLinkWarnings, last.bulletins == bulletinWarnings {
            return Checked(warnings: last.sorted)
        }
        let sorted = (warnings + bulletinWarnings).sorted()
        if cache.retainsResults {
            cache.links = records
            cache.sortedLinkWarnings = (bulletinWarnings, sorted)
        }
        return Checked(warnings: sorted)
    }
}
