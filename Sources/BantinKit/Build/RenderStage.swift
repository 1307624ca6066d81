/// The fourth stage: every page kind makes its pages, and each page whose template and context
/// differ from the cached one is rendered, on all cores.
struct RenderStage {
    let templates: TemplateSet
    /// Set for `relative_urls`: each finished HTML page's links are made relative to it.
    let relativeLinks: RelativeLinks?

    struct Rendered: Sendable {
        /// Pages in the order of `SitePages`, then the copied files.
        let files: [RenderedFile]
        let outputPaths: Set<String>
        /// Two outputs at one path.
        let duplicates: [Diagnostic]
        /// The pages rendered by this run (the others came from the cache), sorted.
        let renderedPaths: [String]
    }

    func render(
        _ resolved: ResolveStage.Resolved, staticFiles: [SourceTree.StaticFile], cache: inout BuildCache,
        progress: (Int, Int) -> Void
    ) -> Rendered {
        let context = SiteContext(
            site: resolved.site, bulletins: resolved.bulletins, achievements: resolved.achievements, imageSizes: resolved.imageSizes,
            hasSearchPage: templates.names.contains(SearchPage.template)
        )
        let pages = SitePages.all(in: context)
        if cache.relativeLinks != relativeLinks?.basePath {
            // Cached pages were finished for other links.
            cache.pages = [:]
            cache.relativeLinks = relativeLinks?.basePath
        }
        var contents: [RenderedFile.Contents?] = pages.map { page in
            switch page.content {
            case .text(let text): return .bytes(finish(Array(text.utf8), at: page.path))
            case .bytes(let bytes): return .bytes(bytes)
            case .template: break
            }
            guard let cached = cache.pages[page.path], cached.content == page.content else { return nil }
            return .bytes(cached.bytes)
        }
        let stale = contents.indices.filter { contents[$0] == nil }
        let batchSize = 2_000
        var done = 0
        var next: [String: BuildCache.RenderedPage] = [:]
        next.reserveCapacity(pages.count)
        while done < stale.count {
            let batch = Array(stale[done..<min(done + batchSize, stale.count)])
            let rendered = batch.parallelMap { index -> [UInt8] in
                guard case .template(let name, let value) = pages[index].content else { return [] }
                return finish(Array(templates.render(name, value).utf8), at: pages[index].path)
            }
            for (index, bytes) in zip(batch, rendered) {
                contents[index] = .bytes(bytes)
                next[pages[index].path] = BuildCache.RenderedPage(content: pages[index].content, bytes: bytes)
            }
            done += batch.count
            progress(done, stale.count)
        }
        for page in pages where next[page.path] == nil {
            if let cached = cache.pages[page.path], cached.content == page.content { next[page.path] = cached }
        }
        if cache.retainsResults { cache.pages = next }

        var files = zip(pages, contents).map { RenderedFile(path: $0.path, contents: $1!) }
        files += staticFiles.map { RenderedFile(path: $0.outputPath, contents: .copy(of: $0.source)) }
        var outputPaths = Set<String>()
        var duplicates: [Diagnostic] = []
        for file in files where !outputPaths.insert(file.path).inserted {
            duplicates.append(Diagnostic(.error, path: file.path, message: "two outputs would be written to site/\(file.path); rename the page or file that uses this path"))
        }
        return Rendered(files: files, outputPaths: outputPaths, duplicates: duplicates, renderedPaths: stale.map { pages[$0].path }.sorted())
    }

    /// The page's bytes as written: with relative links when the site asks for them.
    private func finish(_ bytes: [UInt8], at path: String) -> [UInt8] {
        guard let relativeLinks, case .bytes(let rewritten) = relativeLinks.rewriting(RenderedFile(path: path, contents: .bytes(bytes))).contents else {
            return bytes
        }
        return rewritten
    }
}
