import BantinMarkdown
import Foundation

/// Builds a site: the five stages in order, load → parse → resolve → render → write.
///
/// `build(into:)` runs them all; `check()` runs the same stages without the write and treats broken
/// links and missing images as errors. Effects come in through `init`, so a build of the same input
/// at the same `now` is byte-for-byte the same.
public struct SiteBuilder: Sendable {
    public let root: URL
    public let options: BuildOptions
    /// The clock reading that decides which articles are "future".
    public let now: Date
    private let progress: (@Sendable (BuildProgress) -> Void)?

    /// Creates a builder for the site at `root`.
    public init(root: URL, options: BuildOptions = .init(), now: Date = Date(), progress: (@Sendable (BuildProgress) -> Void)? = nil) {
        self.root = root.standardizedFileURL
        self.options = options
        self.now = now
        self.progress = progress
    }

    /// Renders the site and writes it; nothing is written unless every stage succeeded.
    /// - Throws: `BuildFailure` with every error found (and the warnings), or with the writer's error.
    public func build(into writer: inout some OutputWriter) throws(BuildFailure) -> BuildReport {
        let site = try render()
        let clock = ContinuousClock()
        let start = clock.now
        progress?(BuildProgress(stage: "write", completed: 0, total: site.files.count))
        let summary: WriteSummary
        do {
            summary = try writer.write(site.files)
        } catch let error as WriterError {
            throw BuildFailure(diagnostics: site.warnings + [Diagnostic(.error, path: error.path, message: error.message)])
        } catch {
            throw BuildFailure(diagnostics: site.warnings + [Diagnostic(.error, path: "site", message: "cannot write the site: \(error)")])
        }
        progress?(BuildProgress(stage: "write", completed: site.files.count, total: site.files.count))
        return BuildReport(site: site, write: summary, timings: site.timings + [StageTiming(stage: "write", duration: clock.now - start)])
    }

    /// Runs every stage but the write; broken links and missing images count as errors.
    /// - Returns: all diagnostics, errors and warnings, sorted by file and position.
    public func check() -> [Diagnostic] {
        do {
            let site = try render()
            let linkErrors = site.linkProblems.map { $0.with(.error) }
            let linkProblems = Set(site.linkProblems)
            return (site.warnings.filter { !linkProblems.contains($0) } + linkErrors).sorted()
        } catch {
            return error.diagnostics
        }
    }

    /// The stages before the write: every file of the site in memory, or every error found.
    /// - Throws: `BuildFailure` when any file has an error; parse errors of all files are collected first.
    public func render() throws(BuildFailure) -> RenderedSite {
        var timer = StageTimer()
        let content = try resolve(withTemplates: true, timer: &timer)
        var diagnostics = content.diagnostics
        guard let templates = content.templates else { throw BuildFailure(diagnostics: diagnostics) }

        let renderer = PageRenderer(
            site: content.site, bulletins: content.bulletins, achievements: content.achievements,
            templates: templates, imageSizes: content.imageSizes
        )
        var files = renderer.render { done, total in report("render", done, total) }
        files += content.tree.staticFiles.map { RenderedFile(path: $0.outputPath, contents: .copy(of: $0.source)) }
        timer.finish("render")

        let tree = content.tree
        let sources = Dictionary(uniqueKeysWithValues: (tree.articles + tree.pages + tree.bulletins).map { ($0.path, $0) })
        let linkChecker = LinkChecker(config: content.site.config, outputPaths: Set(files.map(\.path)))
        let linkProblems = linkChecker.check(content.site, bulletins: content.bulletins, sources: sources)
        diagnostics += linkProblems
        diagnostics += Self.duplicateOutputs(files)
        timer.finish("check links")
        if diagnostics.contains(where: { $0.severity == .error }) { throw BuildFailure(diagnostics: diagnostics) }

        let site = content.site
        return RenderedSite(
            files: files, warnings: diagnostics.sorted(), linkProblems: linkProblems.sorted(), articleCount: site.articles.count, pageCount: site.pages.count,
            skippedDrafts: site.skippedDrafts, skippedFuture: site.skippedFuture, timings: timer.timings
        )
    }

    /// The stages the build and the achievements report share: load, parse, resolve (with the
    /// roll-up of achievements). The report asks for no templates, so a broken theme cannot stop it.
    /// - Throws: `BuildFailure` with every error of the content (and of the templates, when asked for).
    func resolve(withTemplates: Bool, timer: inout StageTimer) throws(BuildFailure) -> ResolvedContent {
        report("load", 0, 1)
        let tree = try SourceLoader(root: root).load()
        let config = try SiteConfig.load(from: tree.siteConfig, baseURLOverride: options.baseURLOverride)
        timer.finish("load")

        report("parse", 0, tree.articles.count + tree.pages.count)
        let imageSizes = ImageSize.sizes(of: tree.staticFiles, href: config.href)
        let parser = DocumentParser(config: config, imageSizes: imageSizes)
        let articles = parser.parse(tree.articles, as: .article)
        let pages = parser.parse(tree.pages, as: .page)
        let parsedBulletins = BulletinParser(config: config).parse(tree.bulletins)
        var diagnostics = tree.diagnostics + articles.diagnostics + pages.diagnostics + parsedBulletins.diagnostics
        var templates: TemplateSet?
        if withTemplates {
            do {
                templates = try TemplateSet(files: tree.templates)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if let templates, !tree.bulletins.isEmpty {
            diagnostics += templates.missing(PageRenderer.bulletinTemplates, because: "the site has bulletins (content/bulletins/), which")
        }
        timer.finish("parse")
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw BuildFailure(diagnostics: diagnostics)
        }

        report("resolve", 0, 1)
        let site: ResolvedSite
        do {
            site = try SiteResolver(config: config, inclusion: options.inclusion, now: now)
                .resolve(articles: articles.documents, pages: pages.documents)
        } catch {
            throw BuildFailure(diagnostics: diagnostics + error.diagnostics)
        }
        let bulletins = BulletinResolver(site: site, inclusion: options.inclusion).resolve(parsedBulletins.bulletins)
        diagnostics += bulletins.diagnostics
        let achievements = AchievementIndex(site: site)
        diagnostics += achievements.warnings
        if let templates, !achievements.years.isEmpty {
            diagnostics += templates.missingAchievementTemplates()
        }
        timer.finish("resolve")
        if diagnostics.contains(where: { $0.severity == .error }) { throw BuildFailure(diagnostics: diagnostics) }
        return ResolvedContent(
            tree: tree, site: site, bulletins: bulletins.bulletins, achievements: achievements,
            templates: templates, imageSizes: imageSizes, diagnostics: diagnostics
        )
    }

    private func report(_ stage: String, _ completed: Int, _ total: Int) {
        progress?(BuildProgress(stage: stage, completed: completed, total: total))
    }

    /// A generated page and a copied file (or a page slug and a generated list) that claim one path.
    static func duplicateOutputs(_ files: [RenderedFile]) -> [Diagnostic] {
        var seen = Set<String>()
        var diagnostics: [Diagnostic] = []
        for file in files where !seen.insert(file.path).inserted {
            diagnostics.append(Diagnostic(.error, path: file.path, message: "two outputs would be written to site/\(file.path); rename the page or file that uses this path"))
        }
        return diagnostics
    }
}
