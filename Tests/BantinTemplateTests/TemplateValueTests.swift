import BantinTemplate
import Testing

/// What bantin's templates rely on beyond the spec: swift-mustache's escaping, truthiness and printing.
@Suite struct TemplateValueTests {
    static let cases: [(template: String, context: TemplateValue, expected: String)] = [
        ("{{x}}", ["x": "a & b < c > d \" e ' f"], "a &amp; b &lt; c &gt; d &quot; e &#39; f"),
        ("{{{x}}}|{{&x}}", ["x": "<b>&'\"</b>"], "<b>&'\"</b>|<b>&'\"</b>"),
        ("{{x}}", ["x": "Tiêu đề {{không}} phải thẻ / ` ="], "Tiêu đề {{không}} phải thẻ / ` ="),
        ("{{n}} {{m}} {{z}}", ["n": 2021, "m": -45, "z": 0], "2021 -45 0"),
        ("{{t}} {{f}}", ["t": true, "f": false], "true false"),
        ("[{{l}}][{{o}}]", ["l": [1, 2], "o": ["a": 1]], "[][]"),
        ("{{#s}}y{{/s}}{{^s}}n{{/s}}", ["s": ""], "y"),
        ("{{#s}}y{{/s}}{{^s}}n{{/s}}", ["s": 0], "y"),
        ("{{#s}}y{{/s}}{{^s}}n{{/s}}", ["s": false], "n"),
        ("{{#s}}y{{/s}}{{^s}}n{{/s}}", ["s": []], "n"),
        ("{{#s}}y{{/s}}{{^s}}n{{/s}}", [:], "n"),
        ("{{#lead}}<p>{{.}}</p>{{/lead}}", ["lead": "Mở đầu & tóm tắt"], "<p>Mở đầu &amp; tóm tắt</p>"),
        ("{{#width}} width=\"{{width}}\"{{/width}}", ["width": 800], " width=\"800\""),
        ("{{#cover}}{{caption}}{{/cover}}", ["caption": "trang", "cover": ["caption": false]], "false"),
        ("{{#items}}{{name}}:{{title}};{{/items}}", ["title": "T", "items": [["name": "a"], ["name": "b", "title": "U"]]], "a:T;b:U;"),
        ("{{page.title}}|{{#page}}{{site.title}}{{/page}}", ["site": ["title": "S"], "page": ["title": "P"]], "P|S"),
        // The renderer reads text where it is stored: up to 15 bytes a string holds in itself, longer
        // text in storage of its own; both, escaped or not, at the length on either side.
        ("{{a}}|{{b}}|{{{a}}}|{{{b}}}", ["a": "<15 bytes & ok!", "b": "<16 bytes & ok!!"], "&lt;15 bytes &amp; ok!|&lt;16 bytes &amp; ok!!|<15 bytes & ok!|<16 bytes & ok!!"),
        ("{{a}}|{{b}}|{{c}}", ["a": .text(String("«Đảng» 15 bytes?".dropFirst())), "b": .text(String(repeating: "đ", count: 8)), "c": .text(String(repeating: "đ", count: 7) + "x")], "Đảng» 15 bytes?|đđđđđđđđ|đđđđđđđx"),
        ("{{#l}}{{.}}{{/l}}", ["l": [.text(String(repeating: "<ä>", count: 9)), "", "x"]], String(repeating: "&lt;ä&gt;", count: 9) + "x"),
    ]

    @Test(arguments: cases)
    func renders(_ example: (template: String, context: TemplateValue, expected: String)) throws {
        let library = try TemplateLibrary(files: [(name: "t", path: "templates/t.mustache", text: example.template)])
        #expect(library.render("t", example.context) == example.expected)
    }

    @Test func appendsToTheCallersBuffer() throws {
        let library = try TemplateLibrary(files: [(name: "t", path: "templates/t.mustache", text: "  {{>p}}\n"), (name: "p", path: "templates/p.mustache", text: "a\nb\n")])
        var output = Array("<pre>\n".utf8)
        #expect(library.render("t", [:], into: &output) == .complete)
        #expect(String(decoding: output, as: UTF8.self) == "<pre>\n  a\n  b\n")
    }

    /// Fields are found by binary search over names kept sorted: every name must be found whatever
    /// order it came in, a repeated name keeps its last value, and fields set later stay findable.
    @Test func objectsFindEveryFieldWhateverTheOrder() {
        let names = ["url", "title", "has_achievements", "a", "z", "tiêu_đề", "date", "b", "achievements_url", "Ä", ""]
        let object = TemplateObject(fields: names.enumerated().map { ($1, .number($0)) } + [("title", .text("cuối"))])
        for (index, name) in names.enumerated() where name != "title" {
            #expect(object[name] == .number(index), "\(name)")
        }
        #expect(object["title"] == .text("cuối"))
        #expect(object["missing"] == nil)
        #expect(object == TemplateObject(Dictionary(uniqueKeysWithValues: object.sortedFields.map { ($0.key, $0.value) })))

        var edited = object
        edited["m"] = "mới"
        edited["url"] = nil
        edited["a"] = 7
        #expect(edited["m"] == "mới")
        #expect(edited["url"] == nil)
        #expect(edited["a"] == 7)
        #expect(edited.sortedFields.map(\.key) == edited.sortedFields.map(\.key).sorted())
        #expect(edited.fields.count == names.count)
    }
}
