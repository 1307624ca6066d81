/// The designer's templates, compiled once: rendering looks values up and copies bytes, and never
/// parses, reflects or casts.
public struct TemplateLibrary: Sendable {
    /// The compiled body of each template, by number.
    let templates: [[TemplateNode]]
    /// Template numbers by name, e.g. "article", "partials/header".
    let numbers: [String: Int]
    /// The same templates as the renderer walks them.
    let plan: RenderPlan

    /// The names of the templates, e.g. "article", "partials/header".
    public var names: Set<String> { Set(numbers.keys) }

    /// Compiles every template; partials and parents are found among `files` by name.
    /// - Parameter files: each template's name ("partials/header"), its path for messages
    ///   ("templates/partials/header.mustache") and its text.
    /// - Throws: `TemplateCompileFailure` with every error found: each template's first syntax error,
    ///   every partial or parent that names no template, and every cycle of templates that include
    ///   or extend each other unconditionally.
    public init(files: [(name: String, path: String, text: String)]) throws(TemplateCompileFailure) {
        var numbers: [String: Int] = [:]
        for (number, file) in files.enumerated() { numbers[file.name] = number }
        var blockIDs: [String: Int] = [:]
        var templates: [[TemplateNode]] = []
        var errors: [TemplateError] = []
        var references: [[TemplateParser.Reference]] = []
        for file in files {
            let parser = TemplateParser(text: file.text, path: file.path, name: file.name, templateNumbers: numbers, blockIDs: &blockIDs)
            templates.append(parser.nodes)
            references.append(parser.references)
            if !parser.errors.isEmpty {
                let lines = TemplateLines(file.text)
                errors += parser.errors.map { lines.error(at: $0.offset, in: file.path, $0.reason) }
            }
        }
        for cycle in TemplateCycles(references: references).cycles {
            let file = files[cycle.first!.template]
            let chain = cycle.map { files[$0.template].name } + [files[cycle.first!.template].name]
            errors.append(TemplateLines(file.text).error(at: cycle.first!.offset, in: file.path, .cycle(chain)))
        }
        guard errors.isEmpty else { throw TemplateCompileFailure(errors: errors) }
        self.templates = templates
        self.numbers = numbers
        plan = RenderPlan(templates: templates)
    }

    /// Whether there is a template named `name`.
    public func contains(_ name: String) -> Bool {
        numbers[name] != nil
    }

    /// The template `name` rendered with `context`; empty when there is no such template.
    public func render(_ name: String, _ context: TemplateValue) -> String {
        var output: [UInt8] = []
        render(name, context, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the template `name` rendered with `context` to `output`.
    /// - Returns: whether the whole template rendered: `.missingTemplate` when there is no template
    ///   `name`, `.depthLimitReached` when sections, partials and blocks nested more than 200 deep (a
    ///   partial recursing on data that does not end it) and the deepest were left out.
    @discardableResult
    public func render(_ name: String, _ context: TemplateValue, into output: inout [UInt8]) -> TemplateRenderOutcome {
        guard let number = numbers[name] else { return .missingTemplate }
        return withRenderer(context, output: &output) { renderer in
            renderer.render(template: number)
            return renderer.reachedDepthLimit ? .depthLimitReached : .complete
        }
    }

    /// `render(_:_:into:)`, recording where each section over a list at `place` of the context (its
    /// keys from the root, e.g. ["article", "related"]) wrote, in the order rendered.
    public func render(_ name: String, _ context: TemplateValue, into output: inout [UInt8], recording place: [String]) -> (TemplateRenderOutcome, [PlaceRange]) {
        guard let number = numbers[name] else { return (.missingTemplate, []) }
        return withRenderer(context, output: &output, recording: place) { renderer in
            renderer.render(template: number)
            return (renderer.reachedDepthLimit ? .depthLimitReached : .complete, renderer.recorded)
        }
    }

    /// A renderer appending to `output`, for the time of `body`: the context and the renderer's stack
    /// stay where they are throughout, as the renderer reads them in place.
    private func withRenderer<Result>(
        _ context: TemplateValue, output: inout [UInt8], recording place: [String]? = nil, _ body: (inout TemplateRenderer) -> Result
    ) -> Result {
        withUnsafePointer(to: context) { context in
            withUnsafeTemporaryAllocation(of: UnsafePointer<TemplateValue>.self, capacity: TemplateRenderer.stackCapacity) { stack in
                var renderer = TemplateRenderer(plan: plan, context: context, stack: stack.baseAddress!, output: output, recording: place)
                output = []
                let result = body(&renderer)
                output = renderer.output
                return result
            }
        }
    }
}
