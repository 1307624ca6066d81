import Yams

/// YAML text inside a user's file, read into nodes whose positions map back to that file.
struct YAMLSource {
    /// The file the YAML comes from, for quoting lines in diagnostics.
    let file: SourceFile
    /// How many lines of the file come before the YAML text (1 for front matter after its `---`).
    let lineOffset: Int
    /// 1-based lines of the YAML text whose value `FrontMatterTextFields` quoted: the quote sits where the
    /// value started, so a position there needs no step past it.
    var quotedLines: Set<Int> = []

    /// Reads `yaml` into a node tree; nil with diagnostics when it is not valid YAML or uses anchors.
    /// Front matter in the plain shape is read by `PlainYAML`, the rest by Yams.
    ///
    /// Anchors and aliases are refused: an alias can repeat a node exponentially (the "billion laughs"),
    /// and front matter never needs them.
    func compose(_ yaml: String) -> (Node?, [Diagnostic]) {
        if let plain = PlainYAML.compose(yaml) { return (plain, []) }
        let node: Node?
        let parser: Parser
        do {
            parser = try Parser(yaml: yaml)
            node = try parser.singleRoot()
        } catch let error as YamlError {
            return (nil, diagnostics(for: error, in: yaml))
        } catch {
            return (nil, [Diagnostic(.error, path: file.path, message: YAMLMessage.unreadable(problem: String(describing: error)))])
        }
        guard let node else { return (nil, []) }
        // Nodes hold their anchors weakly; the parser owns them, so it must outlive the search.
        let anchored = withExtendedLifetime(parser) { firstAnchoredNode(in: node) }
        if let anchored {
            return (nil, [error(at: anchored, YAMLMessage.anchors)])
        }
        return (node, [])
    }

    /// An error diagnostic pointing at `node`.
    func error(at node: Node, _ message: some CatalogueMessage, columnOffset: Int = 0, notes: [LocalizedText] = []) -> Diagnostic {
        diagnostic(.error, at: node, message, columnOffset: columnOffset, notes: notes)
    }

    /// A diagnostic pointing at `node`, quoting its line.
    func diagnostic(_ severity: Diagnostic.Severity, at node: Node, _ message: some CatalogueMessage, columnOffset: Int = 0, notes: [LocalizedText] = []) -> Diagnostic {
        let (line, column) = position(of: node)
        return Diagnostic(severity, in: file, line: line, column: column + columnOffset, message: message, notes: notes)
    }

    /// The 1-based line and column of `node` in the file.
    func position(of node: Node) -> (line: Int, column: Int) {
        guard let mark = node.mark else { return (lineOffset + 1, 1) }
        var column = mark.column
        // Quoted scalars start at the quote; point at the value inside it.
        if case .scalar(let scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted,
           !(scalar.style == .doubleQuoted && quotedLines.contains(mark.line)) {
            column += 1
        }
        return (mark.line + lineOffset, column)
    }

    /// Diagnostics at the location libyaml reported.
    private func diagnostics(for error: YamlError, in yaml: String) -> [Diagnostic] {
        if case .duplicatedKeysInMapping(let duplicates, let context) = error {
            // Yams reports only where the mapping's first duplicated key is; look for each key among the
            // keys of that mapping only, so a `title` of a nested record is never taken for the article's.
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let mapping = Self.blockMappingLines(lines, containing: context.mark.line - 1, keyColumn: context.mark.column)
            return duplicates.sorted().map { key in
                let occurrences = mapping.filter { index in
                    let line = lines[index]
                    guard Self.contentColumn(of: line) == context.mark.column else { return false }
                    let text = line.dropFirst(context.mark.column - 1)
                    return text.hasPrefix(key + ":") || text.hasPrefix("\"\(key)\":") || text.hasPrefix("'\(key)':")
                }
                guard occurrences.count >= 2 else {
                    return Diagnostic(
                        .error, in: file, line: context.mark.line + lineOffset, column: context.mark.column,
                        message: YAMLMessage.duplicateKey(key: key, firstLine: nil)
                    )
                }
                return Diagnostic(
                    .error, in: file, line: occurrences[1] + 1 + lineOffset, column: context.mark.column,
                    message: YAMLMessage.duplicateKey(key: key, firstLine: occurrences[0] + 1 + lineOffset)
                )
            }
        }
        return [diagnostic(for: error, in: yaml)]
    }

    /// The indices of the lines of the block mapping whose keys start at 1-based `keyColumn` and that
    /// holds 0-based line `index`: from the line that starts it (the top, or a `- ` list item) to the
    /// line before anything less indented or the next item of the same list.
    static func blockMappingLines(_ lines: [Substring], containing index: Int, keyColumn: Int) -> ClosedRange<Int> {
        guard lines.indices.contains(index) else { return 0...max(0, lines.count - 1) }
        func startsItem(_ line: Substring) -> Bool {
            contentColumn(of: line) == keyColumn && line.prefix(keyColumn - 1).contains("-")
        }
        func endsMapping(_ line: Substring) -> Bool {
            contentColumn(of: line).map { $0 < keyColumn } ?? false
        }
        var first = index
        while first > 0, !startsItem(lines[first]), !endsMapping(lines[first - 1]) { first -= 1 }
        var last = index
        while last + 1 < lines.count, !startsItem(lines[last + 1]), !endsMapping(lines[last + 1]) { last += 1 }
        return first...last
    }

    /// The 1-based column where a line's content starts after its indentation and any `- ` list
    /// markers; nil for a blank line or a comment.
    static func contentColumn(of line: Substring) -> Int? {
        var column = 1
        var rest = line[...]
        while let character = rest.first {
            if character == " " || (character == "-" && rest.dropFirst().first == " ") {
                rest = rest.dropFirst()
                column += 1
            } else {
                return character == "#" ? nil : column
            }
        }
        return nil
    }

    /// The first node carrying an anchor, in document order; an alias always follows its anchor,
    /// so stopping here never walks an alias's expansion.
    private func firstAnchoredNode(in node: Node) -> Node? {
        if node.anchor != nil { return node }
        switch node {
        case .scalar, .alias:
            return nil
        case .sequence(let sequence):
            for child in sequence {
                if let found = firstAnchoredNode(in: child) { return found }
            }
            return nil
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let found = firstAnchoredNode(in: key) ?? firstAnchoredNode(in: value) { return found }
            }
            return nil
        }
    }
}
