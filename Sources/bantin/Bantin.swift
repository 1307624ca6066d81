import ArgumentParser
import BantinKit
import Foundation

/// The `bantin` command: builds, checks and starts Vietnamese news sites.
@main
struct Bantin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bantin",
        abstract: "Dựng trang tin tĩnh từ Markdown — builds a static news site from Markdown and Mustache templates.",
        discussion: """
        A site folder holds content/ (site.yml, articles/, pages/, media/) and templates/.
        `bantin build` writes the finished site into site/; upload that folder to your web host.
        `bantin serve` previews it while you edit.
        """,
        version: BantinVersion.current,
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ReportCommand.self, PublishCommand.self]
    )

    @OptionGroup var language: LanguageOption

    /// Chooses the language before anything is parsed or printed, then runs the command.
    static func main() async {
        Language.current = .preferred(
            arguments: Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment
        )
        await main(nil)
    }
}
