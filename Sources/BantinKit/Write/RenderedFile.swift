import Foundation

/// One file of the finished site, by its path inside the output folder.
public struct RenderedFile: Sendable, Equatable {
    /// Where the file's bytes come from.
    public enum Contents: Sendable, Equatable {
        /// Bytes produced by the build (rendered pages, feeds).
        case bytes([UInt8])
        /// A source file copied as-is (media and theme assets); read only when it has to be compared or written.
        case copy(of: URL)

        /// Bytes are compared with `memcmp`, not element by element: the preview compares every file
        /// of an update with the last one's, a sitemap and a search index of megabytes among them.
        public static func == (lhs: Contents, rhs: Contents) -> Bool {
            switch (lhs, rhs) {
            case (.bytes(let lhs), .bytes(let rhs)):
                return lhs.withUnsafeBytes { lhs in
                    rhs.withUnsafeBytes { rhs in
                        lhs.count == rhs.count && (lhs.count == 0 || lhs.baseAddress == rhs.baseAddress || memcmp(lhs.baseAddress!, rhs.baseAddress!, lhs.count) == 0)
                    }
                }
            case (.copy(let lhs), .copy(let rhs)):
                return lhs == rhs
            default:
                return false
            }
        }
    }

    /// Relative path with "/" separators, e.g. "2021/11/slug/index.html"; never absolute, never containing "." or ".." segments or empty segments.
    public let path: String
    /// The file's bytes, given directly or by a source file to copy.
    public let contents: Contents

    /// Creates a file at `path` with the given contents; the path is checked when the file is written.
    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// Creates a file at `path` holding `text` encoded as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, contents: .bytes(Array(text.utf8)))
    }
}
