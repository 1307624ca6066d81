import Foundation

/// A small built site on disk, shaped like bantin's output, that a test edits between publishes.
struct SiteFolder {
    let folder: URL

    /// The files of a fresh site: media with a Vietnamese name, assets, two articles, a list, the home page and feeds.
    static let files: [String: String] = [
        "media/Ảnh hội nghị [1].jpg": String(repeating: "JPEG", count: 3000),
        "assets/style.css": "body { color: #123; }",
        "2021/11/hoi-nghi/index.html": "<h1>Hội nghị</h1>",
        "2021/11/tap-huan/index.html": "<h1>Tập huấn</h1>",
        "chuyen-muc/tin-hoat-dong/index.html": "<a href=/2021/11/hoi-nghi/>Hội nghị</a><a href=/2021/11/tap-huan/>Tập huấn</a>",
        "index.html": "<h1>Trang chủ</h1> hoi-nghi tap-huan",
        "feed.xml": "<rss>hoi-nghi tap-huan</rss>",
        "sitemap.xml": "<urlset>hoi-nghi tap-huan</urlset>",
    ]

    /// A site folder as it is, written by the test itself.
    init(folder: URL) {
        self.folder = folder
    }

    /// Writes a fresh site into `folder`.
    init(at folder: URL) throws {
        self.folder = folder
        for (path, text) in Self.files { try write(path, text) }
        try write(".bantin-output", "")
    }

    /// Writes or replaces one file.
    func write(_ path: String, _ text: String) throws {
        let file = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Removes a file or folder.
    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(path))
    }

    /// Every file under `folder` and its bytes, by relative path; bantin's own bookkeeping left out
    /// unless asked for.
    static func contents(of folder: URL, includingBookkeeping: Bool = false) -> [String: Data] {
        let base = folder.resolvingSymlinksInPath().path
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let name = (path as NSString).lastPathComponent
            if !includingBookkeeping, name == ".bantin-output" || name == ".bantin-manifest.json" { continue }
            result[path] = FileManager.default.contents(atPath: base + "/" + path)
        }
        return result
    }

    /// Every folder under `folder`, by relative path.
    static func folders(of folder: URL) -> Set<String> {
        let base = folder.resolvingSymlinksInPath().path
        var result: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), isDirectory.boolValue { result.insert(path) }
        }
        return result
    }
}
