import BantinTemplate
import Foundation
import Testing

/// One test of the Mustache specification's JSON files.
struct SpecCase: Sendable, CustomTestStringConvertible {
    let file: String
    let name: String
    let template: String
    let partials: [String: String]
    let data: TemplateValue?
    let expected: String

    var testDescription: String { "\(file): \(name)" }

    /// The modules bantin implements, optional inheritance included; lambdas and dynamic names are not.
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Spec")

    /// Every test of every implemented module, in file order.
    static let all: [SpecCase] = modules.flatMap { module -> [SpecCase] in
        let url = folder.appendingPathComponent("\(module).json")
        guard let bytes = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(SpecFile.self, from: bytes) else {
            return [SpecCase(file: module, name: "cannot read \(url.path)", template: "", partials: [:], data: nil, expected: "unreadable")]
        }
        return file.tests.map {
            SpecCase(file: module, name: $0.name, template: $0.template, partials: $0.partials ?? [:], data: $0.data.templateValue, expected: $0.expected)
        }
    }

    /// The test's template and partials as a library; the template is named "spec".
    func library() throws(TemplateCompileFailure) -> TemplateLibrary {
        let files = [(name: "spec", path: "spec.mustache", text: template)]
            + partials.sorted { $0.key < $1.key }.map { (name: $0.key, path: "\($0.key).mustache", text: $0.value) }
        return try TemplateLibrary(files: files)
    }
}

/// The shape of a spec file.
private struct SpecFile: Decodable {
    struct Test: Decodable {
        let name: String
        let data: JSONValue
        let template: String
        let partials: [String: String]?
        let expected: String
    }

    let tests: [Test]
}

/// Any JSON value, decoded strictly (a number is never a boolean), to turn into a `TemplateValue`.
enum JSONValue: Decodable {
    case null, bool(Bool), integer(Int), decimal(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .decimal(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// The value a template sees: null is a missing key, and a decimal number is the text JSON wrote
    /// (`TemplateValue` has integers only, and the spec only prints decimals).
    var templateValue: TemplateValue? {
        switch self {
        case .null: return nil
        case .bool(let value): return .bool(value)
        case .integer(let value): return .number(value)
        case .decimal(let value): return .text(String(value))
        case .string(let value): return .text(value)
        case .array(let elements): return .list(elements.compactMap(\.templateValue))
        case .object(let fields): return .object(TemplateObject(fields.compactMapValues(\.templateValue)))
        }
    }
}
