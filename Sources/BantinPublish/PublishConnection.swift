import BantinKit
import Foundation

/// How to sign in to a target: the settings of the command line, and where an FTP password comes from.
public struct PublishConnection: Sendable {
    /// The SSH key for SFTP, instead of OpenSSH's defaults and agent.
    public var identity: URL?
    /// The known_hosts file for SFTP, instead of `~/.ssh/known_hosts`.
    public var knownHosts: URL?
    /// A CA certificate for an FTPS server with a private certificate.
    public var caFile: URL?
    /// Gives the FTP password (environment or prompt); asked only for FTP targets.
    public var password: @Sendable (PublishAddress) throws(PublishError) -> String

    /// Creates connection settings.
    public init(
        identity: URL? = nil, knownHosts: URL? = nil, caFile: URL? = nil,
        password: @escaping @Sendable (PublishAddress) throws(PublishError) -> String
    ) {
        self.identity = identity
        self.knownHosts = knownHosts
        self.caFile = caFile
        self.password = password
    }

    /// The target for `address`.
    /// - Throws: `PublishError` when the helper program is missing or no password can be had.
    public func target(for address: PublishAddress) throws(PublishError) -> any PublishTarget {
        switch address.kind {
        case .folder: return FolderTarget(folder: URL(fileURLWithPath: address.path))
        case .sftp: return try SFTPTarget(address: address, identity: identity, knownHosts: knownHosts)
        case .ftp, .ftps: return try FTPTarget(address: address, password: try password(address), caFile: caFile)
        }
    }
}
