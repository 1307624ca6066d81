import ArgumentParser
import BantinKit
import Foundation

/// `bantin new`: starts an article, or a month's bulletin, with its front matter filled in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: CommandHelp.newAbstract.text,
        discussion: CommandHelp.newDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(CommandHelp.newTitle.text, valueName: CommandHelp.titleValue.text))
    var title: String?

    @Option(name: .long, help: ArgumentHelp(CommandHelp.newCategory.text, valueName: CommandHelp.categoryValue.text))
    var category: String?

    @Option(name: .long, help: ArgumentHelp(CommandHelp.newDate.text, valueName: CommandHelp.dateValue.text))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(CommandHelp.newBulletin.text, valueName: "YYYY-MM"))
    var bulletin: String?

    @Option(name: .long, help: ArgumentHelp(CommandHelp.siteRoot.text, valueName: CommandHelp.folderValue.text))
    var root: String = "."

    func validate() throws {
        switch (title, bulletin) {
        case (nil, nil): throw ValidationError(CommandMessage.newNeedsTitle.text)
        case (.some, .some): throw ValidationError(CommandMessage.newTitleAndBulletin.text)
        case (.some(let title), nil) where title.trimmingCharacters(in: .whitespaces).isEmpty: throw ValidationError(CommandMessage.newEmptyTitle.text)
        case (nil, .some) where category != nil: throw ValidationError(CommandMessage.newCategoryForBulletin.text)
        case (nil, .some) where date != nil: throw ValidationError(CommandMessage.newDateForBulletin.text)
        default: break
        }
    }

    func run() throws {
        let rootURL = URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let config: SiteConfig
        do {
            let bytes = try [UInt8](Data(contentsOf: rootURL.appendingPathComponent("content/site.yml")))
            config = try SiteConfig.load(from: SourceFile(path: "content/site.yml", bytes: bytes))
        } catch let failure as BuildFailure {
            Terminal.print(failure.diagnostics)
            throw ExitCode.failure
        } catch let diagnostic as Diagnostic {
            Terminal.print([diagnostic])
            throw ExitCode.failure
        } catch {
            Terminal.error(CommandMessage.newUnreadableSettings(root: rootURL.path, detail: SystemReason(error)).text)
            throw ExitCode.failure
        }
        do {
            if let month = bulletin {
                let files = SourceLoader(root: rootURL).markdownFiles(in: "content/bulletins").files
                let existing = BulletinParser(config: config).parse(files).bulletins
                let scaffold = try BulletinScaffold(month: month, existing: existing, config: config)
                try scaffold.write(under: rootURL)
                print(CommandMessage.bulletinCreated(path: scaffold.path, number: scaffold.number).text)
            } else if let title {
                let scaffold = try ArticleScaffold(title: title, category: category, now: Date(), date: date, config: config)
                try scaffold.write(under: rootURL)
                print(CommandMessage.articleCreated(path: scaffold.path).text)
            }
        } catch {
            Terminal.error(CommandMessage.failure(detail: error.message).text)
            throw ExitCode.failure
        }
    }
}
