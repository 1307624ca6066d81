import BantinTemplate
import Testing

/// A set of templates that must not compile, and every error it must give.
struct BrokenTheme: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let files: [(name: String, path: String, text: String)]
    let errors: [TemplateError]

    init(_ description: String, _ files: [(name: String, text: String)], _ errors: [TemplateError]) {
        testDescription = description
        self.files = files.map { (name: $0.name, path: "templates/\($0.name).mustache", text: $0.text) }
        self.errors = errors
    }
}

private func error(_ name: String, _ line: Int, _ column: Int, _ sourceLine: String, _ reason: TemplateError.Reason) -> TemplateError {
    TemplateError(path: "templates/\(name).mustache", line: line, column: column, sourceLine: sourceLine, reason: reason)
}

@Suite struct TemplateErrorTests {
    static let deepSections = String(repeating: "{{#a}}", count: 50_000) + String(repeating: "{{/a}}", count: 50_000)

    static let cases: [BrokenTheme] = [
        BrokenTheme("a tag without }}, column counted in characters", [("article", "<h1>\n<p>Tiêu đề: {{title</p>\n")],
                    [error("article", 2, 13, "<p>Tiêu đề: {{title</p>", .unclosedTag(opening: "{{", closing: "}}"))]),
        BrokenTheme("a triple mustache without }}}", [("page", "{{{body}}\n")],
                    [error("page", 1, 1, "{{{body}}", .unclosedTag(opening: "{{", closing: "}}}"))]),
        BrokenTheme("a closing tag for the outer section", [("list", "{{#list}}\n{{#articles}}\n{{/list}}\n")],
                    [error("list", 3, 1, "{{/list}}", .mismatchedClose(found: "list", expected: "articles", openedAtLine: 2))]),
        BrokenTheme("a closing tag with nothing open", [("page", "x {{/cover}}\n")],
                    [error("page", 1, 3, "x {{/cover}}", .unexpectedClose(name: "cover"))]),
        BrokenTheme("a section never closed", [("article", "<main>\n  {{#article}}\n<h1>{{title}}</h1>\n")],
                    [error("article", 2, 3, "  {{#article}}", .unclosedSection(opening: "{{#", name: "article"))]),
        BrokenTheme("an inverted section never closed", [("article", "{{^cover}}")],
                    [error("article", 1, 1, "{{^cover}}", .unclosedSection(opening: "{{^", name: "cover"))]),
        BrokenTheme("a set-delimiter tag with one delimiter", [("page", "{{=<% =}}\n")],
                    [error("page", 1, 1, "{{=<% =}}", .badDelimiters(tag: "{{=<% =}}"))]),
        BrokenTheme("a set-delimiter tag without its second =", [("page", "a {{=<% %>}}\n")],
                    [error("page", 1, 3, "a {{=<% %>}}", .badDelimiters(tag: "{{=<% %>}}"))]),
        BrokenTheme("names with a space, no name, and stray dots; the scan goes on after interpolations",
                    [("page", "{{ page title }}\n{{}}\n{{page..title}}\n")],
                    [error("page", 1, 1, "{{ page title }}", .invalidName("page title")),
                     error("page", 2, 1, "{{}}", .invalidName("")),
                     error("page", 3, 1, "{{page..title}}", .invalidName("page..title"))]),
        BrokenTheme("a partial that does not exist names the file looked for", [("article", "{{>partials/heder}}\n"), ("partials/header", "")],
                    [error("article", 1, 1, "{{>partials/heder}}", .unknownPartial(name: "partials/heder", lookedFor: "templates/partials/heder.mustache"))]),
        BrokenTheme("a parent that does not exist names the file looked for", [("page", "{{<layot}}\n{{$content}}x{{/content}}\n{{/layot}}\n")],
                    [error("page", 1, 1, "{{<layot}}", .unknownParent(name: "layot", lookedFor: "templates/layot.mustache"))]),
        BrokenTheme("a partial including itself", [("partials/node", "<li>{{title}}</li>\n{{>partials/node}}\n")],
                    [error("partials/node", 2, 1, "{{>partials/node}}", .cycle(["partials/node", "partials/node"]))]),
        BrokenTheme("two partials including each other, reported once", [("a", "A {{>b}}"), ("b", "B\n{{>a}}")],
                    [error("a", 1, 3, "A {{>b}}", .cycle(["a", "b", "a"]))]),
        BrokenTheme("a layout extending itself", [("layout", "<html>\n{{<layout}}{{/layout}}\n")],
                    [error("layout", 2, 1, "{{<layout}}{{/layout}}", .cycle(["layout", "layout"]))]),
        BrokenTheme("a layout that extends a template that includes the layout",
                    [("layout", "{{>partials/footer}}"), ("partials/footer", "{{<layout}}{{$x}}{{/x}}{{/layout}}")],
                    [error("layout", 1, 1, "{{>partials/footer}}", .cycle(["layout", "partials/footer", "layout"]))]),
        BrokenTheme("50,000 nested sections", [("page", deepSections)],
                    [error("page", 1, 601, String(deepSections.prefix(600_000)).components(separatedBy: "\n")[0], .tooDeep(limit: 100))]),
        BrokenTheme("a variable inside a parent, where it would be dropped",
                    [("page", "{{<layout}}\n{{title}}\n{{$content}}x{{/content}}\n{{/layout}}\n"), ("layout", "{{$content}}{{/content}}")],
                    [error("page", 2, 1, "{{title}}", .tagInsideParent(tag: "{{title}}"))]),
        BrokenTheme("dynamic partial names and pragmas", [("page", "{{>*name}}\n{{%CONTENT_TYPE: TEXT}}\n")],
                    [error("page", 1, 1, "{{>*name}}", .unsupportedTag(tag: "{{>*name}}")),
                     error("page", 2, 1, "{{%CONTENT_TYPE: TEXT}}", .unsupportedTag(tag: "{{%CONTENT_TYPE: TEXT}}"))]),
        BrokenTheme("every file's errors, in file order",
                    [("article", "{{#article}}\n{{>partials/missing}}\n"), ("list", "{{/list}}"), ("page", "ok {{>article}}")],
                    [error("article", 2, 1, "{{>partials/missing}}", .unknownPartial(name: "partials/missing", lookedFor: "templates/partials/missing.mustache")),
                     error("article", 1, 1, "{{#article}}", .unclosedSection(opening: "{{#", name: "article")),
                     error("list", 1, 1, "{{/list}}", .unexpectedClose(name: "list"))]),
    ]

    @Test(arguments: cases)
    func reportsEveryError(_ theme: BrokenTheme) {
        let failure = #expect(throws: TemplateCompileFailure.self) { try TemplateLibrary(files: theme.files) }
        #expect(failure?.errors == theme.errors)
    }

    /// Recursion that data or an override can end is legal Mustache, not a cycle.
    @Test(arguments: [
        ["node": "{{title}}{{#children}}{{>node}}{{/children}}"],
        ["node": "{{^leaf}}{{>node}}{{/leaf}}"],
        ["parent": "{{$body}}{{<other}}{{/other}}{{/body}}", "other": "{{<parent}}{{$body}}end{{/body}}{{/parent}}"],
    ])
    func guardedRecursionCompiles(_ templates: [String: String]) throws {
        _ = try TemplateLibrary(files: templates.map { (name: $0.key, path: "\($0.key).mustache", text: $0.value) })
    }

    @Test func describesTheErrorAsTheBuildPrintsIt() {
        let error = error("article", 12, 5, "<h1>{{title</h1>", .unclosedTag(opening: "{{", closing: "}}"))
        #expect(error.description == """
            templates/article.mustache:12:5: lỗi: thẻ mở bằng {{ chưa được đóng bằng }} trên cùng dòng; hãy thêm }} vào cuối thẻ
             12 | <h1>{{title</h1>
                |     ^
            """)
    }
}

extension TemplateErrorTests {
    /// Many errors in one big file are each placed without reading the file again (no quadratic time).
    @Test func manyErrorsInABigFile() {
        let text = String(repeating: "<p>{{ bad name }}</p>\n", count: 20_000)
        let failure = #expect(throws: TemplateCompileFailure.self) {
            try TemplateLibrary(files: [(name: "page", path: "templates/page.mustache", text: text)])
        }
        #expect(failure?.errors.count == 20_000)
        #expect(failure?.errors.last == TemplateError(
            path: "templates/page.mustache", line: 20_000, column: 4, sourceLine: "<p>{{ bad name }}</p>", reason: .invalidName("bad name")
        ))
    }
}
