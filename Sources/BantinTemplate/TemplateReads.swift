extension TemplateLibrary {
    /// The fields that template `name` can read of the value its context holds at `place` (of each
    /// element, when that value is a list), e.g. what `article` prints of each "Các tin khác" article
    /// at `["article", "related"]`: `["date", "datetime", "title", "url"]`. A page whose value there
    /// changed only in other fields renders the same bytes.
    ///
    /// Found from the compiled template, partials and parents followed, and always more than the
    /// render reads, never less: a name inside a section is counted as read on every value of the
    /// context stack (the render stops at the first that has it), a dotted name as read through a list
    /// (where the render finds nothing), a section as pushing what it names even when that is `true`.
    /// - Returns: nil when the template may read the value whole (prints `{{.}}` of it) or cannot be
    ///   followed (no template `name`, partials nested past the renderer's limit, too many places).
    public func fieldsRead(by name: String, at place: [String]) -> Set<String>? {
        guard let number = numbers[name], !place.isEmpty else { return nil }
        var walk = ReadsWalk(templates: templates, place: place)
        walk.walk(templates[number])
        return walk.followed ? walk.fields : nil
    }
}

/// One pass over a template as it would render, where every value of the context stack is the set of
/// places in the root context it may have come from.
private struct ReadsWalk {
    /// A walk that grows past these gives up: a partial that includes itself inside a section adds
    /// places at every level, and a theme must not make the walk take long.
    static let placeLimit = 256
    static let stepLimit = 200_000

    let templates: [[TemplateNode]]
    let place: [String]
    private(set) var fields: Set<String> = []
    private(set) var followed = true
    /// Innermost last: the places each value pushed by a section may be; the root context is `[]`.
    private var stack: [[[String]]] = [[[]]]
    private var overrides: [[BlockOverride]] = []
    private var depth = 0
    private var steps = 0

    init(templates: [[TemplateNode]], place: [String]) {
        self.templates = templates
        self.place = place
    }

    mutating func walk(_ nodes: [TemplateNode]) {
        for node in nodes {
            steps += 1
            guard followed, steps <= Self.stepLimit else {
                followed = false
                return
            }
            switch node {
            case .text, .lineStart:
                break
            case .value(let path, _):
                _ = lookUp(path, printed: true)
            case .section(let path, let body, let inverted):
                let places = lookUp(path, printed: false)
                if inverted {
                    enter { $0.walk(body) }
                } else {
                    stack.append(places)
                    enter { $0.walk(body) }
                    stack.removeLast()
                }
            case .partial(let template, _):
                enter { $0.walk($0.templates[template]) }
            case .parent(let template, let parentOverrides, _):
                overrides.append(parentOverrides)
                enter { $0.walk($0.templates[template]) }
                overrides.removeLast()
            case .block(let id, let fallback, _):
                // The outermost caller's override wins, as in `TemplateRenderer.renderBlock`.
                let body = overrides.lazy.compactMap { $0.first { $0.id == id }?.body }.first ?? fallback
                enter { $0.walk(body) }
            }
        }
    }

    /// The places `path` may name: its first key on every value of the stack (only the innermost
    /// value for `.`), the rest inside. Counts what each reads of the place asked about.
    private mutating func lookUp(_ path: ValuePath, printed: Bool) -> [[String]] {
        let bases = path.keys.isEmpty ? stack[stack.count - 1] : stack.flatMap { $0 }
        guard bases.count <= Self.placeLimit else {
            followed = false
            return []
        }
        var found: Set<[String]> = []
        for base in bases {
            let full = base + path.keys
            found.insert(full)
            guard full.count >= place.count, full.starts(with: place) else { continue }
            if full.count > place.count {
                fields.insert(full[place.count])
            } else if printed {
                // `{{.}}` of the value, or of a list holding it: whatever it prints depends on all of it.
                followed = false
            }
        }
        return Array(found)
    }

    private mutating func enter(_ body: (inout ReadsWalk) -> Void) {
        guard depth < TemplateRenderer.depthLimit else {
            followed = false
            return
        }
        depth += 1
        body(&self)
        depth -= 1
    }
}

extension TemplateValue {
    /// The names of the fields whose values differ between two objects, a field on one side only
    /// included; nil when either is not an object.
    public func fieldsDiffering(from other: TemplateValue) -> Set<String>? {
        guard case .object(let object) = self, case .object(let otherObject) = other else { return nil }
        var names: Set<String> = []
        for (key, value) in object.sortedFields where otherObject[key] != value { names.insert(key) }
        for (key, _) in otherObject.sortedFields where object[key] == nil { names.insert(key) }
        return names
    }
}
