import Foundation

/// Why `bantin init` wrote nothing.
public struct SiteScaffoldError: Error, Equatable, Sendable {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        /// The folder already holds a site (`content/` or `templates/`), which init never touches.
        case alreadyASite(existing: String)
        /// The path exists and is a file, not a folder.
        case notAFolder
        /// A file init was about to write exists already (it never overwrites).
        case fileExists(String)
        /// The site's name is empty or holds a line break or control character.
        case badName
        /// The disk refused: the folder or file could not be created or written.
        case writeFailed(path: String, reason: SystemReason)
    }

    /// What went wrong.
    public let reason: Reason
    /// The folder init was asked to fill.
    public let folder: String

    /// Creates an error about `folder`.
    public init(_ reason: Reason, folder: String) {
        self.reason = reason
        self.folder = folder
    }

    /// The sentence the person reads, in the language of this run.
    public var message: String { text }
}

extension SiteScaffoldError: CatalogueMessage {
    /// One key per reason.
    public enum Key: CaseIterable, Sendable {
        case alreadyASite, notAFolder, fileExists, badName, writeFailed
    }

    public var key: Key {
        switch reason {
        case .alreadyASite: .alreadyASite
        case .notAFolder: .notAFolder
        case .fileExists: .fileExists
        case .badName: .badName
        case .writeFailed: .writeFailed
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .alreadyASite: SiteScaffoldError(.alreadyASite(existing: "content"), folder: "/home/an/trang")
        case .notAFolder: SiteScaffoldError(.notAFolder, folder: "/home/an/ghi-chu.txt")
        case .fileExists: SiteScaffoldError(.fileExists("templates/article.mustache"), folder: "/home/an/trang")
        case .badName: SiteScaffoldError(.badName, folder: "/home/an/trang")
        case .writeFailed: SiteScaffoldError(.writeFailed(path: "/home/an/trang/content/site.yml", reason: SystemReason(code: EACCES)), folder: "/home/an/trang")
        }
    }
}
