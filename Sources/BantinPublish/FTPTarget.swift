import BantinKit
import Foundation

/// An FTP or FTPS account, reached through `curl`.
///
/// curl gets its settings, the password included, as a config file on standard input, so the
/// password never appears on a command line (where `ps` would show it). FTPS is explicit TLS
/// (`AUTH TLS` on the usual port, as cPanel hosts offer it) with the certificate verified.
public struct FTPTarget: PublishTarget {
    /// The account and folder; the folder is inside the account's home folder.
    public let address: PublishAddress
    /// A CA certificate file for a server with a private certificate (FTPS only).
    public let caFile: URL?
    private let password: String
    private let curl: ProcessRunner

    /// Creates a target; finds `curl` on PATH.
    /// - Throws: `PublishError` when curl is not installed.
    public init(address: PublishAddress, password: String, caFile: URL? = nil) throws(PublishError) {
        self.address = address
        self.password = password
        self.caFile = caFile
        self.curl = try ProcessRunner("curl", package: "curl")
    }

    public func readManifest() throws(PublishError) -> Data? {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let transfer = [setting("url", url(for: PublishManifest.fileName)), setting("output", scratch.path)]
        let outcome = try curl.run(["--config", "-"], input: config([transfer]))
        switch outcome.status {
        case 0: return FileManager.default.contents(atPath: scratch.path) ?? Data()
        case 78: return nil  // RETR answered 550: the folder is there, the manifest is not (a first publish)
        case 9: throw PublishError(.missingRemoteFolder(address.path))
        default: throw error(outcome)
        }
    }

    public func upload(_ batch: UploadBatch) throws(PublishError) {
        guard !batch.files.isEmpty else { return }
        // --ftp-create-dirs makes the folders on the way, so batch.folders needs no commands of its own.
        let transfers = batch.files.map { file -> [String] in
            let temporary = Self.temporaryName(for: file.path)
            let name = { (path: String) in String(path.split(separator: "/").last ?? Substring(path)) }
            return [
                setting("url", url(for: temporary)),
                setting("upload-file", file.localFile.path),
                "ftp-create-dirs",
                // "-" runs the command after the upload, in the file's folder: the rename replaces the old file at once.
                setting("quote", "-RNFR \(name(temporary))"),
                setting("quote", "-RNTO \(name(file.path))"),
            ]
        }
        let outcome = try curl.run(["--config", "-"], input: config(transfers))
        guard outcome.status == 0 else { throw error(outcome) }
    }

    public func delete(_ paths: [String]) throws(PublishError) {
        // "*" lets a file that is already gone pass; the quoted commands run from the home folder.
        try runCommands(paths.map { "*DELE \(homePath($0))" })
    }

    public func removeEmptyFolders(_ paths: [String]) throws(PublishError) {
        try runCommands(paths.map { "*RMD \(homePath($0))" })
    }

    /// Sends raw FTP commands on one connection, followed by a name listing of the target folder
    /// (curl needs a transfer to hang them on).
    private func runCommands(_ commands: [String]) throws(PublishError) {
        guard !commands.isEmpty else { return }
        let transfer = [setting("url", url(for: "")), "list-only", setting("output", "/dev/null")] + commands.map { setting("quote", $0) }
        let outcome = try curl.run(["--config", "-"], input: config([transfer]))
        guard outcome.status == 0 else { throw error(outcome) }
    }

    /// A curl config file: the shared settings repeated for every transfer, since `next` resets them.
    private func config(_ transfers: [[String]]) -> Data {
        var shared = [
            setting("user", "\(address.user ?? ""):\(password)"),
            "silent", "show-error",
            // Names like "Ảnh [1].jpg" are names, not curl's URL and file patterns.
            "globoff",
            // Stop at the first failed transfer: the manifest, sent last, must never outrun the files.
            "fail-early",
            setting("connect-timeout", "20"),
            // A transfer that moves less than 1 byte a second for a minute has stalled: give up, never hang.
            setting("speed-limit", "1"), setting("speed-time", "60"),
        ]
        if address.kind == .ftps { shared.append("ssl-reqd") }
        if let caFile { shared.append(setting("cacert", caFile.path)) }
        let blocks = transfers.map { (shared + $0).joined(separator: "\n") }
        return Data((blocks.joined(separator: "\nnext\n") + "\n").utf8)
    }

    /// A `name = "value"` line of a curl config file.
    private func setting(_ name: String, _ value: String) -> String {
        // curl reads \\, \", \n, \r and \t inside quotes; a password may hold any of them.
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return "\(name) = \"\(escaped)\""
    }

    /// The URL of a path in the target folder, each part percent-encoded.
    func url(for path: String) -> String {
        let host = address.host.contains(":") ? "[\(address.host)]" : address.host
        let port = address.port.map { ":\($0)" } ?? ""
        let parts = (address.path.split(separator: "/") + path.split(separator: "/", omittingEmptySubsequences: false))
            .map { $0.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? String($0) }
        return "ftp://\(host)\(port)/" + parts.joined(separator: "/")
    }

    /// A path in the target folder as seen from the account's home folder, for raw FTP commands.
    func homePath(_ path: String) -> String {
        (address.path.split(separator: "/").map(String.init) + [path]).joined(separator: "/")
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private func error(_ outcome: ProcessRunner.Outcome) -> PublishError {
        Self.error(status: outcome.status, errorOutput: outcome.errorOutput, address: address)
    }

    /// The error for curl's exit status and message.
    static func error(status: Int32, errorOutput: String, address: PublishAddress) -> PublishError {
        let host = address.host
        let says = { (text: String) in errorOutput.localizedCaseInsensitiveContains(text) }
        switch status {
        case 6: return PublishError(.hostNotFound(host))
        case 7 where !says("timed out"): return PublishError(.connectionRefused(host: host, port: address.port ?? 21))
        case 7, 28: return PublishError(.timedOut(host))
        case 67: return PublishError(.passwordRejected(user: address.user ?? "", host: host))
        case 35, 58, 59, 60, 64, 77, 83, 90, 91: return PublishError(.tlsFailed(host))
        default: break
        }
        if says("No space") || says(" 452") || says(" 552") || says("quota") { return PublishError(.diskFull) }
        if says("Permission denied") || says("Access denied") || status == 9 { return PublishError(.permissionDenied(address.path)) }
        let lines = errorOutput.split(whereSeparator: \.isNewline).map(String.init)
        guard let message = lines.first(where: { $0.hasPrefix("curl: (") }) ?? lines.last else {
            return PublishError(.toolFailed(tool: "curl", status: status))
        }
        return PublishError(.transferFailed(message))
    }
}
