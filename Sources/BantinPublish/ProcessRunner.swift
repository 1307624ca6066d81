import Foundation

/// Runs a helper program (`sftp`, `curl`) with input on its standard input and collects what it printed.
struct ProcessRunner: Sendable {
    /// What a finished program left behind.
    struct Outcome: Sendable {
        var status: Int32
        var output: String
        var errorOutput: String
    }

    /// The program's path, looked up on PATH.
    let executable: URL

    /// Finds `name` on PATH.
    /// - Throws: `PublishError` naming the Debian package that provides it.
    init(_ name: String, package: String) throws(PublishError) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let found = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let found else { throw PublishError(.toolMissing(tool: name, package: package)) }
        executable = found
    }

    /// Runs the program to its end; `input` is written to its standard input, which is then closed.
    func run(_ arguments: [String], input: Data = Data()) throws(PublishError) -> Outcome {
        // A helper that dies early closes its input; the write must then fail, not kill bantin.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw PublishError(.toolMissing(tool: executable.lastPathComponent, package: executable.lastPathComponent))
        }
        // Read both pipes while writing, or a chatty program fills a pipe and everything stops. Own
        // threads, not Dispatch's pool: two blocked readers can take a 2-core pool whole and starve
        // the source that reports the program's exit.
        let collected = Collected()
        let group = DispatchGroup()
        for (handle, isError) in [(stdout.fileHandleForReading, false), (stderr.fileHandleForReading, true)] {
            group.enter()
            Thread {
                let data = handle.readDataToEndOfFile()
                collected.store(data, isError: isError)
                group.leave()
            }.start()
        }
        // A program that exits before reading everything closes the pipe; that is its own failure to
        // report, so the broken-pipe write error is ignored here.
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Outcome(status: process.terminationStatus, output: collected.output, errorOutput: collected.errorOutput)
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var outputData = Data()
        private var errorData = Data()

        func store(_ data: Data, isError: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isError { errorData = data } else { outputData = data }
        }

        var output: String { lock.lock(); defer { lock.unlock() }; return String(decoding: outputData, as: UTF8.self) }
        var errorOutput: String { lock.lock(); defer { lock.unlock() }; return String(decoding: errorData, as: UTF8.self) }
    }
}
