import BantinKit
@testable import BantinPublish
import Testing

/// What sftp and curl print, turned into the error a person can act on.
struct TransportErrorTests {
    static let sftpAddress = PublishAddress(kind: .sftp, user: "tin", host: "host.vn", port: 2222, path: "/var/www/tin")
    static let ftpAddress = PublishAddress(kind: .ftps, user: "tin", host: "host.vn", path: "/public_html")

    @Test(arguments: [
        (255, "No ED25519 host key is known for [host.vn]:2222 and you have requested strict checking.\r\nHost key verification failed.\r\nConnection closed",
         PublishError.Reason.unknownHost(host: "host.vn", port: 2222)),
        (255, "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nHost key verification failed.", .hostKeyChanged(host: "host.vn")),
        (255, "tin@host.vn: Permission denied (publickey).\r\nConnection closed", .keyRejected(user: "tin", host: "host.vn")),
        (255, "ssh: connect to host host.vn port 2222: Connection refused\r\nConnection closed", .connectionRefused(host: "host.vn", port: 2222)),
        (255, "ssh: Could not resolve hostname host.vn: Name or service not known", .hostNotFound("host.vn")),
        (255, "ssh: connect to host host.vn port 2222: Connection timed out", .timedOut("host.vn")),
        (1, "stat remote: No such file or directory", .missingRemoteFolder("/var/www/tin")),
        (1, "dest open \"/var/www/tin/.bantin-tmp.index.html\": Permission denied", .permissionDenied("/var/www/tin")),
        (1, "Couldn't write to remote file \"/var/www/tin/x.jpg\": No space left on device", .diskFull),
        (1, "Connection closed", .transferFailed("Connection closed")),
    ])
    func sftp(status: Int32, printed: String, reason: PublishError.Reason) {
        // sftp repeats each batch command on standard output; "stat remote" comes from the first one, cd.
        let echoed = printed.hasPrefix("stat remote") ? "sftp> cd \"/var/www/tin\"\n" : "sftp> cd \"/var/www/tin\"\nsftp> put \"/tmp/1\" \"x\"\n"
        #expect(SFTPTarget.error(status: status, errorOutput: printed, echoed: echoed, address: Self.sftpAddress).reason == reason)
    }

    @Test(arguments: [
        (6, "curl: (6) Could not resolve host: host.vn", PublishError.Reason.hostNotFound("host.vn")),
        (7, "curl: (7) Failed to connect to host.vn port 21 after 0 ms: Couldn't connect to server", .connectionRefused(host: "host.vn", port: 21)),
        (7, "curl: (7) Failed to connect to host.vn port 21 after 20001 ms: Timeout was reached; timed out", .timedOut("host.vn")),
        (28, "curl: (28) Connection timed out after 20001 milliseconds", .timedOut("host.vn")),
        (67, "curl: (67) Access denied: 530", .passwordRejected(user: "tin", host: "host.vn")),
        (60, "curl: (60) SSL certificate problem: self-signed certificate", .tlsFailed("host.vn")),
        (64, "curl: (64) Requested SSL level failed", .tlsFailed("host.vn")),
        (25, "curl: (25) Failed FTP upload: 452", .diskFull),
        (25, "curl: (25) Failed FTP upload: 553", .transferFailed("curl: (25) Failed FTP upload: 553")),
        (9, "curl: (9) Server denied you to change to the given directory", .permissionDenied("/public_html")),
    ])
    func curl(status: Int32, printed: String, reason: PublishError.Reason) {
        #expect(FTPTarget.error(status: status, errorOutput: printed, address: Self.ftpAddress).reason == reason)
    }

    @Test(arguments: [
        ("index.html", "\"index.html\""),
        ("media/Ảnh hội nghị [1].jpg", "\"media/Ảnh hội nghị [1].jpg\""),
        ("a \"b\" \\c", "\"a \\\"b\\\" \\\\c\""),
    ])
    func sftpArgumentsAreQuoted(path: String, quoted: String) {
        #expect(SFTPTarget.quoted(path) == quoted)
    }

    @Test func ftpURLsEncodeEachPartUnderTheHomeFolder() throws {
        let target = try FTPTarget(address: PublishAddress(kind: .ftp, user: "tin", host: "127.0.0.1", port: 2121, path: "/www"), password: "x")
        #expect(target.url(for: "media/Ảnh 1.jpg") == "ftp://127.0.0.1:2121/www/media/%E1%BA%A2nh%201.jpg")
        #expect(target.url(for: "") == "ftp://127.0.0.1:2121/www/")
        #expect(target.homePath("2021/x/index.html") == "www/2021/x/index.html")
    }
}
