extension TemplateNode {
    /// The node with `indentation` taken off the start of every line it holds: a block definition is
    /// written indented inside its parent tag, and that indentation is not part of its content.
    func removingIndentation(_ indentation: [UInt8]) -> TemplateNode {
        func strip(_ whitespace: [UInt8]) -> [UInt8] {
            var common = 0
            while common < whitespace.count, common < indentation.count, whitespace[common] == indentation[common] { common += 1 }
            return Array(whitespace[common...])
        }
        switch self {
        case .text, .value:
            return self
        case .lineStart(let whitespace):
            return .lineStart(whitespace: strip(whitespace))
        case .section(let path, let body, let inverted):
            return .section(path, body: body.map { $0.removingIndentation(indentation) }, inverted: inverted)
        case .partial(let template, let own):
            return .partial(template: template, indentation: own.map(strip))
        case .parent(let template, let overrides, let own):
            let stripped = overrides.map { BlockOverride(id: $0.id, body: $0.body.map { $0.removingIndentation(indentation) }) }
            return .parent(template: template, overrides: stripped, indentation: own.map(strip))
        case .block(let id, let fallback, let own):
            return .block(id: id, fallback: fallback.map { $0.removingIndentation(indentation) }, indentation: strip(own))
        }
    }
}
