import Foundation

/// What the loader says about the site's folder and the files it reads, besides `LoadProblem`.
public enum LoadMessage: CatalogueMessage, Equatable {
    /// `content/site.yml` is a folder.
    case configIsFolder
    /// `content/site.yml` does not exist under `root`.
    case configMissing(root: String)
    /// `content/site.yml` exists but cannot be read; `reason` is the system's words.
    case configUnreadable(reason: SystemReason, root: String)
    /// A symbolic link that leads out of the site folder, not followed.
    case linkOutsideSite(target: String)
    /// A file that cannot be read; `reason` is the system's words.
    case fileUnreadable(reason: SystemReason)
    /// A text file over the size bantin reads.
    case fileTooLarge(megabytes: Int, limit: Int)
    /// A byte that is not UTF-8, written as "0xC3".
    case notUTF8(byte: String)

    public enum Key: CaseIterable, Sendable {
        case configIsFolder, configMissing, configUnreadable, linkOutsideSite, fileUnreadable, fileTooLarge, notUTF8
    }

    public var key: Key {
        switch self {
        case .configIsFolder: .configIsFolder
        case .configMissing: .configMissing
        case .configUnreadable: .configUnreadable
        case .linkOutsideSite: .linkOutsideSite
        case .fileUnreadable: .fileUnreadable
        case .fileTooLarge: .fileTooLarge
        case .notUTF8: .notUTF8
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .configIsFolder: .configIsFolder
        case .configMissing: .configMissing(root: "/home/tin/trang")
        case .configUnreadable: .configUnreadable(reason: SystemReason(code: EACCES), root: "/home/tin/trang")
        case .linkOutsideSite: .linkOutsideSite(target: "/home/tin/anh")
        case .fileUnreadable: .fileUnreadable(reason: SystemReason(code: EIO))
        case .fileTooLarge: .fileTooLarge(megabytes: 12, limit: 8)
        case .notUTF8: .notUTF8(byte: "0xC3")
        }
    }
}
