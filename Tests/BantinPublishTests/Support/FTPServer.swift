import BantinKit
import BantinPublish
import Foundation

/// pyftpdlib on 127.0.0.1 with one user and password; with `tls`, explicit FTPS with a self-signed
/// certificate made for the test and required on both channels.
final class FTPServer: LoopbackServer {
    static let user = "tin"
    static let password = "mật-khẩu \"thử\" \\1"

    let landing: URL
    let port: Int
    let tls: Bool
    let certificate: URL
    private let server: ServerProcess

    private static let script = """
    import logging, sys
    from pyftpdlib.authorizers import DummyAuthorizer
    from pyftpdlib.handlers import FTPHandler, TLS_FTPHandler
    from pyftpdlib.servers import FTPServer
    home, user, password, cert, key = sys.argv[1:6]
    logging.basicConfig(level=logging.WARNING)
    authorizer = DummyAuthorizer()
    authorizer.add_user(user, password, home, perm="elradfmwMT")
    if cert == "-":
        handler = FTPHandler
    else:
        handler = TLS_FTPHandler
        handler.certfile = cert
        handler.keyfile = key
        handler.tls_control_required = True
        handler.tls_data_required = True
    handler.authorizer = authorizer
    server = FTPServer(("127.0.0.1", 0), handler)
    print(server.address[1], flush=True)
    server.serve_forever(timeout=0.5)
    """

    init(scratch: URL, tls: Bool) throws {
        self.tls = tls
        let home = scratch.appendingPathComponent("ftp-home")
        landing = home.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: landing, withIntermediateDirectories: true)
        certificate = scratch.appendingPathComponent("cert.pem")
        let key = scratch.appendingPathComponent("key.pem")
        if tls {
            try ServerProcess.run(Tools.path("openssl")!, [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.path, "-out", certificate.path,
            ], log: scratch.appendingPathComponent("openssl.log"))
        }
        let log = scratch.appendingPathComponent("ftpd.log")
        server = try ServerProcess(Tools.path("python3")!, [
            "-c", Self.script, home.path, Self.user, Self.password, tls ? certificate.path : "-", key.path,
        ], log: log)
        guard let line = server.firstLine(within: 15), let port = Int(line) else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw ServerStartFailure(message: "pyftpdlib did not start within 15 s: \(text)")
        }
        self.port = port
    }

    /// The address of the landing folder, inside the FTP user's home.
    var address: PublishAddress {
        PublishAddress(kind: tls ? .ftps : .ftp, user: Self.user, host: "127.0.0.1", port: port, path: "/www")
    }

    func target() throws -> any PublishTarget {
        try FTPTarget(address: address, password: Self.password, caFile: tls ? certificate : nil)
    }

    func targetWithWrongCredentials() throws -> (any PublishTarget)? {
        try FTPTarget(address: address, password: "sai mật khẩu", caFile: tls ? certificate : nil)
    }
}
