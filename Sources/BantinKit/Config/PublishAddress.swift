import Foundation

/// Where `bantin publish` sends the built site: an SFTP, FTP or FTPS account, or a folder.
public struct PublishAddress: Sendable, Equatable, CustomStringConvertible {
    /// How the files travel.
    public enum Kind: String, Sendable, Equatable {
        /// OpenSSH's file transfer, signed in with an SSH key.
        case sftp
        /// Plain FTP: the password crosses the network unencrypted.
        case ftp
        /// FTP over TLS (explicit, `AUTH TLS` on the usual port, as cPanel hosts offer it).
        case ftps
        /// A folder on this computer or a mounted share.
        case folder
    }

    /// Why a written address cannot be used; the catalogue says what to write instead.
    public enum Problem: Error, Equatable, Sendable, CatalogueMessage {
        case unknownScheme(String)
        case missingHost
        case missingUser
        case passwordInAddress
        case badPort(String)
        case missingPath
        case queryOrFragment
        case unreadable

        /// What is wrong and what to write instead, in the language of this run.
        public var message: String { text }
    }

    /// How the files travel.
    public var kind: Kind
    /// The account name, when the address has one.
    public var user: String?
    /// The server's name or address; empty for a folder.
    public var host: String
    /// The port, when not the usual one for `kind`.
    public var port: Int?
    /// The folder on the target: absolute for SFTP and folders, inside the account's home folder for FTP.
    public var path: String

    /// Creates an address from its parts.
    public init(kind: Kind, user: String? = nil, host: String = "", port: Int? = nil, path: String) {
        self.kind = kind
        self.user = user
        self.host = host
        self.port = port
        self.path = path
    }

    /// Reads an address as written in `site.yml` or on the command line.
    /// - Parameter base: the folder a relative folder path is taken from; with nil it stays relative
    ///   (`site.yml` is read before the command knows the site folder; see `resolved(against:)`).
    /// - Throws: `Problem` saying what is wrong.
    public init(parsing text: String, relativeTo base: URL?) throws(Problem) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard let schemeEnd = text.range(of: "://") else {
            guard !text.isEmpty else { throw .missingPath }
            self.init(kind: .folder, path: text)
            if let base { self = resolved(against: base) }
            return
        }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard let components = URLComponents(string: text) else { throw .unreadable }
        guard components.query == nil, components.fragment == nil else { throw .queryOrFragment }
        switch scheme {
        case "file":
            guard components.host?.isEmpty ?? true, !components.path.isEmpty else { throw .missingPath }
            self.init(kind: .folder, path: URL(fileURLWithPath: components.path).standardizedFileURL.path)
        case "sftp", "ftp", "ftps":
            let kind = Kind(rawValue: scheme)!
            guard let host = components.host, !host.isEmpty else { throw .missingHost }
            guard components.password == nil else { throw .passwordInAddress }
            let user = components.user.flatMap { $0.isEmpty ? nil : $0 }
            if kind != .sftp, user == nil { throw .missingUser }
            var port: Int?
            if let authority = text[schemeEnd.upperBound...].split(separator: "/", maxSplits: 1).first,
               let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
                let written = String(authority[authority.index(after: colon)...])
                guard let number = Int(written), (1...65535).contains(number) else { throw .badPort(written) }
                port = number
            }
            var path = components.path
            while path.count > 1, path.hasSuffix("/") { path.removeLast() }
            if kind == .sftp, path.isEmpty || path == "/" { throw .missingPath }
            self.init(kind: kind, user: user, host: host, port: port, path: path.isEmpty ? "/" : path)
        default:
            throw .unknownScheme(String(scheme))
        }
    }

    /// The same address with a relative folder path taken from `base`.
    public func resolved(against base: URL) -> PublishAddress {
        guard kind == .folder, !path.hasPrefix("/") else { return self }
        var copy = self
        copy.path = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: base.path, isDirectory: true)).standardizedFileURL.path
        return copy
    }

    /// The address written back, without any secret, for messages: "sftp://tin@host.vn:2222/var/www/tin".
    public var description: String {
        guard kind != .folder else { return path }
        var text = "\(kind.rawValue)://"
        if let user { text += "\(user)@" }
        text += host.contains(":") ? "[\(host)]" : host
        if let port { text += ":\(port)" }
        return text + path
    }
}

extension PublishAddress.Problem {
    public enum Key: CaseIterable, Sendable {
        case unknownScheme, missingHost, missingUser, passwordInAddress, badPort, missingPath, queryOrFragment, unreadable
    }

    public var key: Key {
        switch self {
        case .unknownScheme: .unknownScheme
        case .missingHost: .missingHost
        case .missingUser: .missingUser
        case .passwordInAddress: .passwordInAddress
        case .badPort: .badPort
        case .missingPath: .missingPath
        case .queryOrFragment: .queryOrFragment
        case .unreadable: .unreadable
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .unknownScheme: .unknownScheme("gopher")
        case .missingHost: .missingHost
        case .missingUser: .missingUser
        case .passwordInAddress: .passwordInAddress
        case .badPort: .badPort("99999")
        case .missingPath: .missingPath
        case .queryOrFragment: .queryOrFragment
        case .unreadable: .unreadable
        }
    }
}
