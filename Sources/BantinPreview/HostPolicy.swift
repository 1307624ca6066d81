import Foundation

/// Which `Host` and `Origin` headers the preview answers: its own address and `localhost`.
///
/// A web page elsewhere can make a browser send requests to 127.0.0.1 by pointing a name it owns at
/// that address ("DNS rebinding"); such requests carry that name in `Host`, so refusing unknown
/// names keeps other sites from reading the preview. The live-reload stream also checks `Origin`.
struct HostPolicy: Sendable, Equatable {
    /// The address the server is bound to, as given ("127.0.0.1", "::1", "0.0.0.0", "localhost").
    let boundHost: String
    /// The port the server listens on.
    let port: Int

    /// True when only this machine can connect.
    var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(boundHost.lowercased())
    }

    /// Whether a request with this `Host` header is answered.
    func allowsHost(_ header: String) -> Bool {
        guard let (name, port) = Self.split(header.trimmingCharacters(in: .whitespaces)) else { return false }
        if let port, port != self.port { return false }
        return allowsName(name)
    }

    /// Whether a request with this `Origin` header may open the live-reload stream.
    func allowsOrigin(_ origin: String) -> Bool {
        let prefix = "http://"
        guard origin.lowercased().hasPrefix(prefix) else { return false }
        let authority = String(origin.dropFirst(prefix.count))
        guard !authority.contains("/"), let (name, port) = Self.split(authority) else { return false }
        return (port ?? 80) == self.port && allowsName(name)
    }

    private func allowsName(_ name: String) -> Bool {
        let name = name.lowercased()
        let own = boundHost.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if ["localhost", "127.0.0.1", "::1", own].contains(name) { return true }
        // Bound to a network address, the machine is reached by whichever of its addresses the
        // reader typed; an address is never a rebound name.
        return !isLoopback && Self.isIPAddress(name)
    }

    /// "name:8080" → ("name", 8080); "[::1]:8080" → ("::1", 8080); "name" → ("name", nil).
    private static func split(_ authority: String) -> (String, Int?)? {
        guard !authority.isEmpty, !authority.contains("@") else { return nil }
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            let name = String(authority[authority.index(after: authority.startIndex)..<close])
            let rest = authority[authority.index(after: close)...]
            if rest.isEmpty { return (name, nil) }
            guard rest.hasPrefix(":"), let port = Int(rest.dropFirst()) else { return nil }
            return (name, port)
        }
        let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return (authority, nil)
        case 2:
            guard let port = Int(parts[1]) else { return nil }
            return (String(parts[0]), port)
        default: return nil
        }
    }

    private static func isIPAddress(_ name: String) -> Bool {
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        if octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) { return true }
        return name.contains(":") && name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
}
