import BantinMarkdown

/// The second stage: `site.yml`, the documents, the bulletins and the templates, each parsed again
/// only when its text (or what it is parsed with) changed since the cache parsed it.
struct ParseStage {
    let options: BuildOptions
    /// False for `bantin report`, which renders no page: a broken theme must not stop it.
    var needsTemplates = true
    /// Where a build keeps the bodies' HTML until their pages are rendered; nil keeps them in memory.
    var spill: BodySpill? = nil

    /// What resolving needs; nil when `site.yml` has errors.
    struct Content: Sendable {
        let config: SiteConfig
        let articles: [ParsedDocument]
        let pages: [ParsedDocument]
        /// Nil when a bulletin could not be parsed.
        let bulletins: [ParsedBulletin]?
        /// False when an article or page has errors: bulletins then are not matched against the
        /// articles, since a missing article would make their `featured:` look wrong.
        let documentsComplete: Bool
        let imageSizes: [String: ImageSize]
    }

    struct Parsed: Sendable {
        let content: Content?
        let templates: TemplateSet?
        let diagnostics: [Diagnostic]
    }

    func parse(_ sources: SourceStage.Sources, cache: inout BuildCache) -> Parsed {
        var diagnostics: [Diagnostic] = []
        let templates = needsTemplates ? parseTemplates(sources.templates, cache: &cache, diagnostics: &diagnostics) : nil
        if let templates, !sources.bulletins.isEmpty {
            diagnostics += templates.missing(BulletinIndexPage.templates, message: SiteMessage.missingBulletinTemplate(name:))
        }
        guard let configFile = sources.siteConfig else { return Parsed(content: nil, templates: templates, diagnostics: diagnostics) }

        let config: SiteConfig
        let settings: Result<SiteConfig, BuildFailure>
        if let cached = cache.settings, cached.file == configFile {
            settings = cached.result
        } else {
            settings = Result { () throws(BuildFailure) in try SiteConfig.load(from: configFile, baseURLOverride: options.baseURLOverride) }
            cache.forgetDocuments()
        }
        cache.settings = (configFile, settings)
        switch settings {
        case .success(let value): config = value
        case .failure(let failure): return Parsed(content: nil, templates: templates, diagnostics: diagnostics + failure.diagnostics)
        }

        let imageSizes: [String: ImageSize]
        let copiedFiles = Set(sources.listing.staticFiles.map(\.outputPath))
        if let cached = cache.imageSizes, cached.files == sources.listing.staticFiles {
            imageSizes = cached.sizes
        } else {
            imageSizes = ImageSize.sizes(of: sources.staticFiles, href: config.href)
            // Figures carry their image's size: new sizes mean every document is parsed again. So does
            // a copied file gone: the lines of the links to it were not quoted (see `DocumentParser`).
            let gone = cache.imageSizes?.files.contains { !copiedFiles.contains($0.outputPath) } ?? false
            if cache.imageSizes?.sizes != imageSizes || gone { cache.forgetDocuments() }
            cache.imageSizes = (sources.listing.staticFiles, imageSizes)
        }

        let parser = DocumentParser(config: config, imageSizes: imageSizes, copiedFiles: copiedFiles, spill: spill)
        let articles = parseDocuments(sources.articles, as: .article, parser: parser, cache: &cache)
        let pages = parseDocuments(sources.pages, as: .page, parser: parser, cache: &cache)
        let bulletins = BulletinParser(config: config).parse(sources.bulletins)
        diagnostics += articles.diagnostics + pages.diagnostics + bulletins.diagnostics
        let content = Content(
            config: config, articles: articles.documents, pages: pages.documents,
            bulletins: bulletins.diagnostics.containsError ? nil : bulletins.bulletins,
            documentsComplete: !(articles.diagnostics + pages.diagnostics).containsError, imageSizes: imageSizes
        )
        return Parsed(content: content, templates: templates, diagnostics: diagnostics)
    }

    /// Parses the files whose text changed, or reads and parses the listed ones, on all cores; the
    /// documents come back in input order.
    private func parseDocuments(
        _ sources: SourceStage.Documents, as kind: ParsedDocument.Kind, parser: DocumentParser, cache: inout BuildCache
    ) -> (documents: [ParsedDocument], diagnostics: [Diagnostic]) {
        switch sources {
        case .read(let files):
            return DocumentParser.collect(parseChanged(files, as: kind, parser: parser, cache: &cache))
        case .listed(let paths, let loader):
            // Each text is let go once parsed.
            return DocumentParser.collect(paths.parallelMap { path in
                loader.readOne(path).mapError { BuildFailure(diagnostics: [$0]) }.flatMap { parser.parse($0, as: kind) }
            })
        }
    }

    /// Parses the files whose text changed since the cache parsed them, on all cores, in input order.
    private func parseChanged(
        _ files: [SourceFile], as kind: ParsedDocument.Kind, parser: DocumentParser, cache: inout BuildCache
    ) -> [Result<ParsedDocument, BuildFailure>] {
        // When the listing names the files of the last parse at the same places, an unchanged file is
        // the very object read then, and its document is the one at its place; else each is looked up.
        let last = cache.documentsInOrder[kind]
        let inOrder = last.map { last in
            last.files.count == files.count && zip(last.files, files).allSatisfy { $0 === $1 || $0.path == $1.path }
        } ?? false
        var results: [Result<ParsedDocument, BuildFailure>?] = files.indices.map { index in
            if inOrder, let last { return last.files[index] === files[index] ? last.results[index] : nil }
            guard let cached = cache.documents[files[index].path], cached.source == files[index] else { return nil }
            return cached.result
        }
        let stale = results.indices.filter { results[$0] == nil }
        for (index, result) in zip(stale, stale.map { files[$0] }.parallelMap { parser.parse($0, as: kind) }) {
            results[index] = result
            if cache.retainsResults { cache.documents[files[index].path] = BuildCache.Document(source: files[index], result: result) }
        }
        // Forget files that were deleted: the cache then holds more documents of this kind than there
        // are files (every file has its entry by now). Counting is a read; filtering rebuilds the table.
        // Files at the same places with the same paths leave the table's paths as they were.
        let folder = kind == .article ? "content/articles/" : "content/pages/"
        if !inOrder, cache.documents.keys.count(where: { $0.hasPrefix(folder) }) != files.count {
            let present = Set(files.map(\.path))
            cache.documents = cache.documents.filter { !$0.key.hasPrefix(folder) || present.contains($0.key) }
        }
        // Every file has its result by now.
        let parsed = results.map { $0! }
        if cache.retainsResults { cache.documentsInOrder[kind] = (files, parsed) }
        return parsed
    }

    private func parseTemplates(_ files: [SourceFile], cache: inout BuildCache, diagnostics: inout [Diagnostic]) -> TemplateSet? {
        let result: Result<TemplateSet, BuildFailure>
        if let cached = cache.templates, cached.files == files {
            result = cached.result
        } else {
            result = Result { () throws(BuildFailure) in try TemplateSet(files: files) }
            cache.templates = (files, result)
            cache.pages = [:]
        }
        switch result {
        case .success(let templates): return templates
        case .failure(let failure):
            diagnostics += failure.diagnostics
            return nil
        }
    }
}
