#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why writing the site failed, with the path it failed on.
public struct WriterError: Error, Equatable, Sendable {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        /// The output folder is `/`.
        case outputIsFilesystemRoot
        /// The output folder is the user's home folder.
        case outputIsHomeFolder
        /// The output folder is the project root or one of its ancestors.
        case outputHoldsProjectRoot
        /// The output folder is `content/` or `templates/` or lies inside one of them.
        case outputInsideSources
        /// Something other than a folder exists at the output path.
        case outputNotAFolder
        /// The output folder is not empty and has no `.bantin-output` marker, so bantin did not create it.
        case outputNotOwned
        /// A file path starts with "/".
        case absolutePath
        /// A file path is empty or has an empty segment ("a//b", "a/").
        case emptySegment
        /// A file path has a "." or ".." segment.
        case dotSegment
        /// A file path holds a backslash or NUL.
        case forbiddenCharacter
        /// A file path uses a name bantin keeps for itself (the marker or its temporary files).
        case reservedName
        /// Two files have the same path.
        case duplicatePath
        /// A file's path is also a folder holding another file.
        case pathConflict
        /// A file to copy could not be opened or is not a regular file.
        case sourceUnreadable(errno: Int32)
        /// Reading a file failed.
        case readFailed(errno: Int32)
        /// Creating or writing a file or folder failed.
        case writeFailed(errno: Int32)
        /// Removing a file or folder failed.
        case removeFailed(errno: Int32)
        /// An operation would have touched a path outside the output folder (a bug, never expected).
        case outsideOutput
    }

    /// What went wrong.
    public let reason: Reason
    /// The path concerned: the output folder, a file's relative path, or an absolute path on disk for I/O failures.
    public let path: String

    /// Creates an error for `path`.
    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    /// A sentence for the user saying what went wrong and where, in the language of this run.
    public var message: String { text }
}

extension WriterError: CatalogueMessage {
    /// One key per reason.
    public enum Key: CaseIterable, Sendable {
        case outputIsFilesystemRoot, outputIsHomeFolder, outputHoldsProjectRoot, outputInsideSources, outputNotAFolder, outputNotOwned
        case absolutePath, emptySegment, dotSegment, forbiddenCharacter, reservedName, duplicatePath, pathConflict
        case sourceUnreadable, readFailed, writeFailed, removeFailed, outsideOutput
    }

    public var key: Key {
        switch reason {
        case .outputIsFilesystemRoot: .outputIsFilesystemRoot
        case .outputIsHomeFolder: .outputIsHomeFolder
        case .outputHoldsProjectRoot: .outputHoldsProjectRoot
        case .outputInsideSources: .outputInsideSources
        case .outputNotAFolder: .outputNotAFolder
        case .outputNotOwned: .outputNotOwned
        case .absolutePath: .absolutePath
        case .emptySegment: .emptySegment
        case .dotSegment: .dotSegment
        case .forbiddenCharacter: .forbiddenCharacter
        case .reservedName: .reservedName
        case .duplicatePath: .duplicatePath
        case .pathConflict: .pathConflict
        case .sourceUnreadable: .sourceUnreadable
        case .readFailed: .readFailed
        case .writeFailed: .writeFailed
        case .removeFailed: .removeFailed
        case .outsideOutput: .outsideOutput
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .outputIsFilesystemRoot: WriterError(.outputIsFilesystemRoot, path: "/")
        case .outputIsHomeFolder: WriterError(.outputIsHomeFolder, path: "/home/an")
        case .outputHoldsProjectRoot: WriterError(.outputHoldsProjectRoot, path: "/home/an/trang")
        case .outputInsideSources: WriterError(.outputInsideSources, path: "/home/an/trang/content/site")
        case .outputNotAFolder: WriterError(.outputNotAFolder, path: "/home/an/trang/site")
        case .outputNotOwned: WriterError(.outputNotOwned, path: "/home/an/Documents")
        case .absolutePath: WriterError(.absolutePath, path: "/etc/passwd")
        case .emptySegment: WriterError(.emptySegment, path: "a//b.html")
        case .dotSegment: WriterError(.dotSegment, path: "../b.html")
        case .forbiddenCharacter: WriterError(.forbiddenCharacter, path: "a\\b.html")
        case .reservedName: WriterError(.reservedName, path: ".bantin-output")
        case .duplicatePath: WriterError(.duplicatePath, path: "index.html")
        case .pathConflict: WriterError(.pathConflict, path: "tin")
        case .sourceUnreadable: WriterError(.sourceUnreadable(errno: EACCES), path: "/home/an/trang/content/media/anh.jpg")
        case .readFailed: WriterError(.readFailed(errno: EIO), path: "/home/an/trang/site")
        case .writeFailed: WriterError(.writeFailed(errno: ENOSPC), path: "/home/an/trang/site/index.html")
        case .removeFailed: WriterError(.removeFailed(errno: EBUSY), path: "/home/an/trang/site/cu.html")
        case .outsideOutput: WriterError(.outsideOutput, path: "/home/an/trang/content")
        }
    }
}
