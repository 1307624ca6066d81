@testable import BantinPublish
import Testing

struct PublishPlanTests {
    func manifest(_ files: [String: String]) -> PublishManifest {
        PublishManifest(files: files.mapValues { PublishManifest.Entry(sha256: $0, size: Int64($0.count)) })
    }

    @Test(arguments: [
        // media and assets, then pages deepest first, then the home page and feeds
        (["index.html", "feed.xml", "2021/11/a/index.html", "media/Ảnh 1.jpg", "chuyen-muc/x/index.html", "assets/style.css", "sitemap.xml", "404.html"],
         ["assets/style.css", "media/Ảnh 1.jpg", "2021/11/a/index.html", "chuyen-muc/x/index.html", "404.html", "feed.xml", "index.html", "sitemap.xml"]),
        // a page's own index.html is a page, only the root one is the home page
        (["tag/index.html", "index.html", "tag/x/index.html"], ["tag/x/index.html", "tag/index.html", "index.html"]),
        // an upper-case extension is still a page or a feed
        (["A.HTML", "b.png", "rss.XML"], ["b.png", "A.HTML", "rss.XML"]),
    ])
    func sendsInTheOrderThatKeepsTheSiteWhole(paths: [String], expected: [String]) {
        let plan = PublishPlan(local: manifest(Dictionary(uniqueKeysWithValues: paths.map { ($0, "h-" + $0) })), remote: PublishManifest())
        #expect(plan.uploads.map(\.path) == expected)
    }

    @Test(arguments: [
        // nothing there yet: everything is new
        (["a.html": "1", "b.css": "2"], [String: String](), ["b.css", "a.html"], [String](), [String](), 0),
        // same hashes: nothing to do
        (["a.html": "1"], ["a.html": "1"], [], [], [], 1),
        // one changed, one gone, one kept
        (["a.html": "1", "b.html": "new"], ["a.html": "1", "b.html": "old", "c.html": "3"], ["b.html"], ["c.html"], [], 1),
        // a deleted article takes its folders with it, but not a folder another file still uses
        (["2021/11/a/index.html": "1"], ["2021/11/a/index.html": "1", "2021/11/b/index.html": "2", "2020/01/c/index.html": "3"],
         [], ["2020/01/c/index.html", "2021/11/b/index.html"], ["2020/01/c", "2021/11/b", "2020/01", "2020"], 1),
    ])
    func comparesHashesNotDates(
        local: [String: String], remote: [String: String], uploads: [String], deletions: [String], emptied: [String], unchanged: Int
    ) {
        let plan = PublishPlan(local: manifest(local), remote: manifest(remote))
        #expect(plan.uploads.map(\.path) == uploads)
        #expect(plan.deletions == deletions)
        #expect(plan.emptiedFolders == emptied)
        #expect(plan.unchangedCount == unchanged)
        #expect(plan.isEmpty == (uploads.isEmpty && deletions.isEmpty))
    }

    @Test func marksNewAndChangedFilesAndAddsTheirSizes() {
        let plan = PublishPlan(local: manifest(["a.html": "12345", "b.html": "xy"]), remote: manifest(["b.html": "old"]))
        #expect(plan.uploads.map(\.change) == [.added, .changed])
        #expect(plan.uploadBytes == 7)
    }

    @Test(arguments: [(0, 5, 100, [Int]()), (5, 2, 1000, [2, 2, 1]), (3, 10, 25, [3]), (4, 10, 20, [2, 2]), (3, 10, 5, [1, 1, 1])])
    func batchesCloseAtAFileCountOrASize(count: Int, files: Int, bytes: Int64, sizes: [Int]) {
        let uploads = (0..<count).map { PublishPlan.Upload(path: "\($0).jpg", entry: .init(sha256: "h", size: 10), change: .added) }
        #expect(Publisher.batches(of: uploads, files: files, bytes: bytes).map(\.count) == sizes)
    }
}
