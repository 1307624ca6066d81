/// Why `bantin publish` stopped: each case names what went wrong, and its text says what to do.
///
/// Declared here rather than next to the publisher so that the catalogue of each language holds
/// every message; `BantinPublish` calls it `PublishError.Reason`.
public enum PublishFailure: Equatable, Sendable, CatalogueMessage {
    case siteFolderMissing(String)
    case unsendableName(String)
    case unreadableLocalFile(String)
    case scratchUnwritable(String)
    case unreadableManifest
    case unknownHost(host: String, port: Int)
    case hostKeyChanged(host: String)
    case keyRejected(user: String, host: String)
    case passwordRejected(user: String, host: String)
    case passwordMissing
    case connectionRefused(host: String, port: Int)
    case hostNotFound(String)
    case timedOut(String)
    case tlsFailed(String)
    case diskFull
    case missingRemoteFolder(String)
    case permissionDenied(String)
    case toolMissing(tool: String, package: String)
    case toolFailed(tool: String, status: Int32)
    /// The helper program's own words (curl's, sftp's or the system's), quoted as it printed them.
    case transferFailed(String)
}

extension PublishFailure {
    public enum Key: CaseIterable, Sendable {
        case siteFolderMissing, unsendableName, unreadableLocalFile, scratchUnwritable, unreadableManifest
        case unknownHost, hostKeyChanged, keyRejected, passwordRejected, passwordMissing, connectionRefused
        case hostNotFound, timedOut, tlsFailed, diskFull, missingRemoteFolder, permissionDenied
        case toolMissing, toolFailed, transferFailed
    }

    public var key: Key {
        switch self {
        case .siteFolderMissing: .siteFolderMissing
        case .unsendableName: .unsendableName
        case .unreadableLocalFile: .unreadableLocalFile
        case .scratchUnwritable: .scratchUnwritable
        case .unreadableManifest: .unreadableManifest
        case .unknownHost: .unknownHost
        case .hostKeyChanged: .hostKeyChanged
        case .keyRejected: .keyRejected
        case .passwordRejected: .passwordRejected
        case .passwordMissing: .passwordMissing
        case .connectionRefused: .connectionRefused
        case .hostNotFound: .hostNotFound
        case .timedOut: .timedOut
        case .tlsFailed: .tlsFailed
        case .diskFull: .diskFull
        case .missingRemoteFolder: .missingRemoteFolder
        case .permissionDenied: .permissionDenied
        case .toolMissing: .toolMissing
        case .toolFailed: .toolFailed
        case .transferFailed: .transferFailed
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .siteFolderMissing: .siteFolderMissing("/home/tin/trang/site")
        case .unsendableName: .unsendableName("media/a\nb.jpg")
        case .unreadableLocalFile: .unreadableLocalFile("media/video.mp4")
        case .scratchUnwritable: .scratchUnwritable("/tmp/bantin-publish-1")
        case .unreadableManifest: .unreadableManifest
        case .unknownHost: .unknownHost(host: "host.vn", port: 2222)
        case .hostKeyChanged: .hostKeyChanged(host: "host.vn")
        case .keyRejected: .keyRejected(user: "tin", host: "host.vn")
        case .passwordRejected: .passwordRejected(user: "tin", host: "host.vn")
        case .passwordMissing: .passwordMissing
        case .connectionRefused: .connectionRefused(host: "host.vn", port: 21)
        case .hostNotFound: .hostNotFound("host.vn")
        case .timedOut: .timedOut("host.vn")
        case .tlsFailed: .tlsFailed("host.vn")
        case .diskFull: .diskFull
        case .missingRemoteFolder: .missingRemoteFolder("/var/www/tin")
        case .permissionDenied: .permissionDenied("/var/www/tin")
        case .toolMissing: .toolMissing(tool: "sftp", package: "openssh-client")
        case .toolFailed: .toolFailed(tool: "curl", status: 25)
        case .transferFailed: .transferFailed("curl: (25) Failed FTP upload: 553")
        }
    }
}
