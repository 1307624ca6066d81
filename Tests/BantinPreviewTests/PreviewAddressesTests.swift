@testable import BantinPreview
import Testing

/// What `bantin serve` prints for each `--host`, on a machine whose addresses the test decides.
@Suite struct PreviewAddressesTests {
    static let machine = [
        NetworkAddress(interface: "lo", address: "127.0.0.1", isIPv6: false),
        NetworkAddress(interface: "eth0", address: "192.168.1.5", isIPv6: false),
        NetworkAddress(interface: "wlan0", address: "10.0.0.7", isIPv6: false),
        NetworkAddress(interface: "lo", address: "::1", isIPv6: true),
        NetworkAddress(interface: "eth0", address: "fe80::1c2b:3aff:fe4d:5e6f", isIPv6: true),
        NetworkAddress(interface: "eth0", address: "fd00::5", isIPv6: true),
    ]

    @Test(arguments: [
        ("127.0.0.1", machine, "http://127.0.0.1:8080/", [String]()),
        ("localhost", machine, "http://localhost:8080/", []),
        ("::1", machine, "http://[::1]:8080/", []),
        ("0.0.0.0", machine, "http://127.0.0.1:8080/", [
            "Đồng nghiệp cùng mạng mở: http://192.168.1.5:8080/", "Đồng nghiệp cùng mạng mở: http://10.0.0.7:8080/",
        ]),
        ("::", machine, "http://127.0.0.1:8080/", [
            "Đồng nghiệp cùng mạng mở: http://192.168.1.5:8080/", "Đồng nghiệp cùng mạng mở: http://10.0.0.7:8080/",
            "Đồng nghiệp cùng mạng mở: http://[fd00::5]:8080/",
        ]),
        ("[::]", machine, "http://127.0.0.1:8080/", [
            "Đồng nghiệp cùng mạng mở: http://192.168.1.5:8080/", "Đồng nghiệp cùng mạng mở: http://10.0.0.7:8080/",
            "Đồng nghiệp cùng mạng mở: http://[fd00::5]:8080/",
        ]),
        ("192.168.1.5", machine, "http://192.168.1.5:8080/", ["Đồng nghiệp cùng mạng mở: http://192.168.1.5:8080/"]),
        ("0.0.0.0", [machine[0], machine[3]], "http://127.0.0.1:8080/", [
            "Máy này chưa kết nối mạng nào (chỉ có địa chỉ 127.0.0.1), nên đồng nghiệp chưa mở được bản xem trước: hãy kết nối Wi-Fi hoặc mạng dây rồi chạy lại lệnh.",
        ]),
    ])
    func printsWhereToLook(host: String, machine: [NetworkAddress], local: String, lines: [String]) {
        let addresses = PreviewAddresses(host: host, port: 8080, path: "/", machine: machine)
        #expect(addresses.local == local)
        #expect(addresses.colleagueLines(in: .vietnamese) == lines)
    }

    @Test func inEnglishColleaguesAreToldTheSame() {
        let shared = PreviewAddresses(host: "0.0.0.0", port: 8080, path: "/", machine: [Self.machine[0], Self.machine[1]])
        #expect(shared.colleagueLines(in: .english) == ["Colleagues on the same network open: http://192.168.1.5:8080/"])
        let alone = PreviewAddresses(host: "0.0.0.0", port: 8080, path: "/", machine: [Self.machine[0]])
        #expect(alone.colleagueLines(in: .english) == [
            "This machine is not connected to any network (it has only the address 127.0.0.1), so colleagues cannot open the preview yet: connect to Wi-Fi or a wired network and run the command again.",
        ])
    }

    @Test func keepsTheSitePath() {
        let addresses = PreviewAddresses(host: "0.0.0.0", port: 8081, path: "/tin/", machine: Self.machine)
        #expect(addresses.local == "http://127.0.0.1:8081/tin/")
        #expect(addresses.network.first == "http://192.168.1.5:8081/tin/")
    }

    @Test(arguments: [("fe80::1", true), ("FE80::1", true), ("febf::1", true), ("fec0::1", false), ("fd00::5", false), ("::1", false)])
    func linkLocalIsFe80Slash10(address: String, isLinkLocal: Bool) {
        #expect(NetworkAddress(interface: "eth0", address: address, isIPv6: true).isLinkLocal == isLinkLocal)
    }

    @Test func thisMachineHasItsLoopbackAddress() {
        // Every Linux machine, container or not, has lo up with 127.0.0.1.
        #expect(NetworkAddress.ofThisMachine().contains { $0.address == "127.0.0.1" && $0.isLoopback })
    }
}
