import Foundation
import Yams

/// The fields of a YAML mapping, read with diagnostics that point at the offending key or value.
///
/// Every accessor records what is wrong in `diagnostics` and returns nil, so one pass over a file
/// reports all of its problems instead of stopping at the first.
struct YAMLMapping {
    let source: YAMLSource
    private(set) var diagnostics: [Diagnostic] = []
    private var values: [String: Node] = [:]
    private var keys: [String: Node] = [:]

    /// Reads `node` as a mapping whose keys must be among `allowedKeys`; `what` names it in messages.
    init?(_ node: Node, allowedKeys: [String], what: FieldOwner, source: YAMLSource, diagnostics: inout [Diagnostic]) {
        self.source = source
        guard case .mapping(let mapping) = node else {
            diagnostics.append(source.error(at: node, FieldMessage.notMapping(what)))
            return nil
        }
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                diagnostics.append(source.error(at: keyNode, FieldMessage.keyNotPlain(what)))
                continue
            }
            let key = keyScalar.string
            guard allowedKeys.contains(key) else {
                let message: FieldMessage = if let suggestion = Self.closest(to: key, among: allowedKeys) {
                    .unknownKey(key: key, in: what, suggestion: suggestion)
                } else {
                    .unknownKeyListed(key: key, in: what, known: allowedKeys)
                }
                diagnostics.append(source.error(at: keyNode, message))
                continue
            }
            keys[key] = keyNode
            values[key] = value
        }
    }

    /// The value node of `key`, unless it is absent or null.
    func node(_ key: String) -> Node? {
        guard let node = values[key], !Self.isNull(node) else { return nil }
        return node
    }

    /// The key node of `key`, for pointing at a field that is there but wrong as a whole.
    func keyNode(_ key: String) -> Node? { keys[key] }

    /// The literal text of a scalar field, exactly as written: `No`, `1.10` and `012345` stay so.
    mutating func string(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.append(source.error(at: node, FieldMessage.notSingleValue(key: key)))
            return nil
        }
        return checkedText(scalar.string, key: key, at: node)
    }

    /// `text`, or nil with an error at `node` when it holds a control character: YAML's escapes
    /// (`"\u0007"`, `"\0"`) can put one in a quoted value, and it would reach every page, feed and
    /// sitemap the value is printed in, where XML forbids it. Line breaks and tabs are text.
    private mutating func checkedText(_ text: String, key: String, at node: Node) -> String? {
        guard let bad = text.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }) else {
            return text
        }
        let code = "\\u" + String(format: "%04X", bad.value)
        diagnostics.append(source.error(at: node, FieldMessage.controlCharacter(key: key, code: code)))
        return nil
    }

    /// A required text field; records an error at `missingAt` (the mapping) when absent or empty.
    mutating func requiredString(_ key: String, missingAt owner: Node, what: FieldOwner) -> String? {
        if let value = string(key) {
            // Stops at the first letter: trimming the whole value only to test it was a tenth of reading a title.
            if value.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) {
                diagnostics.append(source.error(at: values[key] ?? owner, FieldMessage.emptyRequired(key: key, owner: what)))
                return nil
            }
            return value
        }
        if values[key] == nil || Self.isNull(values[key]!) {
            diagnostics.append(source.error(at: keys[key] ?? owner, FieldMessage.missingRequired(key: key, owner: what)))
        }
        return nil
    }

    /// A yes/no field: only `true` or `false` (case-insensitive), so a typo is never read as a value.
    mutating func bool(_ key: String) -> Bool? {
        guard let text = string(key), let node = node(key) else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            diagnostics.append(source.error(at: node, FieldMessage.notBool(key: key, value: text)))
            return nil
        }
    }

    /// A positive whole number field.
    mutating func positiveInt(_ key: String) -> Int? {
        guard let text = string(key), let node = node(key) else { return nil }
        guard let value = Int(text), value > 0 else {
            diagnostics.append(source.error(at: node, FieldMessage.notPositiveInt(key: key, value: text)))
            return nil
        }
        return value
    }

    /// A list of texts; a single value counts as a list of one.
    mutating func strings(_ key: String) -> [(String, Node)] {
        guard let node = node(key) else { return [] }
        switch node {
        case .scalar:
            return string(key).map { [($0, node)] } ?? []
        case .sequence(let sequence):
            var result: [(String, Node)] = []
            for item in sequence {
                if case .scalar(let scalar) = item, !Self.isNull(item) {
                    if let text = checkedText(scalar.string, key: key, at: item) { result.append((text, item)) }
                } else {
                    diagnostics.append(source.error(at: item, FieldMessage.listItemNotSingle(key: key)))
                }
            }
            return result
        default:
            diagnostics.append(source.error(at: node, FieldMessage.notList(key: key)))
            return []
        }
    }

    /// Adds a diagnostic found by the caller, so one list holds everything about this mapping.
    mutating func record(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// True for an empty plain value or `~`/`null`, which YAML writers use for "nothing here".
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The allowed key nearest to a misspelt one, when it is near enough to be a likely typo.
    static func closest(to key: String, among candidates: [String]) -> String? {
        let lowered = key.lowercased()
        let scored = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= (best.0.count <= 4 ? 1 : 2) ? best.0 : nil
    }

    /// Edit distance between two short strings, counting a swap of neighbours ("titel") as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
