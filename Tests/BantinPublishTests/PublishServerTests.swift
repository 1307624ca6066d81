import BantinKit
@testable import BantinPublish
import Foundation
import Testing

/// The whole publish story against real servers started on 127.0.0.1 by the test: OpenSSH's sshd,
/// pyftpdlib (plain and TLS) and a plain folder.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct PublishServerTests {
    @Test(arguments: LoopbackKind.allCases)
    func publishesOnlyWhatChangedAndResumes(kind: LoopbackKind) throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard let server = try kind.start(in: scratch) else { return }
        let site = try SiteFolder(at: scratch.appendingPathComponent("site"))
        func publisher(_ target: (any PublishTarget)? = nil) throws -> Publisher {
            var publisher = Publisher(site: LocalSite(folder: site.folder), target: try target ?? server.target())
            publisher.batchFiles = 2
            return publisher
        }

        // A dry run on an empty target plans everything and writes nothing.
        let dryPlan = try publisher().plan()
        #expect(dryPlan.uploads.count == SiteFolder.files.count)
        #expect(SiteFolder.contents(of: server.landing, includingBookkeeping: true).isEmpty)

        // The first publish sends everything, media first and the home page and feeds last.
        let first = try publisher().publish()
        #expect(first.plan.uploads.count == SiteFolder.files.count)
        #expect(first.plan.uploads.first?.path == "assets/style.css")
        #expect(first.plan.uploads.suffix(3).map(\.path) == ["feed.xml", "index.html", "sitemap.xml"])
        #expect(SiteFolder.contents(of: server.landing) == SiteFolder.contents(of: site.folder))
        #expect(!SiteFolder.contents(of: server.landing, includingBookkeeping: true).keys.contains { $0.contains(".bantin-tmp.") })

        // Editing one article sends its page and the pages that show it: three files, nothing else.
        try site.write("2021/11/hoi-nghi/index.html", "<h1>Hội nghị (sửa)</h1>")
        try site.write("index.html", "<h1>Trang chủ</h1> hoi-nghi (sửa) tap-huan")
        try site.write("feed.xml", "<rss>hoi-nghi (sửa) tap-huan</rss>")
        let before = SiteFolder.contents(of: server.landing, includingBookkeeping: true)
        #expect(try publisher().plan().uploads.count == 3)
        #expect(SiteFolder.contents(of: server.landing, includingBookkeeping: true) == before, "a dry run changed the target")
        let edit = try publisher().publish()
        #expect(Set(edit.plan.uploads.map(\.path)) == ["2021/11/hoi-nghi/index.html", "index.html", "feed.xml"])
        #expect(edit.plan.uploads.allSatisfy { $0.change == .changed })
        #expect(SiteFolder.contents(of: server.landing) == SiteFolder.contents(of: site.folder))

        // Deleting an article deletes its file there, and its emptied folder.
        try site.remove("2021/11/tap-huan")
        try site.write("index.html", "<h1>Trang chủ</h1> hoi-nghi (sửa)")
        let deletion = try publisher().publish()
        #expect(deletion.plan.deletions == ["2021/11/tap-huan/index.html"])
        #expect(deletion.plan.uploads.map(\.path) == ["index.html"])
        #expect(SiteFolder.contents(of: server.landing) == SiteFolder.contents(of: site.folder))
        #expect(!SiteFolder.folders(of: server.landing).contains("2021/11/tap-huan"))

        // A fresh copy of the site on another computer (no local state) publishes nothing.
        let copy = scratch.appendingPathComponent("copy-of-site")
        try FileManager.default.copyItem(at: site.folder, to: copy)
        let fromCopy = try Publisher(site: LocalSite(folder: copy), target: server.target()).publish()
        #expect(fromCopy.plan.isEmpty)
        #expect(fromCopy.plan.unchangedCount == SiteFolder.files.count - 1)
        #expect(fromCopy.batches == 0)

        // An upload cut after 3 of 5 files keeps the whole first batch on record, deletes nothing, and
        // the next run sends only what was not confirmed.
        for path in ["media/Ảnh hội nghị [1].jpg", "assets/style.css", "2021/11/hoi-nghi/index.html", "index.html", "feed.xml"] {
            try site.write(path, "mới: \(path)")
        }
        try site.remove("sitemap.xml")
        let interrupted = try InterruptingTarget(server.target(), failingAfter: 3)
        #expect(throws: PublishError(.transferFailed("connection lost (test)"))) { try publisher(interrupted).publish() }
        #expect(interrupted.sent == 3)
        #expect(FileManager.default.fileExists(atPath: server.landing.appendingPathComponent("sitemap.xml").path), "deleted before the upload finished")
        let resumed = try publisher().publish()
        #expect(resumed.plan.uploads.count == 3, "the two files of the confirmed batch were sent again")
        #expect(resumed.plan.deletions == ["sitemap.xml"])
        #expect(SiteFolder.contents(of: server.landing) == SiteFolder.contents(of: site.folder))

        // The wrong key or password changes nothing and says why in Vietnamese.
        guard let wrong = try server.targetWithWrongCredentials() else { return }
        try site.write("index.html", "không được tới nơi")
        let untouched = SiteFolder.contents(of: server.landing, includingBookkeeping: true)
        let error = #expect(throws: PublishError.self) { try publisher(wrong).publish() }
        switch kind {
        case .sftp:
            #expect(error?.reason == .keyRejected(user: NSUserName(), host: "127.0.0.1"))
            #expect(error?.reason.vietnamese == "máy chủ 127.0.0.1 không nhận khoá SSH của tài khoản \(NSUserName()); hãy kiểm tra khoá "
                + "(~/.ssh/id_ed25519, ~/.ssh/id_rsa hoặc tệp chỉ ra bằng --identity) đã được thêm vào ~/.ssh/authorized_keys của "
                + "\(NSUserName()) trên máy chủ")
        default:
            #expect(error?.reason == .passwordRejected(user: FTPServer.user, host: "127.0.0.1"))
            #expect(error?.reason.vietnamese == "máy chủ 127.0.0.1 từ chối đăng nhập của \(FTPServer.user): sai tên đăng nhập hoặc "
                + "mật khẩu; hãy kiểm tra lại mật khẩu (biến BANTIN_FTP_PASSWORD)")
        }
        #expect(SiteFolder.contents(of: server.landing, includingBookkeeping: true) == untouched)
    }
}

/// A new empty folder under the system's temporary folder.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-publish-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// The errors a user meets before anything is sent: each says what to do, and nothing changes.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct PublishServerErrorTests {
    @Test func sftpRefusesAnUnknownServerAndAMissingFolder() throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard let server = try LoopbackKind.sftp.start(in: scratch) as? SSHServer else { return }

        let strangers = scratch.appendingPathComponent("known_hosts_empty")
        try Data().write(to: strangers)
        let unknown = try SFTPTarget(address: server.address, identity: server.clientKey, knownHosts: strangers)
        let error = #expect(throws: PublishError.self) { try unknown.readManifest() }
        #expect(error?.reason == .unknownHost(host: "127.0.0.1", port: server.port))
        #expect(error?.reason.vietnamese == "máy chủ 127.0.0.1 chưa có trong danh sách máy chủ đã biết (known_hosts), nên chưa thể "
            + "chắc đó đúng là máy chủ của bạn. Hãy đăng nhập một lần bằng `ssh -p \(server.port) TÊN@127.0.0.1`, so dấu vân tay "
            + "(fingerprint) hiện ra với dấu do nhà cung cấp máy chủ đưa, giống thì gõ yes; hoặc chỉ ra tệp known_hosts khác bằng --known-hosts FILE")

        var elsewhere = server.address
        elsewhere.path = scratch.appendingPathComponent("khong-co").path
        #expect(throws: PublishError(.missingRemoteFolder(elsewhere.path))) {
            try SFTPTarget(address: elsewhere, identity: server.clientKey, knownHosts: server.knownHosts).readManifest()
        }
    }

    @Test func ftpRefusesAMissingFolderAClosedPortAndAnUnverifiedCertificate() throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard let server = try LoopbackKind.ftps.start(in: scratch) as? FTPServer else { return }

        var elsewhere = server.address
        elsewhere.path = "/khong-co"
        #expect(throws: PublishError(.missingRemoteFolder("/khong-co"))) {
            try FTPTarget(address: elsewhere, password: FTPServer.password, caFile: server.certificate).readManifest()
        }
        #expect(throws: PublishError(.tlsFailed("127.0.0.1"))) {
            try FTPTarget(address: server.address, password: FTPServer.password).readManifest()
        }
        var closed = server.address
        closed.port = ServerProcess.freePort()
        #expect(throws: PublishError(.connectionRefused(host: "127.0.0.1", port: closed.port!))) {
            try FTPTarget(address: closed, password: FTPServer.password, caFile: server.certificate).readManifest()
        }
    }
}
