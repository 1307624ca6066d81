import BantinKit
import BantinPublish
import Foundation

/// OpenSSH's sshd on 127.0.0.1 and a free port, with a host key, a client key and a known_hosts
/// file made for the test, serving SFTP to the user running the tests.
final class SSHServer: LoopbackServer {
    let landing: URL
    let port: Int
    let clientKey: URL
    let wrongKey: URL
    let knownHosts: URL
    private let daemon: ServerProcess

    init(scratch: URL) throws {
        let keys = scratch.appendingPathComponent("keys")
        try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
        landing = scratch.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: landing, withIntermediateDirectories: true)
        let log = scratch.appendingPathComponent("ssh-keygen.log")
        let keygen = Tools.path("ssh-keygen")!
        for name in ["host", "client", "wrong"] {
            try ServerProcess.run(keygen, ["-q", "-t", "ed25519", "-N", "", "-C", "bantin-test", "-f", keys.appendingPathComponent(name).path], log: log)
        }
        clientKey = keys.appendingPathComponent("client")
        wrongKey = keys.appendingPathComponent("wrong")
        let authorized = keys.appendingPathComponent("authorized_keys")
        try FileManager.default.copyItem(at: keys.appendingPathComponent("client.pub"), to: authorized)

        port = ServerProcess.freePort()
        let hostKey = try String(contentsOf: keys.appendingPathComponent("host.pub"), encoding: .utf8)
            .split(separator: " ").prefix(2).joined(separator: " ")
        knownHosts = keys.appendingPathComponent("known_hosts")
        try "[127.0.0.1]:\(port) \(hostKey)\n".write(to: knownHosts, atomically: true, encoding: .utf8)

        let config = scratch.appendingPathComponent("sshd_config")
        try """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(keys.appendingPathComponent("host").path)
        PidFile none
        AuthorizedKeysFile \(authorized.path)
        StrictModes no
        PermitRootLogin prohibit-password
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        UsePAM no
        Subsystem sftp internal-sftp
        """.write(to: config, atomically: true, encoding: .utf8)
        // sshd refuses to start without its privilege separation folder, which a fresh container lacks.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        daemon = try ServerProcess("/usr/sbin/sshd", ["-f", config.path, "-D", "-e"], log: scratch.appendingPathComponent("sshd.log"))
        guard ServerProcess.waitForListener(port: port, within: 15) else {
            let log = (try? String(contentsOf: scratch.appendingPathComponent("sshd.log"), encoding: .utf8)) ?? ""
            throw ServerStartFailure(message: "sshd did not listen on 127.0.0.1:\(port) within 15 s: \(log)")
        }
    }

    /// The address of the landing folder.
    var address: PublishAddress {
        PublishAddress(kind: .sftp, user: NSUserName(), host: "127.0.0.1", port: port, path: landing.path)
    }

    func target() throws -> any PublishTarget {
        try SFTPTarget(address: address, identity: clientKey, knownHosts: knownHosts)
    }

    func targetWithWrongCredentials() throws -> (any PublishTarget)? {
        try SFTPTarget(address: address, identity: wrongKey, knownHosts: knownHosts)
    }
}

/// A test server that did not come up.
struct ServerStartFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
