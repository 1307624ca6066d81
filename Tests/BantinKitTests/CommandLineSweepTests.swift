@testable import BantinKit
import Foundation
import Testing

/// The bantin binary on every broken site: it must end normally with status 1 and diagnostics on
/// stderr, never with a signal (a Swift trap is SIGILL, exit 132 in a shell). And the binary's words:
/// Vietnamese by default, English with `--lang en` or `LANG=en_US.UTF-8`, whatever the machine's locale.
@Suite struct CommandLineSweepTests {
    /// The binary `swift build` made next to the tests (debug, else release).
    static let binary: URL? = ["debug", "release"]
        .map { Fixtures.repositoryRoot.appendingPathComponent(".build/\($0)/bantin") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    static let invalidSites = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.appendingPathComponent("invalid").path).sorted()) ?? []

    struct Outcome {
        let signalled: Bool
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// This process's environment with `LANG` set to `locale` and nothing that would win over it.
    static func environment(locale: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = locale
        return environment
    }

    /// Runs the binary, in Vietnamese unless `locale` says otherwise; its output goes through files,
    /// so a long standard output cannot block it while standard error is read.
    static func run(_ arguments: [String], in folder: URL? = nil, locale: String = "vi_VN.UTF-8") throws -> Outcome {
        let binary = try #require(binary, "build bantin first: swift build")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment(locale: locale)
        if let folder { process.currentDirectoryURL = folder }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        return Outcome(
            signalled: process.terminationReason == .uncaughtSignal, status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8), stderr: try String(contentsOf: errURL, encoding: .utf8)
        )
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
            let last = outcome.stderr.split(separator: "\n").last.map(String.init) ?? ""
            let verb = command[0] == "check" ? "kiểm tra thất bại" : "dựng thất bại"
            #expect(last.wholeMatch(of: try Regex("\(verb): [0-9]+ lỗi, [0-9]+ cảnh báo.*")) != nil, "\(last)")
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

    /// A site of one article, one draft and no page, built by the binary.
    static func smallSite() throws -> ScratchSite {
        try ScratchSite([
            ("content/articles/a.md", "---\ntitle: Hội nghị\ndate: 09/11/2021\n---\nx\n"),
            ("content/articles/b.md", "---\ntitle: Nháp\ndate: 10/11/2021\ndraft: true\n---\nx\n"),
        ])
    }

    /// The summary line with its file counts and time made stable: "… 12 tệp (ghi 12, …) trong 0,05 giây" becomes
    /// "… N tệp (ghi N, …) trong T giây".
    static func stable(_ line: String) -> String {
        line.replacing(#/[0-9]+ (tệp|files) /#, with: { "N \($0.output.1) " })
            .replacing(/ghi [0-9]+, giữ nguyên [0-9]+/, with: "ghi N, giữ nguyên N")
            .replacing(/[0-9]+ written, [0-9]+ unchanged/, with: "N written, N unchanged")
            .replacing(#/[0-9]+[,.][0-9][0-9] (giây|s)/#, with: { "T \($0.output.1)" })
    }

    @Test func buildSpeaksVietnameseByDefaultAndEnglishWhenAsked() throws {
        let site = try Self.smallSite()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let output = site.root.appendingPathComponent("out").path
        let vietnamese = try Self.run(["build", "--root", site.root.path, "--output", output])
        #expect(vietnamese.status == 0, "\(vietnamese.stderr)")
        #expect(Self.stable(vietnamese.stdout) == "Đã dựng 1 bài, 0 trang → \(output): N tệp (ghi N, giữ nguyên N, xoá 0) trong T giây; chưa đưa vào 1 bản nháp (dùng --drafts)\n")

        let expectedEnglish = "Built 1 article, 0 pages → \(output): N files (N written, N unchanged, 0 removed) in T s; left out 1 draft (use --drafts)\n"
        let option = try Self.run(["build", "--lang", "en", "--root", site.root.path, "--output", output])
        #expect(Self.stable(option.stdout) == expectedEnglish)
        let locale = try Self.run(["build", "--root", site.root.path, "--output", output], locale: "en_US.UTF-8")
        #expect(Self.stable(locale.stdout) == expectedEnglish)
        let overridden = try Self.run(["build", "--lang", "vi", "--root", site.root.path, "--output", output], locale: "en_US.UTF-8")
        #expect(Self.stable(overridden.stdout).hasPrefix("Đã dựng 1 bài, 0 trang"))
    }

    @Test func checkSaysThereIsNoProblemInEitherLanguage() throws {
        let site = try Self.smallSite()
        defer { try? FileManager.default.removeItem(at: site.root) }
        #expect(try Self.run(["check", "--root", site.root.path]).stdout == "Không thấy vấn đề nào trong \(site.root.path)\n")
        #expect(try Self.run(["check", "--root", site.root.path], locale: "en_GB.UTF-8").stdout == "No problems found in \(site.root.path)\n")
    }

    @Test(arguments: [
        (["build", "--help"], "vi_VN.UTF-8", "OVERVIEW: Dựng trang web vào thư mục đầu ra (mặc định: site/)."),
        (["build", "--help", "--lang", "en"], "vi_VN.UTF-8", "OVERVIEW: Build the site into the output folder (default: site/)."),
        (["build", "--help"], "en_US.UTF-8", "OVERVIEW: Build the site into the output folder (default: site/)."),
        (["--help"], "C.UTF-8", "OVERVIEW: Dựng trang tin tĩnh từ bài viết Markdown và mẫu giao diện Mustache."),
        (["--help", "--lang", "en"], "vi_VN.UTF-8", "OVERVIEW: Builds a static news site from Markdown articles and Mustache templates."),
    ])
    func helpIsInTheChosenLanguage(arguments: [String], locale: String, overview: String) throws {
        let outcome = try Self.run(arguments, locale: locale)
        #expect(outcome.status == 0)
        // The first paragraph, unwrapped: the parser wraps help to the terminal's width.
        let firstParagraph = outcome.stdout.components(separatedBy: "\n\n")[0].replacingOccurrences(of: "\n", with: " ")
        #expect(firstParagraph == overview, "\(outcome.stdout)")
    }

    @Test func anArgumentCheckSpeaksTheChosenLanguage() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-missing-\(UUID().uuidString)").path
        let vietnamese = try Self.run(["check", "--root", missing])
        #expect(vietnamese.status != 0)
        #expect(vietnamese.stderr.hasPrefix("Error: không có thư mục \(missing); --root phải là thư mục của trang web (nơi chứa content/ và templates/)\n"))
        let english = try Self.run(["check", "--root", missing, "--lang", "en"])
        #expect(english.stderr.hasPrefix("Error: no folder at \(missing); --root must be the site folder (it holds content/ and templates/)\n"))
    }

    /// The counts and the summary, for one and for many: Vietnamese nouns do not change, English ones do.
    @Test(arguments: [
        (CommandMessage.counts(errors: 1, warnings: 1), "1 lỗi, 1 cảnh báo", "1 error, 1 warning"),
        (CommandMessage.counts(errors: 2, warnings: 0), "2 lỗi, 0 cảnh báo", "2 errors, 0 warnings"),
        (CommandMessage.checkFailed(errors: 1, warnings: 3), "kiểm tra thất bại: 1 lỗi, 3 cảnh báo", "check failed: 1 error, 3 warnings"),
        (CommandMessage.buildFailed(errors: 1, warnings: 0, output: "/srv/tin/site"),
         "dựng thất bại: 1 lỗi, 0 cảnh báo; chưa ghi gì vào /srv/tin/site", "build failed: 1 error, 0 warnings; nothing was written to /srv/tin/site"),
        (CommandMessage.buildSummary(.init(articles: 1, pages: 1, output: "site", files: 1, written: 1, unchanged: 0, removed: 0, elapsed: .milliseconds(50))),
         "Đã dựng 1 bài, 1 trang → site: 1 tệp (ghi 1, giữ nguyên 0, xoá 0) trong 0,05 giây",
         "Built 1 article, 1 page → site: 1 file (1 written, 0 unchanged, 0 removed) in 0.05 s"),
        (CommandMessage.buildSummary(.init(
            articles: 10_000, pages: 2, output: "site", files: 12_061, written: 5, unchanged: 12_056, removed: 0,
            elapsed: .milliseconds(1_250), drafts: 2, future: 1, warnings: 3
         )),
         "Đã dựng 10.000 bài, 2 trang → site: 12.061 tệp (ghi 5, giữ nguyên 12.056, xoá 0) trong 1,25 giây; chưa đưa vào 2 bản nháp (dùng --drafts) và 1 bài hẹn giờ đăng (dùng --future); 3 cảnh báo",
         "Built 10,000 articles, 2 pages → site: 12,061 files (5 written, 12,056 unchanged, 0 removed) in 1.25 s; left out 2 drafts (use --drafts) and 1 future article (use --future); 3 warnings"),
        (CommandMessage.buildSummary(.init(articles: 0, pages: 0, output: "site", files: 0, written: 0, unchanged: 0, removed: 0, elapsed: .zero, future: 2, warnings: 1)),
         "Đã dựng 0 bài, 0 trang → site: 0 tệp (ghi 0, giữ nguyên 0, xoá 0) trong 0,00 giây; chưa đưa vào 2 bài hẹn giờ đăng (dùng --future); 1 cảnh báo",
         "Built 0 articles, 0 pages → site: 0 files (0 written, 0 unchanged, 0 removed) in 0.00 s; left out 2 future articles (use --future); 1 warning"),
        (CommandMessage.reportWritten(path: "bao-cao.html", achievements: 1, year: 2021, articles: 1),
         "Đã ghi bao-cao.html: 1 thành tích năm 2021 từ 1 bài", "Wrote bao-cao.html: 1 achievement of 2021 from 1 article"),
        (CommandMessage.serveBuilt(articles: 3, pages: 1, files: 41, elapsed: .microseconds(88_640)),
         "Đã dựng 3 bài, 1 trang (41 tệp) trong 88,6 ms", "Built 3 articles, 1 page (41 files) in 88.6 ms"),
        (CommandMessage.serveUpdated(elapsed: .microseconds(1_234_560), rendered: 1, changed: 2),
         "Đã cập nhật trong 1.234,6 ms: dựng lại 1 trang, 2 tệp thay đổi", "Updated in 1,234.6 ms: 1 page rendered, 2 changed"),
        (CommandMessage.serveUpdated(elapsed: .microseconds(98_700), rendered: 2_012, spliced: 1_800, changed: 2_100),
         "Đã cập nhật trong 98,7 ms: dựng lại 2.012 trang (1.800 trang chỉ thay mục “Các tin khác”), 2.100 tệp thay đổi",
         "Updated in 98.7 ms: 2,012 pages rendered (1,800 by a new “Các tin khác” alone), 2,100 changed"),
        (CommandMessage.serveWarnings(count: 1), "1 cảnh báo; chạy bantin check để xem", "1 warning; run bantin check to list them"),
    ])
    func countsAgreeWithTheirNumbers(message: CommandMessage, vietnamese: String, english: String) {
        #expect(message.text(in: .vietnamese) == vietnamese)
        #expect(message.text(in: .english) == english)
    }

    @Test func verboseTimesNameTheStagesInEachLanguage() {
        let timing = StageTiming(stage: "check links", duration: .milliseconds(20))
        #expect(CommandMessage.stageTime(timing, width: 18).text(in: .vietnamese) == "  kiểm tra liên kết  0,02 giây")
        #expect(CommandMessage.stageTime(timing, width: 18).text(in: .english) == "  check links        0.02 s")
        #expect(BuildProgress(stage: "render", completed: 1, total: 2).stageName(in: .vietnamese) == "dựng trang")
    }
}
