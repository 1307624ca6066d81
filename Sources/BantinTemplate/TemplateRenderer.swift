/// One render: walks the plan's steps, keeps the context stack and the blocks that parents' callers
/// replaced, and appends UTF-8 to `output`.
///
/// Steps are plain integers (`RenderPlan`), and the stack holds where each value is stored in the
/// context rather than copies of it (`TemplateValue+Storage`): a render reads the context and the
/// templates in place, and counts no references. Before, a list page's render made about two thousand
/// retains and releases, half of the time it took.
struct TemplateRenderer {
    /// Sections, partials, parents and blocks entered inside each other beyond this are left out: a
    /// partial may legally include itself inside a section, and data that never ends the recursion
    /// must not overflow the stack. Real templates nest a dozen deep.
    static let depthLimit = 200

    private let steps: UnsafeBufferPointer<RenderPlan.Step>
    private let templateBytes: UnsafeBufferPointer<UInt8>
    private let keys: UnsafeBufferPointer<String>
    private let overrides: UnsafeBufferPointer<RenderPlan.Override>
    private let templates: UnsafeBufferPointer<Range<Int32>>
    private(set) var output: [UInt8]
    private(set) var reachedDepthLimit = false
    /// Where the values of the context stack are, innermost last; sections push what they iterate or
    /// open. Room for `stackCapacity`: a section pushes at most one value, after `enter()`.
    private let stack: UnsafeMutablePointer<UnsafePointer<TemplateValue>>
    private var stackCount = 1
    static let stackCapacity = depthLimit + 2
    /// The overrides (`start..<start+count` of `overrides`) of each parent being rendered, outermost
    /// first: the outermost caller's wins.
    private var parents: [(start: Int32, count: Int32)] = []
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

    /// - Parameter context: where the context is, for the whole render.
    /// - Parameter stack: room for `stackCapacity` entries, for the whole render.
    init(
        plan: RenderPlan, context: UnsafePointer<TemplateValue>, stack: UnsafeMutablePointer<UnsafePointer<TemplateValue>>,
        output: [UInt8], recording place: [String]? = nil
    ) {
        steps = plan.steps
        templateBytes = plan.bytes
        keys = plan.keys
        overrides = plan.overrides
        templates = plan.templates
        self.output = output
        self.stack = stack
        stack[0] = context
        origin = output.count
        recordedPlace = place
        if place != nil { framePaths = [[]] }
    }

    /// Renders template `number`.
    mutating func render(template number: Int) {
        render(templates[number])
    }

    private mutating func render(_ range: Range<Int32>) {
        var index = Int(range.lowerBound)
        let end = Int(range.upperBound)
        while index < end {
            let step = steps[index]
            switch step.kind {
            case .text:
                append(step.a, step.b)
            case .lineStart:
                if !indentation.isEmpty, output.count == origin || output.last == Byte.newline {
                    output.append(contentsOf: indentation)
                }
                append(step.a, step.b)
            case .escapedValue, .rawValue:
                let escaped = step.kind == .escapedValue
                withLookUp(step.a, step.b) { renderer, value, _ in
                    if let value { Self.print(value, escaped: escaped, into: &renderer.output) }
                }
            case .section, .invertedSection:
                let inverted = step.kind == .invertedSection
                if recordedPlace == nil {
                    withLookUp(step.a, step.b) { renderer, value, _ in
                        renderer.renderSection(value, body: step.c..<step.d, inverted: inverted)
                    }
                } else {
                    renderRecordedSection(at: index, step, inverted: inverted)
                }
            case .partial:
                renderIncluded(step.a, indentationAt: step.b, count: step.c)
            case .parent:
                parents.append((step.d, step.e))
                renderIncluded(step.a, indentationAt: step.b, count: step.c)
                parents.removeLast()
            case .block:
                renderBlock(step.a, fallback: step.b..<step.c, indentationAt: step.d, count: step.e)
            }
            index += 1
        }
    }

    /// - Parameter place: with a recording, the path from the root of `value`, pushed with its frames.
    private mutating func renderSection(_ value: UnsafePointer<TemplateValue>?, body: Range<Int32>, inverted: Bool, place: [String]? = nil) {
        let truthy = value?.pointee.isTruthy ?? false
        guard truthy != inverted, enter() else { return }
        defer { depth -= 1 }
        guard !inverted, let value else {
            render(body)
            return
        }
        let recording = recordedPlace != nil
        if value.pointee.isList {
            if recording { framePaths.append(nil) }
            _ = value.pointee.withStoredElements { elements in
                for element in elements.indices {
                    push(elements.baseAddress! + element)
                    render(body)
                    stackCount -= 1
                }
            }
            if recording { framePaths.removeLast() }
        } else if value.pointee.isPushedBySection {
            push(value)
            if recording { framePaths.append(place) }
            render(body)
            if recording { framePaths.removeLast() }
            stackCount -= 1
        } else {
            render(body)
        }
    }

    /// A section, while recording: a list at the recorded place has where its output went recorded.
    private mutating func renderRecordedSection(at index: Int, _ step: RenderPlan.Step, inverted: Bool) {
        let body = step.c..<step.d
        withLookUp(step.a, step.b) { renderer, value, level in
            // The path from the root of what was found (nil inside a list's element).
            let place = level.flatMap { level in
                renderer.framePaths[level].map { $0 + (Int(step.a)..<Int(step.a + step.b)).map { renderer.keys[$0] } }
            }
            guard !inverted, let value, let place, place == renderer.recordedPlace, value.pointee.isList else {
                renderer.renderSection(value, body: body, inverted: inverted, place: place)
                return
            }
            let start = renderer.output.count - renderer.origin
            renderer.renderSection(value, body: body, inverted: inverted, place: place)
            // The section and its surroundings: the same numbers, the same elements, the same bytes.
            var node = Hasher()
            node.combine(index)
            node.combine(renderer.indentation)
            for parent in renderer.parents {
                node.combine(parent.start)
                node.combine(parent.count)
            }
            renderer.recorded.append(PlaceRange(node: node.finalize(), bytes: start..<(renderer.output.count - renderer.origin)))
        }
    }

    /// A standalone partial adds its tag's indentation to every line; one written within a line is
    /// not indented at all.
    private mutating func renderIncluded(_ template: Int32, indentationAt start: Int32, count: Int32) {
        guard enter() else { return }
        defer { depth -= 1 }
        let saved = indentation
        if start < 0 {
            indentation = []
        } else {
            indentation.append(contentsOf: UnsafeBufferPointer(rebasing: templateBytes[Int(start)..<Int(start + count)]))
        }
        render(templates[Int(template)])
        indentation = saved
    }

    private mutating func renderBlock(_ id: Int32, fallback: Range<Int32>, indentationAt start: Int32, count: Int32) {
        guard enter() else { return }
        defer { depth -= 1 }
        for parent in parents {
            for index in Int(parent.start)..<Int(parent.start + parent.count) where overrides[index].id == id {
                let saved = indentation
                indentation.append(contentsOf: UnsafeBufferPointer(rebasing: templateBytes[Int(start)..<Int(start + count)]))
                render(overrides[index].start..<overrides[index].end)
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

    @inline(__always)
    private mutating func push(_ value: UnsafePointer<TemplateValue>) {
        precondition(stackCount < Self.stackCapacity)
        stack[stackCount] = value
        stackCount += 1
    }

    /// What a lookup hands to its continuation: the renderer, where the value is (nil when nothing
    /// has that name), and the stack level the name was found at (nil when nothing has it).
    private typealias Found = (inout TemplateRenderer, UnsafePointer<TemplateValue>?, Int?) -> Void

    /// Calls `body` with where the value named by path `path..<path+count` of `keys` is: the first key
    /// through the stack, innermost first; the rest inside what it found only.
    @inline(__always)
    private mutating func withLookUp(_ path: Int32, _ count: Int32, _ body: Found) {
        guard count > 0 else { return body(&self, stack[stackCount - 1], stackCount - 1) }
        let first = keys[Int(path)]
        var level = stackCount - 1
        while level >= 0 {
            let found: Void? = stack[level].pointee.withField(first) { [level] value in
                withField(of: value, path: path + 1, count: count - 1, level: level, body)
            }
            if found != nil { return }
            level -= 1
        }
        body(&self, nil, nil)
    }

    /// The rest of a dotted name, inside `value` only; `level` is where its first key was found.
    private mutating func withField(of value: UnsafePointer<TemplateValue>, path: Int32, count: Int32, level: Int, _ body: Found) {
        guard count > 0 else { return body(&self, value, level) }
        let found: Void? = value.pointee.withField(keys[Int(path)]) { field in
            withField(of: field, path: path + 1, count: count - 1, level: level, body)
        }
        if found == nil { body(&self, nil, level) }
    }

    /// Text escaped or not, numbers in decimal, booleans as `true`/`false` as swift-mustache printed
    /// them; a list or an object prints nothing.
    ///
    /// Static and not inlined: inside the render, which writes the output, the compiler cannot tell
    /// that the context does not change, and would copy the value it switches on (a retain and a
    /// release); on its own, it reads the value in place.
    @inline(never)
    private static func print(_ value: UnsafePointer<TemplateValue>, escaped: Bool, into output: inout [UInt8]) {
        switch value.pointee {
        case .text(let text):
            let printed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                if escaped { HTMLEscaping.append(bytes, to: &output) } else { output.append(contentsOf: bytes) }
            }
            if printed == nil {
                if escaped { HTMLEscaping.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
            }
        case .number(let number):
            HTMLEscaping.appendDecimal(number, to: &output)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object:
            break
        }
    }

    @inline(__always)
    private mutating func append(_ start: Int32, _ count: Int32) {
        guard count > 0 else { return }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: templateBytes[Int(start)..<Int(start + count)]))
    }
}
