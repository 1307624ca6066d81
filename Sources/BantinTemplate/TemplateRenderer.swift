/// One render: walks compiled nodes, keeps the context stack and the blocks that parents' callers
/// replaced, and appends UTF-8 to `output`.
struct TemplateRenderer {
    /// Sections, partials, parents and blocks entered inside each other beyond this are left out: a
    /// partial may legally include itself inside a section, and data that never ends the recursion
    /// must not overflow the stack. Real templates nest a dozen deep.
    static let depthLimit = 200

    let templates: [[TemplateNode]]
    private(set) var output: [UInt8]
    private(set) var reachedDepthLimit = false
    /// Innermost last; sections push what they iterate or open.
    private var stack: [TemplateValue]
    /// The overrides of each parent being rendered, outermost first: the outermost caller's wins.
    private var overrides: [[BlockOverride]] = []
    /// What every template line starts with inside standalone partials and blocks.
    private var indentation: [UInt8] = []
    private var depth = 0
    /// Where this render's output began: the start of a line, as far as indentation goes.
    private let origin: Int
    /// The place whose lists are recorded (`PlaceRange`), and the path from the root of each frame of
    /// `stack` (nil for a list's element); nil when nothing is recorded.
    private let recordedPlace: [String]?
    private var framePaths: [[String]?] = []
    /// Where each section over a list at `recordedPlace` wrote, in the order rendered.
    private(set) var recorded: [PlaceRange] = []

    init(templates: [[TemplateNode]], context: TemplateValue, output: [UInt8], recording place: [String]? = nil) {
        self.templates = templates
        self.output = output
        stack = [context]
        origin = output.count
        recordedPlace = place
        if place != nil { framePaths = [[]] }
    }

    mutating func render(_ nodes: [TemplateNode]) {
        // By index, switching on the element in place: a `for` loop copies each node, a retain and a
        // release of its payload (two fifths of a page render's reference counting, in a profile).
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .lineStart(let whitespace):
                if !indentation.isEmpty, output.count == origin || output.last == Byte.newline {
                    output.append(contentsOf: indentation)
                }
                output.append(contentsOf: whitespace)
            case .value(let path, let escaped):
                if let value = lookUp(path) { print(value, escaped: escaped) }
            case .section(let path, let body, let inverted):
                if recordedPlace == nil {
                    renderSection(lookUp(path), body: body, inverted: inverted)
                } else {
                    renderRecordedSection(path, body: body, inverted: inverted)
                }
            case .partial(let template, let own):
                renderIncluded(templates[template], indentation: own)
            case .parent(let template, let parentOverrides, let own):
                overrides.append(parentOverrides)
                renderIncluded(templates[template], indentation: own)
                overrides.removeLast()
            case .block(let id, let fallback, let own):
                renderBlock(id, fallback: fallback, indentation: own)
            }
        }
    }

    /// - Parameter place: with a recording, the path from the root of `value`, pushed with its frames.
    private mutating func renderSection(_ value: TemplateValue?, body: [TemplateNode], inverted: Bool, place: [String]? = nil) {
        let truthy = value?.isTruthy ?? false
        guard truthy != inverted, enter() else { return }
        defer { depth -= 1 }
        guard !inverted, let value else {
            render(body)
            return
        }
        let recording = recordedPlace != nil
        switch value {
        case .list(let elements):
            if recording { framePaths.append(nil) }
            for element in elements {
                stack.append(element)
                render(body)
                stack.removeLast()
            }
            if recording { framePaths.removeLast() }
        case .bool:
            render(body)
        case .text, .number, .object:
            stack.append(value)
            if recording { framePaths.append(place) }
            render(body)
            if recording { framePaths.removeLast() }
            stack.removeLast()
        }
    }

    /// A section, while recording: a list at the recorded place has where its output went recorded.
    private mutating func renderRecordedSection(_ path: ValuePath, body: [TemplateNode], inverted: Bool) {
        let (value, place) = lookUpPlace(path)
        guard !inverted, let place, place == recordedPlace, case .list = value else {
            renderSection(value, body: body, inverted: inverted, place: place)
            return
        }
        let start = output.count - origin
        renderSection(value, body: body, inverted: inverted, place: place)
        var node = Hasher()
        node.combine(body.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) })
        node.combine(indentation)
        for parentOverrides in overrides { node.combine(parentOverrides.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }) }
        recorded.append(PlaceRange(node: node.finalize(), bytes: start..<(output.count - origin)))
    }

    /// `lookUp(path)`, with the path from the root of what it found (nil inside a list's element).
    private func lookUpPlace(_ path: ValuePath) -> (TemplateValue?, [String]?) {
        let keys = path.keys
        guard let first = keys.first else { return (stack.last, framePaths.last ?? nil) }
        var level = stack.count - 1
        while level >= 0 {
            if case .object(let object) = stack[level], object[first] != nil {
                return (lookUp(path), framePaths[level].map { $0 + keys })
            }
            level -= 1
        }
        return (nil, nil)
    }

    /// A standalone partial adds its tag's indentation to every line; one written within a line is
    /// not indented at all.
    private mutating func renderIncluded(_ nodes: [TemplateNode], indentation own: [UInt8]?) {
        guard enter() else { return }
        defer { depth -= 1 }
        let saved = indentation
        indentation = own.map { saved + $0 } ?? []
        render(nodes)
        indentation = saved
    }

    private mutating func renderBlock(_ id: Int, fallback: [TemplateNode], indentation own: [UInt8]) {
        guard enter() else { return }
        defer { depth -= 1 }
        for parentOverrides in overrides {
            if let override = parentOverrides.first(where: { $0.id == id }) {
                let saved = indentation
                indentation = saved + own
                render(override.body)
                indentation = saved
                return
            }
        }
        render(fallback)
    }

    private mutating func enter() -> Bool {
        guard depth < Self.depthLimit else {
            reachedDepthLimit = true
            return false
        }
        depth += 1
        return true
    }

    /// The first key through the stack, innermost first; the rest inside what it found only.
    private func lookUp(_ path: ValuePath) -> TemplateValue? {
        let keys = path.keys
        guard let first = keys.first else { return stack.last }
        var level = stack.count - 1
        while level >= 0 {
            if case .object(let object) = stack[level], var current = object[first] {
                var index = 1
                while index < keys.count {
                    guard case .object(let inner) = current, let field = inner[keys[index]] else { return nil }
                    current = field
                    index += 1
                }
                return current
            }
            level -= 1
        }
        return nil
    }

    /// Text escaped or not, numbers in decimal, booleans as `true`/`false` as swift-mustache printed
    /// them; a list or an object prints nothing.
    private mutating func print(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { HTMLEscaping.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .number(let number):
            HTMLEscaping.appendDecimal(number, to: &output)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object:
            break
        }
    }
}
