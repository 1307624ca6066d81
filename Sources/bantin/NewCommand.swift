import ArgumentParser
import BantinKit
import Foundation

/// `bantin new`: starts an article with its front matter filled in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create content/articles/YYYY/<slug>.md for a new article (never overwrites).",
        discussion: "The article starts as a draft dated now in the site's time zone; set `draft: false` to publish it."
    )

    @Argument(help: ArgumentHelp("The article's title, e.g. \"Hội nghị tổng kết năm 2021\".", valueName: "TITLE"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("The article's category (default: the first menu entry).", valueName: "C"))
    var category: String?

    @Option(name: .long, help: ArgumentHelp("The site folder, which holds content/ and templates/.", valueName: "DIR"))
    var root: String = "."

    func validate() throws {
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("the title is empty") }
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
            Terminal.error("error: cannot read content/site.yml in \(rootURL.path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        do {
            let scaffold = try ArticleScaffold(title: title, category: category, now: Date(), config: config)
            try scaffold.write(under: rootURL)
            print("Created \(scaffold.path)")
        } catch {
            Terminal.error("error: \(error.message)")
            throw ExitCode.failure
        }
    }
}
