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
    ///   - needs: what the messages about a missing or empty front matter say it needs, e.g. "`title:` and `date:`".
    static func read(_ file: SourceFile, allowedKeys: [String], needs: String) -> Result<FrontMatter, BuildFailure> {
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(file.text) {
        case .success(let value):
            split = value
        case .failure(.missingOpeningFence):
            return .failure(BuildFailure(diagnostics: [Diagnostic(
                .error, in: file, line: 1, column: 1,
                message: "missing front matter: the file must start with a line `---`, then \(needs), then another `---`"
            )]))
        case .failure(.missingClosingFence):
            return .failure(BuildFailure(diagnostics: [Diagnostic(
                .error, in: file, line: 1, column: 1,
                message: "front matter opened here is never closed: add a line `---` after the last field"
            )]))
        }
        let textFields = FrontMatterTextFields(split.yaml)
        guard textFields.tabIndents.isEmpty else {
            return .failure(BuildFailure(diagnostics: textFields.tabIndents.map { tab in
                Diagnostic(
                    .error, in: file, line: tab.line + split.yamlLineOffset, column: tab.column,
                    message: "dòng này thụt vào bằng phím Tab; hãy dùng dấu cách (YAML không đọc được Tab ở đầu dòng)"
                )
            }))
        }
        var source = YAMLSource(file: file, lineOffset: split.yamlLineOffset)
        source.quotedLines = textFields.quotedLines
        var (root, diagnostics) = source.compose(textFields.yaml)
        guard diagnostics.isEmpty else { return .failure(BuildFailure(diagnostics: diagnostics)) }
        guard let root else {
            return .failure(BuildFailure(diagnostics: [Diagnostic(
                .error, in: file, line: 1, column: 1, message: "front matter is empty; it needs at least \(needs)"
            )]))
        }
        guard var fields = YAMLMapping(root, allowedKeys: allowedKeys, what: "front matter", source: source, diagnostics: &diagnostics) else {
            return .failure(BuildFailure(diagnostics: diagnostics))
        }
        // Unknown keys were found while reading the mapping; keep them with the field errors still to come.
        diagnostics.forEach { fields.record($0) }
        return .success(FrontMatter(fields: fields, root: root, source: source, body: split.body, bodyLineOffset: split.bodyLineOffset))
    }
}
