import ArgumentParser
import BantinKit
import BantinPublish
import Foundation

/// `bantin publish`: sends the built site to a web host, only what changed.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Đưa trang đã dựng lên máy chủ — upload the built site (SFTP, FTP/FTPS or a folder), only what changed.",
        discussion: """
        TARGET is a name from `publish:` in content/site.yml, or an address: sftp://user@host[:port]/path, \
        ftp:// or ftps://user@host[:port]/path (inside the FTP account's home folder), file:///path or a folder path. \
        The target keeps .bantin-manifest.json (a hash of every file), so only changed files are sent and files the \
        site no longer has are deleted, whichever computer publishes. FTP passwords come from BANTIN_FTP_PASSWORD \
        or a prompt, never from site.yml.
        """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("A name from `publish:` in site.yml, or an address.", valueName: "TARGET"))
    var target: String

    @Flag(name: .customLong("dry-run"), help: "List what would be sent and deleted; change nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp("The site folder, which holds content/ and templates/.", valueName: "DIR"))
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp("The built site to send (default: ROOT/site).", valueName: "DIR"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("SFTP: sign in with this SSH key only.", valueName: "FILE"))
    var identity: String?

    @Option(name: .customLong("known-hosts"), help: ArgumentHelp("SFTP: check the server against this file instead of ~/.ssh/known_hosts.", valueName: "FILE"))
    var knownHosts: String?

    @Option(name: .customLong("ca-file"), help: ArgumentHelp("FTPS: trust this CA certificate (a server with a private certificate).", valueName: "FILE"))
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
            Terminal.error("lỗi: \(problem.message)")
            throw ExitCode.failure
        }
        if destination.address.kind == .ftp { Terminal.error(PublishText.plainFTPWarning) }
        let connection = PublishConnection(
            identity: identity.map(Self.absolute), knownHosts: knownHosts.map(Self.absolute), caFile: caFile.map(Self.absolute),
            password: Self.ftpPassword
        )
        let status = StatusLine()
        do throws(PublishError) {
            let publisher = Publisher(site: LocalSite(folder: outputURL), target: try connection.target(for: destination.address)) { progress in
                status.show(PublishText.progress(progress))
            }
            try send(with: publisher, to: destination, status: status)
        } catch {
            status.finish()
            Terminal.error("lỗi: \(error.description)")
            throw ExitCode.failure
        }
    }

    /// Prints the plan (`--dry-run`) or carries it out and prints the summary.
    private func send(with publisher: Publisher, to destination: PublishDestination, status: StatusLine) throws(PublishError) {
        guard !dryRun else {
            PublishText.dryRun(try publisher.plan(), target: destination.label).forEach(Terminal.line)
            return
        }
        let start = ContinuousClock.now
        let report = try publisher.publish()
        status.finish()
        let (seconds, attoseconds) = (ContinuousClock.now - start).components
        Terminal.line(PublishText.summary(report.plan, target: destination.label, seconds: Double(seconds) + Double(attoseconds) / 1e18))
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
        guard isatty(STDIN_FILENO) == 1, let typed = getpass(PublishText.passwordPrompt(user: address.user ?? "", host: address.host)) else {
            throw PublishError(.passwordMissing)
        }
        return String(cString: typed)
    }

    private static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}
