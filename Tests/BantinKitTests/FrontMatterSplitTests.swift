@testable import BantinKit
import Testing

@Suite struct FrontMatterSplitTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let yaml: String?
        let body: String?
        let bodyLineOffset: Int?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain", text: "---\ntitle: A\n---\nBody\n", yaml: "title: A\n", body: "Body\n", bodyLineOffset: 3),
        Case(name: "fence with trailing spaces", text: "---  \ntitle: A\n--- \nBody", yaml: "title: A\n", body: "Body", bodyLineOffset: 3),
        Case(name: "rule in the body stays in the body", text: "---\ntitle: A\n---\nOne\n\n---\n\nTwo\n", yaml: "title: A\n", body: "One\n\n---\n\nTwo\n", bodyLineOffset: 3),
        Case(name: "dashes inside a YAML value", text: "---\ntitle: a---b\nsummary: \"---\"\n---\n", yaml: "title: a---b\nsummary: \"---\"\n", body: "", bodyLineOffset: 4),
        Case(name: "no body, file ends at fence", text: "---\ntitle: A\n---", yaml: "title: A\n", body: "", bodyLineOffset: 3),
        Case(name: "four dashes are not a fence", text: "----\ntitle: A\n---\n", yaml: nil, body: nil, bodyLineOffset: nil),
        Case(name: "text before the fence", text: "\n---\ntitle: A\n---\n", yaml: nil, body: nil, bodyLineOffset: nil),
        Case(name: "never closed", text: "---\ntitle: A\n", yaml: nil, body: nil, bodyLineOffset: nil),
    ]

    @Test(arguments: cases)
    func splits(_ example: Case) {
        let result = try? FrontMatterSplit.split(example.text).get()
        #expect(result.map { String($0.yaml) } == example.yaml)
        #expect(result.map { String($0.body) } == example.body)
        #expect(result?.bodyLineOffset == example.bodyLineOffset)
    }

    @Test func namesTheProblem() {
        #expect(FrontMatterSplit.split("title: A\n") == .failure(.missingOpeningFence))
        #expect(FrontMatterSplit.split("---\ntitle: A\n") == .failure(.missingClosingFence))
    }
}
