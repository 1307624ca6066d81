import ArgumentParser
import BantinKit
import Foundation

/// `bantin report`: one year's achievements as a single HTML file to print or save as PDF.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one year's achievements report as a single HTML file (A4, prints to PDF).",
        discussion: """
        The report collects the `achievements:` records of the published articles: a title block, the \
        summary, a table per level and the source articles with their addresses. It is one file with \
        its CSS inside and loads nothing, so it opens offline; print it from a browser to get a PDF.
        """
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The year to report, e.g. 2021.", valueName: "YEAR"))
    var year: Int

    @Option(name: .long, help: ArgumentHelp("Where to write the report (default: bao-cao-thanh-tich-YEAR.html in the current folder; a folder gets that name inside it).", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it already exists.")
    var force = false

    func validate() throws {
        guard AchievementRecord.plausibleYears.contains(year) else {
            throw ValidationError("--year \(year) is not a year achievements can have (\(AchievementRecord.plausibleYears.lowerBound) to \(AchievementRecord.plausibleYears.upperBound))")
        }
    }

    func run() throws {
        let builder = SiteBuilder(root: site.rootURL, options: BuildOptions(inclusion: .init(drafts: site.drafts, future: site.future)))
        let content: (site: ResolvedSite, achievements: AchievementIndex, warnings: [Diagnostic])
        do {
            content = try builder.achievements()
        } catch {
            Terminal.print(error.diagnostics)
            Terminal.error("report failed: \(Terminal.counts(error.diagnostics)); nothing was written")
            throw ExitCode.failure
        }
        Terminal.print(content.warnings)
        let url = outputURL()
        if let refusal = WritableLocation.refusal(for: url, root: site.rootURL) {
            Terminal.error("error: không ghi báo cáo vào \(url.path): \(refusal.explanation); hãy chọn nơi khác bằng --output")
            throw ExitCode.failure
        }
        do {
            let report = try AchievementReport(year: year, site: content.site, achievements: content.achievements, now: Date())
            try report.write(to: url, replacing: force)
            print("Wrote \(url.path): \(report.achievementCount) achievements of \(year) from \(report.articleCount) articles")
        } catch {
            Terminal.error("error: \(error.message)")
            throw ExitCode.failure
        }
    }

    /// `--output` as given (inside it when it is a folder), else the default name in the current folder.
    private func outputURL() -> URL {
        let currentFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let name = AchievementReport.defaultFileName(year: year)
        guard let output else { return currentFolder.appendingPathComponent(name) }
        let url = URL(fileURLWithPath: output, relativeTo: currentFolder).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return url.appendingPathComponent(name)
        }
        return url
    }
}
