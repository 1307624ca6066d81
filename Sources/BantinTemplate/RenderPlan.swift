/// The compiled templates flattened into one program for the renderer: steps of plain integers that
/// point into shared tables (bytes, key names, block overrides), so that walking them copies no
/// reference and counts no reference (binding a node's array payload was a retain and a release at
/// every node of every page).
///
/// The node trees (`TemplateNode`) stay what the parser makes and what `TemplateReads` walks; this is
/// made from them once, when the library is compiled. Every nested list of nodes (a section's body,
/// an override, a block's default) becomes a range of `steps`.
///
/// Immutable after `init` (the buffers are written once there and freed in `deinit`), so it is
/// shared between threads like any constant.
final class RenderPlan: @unchecked Sendable {
    /// What a step does; its operands are in `Step.a`…`Step.e`, as each case says.
    enum Kind: UInt8 {
        /// Bytes `a..<a+b` printed as they are.
        case text
        /// A template line starts: the indentation of the enclosing standalone partials and blocks,
        /// then the line's own whitespace, bytes `a..<a+b`.
        case lineStart
        /// `{{name}}`: the value at path `a..<a+b` of `keys`, escaped.
        case escapedValue
        /// `{{{name}}}` or `{{&name}}`: the same, as it is.
        case rawValue
        /// `{{#name}}`: path `a..<a+b`, body steps `c..<d`.
        case section
        /// `{{^name}}`: path `a..<a+b`, body steps `c..<d`.
        case invertedSection
        /// `{{>name}}`: template `a`; standalone indentation bytes `b..<b+c`, or none when `b` is -1.
        case partial
        /// `{{<name}}`: template `a`, indentation as a partial's (`b`, `c`); overrides `d..<d+e`.
        case parent
        /// `{{$name}}` in a parent: block `a`, default steps `b..<c`, indentation bytes `d..<d+e`.
        case block
    }

    /// One step; 24 bytes, no references.
    struct Step {
        let kind: Kind
        let a: Int32
        let b: Int32
        let c: Int32
        let d: Int32
        let e: Int32

        init(_ kind: Kind, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, _ d: Int32 = 0, _ e: Int32 = 0) {
            self.kind = kind
            self.a = a
            self.b = b
            self.c = c
            self.d = d
            self.e = e
        }
    }

    /// A block's replacement in a parent: block `id`, steps `start..<end`.
    struct Override {
        let id: Int32
        let start: Int32
        let end: Int32
    }

    /// Owned and never mutated after `init`: the renderer reads them through these pointers.
    let steps: UnsafeBufferPointer<Step>
    let bytes: UnsafeBufferPointer<UInt8>
    /// The key names of every tag's path, each path a range.
    let keys: UnsafeBufferPointer<String>
    let overrides: UnsafeBufferPointer<Override>
    /// The steps of each template, by number.
    let templates: UnsafeBufferPointer<Range<Int32>>

    init(templates trees: [[TemplateNode]]) {
        var builder = Builder()
        templates = Self.frozen(trees.map { builder.compile($0) })
        steps = Self.frozen(builder.steps)
        bytes = Self.frozen(builder.bytes)
        keys = Self.frozen(builder.keys)
        overrides = Self.frozen(builder.overrides)
    }

    deinit {
        steps.deallocate()
        bytes.deallocate()
        UnsafeMutableBufferPointer(mutating: keys).deinitialize()
        keys.deallocate()
        overrides.deallocate()
        templates.deallocate()
    }

    private static func frozen<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let storage = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = storage.initialize(from: array)
        return UnsafeBufferPointer(rebasing: storage[..<array.count])
    }

    private struct Builder {
        var steps: [Step] = []
        var bytes: [UInt8] = []
        var keys: [String] = []
        var overrides: [Override] = []
        /// Byte ranges already stored, so that the same whitespace is stored once.
        var storedBytes: [[UInt8]: Int32] = [:]

        /// Appends the steps of `nodes`, after those of every list nested in them: a list's own steps
        /// are contiguous, and its range is returned.
        mutating func compile(_ nodes: [TemplateNode]) -> Range<Int32> {
            var own: [Step] = []
            own.reserveCapacity(nodes.count)
            for node in nodes { own.append(step(node)) }
            let start = Int32(steps.count)
            steps += own
            return start..<Int32(steps.count)
        }

        private mutating func step(_ node: TemplateNode) -> Step {
            switch node {
            case .text(let text):
                let at = store(text)
                return Step(.text, at, Int32(text.count))
            case .lineStart(let whitespace):
                return Step(.lineStart, store(whitespace), Int32(whitespace.count))
            case .value(let path, let escaped):
                let at = store(path)
                return Step(escaped ? .escapedValue : .rawValue, at, Int32(path.keys.count))
            case .section(let path, let body, let inverted):
                let at = store(path)
                let range = compile(body)
                return Step(inverted ? .invertedSection : .section, at, Int32(path.keys.count), range.lowerBound, range.upperBound)
            case .partial(let template, let indentation):
                let at = indentation.map { store($0) } ?? -1
                return Step(.partial, Int32(template), at, Int32(indentation?.count ?? 0))
            case .parent(let template, let parentOverrides, let indentation):
                let compiled = parentOverrides.map { override in
                    let range = compile(override.body)
                    return Override(id: Int32(override.id), start: range.lowerBound, end: range.upperBound)
                }
                let first = Int32(overrides.count)
                overrides += compiled
                let at = indentation.map { store($0) } ?? -1
                return Step(.parent, Int32(template), at, Int32(indentation?.count ?? 0), first, Int32(compiled.count))
            case .block(let id, let fallback, let indentation):
                let range = compile(fallback)
                return Step(.block, Int32(id), range.lowerBound, range.upperBound, store(indentation), Int32(indentation.count))
            }
        }

        private mutating func store(_ text: [UInt8]) -> Int32 {
            if let at = storedBytes[text] { return at }
            let at = Int32(bytes.count)
            bytes += text
            storedBytes[text] = at
            return at
        }

        private mutating func store(_ path: ValuePath) -> Int32 {
            let at = Int32(keys.count)
            keys += path.keys
            return at
        }
    }
}
