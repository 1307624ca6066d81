import ArgumentParser
import BantinKit
import Foundation

/// `bantin build`: renders the site and updates the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (default: site/).",
        discussion: """
        Nothing is written unless the whole site builds without errors, so a failed build leaves the \
        previous site/ as it was. Only files whose contents changed are rewritten; files that no \
        longer belong to the site are removed.
        """
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: ROOT/site).", valueName: "DIR"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Use this address instead of base_url from site.yml, e.g. for a staging host.", valueName: "URL"))
    var baseURL: String?

    @Flag(name: .customLong("relative-urls"), help: "Viết liên kết tương đối theo từng trang, để mở trang web ngay trên máy hoặc từ USB mà không cần máy chủ (như relative_urls: true trong site.yml).")
    var relativeURLs = false

    @Flag(name: .customLong("list-changes"), help: "In ra từng tệp đã ghi và đã xoá, mỗi tệp một dòng.")
    var listChanges = false

    @Flag(name: .long, help: "Print the time each stage took, and every file written and removed.")
    var verbose = false

    func run() throws {
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
            ?? site.rootURL.appendingPathComponent("site")
        var writer: DiskWriter
        do {
            writer = try DiskWriter(output: outputURL, root: site.rootURL)
        } catch let error as WriterError {
            Terminal.error("error: \(error.message)")
            throw ExitCode.failure
        }
        let progress = ProgressBar()
        let builder = SiteBuilder(
            root: site.rootURL,
            options: BuildOptions(inclusion: .init(drafts: site.drafts, future: site.future), baseURLOverride: baseURL, relativeURLs: relativeURLs),
            progress: progress.update
        )
        let clock = ContinuousClock()
        let start = clock.now
        let report: BuildReport
        do {
            report = try builder.build(into: &writer)
        } catch {
            progress.finish()
            Terminal.print(error.diagnostics)
            Terminal.error("build failed: \(Terminal.counts(error.diagnostics)); nothing was written to \(outputURL.path)")
            throw ExitCode.failure
        }
        progress.finish()
        Terminal.print(report.warnings)
        if verbose {
            for timing in report.timings {
                Terminal.error("  \(timing.stage.padding(toLength: 12, withPad: " ", startingAt: 0)) \(Terminal.seconds(timing.duration))")
            }
        }
        if listChanges || verbose {
            Self.changes(report.write).forEach { print($0) }
        }
        print(Self.summary(report, output: outputURL, elapsed: clock.now - start))
    }

    /// One line per file written ("  ghi    2021/11/x/index.html") or removed ("  xoá    old.html"),
    /// written first, each list in path order.
    static func changes(_ write: WriteSummary) -> [String] {
        write.writtenPaths.map { "  ghi    \($0)" } + write.removedPaths.map { "  xoá    \($0)" }
    }

    /// The one line a build prints, e.g. "Built 12 articles, 2 pages: 61 files (5 written, 56 unchanged, 0 removed) in 0.21 s".
    static func summary(_ report: BuildReport, output: URL, elapsed: Duration) -> String {
        let site = report
        var line = "Built \(site.articleCount) articles, \(site.pageCount) pages → \(output.path): \(site.fileCount) files "
        line += "(\(report.write.written) written, \(report.write.unchanged) unchanged, \(report.write.removed) removed) in \(Terminal.seconds(elapsed))"
        var left: [String] = []
        if site.skippedDrafts > 0 { left.append("\(site.skippedDrafts) \(site.skippedDrafts == 1 ? "draft" : "drafts") (use --drafts)") }
        if site.skippedFuture > 0 { left.append("\(site.skippedFuture) future \(site.skippedFuture == 1 ? "article" : "articles") (use --future)") }
        if !left.isEmpty { line += "; left out \(left.joined(separator: " and "))" }
        if !site.warnings.isEmpty { line += "; \(site.warnings.count) \(site.warnings.count == 1 ? "warning" : "warnings")" }
        return line
    }
}
