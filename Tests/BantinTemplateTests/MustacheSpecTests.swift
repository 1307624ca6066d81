import BantinTemplate
import Testing

/// The official Mustache specification, one test case per spec test.
@Suite struct MustacheSpecTests {
    /// Where bantin chooses to differ: a partial that names no template is an error that names the
    /// missing file, not an empty string, so that a typo cannot silently drop a page's header.
    static let deliberateDifferences: [String: TemplateError.Reason] = [
        "partials: Failed Lookup": .unknownPartial(name: "text", lookedFor: "text.mustache"),
    ]

    @Test(arguments: SpecCase.all)
    func rendersAsTheSpecSays(_ spec: SpecCase) throws {
        if let reason = Self.deliberateDifferences[spec.testDescription] {
            let failure = #expect(throws: TemplateCompileFailure.self) { try spec.library() }
            #expect(failure?.errors.map(\.reason) == [reason])
            return
        }
        let library = try spec.library()
        let output = library.render("spec", spec.data ?? .object([:]))
        #expect(output == spec.expected, "template: \(spec.template.debugDescription)")
    }

    @Test func everyModuleIsThere() {
        #expect(SpecCase.all.count == 163)
    }
}
