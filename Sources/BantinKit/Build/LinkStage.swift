/// The fifth stage: internal links and images that point at no file of the built site. A document's
/// warnings are kept while its text is the same and no output path it refers to came or went.
struct LinkStage {
    let config: SiteConfig

    struct Checked: Sendable {
        let warnings: [Diagnostic]
    }

    /// - Parameter unlistedFolder: a folder the build writes without listing its files yet (see `LinkChecker`).
    func check(
        _ resolved: ResolveStage.Resolved, sources: SourceStage.Sources, outputPaths: Set<String>, unlistedFolder: String? = nil,
        cache: inout BuildCache
    ) -> Checked {
        let checker = LinkChecker(config: config, outputPaths: outputPaths, unlistedFolder: unlistedFolder)
        let moved = cache.outputPaths == outputPaths ? [] : cache.outputPaths.symmetricDifference(outputPaths)
        var files: [String: SourceFile] = [:]
        for file in sources.articles + sources.pages + sources.bulletins { files[file.path] = file }
        var records: [String: BuildCache.LinkRecord] = [:]
        var warnings: [Diagnostic] = []
        let documents = resolved.site.articles.map(\.document) + resolved.site.pages.map(\.document)
        for document in documents {
            guard let source = files[document.path] else { continue }
            let record: BuildCache.LinkRecord
            if let previous = cache.links[document.path], previous.source == source, !previous.lookups.contains(where: moved.contains) {
                record = previous
            } else {
                record = BuildCache.LinkRecord(source: source, lookups: checker.lookups(in: document), warnings: checker.check(document, source: source))
            }
            records[document.path] = record
            warnings += record.warnings
        }
        warnings += checker.check(resolved.bulletins, sources: files)
        if cache.retainsResults { cache.links = records }
        cache.outputPaths = outputPaths
        return Checked(warnings: warnings)
    }
}
