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
        // Cut at the bytes of "/", as the system cuts a path: not at characters, which a build's
        // 15,000 paths took a hundredth of its time to walk.
        var folders: [String] = []
        let utf8 = path.utf8
        var index = utf8.startIndex
        while let cut = utf8[index...].firstIndex(of: slash) {
            folders.append(String(path[..<cut]))
            index = utf8.index(after: cut)
        }
        return folders
    }

    private static func validate(path: String) throws {
        let utf8 = path.utf8
        if utf8.first == slash {
            throw WriterError(.absolutePath, path: path)
        }
        if utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 0 }) {
            throw WriterError(.forbiddenCharacter, path: path)
        }
        if path == markerName {
            throw WriterError(.reservedName, path: path)
        }
        for segment in utf8.split(separator: slash, omittingEmptySubsequences: false) {
            if segment.isEmpty {
                throw WriterError(.emptySegment, path: path)
            }
            if segment.elementsEqual(".".utf8) || segment.elementsEqual("..".utf8) {
                throw WriterError(.dotSegment, path: path)
            }
            if segment.starts(with: temporaryPrefix.utf8) {
                throw WriterError(.reservedName, path: path)
            }
        }
    }

    private static let slash = UInt8(ascii: "/")
}
