import Yams

/// A content file's front matter read into fields, and the Markdown body after it.
struct FrontMatter {
    /// The fields, with the diagnostics recorded while reading them.
    var fields: YAMLMapping
    /// The mapping node, for pointing at the front matter as a whole ("missing `title`").
    let root: Node
    /// The YAML's place in the file.
    let source: YAMLSource
    /// The Markdown after the closing fence.
    let body: Substring
    /// Lines of the file before the body.
    let bodyLineOffset: Int

    /// Splits `file` on its `---` fences and reads the YAML between them.
    /// - Parameters:
    ///   - allowedKeys: the keys this kind of file may use; others are errors with a did-you-mean.
    ///   - requiredKeys: what the messages about a missing or empty front matter say it needs, e.g. `["title", "date"]`.
    static func read(_ file: SourceFile, allowedKeys: [String], requiredKeys: [String]) -> Result<FrontMatter, BuildFailure> {
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(file.text) {
        case .success(let value):
            split = value
        case .failure(.missingOpeningFence):
            return .failure(BuildFailure(diagnostics: [Diagnostic(
                .error, in: file, line: 1, column: 1,
                message: DocumentMessage.missingFrontMatter(keys: requiredKeys)
            )]))
        case .failure(.missingClosingFence):
            return .failure(BuildFailure(diagnostics: [Diagnostic(
                .error, in: file, line: 1, column: 1,
                message: DocumentMessage.unclosedFrontMatter
            )]))
        }
        let textFields = FrontMatterTextFields(split.yaml)
        guard textFields.tabIndents.isEmpty else {
            return .failure(BuildFailure(diagnostics: textFields.tabIndents.map { tab in
                Diagnostic(
                    .error, in: file, line: tab.line + split.yamlLineOffset, column: tab.column,
                    message: DocumentMessage.tabIndent
                )
            }))
        }
        var source = YAMLSource(file: file, lineOffset: split.yamlLineOffset)
        source.quotedLines = textFields.quotedLines
        var (root, diagnostics) = source.compose(textFields.yaml)
        guard diagnostics.isEmpty else { return .failure(BuildFailure(diagnostics: diagnostics)) }
        guard let root else {
            return .failure(BuildFailure(diagnostics: [Diagnostic(
                .error, in: file, line: 1, column: 1, message: DocumentMessage.emptyFrontMatter(keys: requiredKeys)
            )]))
        }
        guard var fields = YAMLMapping(root, allowedKeys: allowedKeys, what: .frontMatter, source: source, diagnostics: &diagnostics) else {
            return .failure(BuildFailure(diagnostics: diagnostics))
        }
        // Unknown keys were found while reading the mapping; keep them with the field errors still to come.
        diagnostics.forEach { fields.record($0) }
        return .success(FrontMatter(fields: fields, root: root, source: source, body: split.body, bodyLineOffset: split.bodyLineOffset))
    }

}
