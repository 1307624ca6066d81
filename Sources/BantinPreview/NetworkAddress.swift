import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IP address of one of this machine's network interfaces.
public struct NetworkAddress: Sendable, Equatable {
    /// The interface's name, e.g. "eth0" or "wlan0".
    public var interface: String
    /// The address in numeric form, e.g. "192.168.1.5" or "fd00::5".
    public var address: String
    /// True for an IPv6 address.
    public var isIPv6: Bool

    /// Creates an address.
    public init(interface: String, address: String, isIPv6: Bool) {
        self.interface = interface
        self.address = address
        self.isIPv6 = isIPv6
    }

    /// True for an address only this machine reaches: 127.0.0.0/8 and ::1.
    public var isLoopback: Bool {
        isIPv6 ? address == "::1" : address.hasPrefix("127.")
    }

    /// True for an IPv6 address of the local link only (fe80::/10), which a URL can hold only with
    /// the interface's name, and which browsers do not open.
    public var isLinkLocal: Bool {
        guard isIPv6, let first = UInt16(address.split(separator: ":", omittingEmptySubsequences: false).first ?? "", radix: 16) else { return false }
        return first & 0xFFC0 == 0xFE80
    }

    /// The addresses of the interfaces that are up, in the order the system lists them.
    public static func ofThisMachine() -> [NetworkAddress] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var found: [NetworkAddress] = []
        var next = first
        while let entry = next?.pointee {
            next = entry.ifa_next
            guard let socketAddress = entry.ifa_addr, entry.ifa_flags & UInt32(IFF_UP) != 0 else { continue }
            let family = Int32(socketAddress.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            var name = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
            if family == AF_INET {
                var raw = UnsafeRawPointer(socketAddress).loadUnaligned(as: sockaddr_in.self).sin_addr
                guard inet_ntop(AF_INET, &raw, &name, socklen_t(name.count)) != nil else { continue }
            } else {
                var raw = UnsafeRawPointer(socketAddress).loadUnaligned(as: sockaddr_in6.self).sin6_addr
                guard inet_ntop(AF_INET6, &raw, &name, socklen_t(name.count)) != nil else { continue }
            }
            found.append(NetworkAddress(
                interface: String(decoding: Self.bytes(entry.ifa_name), as: UTF8.self),
                address: String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self),
                isIPv6: family == AF_INET6
            ))
        }
        return found
    }

    /// The bytes of a C string.
    private static func bytes(_ string: UnsafePointer<CChar>?) -> [UInt8] {
        guard let string else { return [] }
        return Array(UnsafeBufferPointer(start: string, count: strlen(string))).map { UInt8(bitPattern: $0) }
    }
}
