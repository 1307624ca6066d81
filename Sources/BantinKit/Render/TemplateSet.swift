import BantinTemplate
import Foundation
import Mustache

/// The designer's Mustache templates, parsed and checked.
public struct TemplateSet: Sendable {
    /// The templates every site needs, by name (file name under `templates/` without `.mustache`).
    public static let required = ["article", "list", "page", "404"]

    /// The parsed templates; partials are found here by name, e.g. `{{> partials/header}}`.
    public let library: MustacheLibrary
    /// The names of the templates there are.
    public let names: Set<String>

    /// Parses every template.
    /// - Throws: `BuildFailure` with each syntax error at its line and column, each missing required
    ///   template, and each partial or parent that names a template that does not exist.
    public init(files: [SourceFile]) throws(BuildFailure) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var names = Set<String>()
        for file in files {
            let name = Self.name(of: file.path)
            names.insert(name)
            do {
                library.register(try MustacheTemplate(string: file.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    .error, path: file.path, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: "template syntax error: \(Self.explain(error.error))", sourceLine: error.context.line
                ))
            } catch {
                diagnostics.append(Diagnostic(.error, path: file.path, message: "cannot read template: \(error)"))
            }
        }
        for file in files {
            diagnostics += Self.missingPartials(in: file, known: names)
        }
        for name in Self.required where !names.contains(name) {
            diagnostics.append(Diagnostic(.error, path: "templates/\(name).mustache", message: "missing template: the site needs templates/\(name).mustache"))
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics: diagnostics) }
        self.library = library
        self.names = names
    }

    /// Errors for each of `names` that has no template, naming the file to create and why it is needed.
    public func missing(_ needed: [String], because reason: String) -> [Diagnostic] {
        needed.filter { !names.contains($0) }.map {
            Diagnostic(.error, path: "templates/\($0).mustache", message: "missing template: \(reason) needs templates/\($0).mustache")
        }
    }

    /// Renders `context` with the template `name`.
    func render(_ name: String, _ context: TemplateValue) -> String {
        library.render(context.mustacheValue, withTemplate: name) ?? ""
    }

    /// "templates/partials/header.mustache" → "partials/header".
    static func name(of path: String) -> String {
        String(path.dropFirst("templates/".count).dropLast(".mustache".count))
    }

    private static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "this closing tag does not match the section it closes"
        case .unfinishedName?: return "tag is not closed with }}"
        case .expectedSectionEnd?: return "a section ({{#…}} or {{^…}}) is never closed with {{/…}}"
        case .invalidSetDelimiter?: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection?: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection?: return "only {{$block}} sections may appear inside {{<parent}}"
        case .textInsideInheritSection?: return "only {{$block}} sections may appear inside {{<parent}}"
        case .invalidConfigVariableSyntax?: return "invalid {{% pragma }}"
        case .unrecognisedConfigVariable?: return "unknown {{% pragma }}"
        case nil: return "\(error)"
        }
    }

    /// Partials (`{{> name}}`) and parents (`{{< name}}`) that name no template: swift-mustache would
    /// silently render nothing for them, so a typo would quietly drop the page header.
    private static func missingPartials(in file: SourceFile, known: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, !name.hasPrefix("*"), !known.contains(name) {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        diagnostics.append(Diagnostic(
                            .error, in: file, line: lineNumber, column: column,
                            message: "no template named \"\(name)\" (looked for templates/\(name).mustache)"
                        ))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return diagnostics
    }
}

private extension TemplateValue {
    /// The value as swift-mustache reads it.
    var mustacheValue: Any {
        switch self {
        case .text(let text): return text
        case .number(let number): return number
        case .bool(let flag): return flag
        case .list(let items): return items.map(\.mustacheValue)
        case .object(let object): return object.fields.mapValues(\.mustacheValue)
        }
    }
}
