import ArgumentParser
import BantinKit
import BantinPreview
import Foundation

/// `bantin serve`: builds the site in memory, serves it locally, and reloads open pages on every change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site at http://127.0.0.1:8080/; pages reload themselves when a file changes.",
        discussion: """
        Nothing is written to site/. Editing an article re-renders only the pages that show it. When \
        a change has errors, the last good site stays on screen with the errors over every page, until \
        the file is fixed. Drafts and future articles appear only with --drafts and --future, marked \
        "BẢN NHÁP" and "HẸN GIỜ ĐĂNG". Stop with Ctrl-C.
        """
    )

    @OptionGroup var language: LanguageOption

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("The port (default 8080; when it is busy the next free one is used).", valueName: "PORT"))
    var port: UInt16?

    @Option(name: .long, help: ArgumentHelp("The address to listen on. Anything but 127.0.0.1, ::1 or localhost makes the preview reachable from other machines.", valueName: "ADDRESS"))
    var host = "127.0.0.1"

    @Flag(name: .long, help: "Print the time each stage of every rebuild took.")
    var verbose = false

    static let defaultPort: UInt16 = 8080

    func validate() throws {
        let name = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let isAddress = name.lowercased() == "localhost" || name.split(separator: ".").count == 4 || name.contains(":")
        guard isAddress else { throw ValidationError("--host must be an IP address (127.0.0.1, ::1, 0.0.0.0, 192.168.1.10) or localhost, not \"\(host)\"") }
    }

    func run() async throws {
        if !["127.0.0.1", "::1", "[::1]", "localhost"].contains(host.lowercased()) {
            Terminal.error("warning: --host \(host): the preview, drafts included, is reachable from other machines on the network")
        }
        Terminal.error("Building \(site.rootURL.path) …")
        let (server, url) = try await start()
        Terminal.line("Serving \(url)  (Ctrl-C to stop)")
        for line in server.addresses(machine: NetworkAddress.ofThisMachine()).colleagueLines { Terminal.line(line) }
        if server.isPolling { Terminal.error("note: watching files by scanning them every 150 ms (no inotify here)") }
        await Self.waitForInterrupt()
        Terminal.error("Stopping …")
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
                if candidate != first { Terminal.error("note: port \(first) is in use; using \(candidate)") }
                return (server, url)
            } catch .portInUse where candidate < last {
                continue
            } catch .portInUse {
                Terminal.error("error: port \(candidate) is already in use; stop the program using it or choose another with --port")
                throw ExitCode.failure
            } catch {
                Terminal.error("error: \(error)")
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
                Terminal.line("Built \(build.articleCount) articles, \(build.pageCount) pages (\(build.files.count) files) in \(milliseconds(elapsed))")
            } else {
                let pages = build.renderedPaths.count
                Terminal.line("Updated in \(milliseconds(elapsed)): \(pages) \(pages == 1 ? "page" : "pages") rendered, \(build.changedPaths.count) changed")
            }
            if verbose {
                Terminal.line("  " + build.timings.map { "\($0.stage) \(Self.milliseconds($0.duration))" }.joined(separator: ", "))
            }
            if !build.warnings.isEmpty { Terminal.error("\(build.warnings.count) \(build.warnings.count == 1 ? "warning" : "warnings"); run bantin check to list them") }
        case .failed(let diagnostics, _):
            Terminal.print(diagnostics)
            Terminal.error("build failed: \(Terminal.counts(diagnostics)); the last good site is still served, with these errors over every page")
        }
    }

    /// "42.1 ms".
    static func milliseconds(_ duration: Duration) -> String {
        String(format: "%.1f ms", (Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) * 1000)
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
