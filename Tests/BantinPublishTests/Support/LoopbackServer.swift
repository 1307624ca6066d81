import BantinKit
import BantinPublish
import Foundation
import Testing

/// A target the publish tests can use, with the folder on this machine where its files land.
protocol LoopbackServer: AnyObject {
    /// The target folder, seen on the local disk, to compare with the site.
    var landing: URL { get }
    /// A target signed in as it should be.
    func target() throws -> any PublishTarget
    /// The same target with the wrong key or password; nil for a folder, which has none.
    func targetWithWrongCredentials() throws -> (any PublishTarget)?
}

/// The kinds of target every scenario runs against.
enum LoopbackKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case folder, sftp, ftp, ftps

    var testDescription: String { rawValue }

    /// Starts the server for this kind in `scratch`, or nil (with the reason recorded or printed) when
    /// its tools are missing.
    func start(in scratch: URL) throws -> (any LoopbackServer)? {
        switch self {
        case .folder: return FolderServer(scratch: scratch)
        case .sftp:
            guard Tools.require(["/usr/sbin/sshd": "openssh-server", "sftp": "openssh-client", "ssh-keygen": "openssh-client"]) else { return nil }
            return try SSHServer(scratch: scratch)
        case .ftp, .ftps:
            guard Tools.require(["curl": "curl", "openssl": "openssl"]), Tools.requirePython(["pyftpdlib", "OpenSSL"]) else { return nil }
            return try FTPServer(scratch: scratch, tls: self == .ftps)
        }
    }
}

/// Finding the programs the server tests need; missing ones fail the test, except with OFFLINE=1.
enum Tools {
    /// The full path of `name`: itself when absolute, else found on PATH.
    static func path(_ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// True when every program is there; records or prints what is missing.
    static func require(_ programs: [String: String]) -> Bool {
        let missing = programs.filter { path($0.key) == nil }
        return report(missing.map { "\($0.key) (\($0.value))" })
    }

    /// True when python3 can import every module.
    static func requirePython(_ modules: [String]) -> Bool {
        guard let python = path("python3") else { return report(["python3"]) }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-python-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let status = (try? ServerProcess.run(python, ["-c", "import " + modules.joined(separator: ", ")], log: log)) ?? 1
        return report(status == 0 ? [] : ["python3 modules \(modules.joined(separator: ", ")) (pip install pyftpdlib pyopenssl)"])
    }

    private static func report(_ missing: [String]) -> Bool {
        guard !missing.isEmpty else { return true }
        let text = "missing \(missing.sorted().joined(separator: ", ")); scripts/install-check-tools.sh installs them"
        if ProcessInfo.processInfo.environment["OFFLINE"] == "1" {
            print("SKIPPED (OFFLINE=1): \(text)")
        } else {
            Issue.record(Comment(rawValue: text))
        }
        return false
    }
}

/// A plain folder: the simplest target, and the reference the servers are compared with.
final class FolderServer: LoopbackServer {
    let landing: URL

    init(scratch: URL) {
        landing = scratch.appendingPathComponent("www")
        try? FileManager.default.createDirectory(at: landing, withIntermediateDirectories: true)
    }

    func target() throws -> any PublishTarget { FolderTarget(folder: landing) }

    func targetWithWrongCredentials() throws -> (any PublishTarget)? { nil }
}
