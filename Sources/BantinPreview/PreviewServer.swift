import BantinKit
import Foundation

/// `bantin serve`: builds the site in memory, serves it on a local address, and rebuilds it when a
/// file changes, telling every open page to reload.
///
/// Three parts: a `RebuildLoop` thread that owns the `SiteSession` and waits on the `SourceWatcher`;
/// a `LiveSite` that holds the current state for the connections; and an `HTTPListener` whose
/// connections ask a `PreviewResponder`. The server never maps a URL to a path on disk: it serves
/// the files of the last build, found by `PreviewSite.lookup`.
public final class PreviewServer: Sendable {
    /// What to serve, where, and how to notice changes.
    public struct Configuration: Sendable {
        /// The site root (holds `content/` and `templates/`).
        public var root: URL
        /// Drafts, future articles, base URL.
        public var options: BuildOptions
        /// The address to listen on: "127.0.0.1" (the default), "localhost", "::1", or a network address.
        public var host: String
        /// The port; 0 picks a free one.
        public var port: UInt16
        /// How changes are noticed.
        public var watching: Watching
        /// The clock that decides which articles are "future".
        public var now: @Sendable () -> Date
        /// The bounds the server keeps; tests shorten them.
        var limits = ServerLimits.standard

        /// Creates a configuration; by default 127.0.0.1:8080, watching with inotify where there is one.
        public init(
            root: URL, options: BuildOptions = .init(), host: String = "127.0.0.1", port: UInt16 = 8080,
            watching: Watching = .automatic, now: @escaping @Sendable () -> Date = { Date() }
        ) {
            self.root = root
            self.options = options
            self.host = host
            self.port = port
            self.watching = watching
            self.now = now
        }
    }

    /// How changes to the site's files are noticed.
    public enum Watching: Sendable, Equatable {
        /// inotify on Linux (a change is seen at once), polling every 150 ms elsewhere.
        case automatic
        /// Scan the files every `interval`.
        case polling(interval: Duration)
    }

    /// What the preview did, for the command line to print.
    public enum Event: Sendable {
        /// The site was built (`elapsed` from the start of the update to the reload being sent).
        case built(RenderedSite, elapsed: Duration)
        /// The files have errors; the last good site is still served, with an overlay.
        case failed([Diagnostic], elapsed: Duration)
    }

    /// Why the preview could not start.
    public enum StartError: Error, Equatable, CustomStringConvertible {
        /// Another program listens on this port.
        case portInUse(UInt16)
        /// `host` is not an address this machine can listen on.
        case invalidHost(String)
        /// Listening failed for another reason.
        case cannotListen(String)

        /// Why, in the catalogue's words.
        public var message: PreviewMessage {
            switch self {
            case .portInUse(let port): .portInUse(port: Int(port))
            case .invalidHost(let host): .invalidHost(host: host)
            case .cannotListen(let reason): .cannotListen(reason: reason)
            }
        }

        /// Why, in the language of this run.
        public var description: String { message.text }
    }

    private let configuration: Configuration
    private let live: LiveSite
    private let loop: RebuildLoop
    private let listener: HTTPListener

    /// Prepares a preview; nothing is read or bound until `start()`.
    /// - Parameter onEvent: called on the rebuild thread after each build that changed something.
    public init(_ configuration: Configuration, onEvent: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.configuration = configuration
        listener = HTTPListener(limits: configuration.limits)
        let generations = GenerationCounter()
        live = LiveSite(.empty(generation: generations.next()))
        loop = RebuildLoop(
            session: SiteSession(root: configuration.root, options: configuration.options, now: configuration.now),
            watcher: SourceWatcher(root: configuration.root.standardizedFileURL, mode: configuration.watching.mode),
            live: live, generations: generations, onEvent: onEvent
        )
    }

    /// True when changes are noticed by scanning every 150 ms rather than by inotify.
    public var isPolling: Bool { loop.isPolling }

    /// Listens, builds the site, and starts watching; returns once the first build is done (pages
    /// asked for before then get a page that reloads itself when the site is ready).
    /// - Returns: the address of the site's home page.
    /// - Throws: `StartError` when the address cannot be listened on.
    public func start() async throws(StartError) -> URL {
        let live = self.live
        let hosts = Locked<PreviewResponder?>(nil)
        try listener.start(
            host: configuration.host, port: configuration.port,
            handler: { head in
                let request = PreviewRequest(method: head.method, version: head.version, target: head.target, headers: head.headers)
                return hosts.value?.respond(to: request, site: live.current) ?? PreviewResponse(status: 503, headers: [], body: [])
            },
            events: { live.subscribe() }, endEvents: { live.unsubscribe($0) }
        )
        hosts.value = PreviewResponder(hosts: HostPolicy(boundHost: configuration.host, port: Int(listener.port)))
        await loop.start()
        return URL(string: addresses(machine: []).local)!
    }

    /// Where the home page is: on this machine, and through each of `machine`'s addresses when
    /// the preview listens beyond it. Call after `start()`.
    public func addresses(machine: [NetworkAddress]) -> PreviewAddresses {
        let site = live.current
        return PreviewAddresses(host: configuration.host, port: listener.port, path: site.hasSite ? site.basePath : "/", machine: machine)
    }

    /// Stops watching, ends every connection and stops listening.
    public func stop() async {
        await loop.stop()
        live.close()
        listener.stop()
    }

    /// The port listened on (useful when `port` was 0), once `start()` returned.
    public var port: UInt16 { listener.port }

    /// Number of pages currently listening for reloads.
    public var listenerCount: Int { live.listenerCount }

    /// The number of connections open for pages and files, and of live-reload streams.
    var connectionCounts: (pages: Int, streams: Int) { listener.connectionCounts }
}

extension PreviewServer.Watching {
    var mode: SourceWatcher.Mode {
        switch self {
        case .automatic: return .automatic
        case .polling(let interval): return .polling(interval: interval)
        }
    }
}
