import BantinTemplate
import Foundation

/// The designer's Mustache templates, compiled once by bantin's own engine and checked.
public struct TemplateSet: Sendable {
    /// The templates every site needs, by name (file name under `templates/` without `.mustache`).
    public static let required = ["article", "list", "page", "404"]

    /// The compiled templates; partials are found here by name, e.g. `{{> partials/header}}`.
    let library: TemplateLibrary

    /// Compiles every template.
    /// - Throws: `BuildFailure` with each syntax error at its line and column, each missing required
    ///   template, each partial or parent that names a template that does not exist, and each cycle.
    public init(files: [SourceFile]) throws(BuildFailure) {
        var diagnostics: [Diagnostic] = []
        var library: TemplateLibrary?
        do {
            library = try TemplateLibrary(files: files.map { (Self.name(of: $0.path), $0.path, $0.text) })
        } catch {
            diagnostics += error.errors.map {
                Diagnostic(.error, path: $0.path, line: $0.line, column: $0.column, message: TemplateMessage.reason($0.reason), sourceLine: $0.sourceLine)
            }
        }
        let names = Set(files.map { Self.name(of: $0.path) })
        for name in Self.required where !names.contains(name) {
            diagnostics.append(Diagnostic(.error, path: "templates/\(name).mustache", message: SiteMessage.missingTemplate(name: name)))
        }
        guard let library, diagnostics.isEmpty else { throw BuildFailure(diagnostics: diagnostics) }
        self.library = library
    }

    /// The names of the templates there are.
    public var names: Set<String> { library.names }

    /// Errors for each of `needed` that has no template; `message` names the file to create and says why it is needed.
    public func missing(_ needed: [String], message: (String) -> SiteMessage) -> [Diagnostic] {
        needed.filter { !library.contains($0) }.map {
            Diagnostic(.error, path: "templates/\($0).mustache", message: message($0))
        }
    }

    /// Renders `context` with the template `name`, as UTF-8: templates and values are valid UTF-8,
    /// and so are the bytes, which go to the writer without a detour through `String`.
    func render(_ name: String, _ context: TemplateValue) -> [UInt8] {
        var output: [UInt8] = []
        library.render(name, context, into: &output)
        return output
    }

    /// `render(_:_:)`, with where each section over the list at `place` of the context wrote.
    func render(_ name: String, _ context: TemplateValue, recording place: [String]) -> (bytes: [UInt8], ranges: [PlaceRange]) {
        var output: [UInt8] = []
        let (_, ranges) = library.render(name, context, into: &output, recording: place)
        return (output, ranges)
    }

    /// "templates/partials/header.mustache" → "partials/header".
    static func name(of path: String) -> String {
        String(path.dropFirst("templates/".count).dropLast(".mustache".count))
    }
}
