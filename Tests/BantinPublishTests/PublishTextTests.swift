import BantinKit
@testable import BantinPublish
import Testing

/// What `bantin publish` prints, compared whole: in Vietnamese, and in English for `--lang en`.
struct PublishTextTests {
    static let plan = PublishPlan(
        local: PublishManifest(files: ["index.html": .init(sha256: "2", size: 2048), "media/a.jpg": .init(sha256: "1", size: 10)]),
        remote: PublishManifest(files: ["index.html": .init(sha256: "0", size: 1), "old.html": .init(sha256: "9", size: 1)])
    )

    @Test func theDryRunListsEveryFile() {
        let lines = PublishText.dryRun(Self.plan, target: "chinh (sftp://tin@host.vn/var/www)")
        #expect(lines.map(\.vietnamese) == [
            "Chạy thử, nơi đưa lên chinh (sftp://tin@host.vn/var/www): gửi 2 tệp (2,0 KB), xoá 1 tệp, 0 tệp không đổi.",
            "  gửi mới  media/a.jpg (10 B)",
            "  gửi lại  index.html (2,0 KB)",
            "  xoá     old.html",
            "Chưa gửi và chưa xoá gì (--dry-run).",
        ])
        #expect(lines.map(\.english) == [
            "Dry run for chinh (sftp://tin@host.vn/var/www): would send 2 files (2.0 KB), delete 1 file; 0 files unchanged.",
            "  add      media/a.jpg (10 B)",
            "  replace  index.html (2.0 KB)",
            "  delete   old.html",
            "Nothing was sent or deleted (--dry-run).",
        ])
    }

    @Test func theSummarySaysWhatWasSentAndHowLongItTook() {
        let published = PublishText.summary(Self.plan, target: "chinh (/srv/www)", duration: .milliseconds(1_250))
        #expect(published.vietnamese == "Đã đưa trang lên chinh (/srv/www): gửi 2 tệp (2,0 KB), xoá 1 tệp, 0 tệp không đổi, trong 1,25 giây.")
        #expect(published.english == "Published the site to chinh (/srv/www): sent 2 files (2.0 KB), deleted 1 file, 0 files unchanged, in 1.25 s.")

        let same = PublishManifest(files: ["a.html": .init(sha256: "1", size: 1)])
        let nothing = PublishText.summary(PublishPlan(local: same, remote: same), target: "/srv/www", duration: .seconds(1))
        #expect(nothing.vietnamese == "Nơi đưa lên /srv/www đã giống hệt trang đã dựng (1 tệp): không có gì phải gửi.")
        #expect(nothing.english == "/srv/www already matches the built site (1 file): nothing to send.")
    }

    @Test func progressGroupsThousands() {
        let progress = PublishText.progress(PublishProgress(sentFiles: 1_200, totalFiles: 4_000, sentBytes: 1_258_291, totalBytes: 5_872_025))
        #expect(progress.vietnamese == "Đang gửi: 1.200/4.000 tệp, 1,2 MB/5,6 MB")
        #expect(progress.english == "Sending: 1,200/4,000 files, 1.2 MB/5.6 MB")
    }

    @Test(arguments: [
        (0, "0 B", "0 B"), (999, "999 B", "999 B"), (12_595, "12,3 KB", "12.3 KB"), (1_023_959, "1,0 MB", "1.0 MB"),
        (4_718_592, "4,5 MB", "4.5 MB"), (3_221_225_472, "3,0 GB", "3.0 GB"), (1_234_567_890_123_456, "1.122,8 TB", "1,122.8 TB"),
    ] as [(Int64, String, String)])
    func sizesAreWrittenAsEachLanguageWritesDecimals(bytes: Int64, vietnamese: String, english: String) {
        #expect(Wording.bytes(bytes, in: .vietnamese) == vietnamese)
        #expect(Wording.bytes(bytes, in: .english) == english)
    }

    @Test func errorsAndWarningsAreHeadedAsDiagnosticsAre() {
        let missing = PublishError.Reason.siteFolderMissing("/home/tin/trang/site")
        #expect(PublishText.error(missing, in: .vietnamese)
            == "lỗi: không có trang đã dựng trong /home/tin/trang/site (thư mục chưa có hoặc trống); hãy chạy `bantin build` trước")
        #expect(PublishText.error(missing, in: .english)
            == "error: there is no built site in /home/tin/trang/site (the folder is missing or empty); run `bantin build` first")
        #expect(PublishText.warning(PublishMessage.plainFTP, in: .vietnamese)
            == "cảnh báo: ftp:// gửi mật khẩu và các tệp không mã hoá qua mạng; nếu máy chủ hỗ trợ, hãy dùng ftps://")
        #expect(PublishText.warning(PublishMessage.plainFTP, in: .english)
            == "warning: ftp:// sends the password and the files over the network unencrypted; use ftps:// if the server supports it")
    }

    @Test(arguments: [
        (PublishError.Reason.unknownHost(host: "host.vn", port: 22),
         "máy chủ host.vn chưa có trong danh sách máy chủ đã biết (known_hosts), nên chưa thể chắc đó đúng là máy chủ của bạn. "
            + "Hãy đăng nhập một lần bằng `ssh TÊN@host.vn`, so dấu vân tay (fingerprint) hiện ra với dấu do nhà cung cấp máy chủ đưa, "
            + "giống thì gõ yes; hoặc chỉ ra tệp known_hosts khác bằng --known-hosts FILE"),
        (.connectionRefused(host: "host.vn", port: 2121),
         "máy chủ host.vn từ chối kết nối ở cổng 2121; hãy kiểm tra địa chỉ, cổng, và máy chủ có đang mở dịch vụ SFTP/FTP không"),
        (.diskFull,
         "ổ đĩa trên máy chủ đã đầy (hoặc tài khoản đã hết dung lượng); hãy giải phóng chỗ trống rồi chạy lại "
            + "(các tệp đã gửi xong sẽ không phải gửi lại, chưa xoá tệp nào)"),
        (.toolMissing(tool: "sftp", package: "openssh-client"),
         "không tìm thấy chương trình sftp; hãy cài gói openssh-client (sudo apt-get install openssh-client)"),
        (.toolFailed(tool: "curl", status: 25),
         "gửi không thành công: curl dừng với mã lỗi 25 mà không nói lý do; chạy lại lệnh để gửi tiếp "
            + "(các tệp đã gửi xong sẽ không phải gửi lại, chưa xoá tệp nào)"),
        (.scratchUnwritable("/tmp/bantin-publish-1"),
         "không ghi được vào /tmp/bantin-publish-1, chỗ để tệp tạm trên máy này; hãy kiểm tra ổ đĩa của máy còn chỗ trống rồi chạy lại "
            + "(các tệp đã gửi xong sẽ không phải gửi lại, chưa xoá tệp nào)"),
        (.unreadableManifest,
         "tệp .bantin-manifest.json trên nơi đưa lên bị hỏng hoặc không phải do bantin ghi; hãy xoá tệp đó trên máy chủ rồi chạy lại: "
            + "toàn bộ trang sẽ được gửi lại"),
    ])
    func errorsSayWhatToDo(reason: PublishError.Reason, vietnamese: String) {
        #expect(PublishError(reason).reason.vietnamese == vietnamese)
    }

    @Test func anEnglishErrorNamesTheSameCommand() {
        #expect(PublishError.Reason.unknownHost(host: "host.vn", port: 2222).english
            == "the server host.vn is not in the list of known servers (known_hosts), so there is no telling yet that it really is your server. "
            + "Log in once with `ssh -p 2222 NAME@host.vn`, compare the fingerprint it shows with the one your hosting provider gave you, "
            + "and type yes if they match; or name another known_hosts file with --known-hosts FILE")
    }

    @Test func aBadAddressQuotesItAndSaysWhatIsMissing() {
        let problem = PublishDestination.Problem.badAddress("sftp://tin@host.vn", .missingPath)
        #expect(problem.vietnamese == "địa chỉ \"sftp://tin@host.vn\": địa chỉ thiếu thư mục trên máy chủ; viết như sftp://tin@may-chu.vn/var/www/tin")
        #expect(problem.english == "address \"sftp://tin@host.vn\": the address has no folder on the server; write it like sftp://tin@may-chu.vn/var/www/tin")
        #expect(PublishDestination.Problem.unknownName("chinh", known: []).english
            == "there is no publish target named \"chinh\" (site.yml has no `publish:` section); write a name from `publish:` in site.yml, "
            + "or an address such as sftp://tin@may-chu.vn/var/www/tin or ./thu-muc")
    }

    @Test func aHelperThatSaysNothingIsNamedWithItsStatus() {
        #expect(FTPTarget.error(status: 25, errorOutput: "", address: TransportErrorTests.ftpAddress).reason == .toolFailed(tool: "curl", status: 25))
        #expect(SFTPTarget.error(status: 1, errorOutput: "", address: TransportErrorTests.sftpAddress).reason == .toolFailed(tool: "sftp", status: 1))
    }
}
