import ArgumentParser
import BantinKit
import Foundation

/// The `bantin` command: builds, checks and starts Vietnamese news sites.
@main
struct Bantin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bantin",
        abstract: CommandHelp.bantinAbstract.text,
        discussion: CommandHelp.bantinDiscussion.text,
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
