import ArgumentParser
import BantinKit
import Foundation

/// `bantin report`: one year's achievements as a single HTML file to print or save as PDF.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: CommandHelp.reportAbstract.text,
        discussion: CommandHelp.reportDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp(CommandHelp.reportYear.text, valueName: CommandHelp.yearValue.text))
    var year: Int

    @Option(name: .long, help: ArgumentHelp(CommandHelp.reportOutput.text, valueName: CommandHelp.fileValue.text))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(CommandHelp.reportForce.text))
    var force = false

    func validate() throws {
        guard AchievementRecord.plausibleYears.contains(year) else {
            let years = AchievementRecord.plausibleYears
            throw ValidationError(CommandMessage.reportImplausibleYear(year: year, lowest: years.lowerBound, highest: years.upperBound).text)
        }
    }

    func run() throws {
        let builder = SiteBuilder(root: site.rootURL, options: BuildOptions(inclusion: .init(drafts: site.drafts, future: site.future)))
        let content: (site: ResolvedSite, achievements: AchievementIndex, warnings: [Diagnostic])
        do {
            content = try builder.achievements()
        } catch {
            Terminal.print(error.diagnostics)
            let diagnostics = error.diagnostics
            Terminal.error(CommandMessage.reportFailed(errors: diagnostics.errorCount, warnings: diagnostics.warningCount).text)
            throw ExitCode.failure
        }
        Terminal.print(content.warnings)
        let url = outputURL()
        if let refusal = WritableLocation.refusal(for: url, root: site.rootURL) {
            Terminal.error(CommandMessage.reportRefused(path: url.path, reason: refusal.explanation).text)
            throw ExitCode.failure
        }
        do {
            let report = try AchievementReport(year: year, site: content.site, achievements: content.achievements, now: Date())
            try report.write(to: url, replacing: force)
            print(CommandMessage.reportWritten(path: url.path, achievements: report.achievementCount, year: year, articles: report.articleCount).text)
        } catch {
            Terminal.error(CommandMessage.failure(detail: error.message).text)
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
