import ArgumentParser
import BantinKit
import Foundation

/// `bantin check`: everything `build` checks, plus links and images, without writing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site for errors, broken internal links and missing images, without writing anything.",
        discussion: "Exits with status 1 when anything is wrong."
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var site: SiteOptions

    func run() throws {
        let builder = SiteBuilder(root: site.rootURL, options: BuildOptions(inclusion: .init(drafts: site.drafts, future: site.future)))
        let diagnostics = builder.check()
        Terminal.print(diagnostics)
        guard diagnostics.isEmpty else {
            Terminal.error("check failed: \(Terminal.counts(diagnostics))")
            throw ExitCode.failure
        }
        print("No problems found in \(site.rootURL.path)")
    }
}
