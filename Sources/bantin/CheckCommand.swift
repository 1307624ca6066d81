import ArgumentParser
import BantinKit
import Foundation

/// `bantin check`: everything `build` checks, plus links and images, without writing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: CommandHelp.checkAbstract.text,
        discussion: CommandHelp.checkDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var site: SiteOptions

    func run() throws {
        let builder = SiteBuilder(root: site.rootURL, options: BuildOptions(inclusion: .init(drafts: site.drafts, future: site.future)))
        let diagnostics = builder.check()
        Terminal.print(diagnostics)
        guard diagnostics.isEmpty else {
            Terminal.error(CommandMessage.checkFailed(errors: diagnostics.errorCount, warnings: diagnostics.warningCount).text)
            throw ExitCode.failure
        }
        print(CommandMessage.noProblems(root: site.rootURL.path).text)
    }
}
