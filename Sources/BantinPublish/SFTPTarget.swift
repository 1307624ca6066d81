import BantinKit
import Foundation

/// An SFTP account, reached through OpenSSH's `sftp` in batch mode.
///
/// Signing in is OpenSSH's own: the user's key (`~/.ssh/id_ed25519`, `id_rsa`, the agent) or
/// `--identity`, and the server checked against `known_hosts` with strict checking, so an unknown
/// or changed server is refused rather than trusted. No password is ever asked for.
public struct SFTPTarget: PublishTarget {
    /// The account and folder.
    public let address: PublishAddress
    /// The key to sign in with instead of OpenSSH's defaults.
    public let identity: URL?
    /// The known_hosts file to check the server against instead of `~/.ssh/known_hosts`.
    public let knownHosts: URL?
    private let sftp: ProcessRunner

    /// Creates a target; finds `sftp` on PATH.
    /// - Throws: `PublishError` when OpenSSH's client is not installed.
    public init(address: PublishAddress, identity: URL? = nil, knownHosts: URL? = nil) throws(PublishError) {
        self.address = address
        self.identity = identity
        self.knownHosts = knownHosts
        self.sftp = try ProcessRunner("sftp", package: "openssh-client")
    }

    public func readManifest() throws(PublishError) -> Data? {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // "-get": a missing manifest (a first publish) is not a failure; a missing folder is, at "cd".
        try run(["-get \(Self.quoted(PublishManifest.fileName)) \(Self.quoted(scratch.path))"])
        return FileManager.default.contents(atPath: scratch.path)
    }

    public func upload(_ batch: UploadBatch) throws(PublishError) {
        // sftp expands patterns in put's local path, and keeps a backslash that escapes one inside
        // quotes; so each file is put from a plain-named link to it, and "Ảnh [1].jpg" stays itself.
        let links = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-sftp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: links) }
        do {
            try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        } catch {
            throw PublishError(.scratchUnwritable(links.path))
        }
        var commands = batch.folders.map { "-mkdir \(Self.quoted($0))" }
        for (number, file) in batch.files.enumerated() {
            let link = links.appendingPathComponent(String(number))
            guard symlink(file.localFile.path, link.path) == 0 else { throw PublishError(.unreadableLocalFile(file.path)) }
            let temporary = Self.temporaryName(for: file.path)
            commands.append("put \(Self.quoted(link.path)) \(Self.quoted(temporary))")
            // OpenSSH's sftp renames with posix-rename, which replaces the old file in one step.
            commands.append("rename \(Self.quoted(temporary)) \(Self.quoted(file.path))")
        }
        try run(commands)
    }

    public func delete(_ paths: [String]) throws(PublishError) {
        guard !paths.isEmpty else { return }
        // rm expands patterns, so "Ảnh [1].jpg" could match "Ảnh 1.jpg": each file is first renamed
        // (rename takes names literally) to a name without pattern characters, and that is removed.
        try run(paths.enumerated().flatMap { number, path in
            let doomed = ".bantin-delete-\(number)"
            return ["-rename \(Self.quoted(path)) \(Self.quoted(doomed))", "-rm \(Self.quoted(doomed))"]
        })
    }

    public func removeEmptyFolders(_ paths: [String]) throws(PublishError) {
        guard !paths.isEmpty else { return }
        try run(paths.map { "-rmdir \(Self.quoted($0))" })
    }

    /// The options every connection uses: never prompt, never trust an unknown server, give up on a dead one.
    var arguments: [String] {
        var arguments = [
            "-b", "-",
            "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=yes",
            "-o", "ConnectTimeout=20",
            "-o", "ServerAliveInterval=15",
            "-o", "ServerAliveCountMax=4",
        ]
        if let knownHosts { arguments += ["-o", "UserKnownHostsFile=\(knownHosts.path)"] }
        // Only this key: otherwise a wrong --identity would quietly succeed with another one.
        if let identity { arguments += ["-i", identity.path, "-o", "IdentitiesOnly=yes"] }
        if let port = address.port { arguments += ["-P", String(port)] }
        let host = address.host.contains(":") ? "[\(address.host)]" : address.host
        arguments += ["--", address.user.map { "\($0)@\(host)" } ?? host]
        return arguments
    }

    /// Runs `commands` in the target folder in one session; sftp stops at the first failing command
    /// not marked with "-".
    private func run(_ commands: [String]) throws(PublishError) {
        let script = (["cd \(Self.quoted(address.path))"] + commands).joined(separator: "\n") + "\n"
        let outcome = try sftp.run(arguments, input: Data(script.utf8))
        guard outcome.status != 0 else { return }
        throw Self.error(status: outcome.status, errorOutput: outcome.errorOutput, echoed: outcome.output, address: address)
    }

    /// The error for what ssh or sftp printed when they failed; `echoed` is sftp's standard output,
    /// where batch mode repeats each command before running it, so the last one is the one that failed.
    static func error(status: Int32, errorOutput: String, echoed: String = "", address: PublishAddress) -> PublishError {
        let host = address.host
        let says = { (text: String) in errorOutput.localizedCaseInsensitiveContains(text) }
        if says("REMOTE HOST IDENTIFICATION HAS CHANGED") { return PublishError(.hostKeyChanged(host: host)) }
        if says("Host key verification failed") || says("host key is known") {
            return PublishError(.unknownHost(host: host, port: address.port ?? 22))
        }
        if says("Permission denied (") || says("Too many authentication failures") {
            return PublishError(.keyRejected(user: address.user ?? NSUserName(), host: host))
        }
        if says("Connection refused") { return PublishError(.connectionRefused(host: host, port: address.port ?? 22)) }
        if says("Could not resolve hostname") || says("Name or service not known") { return PublishError(.hostNotFound(host)) }
        if says("timed out") || says("Timeout, server") { return PublishError(.timedOut(host)) }
        if says("No space left") || says("quota") { return PublishError(.diskFull) }
        let failedCommand = echoed.split(whereSeparator: \.isNewline).last { $0.hasPrefix("sftp> ") }
        if failedCommand?.hasPrefix("sftp> cd ") == true {
            return says("Permission denied") ? PublishError(.permissionDenied(address.path)) : PublishError(.missingRemoteFolder(address.path))
        }
        if says("Permission denied") { return PublishError(.permissionDenied(address.path)) }
        guard let lastLine = errorOutput.split(whereSeparator: \.isNewline).last.map(String.init) else {
            return PublishError(.toolFailed(tool: "sftp", status: status))
        }
        return PublishError(.transferFailed(lastLine))
    }

    /// An argument of an sftp batch command in double quotes, with `"` and `\\` escaped. Callers
    /// never pass a user's name to a command that expands patterns (put's source, get's source, rm).
    static func quoted(_ path: String) -> String {
        var text = "\""
        for character in path {
            if character == "\"" || character == "\\" { text.append("\\") }
            text.append(character)
        }
        return text + "\""
    }
}
