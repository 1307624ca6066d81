import Foundation
import Testing

/// A helper program started by a test (a server, a key generator), always on 127.0.0.1 and always
/// bounded in time: it is killed when the value goes away.
///
/// Started with posix_spawn, not Foundation's `Process`: sshd closes every inherited descriptor at
/// start, which Foundation takes for the child's exit, and its monitor thread then blocks in
/// waitpid on a daemon that never ends, so no later `Process` is ever reaped.
final class ServerProcess: @unchecked Sendable {
    private let pid: pid_t
    private let output: FileHandle
    private var status: Int32?

    /// Starts `executable` with `arguments`; its standard error goes to `log`.
    init(_ executable: String, _ arguments: [String], log: URL) throws {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw ServerStartFailure(message: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        var child: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let result = posix_spawn(&child, executable, &actions, nil, argv, environ)
        close(pipeEnds[1])
        guard result == 0 else {
            close(pipeEnds[0])
            throw ServerStartFailure(message: "cannot start \(executable): error \(result)")
        }
        pid = child
        output = FileHandle(fileDescriptor: pipeEnds[0], closeOnDealloc: true)
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var ignored: Int32 = 0
            waitpid(pid, &ignored, 0)
        }
    }

    /// Waits for the program to end and returns its exit status.
    func wait() -> Int32 {
        if let status { return status }
        var raw: Int32 = 0
        waitpid(pid, &raw, 0)
        let code = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
        status = code
        return code
    }

    /// The first line the program prints on standard output (pyftpdlib prints its port), waiting at most `seconds`.
    func firstLine(within seconds: Double) -> String? {
        let handle = output
        let line = Locked<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread {
            var bytes = Data()
            while let byte = try? handle.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { bytes += byte }
            line.value = String(decoding: bytes, as: UTF8.self)
            done.signal()
        }.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return line.value
    }

    /// Waits until something accepts connections on 127.0.0.1:`port`, at most `seconds`.
    static func waitForListener(port: Int, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if canConnect(port: port) { return true }
            usleep(50_000)
        }
        return false
    }

    /// A port nobody listens on right now (the kernel's pick, released at once).
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port: 0)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func canConnect(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    /// Runs a short command to its end and returns its exit status; output goes to `log`.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], log: URL) throws -> Int32 {
        try ServerProcess(executable, arguments, log: log).wait()
    }
}

/// A value shared between a test and a reading thread.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); defer { lock.unlock() }; stored = newValue }
    }
}
