import BantinKit
@testable import BantinPublish
import Foundation
import Testing

/// A target that keeps its files in memory and records every call, to check what a publish does
/// and in which order, without a server.
final class RecordingTarget: PublishTarget, @unchecked Sendable {
    var files: [String: Data] = [:]
    var calls: [String] = []
    var failOnFile: String?

    func readManifest() throws(PublishError) -> Data? {
        calls.append("read")
        return files[PublishManifest.fileName]
    }

    func upload(_ batch: UploadBatch) throws(PublishError) {
        calls.append("upload " + batch.files.map(\.path).joined(separator: ","))
        for file in batch.files {
            if file.path == failOnFile { throw PublishError(.transferFailed("test")) }
            files[file.path] = FileManager.default.contents(atPath: file.localFile.path)
        }
    }

    func delete(_ paths: [String]) throws(PublishError) {
        calls.append("delete " + paths.joined(separator: ","))
        for path in paths { files[path] = nil }
    }

    func removeEmptyFolders(_ paths: [String]) throws(PublishError) {
        calls.append("rmdir " + paths.joined(separator: ","))
    }

    var manifest: PublishManifest? {
        files[PublishManifest.fileName].flatMap { try? PublishManifest(json: $0) }
    }
}

struct PublisherTests {
    func publisher(_ site: SiteFolder, _ target: RecordingTarget, batch: Int = 3) -> Publisher {
        var publisher = Publisher(site: LocalSite(folder: site.folder), target: target)
        publisher.batchFiles = batch
        return publisher
    }

    @Test func everyBatchEndsWithAManifestOfWhatArrivedAndDeletionsComeLast() throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = try SiteFolder(at: scratch)
        let target = RecordingTarget()
        target.files["old/index.html"] = Data("cũ".utf8)
        target.files[PublishManifest.fileName] = PublishManifest(files: ["old/index.html": .init(sha256: "x", size: 2)]).json()

        let report = try publisher(site, target).publish()
        #expect(target.calls == [
            "read",
            "upload assets/style.css,media/Ảnh hội nghị [1].jpg,2021/11/hoi-nghi/index.html,.bantin-manifest.json",
            "upload 2021/11/tap-huan/index.html,chuyen-muc/tin-hoat-dong/index.html,feed.xml,.bantin-manifest.json",
            "upload index.html,sitemap.xml,.bantin-manifest.json",
            "delete old/index.html",
            "rmdir old",
            "upload .bantin-manifest.json",
        ])
        #expect(report.batches == 4)
        #expect(Set(target.manifest?.files.keys ?? [:].keys) == Set(SiteFolder.files.keys))
        #expect(target.files["index.html"] == Data(SiteFolder.files["index.html"]!.utf8))
    }

    @Test func aFailedBatchKeepsTheEarlierOnesOnRecordAndDeletesNothing() throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = try SiteFolder(at: scratch)
        let target = RecordingTarget()
        target.files["old.html"] = Data()
        target.files[PublishManifest.fileName] = PublishManifest(files: ["old.html": .init(sha256: "x", size: 0)]).json()
        target.failOnFile = "feed.xml"

        #expect(throws: PublishError(.transferFailed("test"))) { try publisher(site, target).publish() }
        #expect(target.files["old.html"] != nil)
        #expect(!target.calls.contains { $0.hasPrefix("delete") })
        #expect(Set(target.manifest?.files.keys ?? [:].keys) == ["old.html", "assets/style.css", "media/Ảnh hội nghị [1].jpg", "2021/11/hoi-nghi/index.html"])

        target.failOnFile = nil
        let resumed = try publisher(site, target).publish()
        #expect(resumed.plan.uploads.count == SiteFolder.files.count - 3)
        #expect(resumed.plan.deletions == ["old.html"])
    }

    @Test func aDryRunOnlyReads() throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let target = RecordingTarget()
        let plan = try publisher(try SiteFolder(at: scratch), target).plan()
        #expect(plan.uploads.count == SiteFolder.files.count)
        #expect(target.calls == ["read"])
    }

    @Test(arguments: [
        ("{\"format\":\"bantin-manifest 1\",\"files\":{}}", true),
        ("{\"format\":\"bantin-manifest 9\",\"files\":{}}", false),
        ("{\"files\":", false),
        ("<html>403</html>", false),
    ])
    func readsOnlyManifestsItUnderstands(json: String, readable: Bool) {
        let result = Result { () throws(PublishError) in try PublishManifest(json: Data(json.utf8)) }
        switch result {
        case .success: #expect(readable)
        case .failure(let error): #expect(!readable && error.reason == .unreadableManifest)
        }
    }

    @Test func refusesAnEmptyOrMissingSiteFolder() throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data().write(to: scratch.appendingPathComponent(".bantin-output"))
        let target = RecordingTarget()
        #expect(throws: PublishError(.siteFolderMissing(scratch.path))) { try publisher(SiteFolder(folder: scratch), target).publish() }
        let missing = scratch.appendingPathComponent("site")
        #expect(throws: PublishError(.siteFolderMissing(missing.path))) { try publisher(SiteFolder(folder: missing), target).publish() }
        #expect(!target.calls.contains { $0.hasPrefix("upload") || $0.hasPrefix("delete") })
    }

    @Test func theManifestIsTheSameBytesOnEveryComputer() throws {
        let a = PublishManifest(files: ["b.html": .init(sha256: "2", size: 2), "a/x.jpg": .init(sha256: "1", size: 1)])
        let b = PublishManifest(files: ["a/x.jpg": .init(sha256: "1", size: 1), "b.html": .init(sha256: "2", size: 2)])
        #expect(a.json() == b.json())
        #expect(try PublishManifest(json: a.json()) == a)
        #expect(String(decoding: a.json(), as: UTF8.self).contains("\"a/x.jpg\""))
    }
}
