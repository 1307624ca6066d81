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

    /// A sentence for the user saying what went wrong and where.
    public var message: String {
        switch reason {
        case .outputIsFilesystemRoot:
            return "Refusing to use '\(path)' as the output folder: it is the filesystem root."
        case .outputIsHomeFolder:
            return "Refusing to use '\(path)' as the output folder: it is your home folder."
        case .outputHoldsProjectRoot:
            return "Refusing to use '\(path)' as the output folder: it holds the project itself."
        case .outputInsideSources:
            return "Refusing to use '\(path)' as the output folder: it is inside content/ or templates/."
        case .outputNotAFolder:
            return "Cannot use '\(path)' as the output folder: something other than a folder is there."
        case .outputNotOwned:
            return "Refusing to use '\(path)' as the output folder: it is not empty and has no .bantin-output marker, "
                + "so bantin would delete files it did not create. Empty it or choose another folder."
        case .absolutePath:
            return "Output path '\(path)' must be relative, not absolute."
        case .emptySegment:
            return "Output path '\(path)' is empty or has an empty segment."
        case .dotSegment:
            return "Output path '\(path)' must not contain '.' or '..' segments."
        case .forbiddenCharacter:
            return "Output path '\(path)' contains a backslash or NUL character."
        case .reservedName:
            return "Output path '\(path)' uses a name reserved by bantin."
        case .duplicatePath:
            return "Two files would be written to '\(path)'."
        case .pathConflict:
            return "Output path '\(path)' is needed both as a file and as a folder."
        case .sourceUnreadable(let code):
            return "Cannot read '\(path)' to copy it: \(Self.describe(code))."
        case .readFailed(let code):
            return "Cannot read '\(path)': \(Self.describe(code))."
        case .writeFailed(let code):
            return "Cannot write '\(path)': \(Self.describe(code))."
        case .removeFailed(let code):
            return "Cannot remove '\(path)': \(Self.describe(code))."
        case .outsideOutput:
            return "Refusing to touch '\(path)': it is outside the output folder."
        }
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
