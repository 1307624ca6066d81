import Foundation
import Testing

/// The bantin binary on every broken site: it must end normally with status 1 and diagnostics on
/// stderr, never with a signal (a Swift trap is SIGILL, exit 132 in a shell).
@Suite struct CommandLineSweepTests {
    /// The binary `swift build` made next to the tests (debug, else release).
    static let binary: URL? = ["debug", "release"]
        .map { Fixtures.repositoryRoot.appendingPathComponent(".build/\($0)/bantin") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    static let invalidSites = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.appendingPathComponent("invalid").path).sorted()) ?? []

    struct Outcome {
        let signalled: Bool
        let status: Int32
        let stderr: String
    }

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Outcome {
        let binary = try #require(binary, "build bantin first: swift build")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(signalled: process.terminationReason == .uncaughtSignal, status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: invalidSites)
    func invalidSiteEndsWithStatusOneAndDiagnostics(name: String) throws {
        let root = try Fixtures.copy("invalid/\(name)")
        defer { try? FileManager.default.removeItem(at: root) }
        for command in [["check"], ["build", "--output", root.appendingPathComponent("out").path]] {
            let outcome = try Self.run(command + ["--root", root.path])
            #expect(!outcome.signalled, "\(command[0]) \(name) was killed by signal \(outcome.status)")
            #expect(outcome.status == 1)
            #expect(outcome.stderr.contains(": lỗi: "))
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out/index.html").path))
    }

    /// The hostile inputs of issue 11 that once crashed or passed silently, through the real binary.
    @Test(arguments: [
        ("unicode-twins", [("content/articles/ti\u{00EA}u.md", "---\ntitle: a\ndate: 09/11/2021\n---\nx\n"), ("content/articles/tie\u{0302}u.md", "---\ntitle: b\ndate: 09/11/2021\n---\nx\n")]),
        ("reserved-slug", [("content/pages/x.md", "---\ntitle: Thành tích\nslug: thanh-tich\n---\nx\n")]),
        ("long-slug", [("content/pages/x.md", "---\ntitle: \(String(repeating: "Rất dài ", count: 40))\n---\nx\n")]),
        ("quoted-base-url", [("content/site.yml", "title: T\nbase_url: 'https://x.example/\"><script>'\n")]),
    ])
    func hostileSiteEndsWithStatusOne(name: String, files: [(String, String)]) throws {
        let site = try ScratchSite(files)
        defer { try? FileManager.default.removeItem(at: site.root) }
        for command in [["check"], ["build"]] {
            let outcome = try Self.run(command + ["--root", site.root.path])
            #expect(!outcome.signalled, "\(command[0]) \(name) was killed by signal \(outcome.status)")
            #expect(outcome.status == 1, "\(outcome.stderr)")
            #expect(outcome.stderr.contains(": lỗi: "))
        }
    }

    @Test(arguments: ["content/site.yml", "templates/", "content"])
    func reportRefusesToWriteIntoTheSources(output: String) throws {
        let site = try ScratchSite([("content/articles/a.md", """
            ---
            title: A
            date: 09/11/2021
            achievements:
              - {title: Mô hình A, level: cấp cơ sở, year: 2021, status: công nhận}
            ---
            x
            """)])
        defer { try? FileManager.default.removeItem(at: site.root) }
        let settings = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
        let outcome = try Self.run(["report", "--year", "2021", "--root", site.root.path, "--output", output, "--force"], in: site.root)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("không ghi báo cáo vào"))
        #expect(try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8) == settings)
    }
}
