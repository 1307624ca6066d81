import ArgumentParser
import BantinKit
import Foundation

/// `bantin init`: writes a new, working site (the default theme and starter content) into a folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: CommandHelp.initAbstract.text,
        discussion: CommandHelp.initDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(CommandHelp.initFolder.text, valueName: CommandHelp.folderValue.text))
    var folder: String = "."

    @Option(name: .long, help: ArgumentHelp(CommandHelp.initName.text, valueName: CommandHelp.nameValue.text))
    var name: String?

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let written: [String]
        do {
            written = try SiteScaffold(name: name).write(into: url)
        } catch {
            Terminal.error(CommandMessage.failure(detail: error.message).text)
            throw ExitCode.failure
        }
        let shown = folder.contains(where: { $0 == " " || $0 == "'" }) ? "\"\(folder)\"" : folder
        print(CommandMessage.siteCreated(path: url.path, files: written.count, folder: folder == "." ? nil : shown).text)
    }
}
