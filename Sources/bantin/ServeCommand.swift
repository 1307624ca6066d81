import ArgumentParser
import BantinKit
import BantinPreview
import Foundation

/// `bantin serve`: builds the site in memory, serves it locally, and reloads open pages on every change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: CommandHelp.serveAbstract.text,
        discussion: CommandHelp.serveDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp(CommandHelp.servePort.text, valueName: CommandHelp.portValue.text))
    var port: UInt16?

    @Option(name: .long, help: ArgumentHelp(CommandHelp.serveHost.text, valueName: CommandHelp.addressValue.text))
    var host = "127.0.0.1"

    @Flag(name: .long, help: ArgumentHelp(CommandHelp.serveVerbose.text))
    var verbose = false

    static let defaultPort: UInt16 = 8080

    func validate() throws {
        let name = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let isAddress = name.lowercased() == "localhost" || name.split(separator: ".").count == 4 || name.contains(":")
        guard isAddress else { throw ValidationError(CommandMessage.serveBadHost(host: host).text) }
    }

    func run() async throws {
        if !["127.0.0.1", "::1", "[::1]", "localhost"].contains(host.lowercased()) {
            Terminal.error(CommandMessage.serveShared(host: host).text)
        }
        Terminal.error(CommandMessage.serveBuilding(root: site.rootURL.path).text)
        let (server, url) = try await start()
        Terminal.line(CommandMessage.serveServing(url: url.absoluteString).text)
        for line in server.addresses(machine: NetworkAddress.ofThisMachine()).colleagueLines { Terminal.line(line) }
        if server.isPolling { Terminal.error(CommandMessage.servePolling.text) }
        await Self.waitForInterrupt()
        Terminal.error(CommandMessage.serveStopping.text)
        await server.stop()
    }

    /// Starts the preview on --port, or on the first free port from 8080 when none was given.
    private func start() async throws -> (PreviewServer, URL) {
        let first = port ?? Self.defaultPort
        let last = port == nil ? first + 20 : first
        for candidate in first...last {
            let configuration = PreviewServer.Configuration(
                root: site.rootURL, options: BuildOptions(inclusion: .init(drafts: site.drafts, future: site.future)),
                host: host, port: candidate
            )
            do {
                let verbose = self.verbose
                let server = PreviewServer(configuration) { Self.report($0, verbose: verbose) }
                let url = try await server.start()
                if candidate != first { Terminal.error(CommandMessage.servePortMoved(asked: Int(first), used: Int(candidate)).text) }
                return (server, url)
            } catch .portInUse where candidate < last {
                continue
            } catch .portInUse {
                Terminal.error(CommandMessage.servePortInUse(port: Int(candidate)).text)
                throw ExitCode.failure
            } catch {
                Terminal.error(CommandMessage.failure(detail: error.description).text)
                throw ExitCode.failure
            }
        }
        throw ExitCode.failure
    }

    /// One line per rebuild, and the diagnostics of a failed one.
    static func report(_ event: PreviewServer.Event, verbose: Bool) {
        switch event {
        case .built(let build, let elapsed):
            if build.changedPaths.count == build.files.count {
                Terminal.line(CommandMessage.serveBuilt(articles: build.articleCount, pages: build.pageCount, files: build.files.count, elapsed: elapsed).text)
            } else {
                Terminal.line(CommandMessage.serveUpdated(
                    elapsed: elapsed, rendered: build.renderedPaths.count, spliced: build.splicedPaths.count, changed: build.changedPaths.count
                ).text)
            }
            if verbose { Terminal.line(CommandMessage.serveTimings(build.timings).text) }
            if !build.warnings.isEmpty { Terminal.error(CommandMessage.serveWarnings(count: build.warnings.count).text) }
        case .failed(let diagnostics, _):
            Terminal.print(diagnostics)
            Terminal.error(CommandMessage.serveFailed(errors: diagnostics.errorCount, warnings: diagnostics.warningCount).text)
        }
    }

    /// Returns when the process receives SIGINT (Ctrl-C) or SIGTERM.
    private static func waitForInterrupt() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = Once(continuation)
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                // The handler holds `once`, which holds the source: both live until the process ends.
                source.setEventHandler { once.resume() }
                once.keep(source)
                source.resume()
            }
        }
    }
}

/// Resumes a continuation the first time it is asked to, and keeps the signal sources that ask.
private final class Once: @unchecked Sendable {
    // @unchecked: the stored properties are only touched while `lock` is held.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?
    private var sources: [DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<Void, Never>) {
        self.continuation = continuation
    }

    func keep(_ source: DispatchSourceSignal) {
        lock.withLock { sources.append(source) }
    }

    func resume() {
        let pending = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        pending?.resume()
    }
}
