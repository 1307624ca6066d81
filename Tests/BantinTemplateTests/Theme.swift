import BantinTemplate
import Foundation
import Mustache

/// The repository's `templates/` folder, compiled by both engines.
enum Theme {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    /// Every `.mustache` file under `templates/`, as (name, path, text), sorted by name.
    static let files: [(name: String, path: String, text: String)] = {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [(name: String, path: String, text: String)] = []
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".mustache"),
                  let text = try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8) else { continue }
            files.append((String(relative.dropLast(".mustache".count)), "templates/" + relative, text))
        }
        return files.sorted { $0.name < $1.name }
    }()

    static let names = files.map(\.name)

    /// swift-mustache's library of the same files, as bantin registers them today.
    static let mustacheLibrary: MustacheLibrary = {
        var library = MustacheLibrary()
        for file in files {
            if let template = try? MustacheTemplate(string: file.text) { library.register(template, named: file.name) }
        }
        return library
    }()
}

extension TemplateValue {
    /// The value as swift-mustache reads it: dictionaries, arrays, strings, integers and booleans.
    var mustacheValue: Any {
        switch self {
        case .text(let text): return text
        case .number(let number): return number
        case .bool(let flag): return flag
        case .list(let elements): return elements.map(\.mustacheValue)
        case .object(let object): return object.fields.mapValues(\.mustacheValue)
        }
    }
}
