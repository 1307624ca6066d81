extension RenderedFile {
    /// The marker file that tells bantin it owns an output folder.
    static let markerName = ".bantin-output"
    /// Prefix of temporary files written before being renamed into place.
    static let temporaryPrefix = ".bantin-tmp-"

    /// Checks that every path is a clean relative path and that the set can exist on disk as given.
    /// - Throws: `WriterError` for the first bad path in the order given, then for duplicates and file/folder conflicts.
    static func validate(_ files: [RenderedFile]) throws {
        try validate(paths: files.map(\.path))
    }

    /// `validate(_:)` for a whole list of paths.
    static func validate(paths: [String]) throws {
        try validatePaths(paths)
        try validateTogether(paths)
    }

    /// The checks of `validate(paths:)` that need every path, for paths each checked already (a site
    /// written in batches): no path twice, and no path that is also a folder of another.
    static func validateTogether(_ paths: [String]) throws {
        // Substrings, so that a folder prefix is looked up without being copied out of its path.
        var seen = Set<Substring>()
        seen.reserveCapacity(paths.count)
        for path in paths where !seen.insert(Substring(path)).inserted {
            throw WriterError(.duplicatePath, path: path)
        }
        for path in paths {
            var index = path.utf8.startIndex
            while let slash = path.utf8[index...].firstIndex(of: UInt8(ascii: "/")) {
                if seen.contains(path[..<slash]) { throw WriterError(.pathConflict, path: String(path[..<slash])) }
                index = path.utf8.index(after: slash)
            }
        }
    }

    /// Checks that each path is a clean relative path, one at a time (what a batch can be checked for).
    static func validatePaths(_ paths: [String]) throws {
        for path in paths {
            try validate(path: path)
        }
    }

    /// Every folder prefix of `path`, outermost first ("a/b/c" gives "a", "a/b").
    static func parentFolders(of path: String) -> [String] {
        var folders: [String] = []
        var index = path.startIndex
        while let slash = path[index...].firstIndex(of: "/") {
            folders.append(String(path[..<slash]))
            index = path.index(after: slash)
        }
        return folders
    }

    private static func validate(path: String) throws {
        if path.hasPrefix("/") {
            throw WriterError(.absolutePath, path: path)
        }
        if path.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 0 }) {
            throw WriterError(.forbiddenCharacter, path: path)
        }
        if path == markerName {
            throw WriterError(.reservedName, path: path)
        }
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            if segment.isEmpty {
                throw WriterError(.emptySegment, path: path)
            }
            if segment == "." || segment == ".." {
                throw WriterError(.dotSegment, path: path)
            }
            if segment.hasPrefix(temporaryPrefix) {
                throw WriterError(.reservedName, path: path)
            }
        }
    }
}
