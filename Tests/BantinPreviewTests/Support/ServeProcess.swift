import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `bantin serve` run as its own process, so that its memory can be read from /proc without the
/// tests running beside it in this process counting too.
final class ServeProcess: @unchecked Sendable {
    // @unchecked: used from one test at a time; `process` is only started and stopped.
    let process = Process()
    let port: UInt16

    /// The `bantin` program built next to the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("bantin")
    }

    /// Starts `bantin serve --root root` on a free loopback port and waits (at most 60 seconds)
    /// until it says where it serves.
    init(root: URL) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable.path) else {
            throw RawClient.ClientError(message: "\(Self.executable.path) is missing: run swift build first")
        }
        port = try Self.freePort()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--root", root.path, "--port", String(port)]
        process.environment = Self.vietnameseEnvironment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        var printed = ""
        let reader = output.fileHandleForReading.fileDescriptor
        let serving = "http://127.0.0.1:\(port)/"
        while !printed.contains(serving), Date() < deadline, process.isRunning {
            var ready = pollfd(fd: reader, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 200) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(reader, &chunk, chunk.count)
            if count <= 0 { break }
            printed += String(decoding: chunk[..<count], as: UTF8.self)
        }
        guard printed.contains(serving) else {
            stop()
            throw RawClient.ClientError(message: "bantin serve did not start: \(printed)")
        }
    }

    /// This process's environment in Vietnamese, whatever the machine's locale: the program's words
    /// must not depend on where the tests run.
    static var vietnameseEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "vi_VN.UTF-8"
        return environment
    }

    /// The process's peak resident memory so far, in bytes (VmHWM in /proc/PID/status).
    var peakMemory: Int {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }

    /// Stops the process (Ctrl-C), and kills it when it has not ended within five seconds.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit {
        stop()
    }

    /// A loopback port nobody listens on right now.
    private static func freePort() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw RawClient.ClientError(message: "no free port: \(errno)") }
        return UInt16(bigEndian: address.sin_port)
    }
}
