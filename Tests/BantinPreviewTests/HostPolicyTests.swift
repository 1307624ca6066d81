@testable import BantinPreview
import Testing

/// Only the preview's own address and localhost are answered (DNS rebinding).
@Suite struct HostPolicyTests {
    static let loopback = HostPolicy(boundHost: "127.0.0.1", port: 8080)
    static let network = HostPolicy(boundHost: "0.0.0.0", port: 8080)

    @Test(arguments: [
        ("127.0.0.1:8080", true), ("localhost:8080", true), ("LOCALHOST:8080", true), ("[::1]:8080", true),
        ("127.0.0.1", true), ("localhost", true),
        ("127.0.0.1:9090", false), ("evil.example:8080", false), ("evil.example", false), ("localhost.evil.example:8080", false),
        ("192.168.1.20:8080", false), ("[::1]", true), ("user@localhost:8080", false), ("localhost:8080:1", false), ("", false),
    ])
    func loopbackAnswersOnlyItself(host: String, allowed: Bool) {
        #expect(Self.loopback.allowsHost(host) == allowed)
    }

    @Test(arguments: [("192.168.1.20:8080", true), ("[fe80::1]:8080", true), ("evil.example:8080", false), ("localhost:8080", true)])
    func networkAddressAnswersAddressesButNotNames(host: String, allowed: Bool) {
        #expect(Self.network.allowsHost(host) == allowed)
    }

    @Test(arguments: [
        ("http://127.0.0.1:8080", true), ("http://localhost:8080", true), ("http://[::1]:8080", true),
        ("http://evil.example:8080", false), ("https://127.0.0.1:8080", false), ("http://127.0.0.1", false),
        ("http://127.0.0.1:8080/path", false), ("null", false),
    ])
    func reloadStreamChecksOrigin(origin: String, allowed: Bool) {
        #expect(Self.loopback.allowsOrigin(origin) == allowed)
    }
}
