import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells the rebuild loop when files under `content/` or `templates/` may have changed.
///
/// On Linux it waits on inotify, so a saved file wakes it at once and an idle preview costs nothing,
/// and it says which files changed, so the session looks at those alone; a folder that appeared or
/// went, or a lost event, makes the session look at every file. Elsewhere, or without inotify, it
/// wakes every `interval` and the session looks at every file (10,000 articles: 13–20 ms a scan).
final class SourceWatcher: @unchecked Sendable {
    // @unchecked: `wait` is called from one thread only (the rebuild loop); `wake` only writes to a pipe.

    /// What `wait` saw.
    enum Change: Sendable, Equatable {
        /// Nothing, before the timeout.
        case none
        /// These files (relative to the root) were written, created or removed.
        case files(Set<String>)
        /// Something changed, or may have: look at every file.
        case unknown
    }

    /// How changes are noticed.
    enum Mode: Sendable, Equatable {
        /// inotify on Linux, polling elsewhere.
        case automatic
        /// Wake up every `interval` and let the scan decide.
        case polling(interval: Duration)
    }

    /// After the first event, events are gathered until none came for this long: an editor's save is
    /// several writes (or a write and a rename), and one rebuild should see them all.
    static let quietPeriod = Duration.milliseconds(8)
    /// Gathering stops after this long even if events keep coming.
    static let longestGathering = Duration.milliseconds(100)
    /// The folders watched, relative to the root.
    static let folders = ["content", "templates"]

    private let root: URL
    private let pollingInterval: Duration?
    private let wakeReader: Int32
    private let wakeWriter: Int32
    #if os(Linux)
    private let inotify: Int32
    /// Watched folders by watch descriptor, relative to the root ("" for the root itself).
    private var watched: [Int32: String] = [:]
    #endif

    /// Starts watching `root`.
    init(root: URL, mode: Mode) {
        self.root = root
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        wakeReader = ends[0]
        wakeWriter = ends[1]
        _ = fcntl(wakeReader, F_SETFL, fcntl(wakeReader, F_GETFL) | O_NONBLOCK)
        #if os(Linux)
        if mode == .automatic {
            inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        } else {
            inotify = -1
        }
        if inotify >= 0 {
            pollingInterval = nil
            addWatch("", recursive: false)
            for folder in Self.folders { addWatch(folder, recursive: true) }
        } else {
            pollingInterval = mode.interval
        }
        #else
        pollingInterval = mode.interval
        #endif
    }

    deinit {
        close(wakeReader)
        close(wakeWriter)
        #if os(Linux)
        if inotify >= 0 { close(inotify) }
        #endif
    }

    /// True when changes are noticed by polling rather than by events.
    var isPolling: Bool { pollingInterval != nil }

    /// Blocks until something may have changed (then gathers the events of one save), `timeout`
    /// passes, or `wake()` is called.
    func wait(timeout: Duration) -> Change {
        if let pollingInterval {
            let woken = waitForInput(on: [wakeReader], timeout: min(pollingInterval, timeout)) != nil
            drain(wakeReader)
            return !woken && pollingInterval <= timeout ? .unknown : .none
        }
        #if os(Linux)
        guard let ready = waitForInput(on: [inotify, wakeReader], timeout: timeout) else { return .none }
        if ready == wakeReader {
            drain(wakeReader)
            return .none
        }
        var change = Change.none
        readEvents(into: &change)
        let clock = ContinuousClock()
        let deadline = clock.now + Self.longestGathering
        while clock.now < deadline, waitForInput(on: [inotify], timeout: Self.quietPeriod) != nil {
            readEvents(into: &change)
        }
        return change
        #else
        return .none
        #endif
    }

    /// Makes a blocked `wait` return at once.
    func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWriter, &byte, 1)
    }

    /// The first of `descriptors` with input, or nil when `timeout` passed first.
    private func waitForInput(on descriptors: [Int32], timeout: Duration) -> Int32? {
        var fds = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let milliseconds = Int32(clamping: max(0, timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        guard poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return nil }
        return fds.first { $0.revents != 0 }?.fd
    }

    private func drain(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }

    #if os(Linux)
    private static let mask = UInt32(
        IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF
    ) | UInt32(IN_ONLYDIR)

    /// Watches `folder` and, when `recursive`, every folder under it (hidden ones are not read by
    /// the build, so they are not watched either).
    private func addWatch(_ folder: String, recursive: Bool) {
        let path = folder.isEmpty ? root.path : root.appendingPathComponent(folder).path
        let descriptor = inotify_add_watch(inotify, path, Self.mask)
        guard descriptor >= 0 else { return }
        watched[descriptor] = folder
        guard recursive, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
                addWatch(folder + "/" + name, recursive: true)
            }
        }
    }

    /// Reads the pending events into `change`, watching folders that appeared.
    private func readEvents(into change: inout Change) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(inotify, &buffer, buffer.count)
            guard count > 0 else { return }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<min(count, nameStart + Int(event.len))].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset = nameStart + Int(event.len)
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    change = .unknown
                    continue
                }
                guard let folder = watched[event.wd] else { continue }
                if event.mask & UInt32(IN_IGNORED) != 0 {
                    watched[event.wd] = nil
                    continue
                }
                if folder.isEmpty {
                    // The root: only content/ and templates/ themselves appearing or going matter.
                    guard Self.folders.contains(name) else { continue }
                    if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addWatch(name, recursive: true) }
                    change = .unknown
                    continue
                }
                let isFolder = event.mask & UInt32(IN_ISDIR) != 0
                if isFolder, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !name.hasPrefix(".") {
                    addWatch(folder + "/" + name, recursive: true)
                }
                switch change {
                case .unknown:
                    break
                case _ where isFolder || name.isEmpty:
                    // A folder came, went or moved: its files had no events of their own.
                    change = .unknown
                case .files(var paths):
                    paths.insert(folder + "/" + name)
                    change = .files(paths)
                case .none:
                    change = .files([folder + "/" + name])
                }
            }
        }
    }
    #endif
}

extension SourceWatcher.Mode {
    /// The polling interval: the given one, or 150 ms for `.automatic` where inotify is missing.
    var interval: Duration {
        switch self {
        case .automatic: return .milliseconds(150)
        case .polling(let interval): return interval
        }
    }
}
