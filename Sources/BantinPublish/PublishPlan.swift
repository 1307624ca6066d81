/// What one publish sends and deletes, in the order that keeps the live site whole.
///
/// A reader who loads the site halfway through an upload should find no link to something that is
/// not there yet: media and assets go first, then pages (deepest first, so an article arrives before
/// the lists that link to it), then the home page and the feeds, and deletions only at the end.
public struct PublishPlan: Sendable, Equatable {
    /// Why a file is sent.
    public enum Change: Sendable, Equatable {
        /// The target does not have it.
        case added
        /// The target has other bytes under that path.
        case changed
    }

    /// One file to send.
    public struct Upload: Sendable, Equatable {
        /// Path relative to the site folder and the target folder.
        public var path: String
        /// Its hash and size, recorded in the target's manifest once it is confirmed sent.
        public var entry: PublishManifest.Entry
        /// Whether it is new or replaces a file.
        public var change: Change
    }

    /// Files to send, in order.
    public private(set) var uploads: [Upload]
    /// Files to delete on the target, after every upload.
    public private(set) var deletions: [String]
    /// Folders left empty by the deletions, deepest first, removed when they really are empty.
    public private(set) var emptiedFolders: [String]
    /// How many files the target already has as they are.
    public private(set) var unchangedCount: Int

    /// Compares the built site with what the target's manifest says it holds.
    public init(local: PublishManifest, remote: PublishManifest) {
        var uploads: [Upload] = []
        var unchanged = 0
        for (path, entry) in local.files {
            switch remote.files[path] {
            case entry?: unchanged += 1
            case nil: uploads.append(Upload(path: path, entry: entry, change: .added))
            case _?: uploads.append(Upload(path: path, entry: entry, change: .changed))
            }
        }
        self.uploads = uploads.sorted { Self.precedes($0.path, $1.path) }
        self.deletions = remote.files.keys.filter { local.files[$0] == nil }.sorted()
        let kept = Set(local.files.keys.flatMap(Self.folders(of:)))
        let emptied = Set(deletions.flatMap(Self.folders(of:))).subtracting(kept)
        self.emptiedFolders = emptied.sorted { ($0.split(separator: "/").count, $1) > ($1.split(separator: "/").count, $0) }
        self.unchangedCount = unchanged
    }

    /// Bytes the uploads add up to.
    public var uploadBytes: Int64 { uploads.reduce(0) { $0 + $1.entry.size } }

    /// True when the target already equals the site.
    public var isEmpty: Bool { uploads.isEmpty && deletions.isEmpty }

    /// The stage a file belongs to: 0 media and assets, 1 pages, 2 the home page and feeds.
    static func stage(of path: String) -> Int {
        let lowered = path.lowercased()
        if lowered == "index.html" || lowered.hasSuffix(".xml") || lowered.hasSuffix(".rss") || lowered.hasSuffix(".atom") {
            return 2
        }
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? 1 : 0
    }

    /// Upload order: by stage, then pages deepest first, then by path so the order is the same every time.
    static func precedes(_ a: String, _ b: String) -> Bool {
        let (stageA, stageB) = (stage(of: a), stage(of: b))
        if stageA != stageB { return stageA < stageB }
        if stageA == 1 {
            let (depthA, depthB) = (a.split(separator: "/").count, b.split(separator: "/").count)
            if depthA != depthB { return depthA > depthB }
        }
        return a < b
    }

    /// Every folder above a file: "a/b/c.html" → ["a", "a/b"].
    static func folders(of path: String) -> [String] {
        let parts = path.split(separator: "/").dropLast()
        return parts.indices.map { parts[...$0].joined(separator: "/") }
    }
}
