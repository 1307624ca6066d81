import BantinTemplate
import Testing

/// A render can record where each section over the list at one place of its context wrote: the
/// preview splices a new rendering of that list alone into a page whose only change is the list.
@Suite struct PlaceRecordingTests {
    static let context: TemplateValue = .object([
        "title": .text("Trang"),
        "article": .object(["related": .list([.object(["title": .text("A & B")]), .object(["title": .text("C")])])]),
        "other": .object(["related": .list([.object(["title": .text("X")])])]),
    ])

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let templates: [(name: String, text: String)]
        /// What each recorded range holds, in order.
        let recorded: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "inside the parent section", templates: [("t", "<h1>{{title}}</h1>{{#article}}<ul>{{#related}}<li>{{title}}</li>{{/related}}</ul>{{/article}}")],
             recorded: ["<li>A &amp; B</li><li>C</li>"]),
        Case(name: "by a dotted name", templates: [("t", "{{#article.related}}[{{title}}]{{/article.related}}")], recorded: ["[A &amp; B][C]"]),
        Case(name: "the same key at another place is not recorded", templates: [("t", "{{#other}}{{#related}}{{title}}{{/related}}{{/other}}")],
             recorded: []),
        Case(name: "inverted and printed are not recorded", templates: [("t", "{{^article.related}}-{{/article.related}}{{#article}}{{related}}{{/article}}")],
             recorded: []),
        Case(name: "twice, through a partial", templates: [
            ("t", "{{#article}}{{>list}}|{{>list}}{{/article}}"), ("list", "{{#related}}{{title}};{{/related}}"),
        ], recorded: ["A &amp; B;C;", "A &amp; B;C;"]),
        // An element without a `related` of its own finds the article's: the same place, inside the
        // first (each is recorded, inner ones first; the preview splices no page whose ranges overlap).
        Case(name: "the place again inside its own elements", templates: [
            ("t", "{{#article}}{{#related}}{{#related}}?{{/related}}{{/related}}{{/article}}"),
        ], recorded: ["??", "??", "????"]),
        Case(name: "an element's own list of the same name is another place", templates: [
            ("t", "{{#other}}{{#related}}{{#article.related}}{{title}}{{/article.related}}{{/related}}{{/other}}"),
        ], recorded: ["A &amp; BC"]),
        Case(name: "a standalone partial's indentation is inside the range", templates: [
            ("t", "{{#article}}\n  {{>list}}\n{{/article}}"), ("list", "{{#related}}\n<li>{{title}}</li>\n{{/related}}\n"),
        ], recorded: ["  <li>A &amp; B</li>\n  <li>C</li>\n"]),
    ]

    @Test(arguments: cases)
    func recordsTheListAtThePlace(_ testCase: Case) throws {
        let library = try TemplateLibrary(files: testCase.templates.map { ($0.name, "templates/\($0.name).mustache", $0.text) })
        var plain: [UInt8] = []
        library.render("t", Self.context, into: &plain)
        var output: [UInt8] = []
        let (outcome, ranges) = library.render("t", Self.context, into: &output, recording: ["article", "related"])
        #expect(outcome == .complete)
        #expect(output == plain, "recording changes nothing of the output")
        #expect(ranges.map { String(decoding: output[$0.bytes], as: UTF8.self) } == testCase.recorded)
        // Each section tag has its number; the same tag reached twice has the same.
        if ranges.count == 2 { #expect(ranges[0].node == ranges[1].node) }
    }

    @Test func rangesCountFromTheRendersStart() throws {
        let library = try TemplateLibrary(files: [("t", "templates/t.mustache", "ab{{#article.related}}{{title}}{{/article.related}}")])
        var output = Array("prefix".utf8)
        let (_, ranges) = library.render("t", Self.context, into: &output, recording: ["article", "related"])
        #expect(ranges.map(\.bytes) == [2..<12])
        #expect(String(decoding: output[6...], as: UTF8.self) == "abA &amp; BC")
    }
}
