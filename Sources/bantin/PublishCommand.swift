import ArgumentParser
import BantinKit
import BantinPublish
import Foundation

/// `bantin publish`: sends the built site to a web host, only what changed.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: PublishHelp.abstract.text,
        discussion: PublishHelp.discussion.text
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(PublishHelp.target.text, valueName: "TARGET"))
    var target: String

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(PublishHelp.dryRun.text))
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp(CommandHelp.siteRoot.text, valueName: CommandHelp.folderValue.text))
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp(PublishHelp.output.text, valueName: CommandHelp.folderValue.text))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(PublishHelp.identity.text, valueName: CommandHelp.fileValue.text))
    var identity: String?

    @Option(name: .customLong("known-hosts"), help: ArgumentHelp(PublishHelp.knownHosts.text, valueName: CommandHelp.fileValue.text))
    var knownHosts: String?

    @Option(name: .customLong("ca-file"), help: ArgumentHelp(PublishHelp.caFile.text, valueName: CommandHelp.fileValue.text))
    var caFile: String?

    func run() throws {
        let rootURL = Self.absolute(root)
        let outputURL = output.map(Self.absolute) ?? rootURL.appendingPathComponent("site")
        let destination: PublishDestination
        do {
            destination = try PublishDestination(
                choosing: target, named: try namedTargets(root: rootURL), root: rootURL,
                workingFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            )
        } catch let problem as PublishDestination.Problem {
            Terminal.error(PublishText.error(problem))
            throw ExitCode.failure
        }
        if destination.address.kind == .ftp { Terminal.error(PublishText.warning(PublishMessage.plainFTP)) }
        let connection = PublishConnection(
            identity: identity.map(Self.absolute), knownHosts: knownHosts.map(Self.absolute), caFile: caFile.map(Self.absolute),
            password: Self.ftpPassword
        )
        let status = StatusLine()
        do throws(PublishError) {
            let publisher = Publisher(site: LocalSite(folder: outputURL), target: try connection.target(for: destination.address)) { progress in
                status.show(PublishText.progress(progress).text)
            }
            try send(with: publisher, to: destination, status: status)
        } catch {
            status.finish()
            Terminal.error(PublishText.error(error.reason))
            throw ExitCode.failure
        }
    }

    /// Prints the plan (`--dry-run`) or carries it out and prints the summary.
    private func send(with publisher: Publisher, to destination: PublishDestination, status: StatusLine) throws(PublishError) {
        guard !dryRun else {
            PublishText.dryRun(try publisher.plan(), target: destination.label).forEach { Terminal.line($0.text) }
            return
        }
        let start = ContinuousClock.now
        let report = try publisher.publish()
        status.finish()
        Terminal.line(PublishText.summary(report.plan, target: destination.label, duration: ContinuousClock.now - start).text)
    }

    /// The `publish:` targets of site.yml; none when there is no site.yml (an address needs none).
    private func namedTargets(root: URL) throws -> [String: PublishAddress] {
        let file = root.appendingPathComponent("content/site.yml")
        guard FileManager.default.fileExists(atPath: file.path) else { return [:] }
        do {
            let bytes = try [UInt8](Data(contentsOf: file))
            return try SiteConfig.load(from: SourceFile(path: "content/site.yml", bytes: bytes)).publish
        } catch let failure as BuildFailure {
            Terminal.print(failure.diagnostics)
            throw ExitCode.failure
        } catch let diagnostic as Diagnostic {
            Terminal.print([diagnostic])
            throw ExitCode.failure
        }
    }

    /// The FTP password: BANTIN_FTP_PASSWORD, else asked at the terminal without echo.
    @Sendable private static func ftpPassword(for address: PublishAddress) throws(PublishError) -> String {
        if let password = ProcessInfo.processInfo.environment["BANTIN_FTP_PASSWORD"] { return password }
        guard isatty(STDIN_FILENO) == 1, let typed = getpass(PublishMessage.passwordPrompt(user: address.user ?? "", host: address.host).text) else {
            throw PublishError(.passwordMissing)
        }
        return String(cString: typed)
    }

    private static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}
