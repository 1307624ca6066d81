import BantinKit
import Foundation

/// The addresses `bantin serve` prints: the one to open on this machine and, when the preview
/// listens beyond it, the ones colleagues on the same network can open.
///
/// Bound to 0.0.0.0 the server is reached through each of the machine's addresses, and 127.0.0.1
/// is no use to anyone else; which address a colleague can reach depends on their network, so all
/// are listed (loopback left out, and IPv6 link-local addresses, which browsers do not open).
public struct PreviewAddresses: Sendable, Equatable {
    /// The home page on this machine, e.g. "http://127.0.0.1:8080/".
    public let local: String
    /// The home page through each address colleagues may reach, e.g. "http://192.168.1.5:8080/".
    public let network: [String]
    /// True when the preview listens on an address other machines can reach.
    public let isShared: Bool

    /// The addresses of a preview listening on `host`:`port` whose home page is at `path`, on a
    /// machine with the interface addresses `machine`.
    public init(host: String, port: UInt16, path: String, machine: [NetworkAddress]) {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        func url(_ address: String) -> String {
            (address.contains(":") ? "http://[\(address)]:\(port)" : "http://\(address):\(port)") + path
        }
        switch name {
        case "127.0.0.1", "::1", "localhost":
            local = url(name)
            network = []
            isShared = false
        case "0.0.0.0", "::":
            // "::" also takes IPv4 connections: the listener leaves IPV6_V6ONLY off.
            local = url("127.0.0.1")
            network = machine.filter { !$0.isLoopback && !$0.isLinkLocal && (name == "::" || !$0.isIPv6) }.map { url($0.address) }
            isShared = true
        default:
            local = url(name)
            network = [url(name)]
            isShared = true
        }
    }

    /// The lines that tell the reader where colleagues can look; none when the preview is for this
    /// machine only.
    public var colleagueLines: [String] { colleagueLines(in: .current) }

    /// The lines that tell the reader where colleagues can look, in `language`.
    public func colleagueLines(in language: Language) -> [String] {
        guard isShared else { return [] }
        guard !network.isEmpty else { return [PreviewMessage.noNetwork.text(in: language)] }
        return network.map { PreviewMessage.colleagueAddress(url: $0).text(in: language) }
    }
}
