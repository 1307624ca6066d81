import BantinKit
import BantinPreview
import Foundation
import Testing

/// Every seed and every saved crash input of the fuzzers in `Fuzz/`, through the same entry functions
/// the fuzzers call: a crash found once stays fixed. (Here rather than in BantinKitTests because the
/// HTTP fuzzer's entry lives in BantinPreview.)
@Suite struct FuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static let entries: [String: @Sendable ([UInt8]) -> Void] = [
        "document": FuzzEntry.document, "achievements": FuzzEntry.achievements, "markdown": FuzzEntry.markdown,
        "sitedate": FuzzEntry.siteDate, "templates": FuzzEntry.templates, "requesthead": PreviewFuzzEntry.requestHead,
    ]

    /// Every input file under `Fuzz/corpus/<name>/` and `Fuzz/crashes/<name>/`.
    static func inputs(_ name: String) -> [URL] {
        ["corpus", "crashes"].flatMap { kind -> [URL] in
            let folder = fuzzFolder.appendingPathComponent("\(kind)/\(name)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
        }
    }

    @Test(arguments: ["document", "achievements", "markdown", "sitedate", "templates", "requesthead"])
    func savedInputsRunWithoutCrashing(name: String) throws {
        let entry = try #require(Self.entries[name])
        let inputs = Self.inputs(name)
        #expect(!inputs.isEmpty, "Fuzz/corpus/\(name)/ has no seeds")
        for input in inputs {
            entry(try [UInt8](Data(contentsOf: input)))
        }
    }
}
