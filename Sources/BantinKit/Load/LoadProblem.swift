#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the loader could not take a file or folder as it found it; each becomes a diagnostic on its path.
enum LoadProblem: Equatable, CatalogueMessage {
    /// A folder that `opendir` refused: its files would otherwise vanish from the site.
    case unreadableFolder(errno: Int32)
    /// An entry whose status cannot be read.
    case unreadableFile(errno: Int32)
    /// Another path is the same name in another Unicode form (NFC `tiêu`, NFD `tiêu`).
    case unicodeTwin(of: String)
    /// A symbolic link into a build's output folder (it would publish the last build again).
    case linkIntoOutput(target: String)
    /// A symbolic link to a folder that holds the folder being read (it would never end).
    case linkToEnclosingFolder(target: String)

    /// Errors stop the build; skipped links are warnings, since nothing the person wrote is lost.
    var severity: Diagnostic.Severity {
        switch self {
        case .unreadableFolder, .unreadableFile, .unicodeTwin: .error
        case .linkIntoOutput, .linkToEnclosingFolder: .warning
        }
    }

    /// The diagnostic on `path`, relative to the site root.
    func diagnostic(path: String) -> Diagnostic {
        Diagnostic(severity, path: path, message: self)
    }
}

extension LoadProblem {
    enum Key: CaseIterable, Sendable {
        case unreadableFolder, unreadableFile, unicodeTwin, linkIntoOutput, linkToEnclosingFolder
    }

    var key: Key {
        switch self {
        case .unreadableFolder: .unreadableFolder
        case .unreadableFile: .unreadableFile
        case .unicodeTwin: .unicodeTwin
        case .linkIntoOutput: .linkIntoOutput
        case .linkToEnclosingFolder: .linkToEnclosingFolder
        }
    }

    static func example(of key: Key) -> Self {
        switch key {
        case .unreadableFolder: .unreadableFolder(errno: EACCES)
        case .unreadableFile: .unreadableFile(errno: EIO)
        case .unicodeTwin: .unicodeTwin(of: "content/articles/tieu-de.md")
        case .linkIntoOutput: .linkIntoOutput(target: "/srv/site/site")
        case .linkToEnclosingFolder: .linkToEnclosingFolder(target: "/srv/site/content")
        }
    }
}
