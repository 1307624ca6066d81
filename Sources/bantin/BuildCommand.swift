import ArgumentParser
import BantinKit
import Foundation

/// `bantin build`: renders the site and updates the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: CommandHelp.buildAbstract.text,
        discussion: CommandHelp.buildDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp(CommandHelp.buildOutput.text, valueName: CommandHelp.folderValue.text))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp(CommandHelp.buildBaseURL.text, valueName: "URL"))
    var baseURL: String?

    @Flag(name: .customLong("relative-urls"), help: ArgumentHelp(CommandHelp.buildRelativeURLs.text))
    var relativeURLs = false

    @Flag(name: .customLong("list-changes"), help: ArgumentHelp(CommandHelp.buildListChanges.text))
    var listChanges = false

    @Flag(name: .long, help: ArgumentHelp(CommandHelp.buildVerbose.text))
    var verbose = false

    func run() throws {
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
            ?? site.rootURL.appendingPathComponent("site")
        var writer: DiskWriter
        do {
            writer = try DiskWriter(output: outputURL, root: site.rootURL)
        } catch let error as WriterError {
            Terminal.error(CommandMessage.failure(detail: error.message).text)
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
            let diagnostics = error.diagnostics
            Terminal.error(CommandMessage.buildFailed(errors: diagnostics.errorCount, warnings: diagnostics.warningCount, output: outputURL.path).text)
            throw ExitCode.failure
        }
        progress.finish()
        Terminal.print(report.warnings)
        if verbose {
            let width = report.timings.map { $0.stageName().count }.max() ?? 0
            for timing in report.timings {
                Terminal.error(CommandMessage.stageTime(timing, width: width).text)
            }
        }
        if listChanges || verbose {
            Self.changes(report.write).forEach { print($0) }
        }
        print(Self.summary(report, output: outputURL, elapsed: clock.now - start))
    }

    /// One line per file written ("  đã ghi  2021/11/x/index.html") or removed ("  đã xoá  old.html"),
    /// written first, each list in path order.
    static func changes(_ write: WriteSummary) -> [String] {
        write.writtenPaths.map { CommandMessage.fileWritten(path: $0).text } + write.removedPaths.map { CommandMessage.fileRemoved(path: $0).text }
    }

    /// The one line a build prints, e.g. "Đã dựng 12 bài, 2 trang → site: 61 tệp (ghi 5, giữ nguyên 56, xoá 0) trong 0,21 giây".
    static func summary(_ report: BuildReport, output: URL, elapsed: Duration) -> String {
        CommandMessage.buildSummary(CommandMessage.BuildSummary(
            articles: report.articleCount, pages: report.pageCount, output: output.path, files: report.fileCount,
            written: report.write.written, unchanged: report.write.unchanged, removed: report.write.removed, elapsed: elapsed,
            drafts: report.skippedDrafts, future: report.skippedFuture, warnings: report.warnings.count
        )).text
    }
}
