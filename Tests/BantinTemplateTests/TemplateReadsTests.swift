import BantinTemplate
import Testing

/// Which fields a template may print of the value at a place of its context: never fewer than the
/// render reads, so that a page called unchanged by them renders the same bytes.
@Suite struct TemplateReadsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Templates by name; the first is asked about.
        let templates: [(name: String, text: String)]
        let place: [String]
        let expected: Set<String>?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "names in the section", templates: [("t", "{{#a}}{{#rel}}<a href=\"{{url}}\">{{title}}</a>{{/rel}}{{/a}}")],
             place: ["a", "rel"], expected: ["url", "title"]),
        Case(name: "a name outside the section is not read there", templates: [("t", "{{lead}}{{#a}}{{#rel}}{{title}}{{/rel}}{{lead}}{{/a}}")],
             place: ["a", "rel"], expected: ["title"]),
        // The render looks `site` up on the summary first: whether it has one changes what prints.
        Case(name: "a name of an outer value is read on the inner too", templates: [("t", "{{#a.rel}}{{site.title}}{{/a.rel}}")],
             place: ["a", "rel"], expected: ["site"]),
        Case(name: "inside a nested section", templates: [("t", "{{#a}}{{#rel}}{{#cover}}<img src=\"{{src}}\">{{/cover}}{{/rel}}{{/a}}")],
             place: ["a", "rel"], expected: ["cover", "src"]),
        Case(name: "inverted sections read the name", templates: [("t", "{{#a}}{{#rel}}{{^thumb}}-{{date}}{{/thumb}}{{/rel}}{{/a}}")],
             place: ["a", "rel"], expected: ["thumb", "date"]),
        Case(name: "a dotted name from the root", templates: [("t", "{{a.rel.title}} {{#a}}{{rel.url}}{{/a}}")],
             place: ["a", "rel"], expected: ["title", "url"]),
        Case(name: "a field's own field", templates: [("t", "{{#a}}{{#rel}}{{category.name}}{{/rel}}{{/a}}")],
             place: ["a", "rel"], expected: ["category"]),
        Case(name: "the implicit iterator inside a field", templates: [("t", "{{#a}}{{#rel}}{{#lead}}<p>{{.}}</p>{{/lead}}{{/rel}}{{/a}}")],
             place: ["a", "rel"], expected: ["lead"]),
        Case(name: "the whole value printed", templates: [("t", "{{#a}}{{#rel}}{{.}}{{/rel}}{{/a}}")], place: ["a", "rel"], expected: nil),
        Case(name: "the value printed by name", templates: [("t", "{{#a}}{{rel}}{{/a}}")], place: ["a", "rel"], expected: nil),
        Case(name: "a section on the list alone reads no field", templates: [("t", "{{#a}}{{#rel}}<li>{{/rel}}{{^rel}}-{{/rel}}{{/a}}")],
             place: ["a", "rel"], expected: []),
        Case(name: "through a partial", templates: [("t", "{{#a}}{{#rel}}{{>item}}{{/rel}}{{/a}}"), ("item", "{{title}}|{{lead}}")],
             place: ["a", "rel"], expected: ["title", "lead"]),
        Case(name: "a partial that opens the place itself", templates: [("t", "{{#a}}{{>list}}{{/a}}"), ("list", "{{#rel}}{{date}}{{/rel}}")],
             place: ["a", "rel"], expected: ["date"]),
        Case(name: "a block overridden by the child", templates: [
            ("t", "{{<layout}}{{$main}}{{#a}}{{#rel}}{{title}}{{/rel}}{{/a}}{{/main}}{{/layout}}"),
            ("layout", "<main>{{$main}}{{#a}}{{#rel}}{{lead}}{{/rel}}{{/a}}{{/main}}</main>"),
        ], place: ["a", "rel"], expected: ["title"]),
        Case(name: "a block's default when not overridden", templates: [
            ("t", "{{<layout}}{{/layout}}"), ("layout", "{{$main}}{{#a}}{{#rel}}{{lead}}{{/rel}}{{/a}}{{/main}}"),
        ], place: ["a", "rel"], expected: ["lead"]),
        Case(name: "the outermost override wins", templates: [
            ("t", "{{<mid}}{{$main}}{{#a.rel}}{{url}}{{/a.rel}}{{/main}}{{/mid}}"),
            ("mid", "{{<layout}}{{$main}}{{#a.rel}}{{lead}}{{/a.rel}}{{/main}}{{/layout}}"),
            ("layout", "{{$main}}{{/main}}"),
        ], place: ["a", "rel"], expected: ["url"]),
        Case(name: "another place", templates: [("t", "{{#a}}{{#newer}}{{title}}{{/newer}}{{#rel}}{{url}}{{/rel}}{{/a}}")],
             place: ["a", "newer"], expected: ["title"]),
        Case(name: "a partial that includes itself", templates: [("t", "{{#a}}{{>tree}}{{/a}}"), ("tree", "{{#rel}}{{title}}{{>tree}}{{/rel}}")],
             place: ["a", "rel"], expected: nil),
        Case(name: "no such template", templates: [("t", "{{title}}")], place: ["a", "rel"], expected: nil),
    ]

    @Test(arguments: cases) func fieldsRead(_ example: Case) throws {
        let library = try TemplateLibrary(files: example.templates.map { (name: $0.name, path: "templates/\($0.name).mustache", text: $0.text) })
        let name = example.name == "no such template" ? "khong-co" : example.templates[0].name
        #expect(library.fieldsRead(by: name, at: example.place) == example.expected)
    }

    /// The render of every case agrees: changing a field not listed, at the place asked about, changes
    /// no byte.
    @Test(arguments: cases.filter { $0.expected != nil }) func otherFieldsDoNotChangeTheRender(_ example: Case) throws {
        let library = try TemplateLibrary(files: example.templates.map { (name: $0.name, path: "templates/\($0.name).mustache", text: $0.text) })
        let fields = ["url", "title", "lead", "date", "thumb", "cover", "category", "site", "src"]
        func item(changing changed: String?) -> TemplateValue {
            var item: [String: TemplateValue] = [:]
            for field in fields { item[field] = .text(field == changed ? "khác" : field) }
            item["cover"] = ["src": .text(changed == "cover" ? "khac.jpg" : "anh.jpg")]
            item["category"] = ["name": .text(changed == "category" ? "Khác" : "Chi bộ")]
            return .object(TemplateObject(item))
        }
        func context(changing changed: String?) -> TemplateValue {
            let at = { (place: [String]) in example.place == place ? item(changing: changed) : item(changing: nil) }
            return ["a": ["rel": [at(["a", "rel"]), at(["a", "rel"])], "newer": at(["a", "newer"])], "site": ["title": "S"]]
        }
        let name = example.templates[0].name
        let base = library.render(name, context(changing: nil))
        for field in fields where !(example.expected ?? []).contains(field) {
            #expect(library.render(name, context(changing: field)) == base, "changing \(field)")
        }
    }

    /// The repository's theme: "Các tin khác" and the neighbours print a few fields of each article,
    /// through the layout and its partials.
    @Test func theThemesArticlePage() throws {
        let library = try TemplateLibrary(files: Theme.files)
        #expect(library.fieldsRead(by: "article", at: ["article", "related"]) == ["url", "title", "datetime", "date"])
        #expect(library.fieldsRead(by: "article", at: ["article", "newer"]) == ["url", "title"])
        #expect(library.fieldsRead(by: "article", at: ["article", "older"]) == ["url", "title"])
    }

    @Test func fieldsDifferingBetweenObjects() {
        let old: TemplateValue = ["title": "A", "lead": "x", "url": "/a/"]
        let new: TemplateValue = ["title": "A", "lead": "y", "cover": ["src": "b.jpg"], "url": "/a/"]
        #expect(new.fieldsDiffering(from: old) == ["lead", "cover"])
        #expect(old.fieldsDiffering(from: new) == ["lead", "cover"])
        #expect(old.fieldsDiffering(from: old) == [])
        #expect(old.fieldsDiffering(from: "A") == nil)
    }
}
