/// Compiles one template's text into nodes, in one pass over its bytes with an explicit stack of open
/// sections, so that no input, however deeply nested, can overflow the call stack.
///
/// The spec's whitespace rules are settled here, once: a tag alone on its line takes the line with it
/// ("standalone"), and every other template line starts with a `lineStart` node where the indentation
/// of a standalone partial or block is added at render time.
struct TemplateParser {
    /// Sections, blocks and parents nested deeper than this are an error: no real template comes
    /// close, and it bounds both the compiled tree and the renderer's recursion.
    static let nestingLimit = 100

    /// A partial or parent this template names, for the cycle check.
    struct Reference {
        /// The template named.
        let template: Int
        /// Where the tag is.
        let offset: Int
        /// Whether a section or block stands between the template's start and the tag: then data or
        /// an override can stop the recursion, and the renderer's depth limit bounds the rest.
        let guarded: Bool
    }

    /// The nodes of the whole template.
    private(set) var nodes: [TemplateNode] = []
    /// Everything wrong with the template; after a syntax error the rest of it is not read.
    private(set) var errors: [(offset: Int, reason: TemplateError.Reason)] = []
    /// The partials and parents it names.
    private(set) var references: [Reference] = []

    private let source: [UInt8]
    private let templateNumbers: [String: Int]
    /// The folder part of this template's path, to name the file a missing partial would be.
    private let folder: String
    private var blockIDs: [String: Int]
    private var opening: [UInt8] = Array("{{".utf8)
    private var closing: [UInt8] = Array("}}".utf8)
    private var frames: [Frame] = [Frame(kind: .root, name: "", tag: "", offset: 0)]
    /// Set by a tag that took the rest of its line with it: where the next line starts.
    private var nextLine: Int?

    /// Parses `text`; `blockIDs` numbers block names across the library and gains this template's.
    init(text: String, path: String, name: String, templateNumbers: [String: Int], blockIDs: inout [String: Int]) {
        source = Array(text.utf8)
        self.templateNumbers = templateNumbers
        let suffix = name + ".mustache"
        folder = path.hasSuffix(suffix) ? String(path.dropLast(suffix.count)) : ""
        self.blockIDs = blockIDs
        parse()
        blockIDs = self.blockIDs
    }

    // MARK: - The scan

    private mutating func parse() {
        var position = 0
        var atLineStart = true
        while position < source.count {
            if atLineStart {
                let indentEnd = skipBlanks(from: position)
                let indentation = Array(source[position..<indentEnd])
                guard isOpening(at: indentEnd) else {
                    setPendingLine(indentation)
                    position = indentEnd
                    atLineStart = false
                    continue
                }
                guard let tag = readTag(at: indentEnd) else { return }
                if tag.kind.canStandAlone, !isSpecialStandalone(tag), let next = endOfBlankLine(from: tag.end) {
                    guard handle(tag, standalone: true, lineIndentation: indentation) else { return }
                    position = next
                    continue
                }
                if tag.kind != .parent { setPendingLine(indentation) }
                guard handle(tag, standalone: false, lineIndentation: indentation) else { return }
                (position, atLineStart) = resumption(after: tag)
                continue
            }
            var cursor = position
            while cursor < source.count, source[cursor] != Byte.newline, !isOpening(at: cursor) {
                cursor += 1
            }
            if cursor < source.count, source[cursor] == Byte.newline {
                appendText(source[position...cursor])
                position = cursor + 1
                atLineStart = true
                continue
            }
            if cursor > position { appendText(source[position..<cursor]) }
            guard cursor < source.count else { break }
            guard let tag = readTag(at: cursor) else { return }
            guard handle(tag, standalone: false, lineIndentation: nil) else { return }
            (position, atLineStart) = resumption(after: tag)
        }
        if frames.count > 1, let open = frames.last {
            errors.append((open.offset, .unclosedSection(opening: open.tag, name: open.name)))
            return
        }
        nodes = frames[0].nodes
    }

    /// Tags whose standalone rule is not the ordinary one: a parent's pair is standalone as a whole,
    /// and a block definition inside a parent only needs the rest of its own line blank.
    private func isSpecialStandalone(_ tag: TemplateTag) -> Bool {
        switch tag.kind {
        case .parent: return true
        case .close: if case .parentCall = frames.last!.kind { return true } else { return false }
        case .block: if case .parentCall = frames.last!.kind { return true } else { return false }
        default: return false
        }
    }

    /// Where the scan goes on after a tag that was not standalone by the ordinary rule: after it, or at
    /// the next line when a parent or block definition took the rest of its line.
    private mutating func resumption(after tag: TemplateTag) -> (position: Int, atLineStart: Bool) {
        guard let next = nextLine else { return (tag.end, false) }
        nextLine = nil
        return (next, true)
    }

    // MARK: - Tags

    /// Acts on one tag. Returns false after a syntax error that stops the scan.
    /// - Parameter lineIndentation: the whitespace before the tag when nothing else precedes it on its line.
    private mutating func handle(_ tag: TemplateTag, standalone: Bool, lineIndentation: [UInt8]?) -> Bool {
        if case .parentCall = frames.last!.kind {
            switch tag.kind {
            case .block, .close, .comment, .delimiters: break
            default:
                errors.append((tag.start, .tagInsideParent(tag: tag.written)))
                return true
            }
        }
        switch tag.kind {
        case .variable, .unescaped:
            guard let path = ValuePath(tag.content) else {
                errors.append((tag.start, .invalidName(tag.content)))
                return true
            }
            append(.value(path, escaped: tag.kind == .variable))
        case .comment:
            break
        case .pragma:
            errors.append((tag.start, .unsupportedTag(tag: tag.written)))
        case .delimiters:
            return setDelimiters(tag)
        case .section, .inverted:
            guard let path = ValuePath(tag.content) else {
                errors.append((tag.start, .invalidName(tag.content)))
                return false
            }
            return open(Frame(kind: .section(path, inverted: tag.kind == .inverted), name: tag.content, tag: tagHead(tag), offset: tag.start), standalone: standalone)
        case .block:
            return openBlock(tag, standalone: standalone, lineIndentation: lineIndentation)
        case .parent:
            return openParent(tag, lineIndentation: lineIndentation)
        case .partial:
            includePartial(tag, standalone: standalone, lineIndentation: lineIndentation ?? [])
        case .close:
            return close(tag, standalone: standalone)
        }
        return true
    }

    /// "{{#" for `{{#name}}`, as the tag was opened, for messages.
    private func tagHead(_ tag: TemplateTag) -> String {
        String(decoding: opening, as: UTF8.self) + String(decoding: [source[tag.start + opening.count]], as: UTF8.self)
    }

    private mutating func open(_ frame: Frame, standalone: Bool) -> Bool {
        guard frames.count <= Self.nestingLimit else {
            errors.append((frame.offset, .tooDeep(limit: Self.nestingLimit)))
            return false
        }
        if !standalone { flushPendingLine() }
        frames.append(frame)
        return true
    }

    private mutating func openBlock(_ tag: TemplateTag, standalone: Bool, lineIndentation: [UInt8]?) -> Bool {
        guard ValuePath(tag.content) != nil, tag.content != "." else {
            errors.append((tag.start, .invalidName(tag.content)))
            return false
        }
        let id = blockID(tag.content)
        if case .parentCall = frames.last!.kind {
            // What precedes a definition inside a parent is ignored, so only the rest of its line counts.
            let rest = endOfBlankLine(from: tag.end)
            let ownLine = rest != nil
            nextLine = rest
            return open(Frame(kind: .override(id: id, startsOnOwnLine: ownLine), name: tag.content, tag: tagHead(tag), offset: tag.start), standalone: true)
        }
        let kind = Frame.Kind.block(id: id, tagIndentation: lineIndentation ?? [], standalone: standalone)
        return open(Frame(kind: kind, name: tag.content, tag: tagHead(tag), offset: tag.start), standalone: standalone)
    }

    private mutating func openParent(_ tag: TemplateTag, lineIndentation: [UInt8]?) -> Bool {
        if tag.content.hasPrefix("*") {
            errors.append((tag.start, .unsupportedTag(tag: tag.written)))
        }
        let number = templateNumbers[tag.content]
        if let number {
            references.append(Reference(template: number, offset: tag.start, guarded: isGuarded))
        } else if !tag.content.hasPrefix("*") {
            errors.append((tag.start, .unknownParent(name: tag.content, lookedFor: folder + tag.content + ".mustache")))
        }
        let frame = Frame(kind: .parentCall(template: number, lineIndentation: lineIndentation), name: tag.content, tag: tagHead(tag), offset: tag.start)
        guard frames.count <= Self.nestingLimit else {
            errors.append((frame.offset, .tooDeep(limit: Self.nestingLimit)))
            return false
        }
        frames.append(frame)
        return true
    }

    private mutating func includePartial(_ tag: TemplateTag, standalone: Bool, lineIndentation: [UInt8]) {
        if tag.content.hasPrefix("*") {
            errors.append((tag.start, .unsupportedTag(tag: tag.written)))
            return
        }
        guard let number = templateNumbers[tag.content] else {
            errors.append((tag.start, .unknownPartial(name: tag.content, lookedFor: folder + tag.content + ".mustache")))
            return
        }
        references.append(Reference(template: number, offset: tag.start, guarded: isGuarded))
        append(.partial(template: number, indentation: standalone ? lineIndentation : nil))
    }

    /// Whether the current position renders only under a condition: inside a section, a block's
    /// default (which an override replaces) or an override (which a parent may not use).
    private var isGuarded: Bool {
        frames.contains { frame in
            switch frame.kind {
            case .section, .block, .override: return true
            case .root, .parentCall: return false
            }
        }
    }

    private mutating func close(_ tag: TemplateTag, standalone: Bool) -> Bool {
        guard frames.count > 1 else {
            errors.append((tag.start, .unexpectedClose(name: tag.content)))
            return false
        }
        let frame = frames.removeLast()
        guard frame.name == tag.content else {
            errors.append((tag.start, .mismatchedClose(found: tag.content, expected: frame.name, openedAtLine: lineNumber(of: frame.offset))))
            return false
        }
        switch frame.kind {
        case .root:
            break
        case .section(let path, let inverted):
            append(.section(path, body: frame.nodes, inverted: inverted))
            movePendingLineOut(of: frame, standalone: standalone)
        case .block(let id, let tagIndentation, let wasStandalone):
            // A standalone block takes its indentation from its default content, when it has some.
            var indentation = tagIndentation
            if wasStandalone, case .lineStart(let whitespace)? = frame.nodes.first { indentation = whitespace }
            append(.block(id: id, fallback: frame.nodes, indentation: indentation))
            movePendingLineOut(of: frame, standalone: standalone)
        case .override(let id, let startsOnOwnLine):
            // The definition's own indentation is removed here and the block's added where it is expanded.
            var body = frame.nodes
            if startsOnOwnLine, case .lineStart(let whitespace)? = body.first, !whitespace.isEmpty {
                body = body.map { $0.removingIndentation(whitespace) }
            }
            frames[frames.count - 1].overrides.append(BlockOverride(id: id, body: body))
        case .parentCall(let template, let lineIndentation):
            closeParent(frame, template: template, lineIndentation: lineIndentation, closeTag: tag)
        }
        return true
    }

    /// A parent's opening and closing tags are standalone together when the first starts its line and
    /// the second ends one: then the parent is indented like a standalone partial and the line goes.
    private mutating func closeParent(_ frame: Frame, template: Int?, lineIndentation: [UInt8]?, closeTag: TemplateTag) {
        guard let template else { return }
        if let lineIndentation, let rest = endOfBlankLine(from: closeTag.end) {
            nextLine = rest
            append(.parent(template: template, overrides: frame.overrides, indentation: lineIndentation))
            return
        }
        if let lineIndentation { setPendingLine(lineIndentation) }
        append(.parent(template: template, overrides: frame.overrides, indentation: nil))
    }

    private mutating func setDelimiters(_ tag: TemplateTag) -> Bool {
        var content = tag.content
        guard content.hasSuffix("=") else {
            errors.append((tag.start, .badDelimiters(tag: tag.written)))
            return false
        }
        content.removeLast()
        let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            errors.append((tag.start, .badDelimiters(tag: tag.written)))
            return false
        }
        opening = Array(parts[0].utf8)
        closing = Array(parts[1].utf8)
        return true
    }

    private mutating func blockID(_ name: String) -> Int {
        if let id = blockIDs[name] { return id }
        let id = blockIDs.count
        blockIDs[name] = id
        return id
    }

    // MARK: - Lines and nodes

    /// Records that a template line has begun with `indentation`; its `lineStart` node is added only
    /// when something on the line prints, so a line that turns out to hold only a closing tag adds none.
    private mutating func setPendingLine(_ indentation: [UInt8]) {
        if case .parentCall = frames.last!.kind { return }
        frames[frames.count - 1].pendingLine = indentation
    }

    private mutating func flushPendingLine() {
        guard let indentation = frames[frames.count - 1].pendingLine else { return }
        frames[frames.count - 1].pendingLine = nil
        frames[frames.count - 1].nodes.append(.lineStart(whitespace: indentation))
    }

    /// A line that began inside a section and goes on after its closing tag continues in the outer frame,
    /// after the section. (An override's lines end with it: the text around it inside a parent is ignored.)
    private mutating func movePendingLineOut(of frame: Frame, standalone: Bool) {
        guard !standalone, let line = frame.pendingLine else { return }
        frames[frames.count - 1].pendingLine = line
    }

    private mutating func append(_ node: TemplateNode) {
        if case .parentCall = frames.last!.kind { return }
        flushPendingLine()
        frames[frames.count - 1].nodes.append(node)
    }

    private mutating func appendText(_ bytes: ArraySlice<UInt8>) {
        if case .parentCall = frames.last!.kind { return }
        flushPendingLine()
        let last = frames[frames.count - 1].nodes.count - 1
        if last >= 0, case .text(var text) = frames[frames.count - 1].nodes[last] {
            frames[frames.count - 1].nodes[last] = .text([])
            text.append(contentsOf: bytes)
            frames[frames.count - 1].nodes[last] = .text(text)
        } else {
            frames[frames.count - 1].nodes.append(.text(Array(bytes)))
        }
    }

    // MARK: - Bytes

    private func isOpening(at offset: Int) -> Bool {
        starts(with: opening, at: offset)
    }

    private func starts(with bytes: [UInt8], at offset: Int) -> Bool {
        guard offset + bytes.count <= source.count else { return false }
        for index in bytes.indices where source[offset + index] != bytes[index] { return false }
        return true
    }

    private func skipBlanks(from offset: Int) -> Int {
        var cursor = offset
        while cursor < source.count, source[cursor] == Byte.space || source[cursor] == Byte.tab { cursor += 1 }
        return cursor
    }

    /// The offset after the line break when only blanks follow `offset` on its line (the end of the
    /// text counts as a line break), else nil.
    private func endOfBlankLine(from offset: Int) -> Int? {
        let cursor = skipBlanks(from: offset)
        if cursor == source.count { return cursor }
        if source[cursor] == Byte.newline { return cursor + 1 }
        if source[cursor] == Byte.carriageReturn, cursor + 1 < source.count, source[cursor + 1] == Byte.newline { return cursor + 2 }
        return nil
    }

    /// Reads the tag whose opening delimiter is at `start`, or records why it cannot and returns nil.
    /// Only comments may run over several lines, so a forgotten `}}` is found on its own line.
    private mutating func readTag(at start: Int) -> TemplateTag? {
        let afterOpening = start + opening.count
        let sigil: UInt8? = afterOpening < source.count ? source[afterOpening] : nil
        let kind = TemplateTag.Kind(sigil: sigil)
        let contentStart = kind == .variable ? afterOpening : afterOpening + 1
        var terminator = closing
        if sigil == UInt8(ascii: "{") { terminator = [UInt8(ascii: "}")] + closing }
        if kind == .delimiters { terminator = [UInt8(ascii: "=")] + closing }
        let found = find(terminator, from: contentStart, acrossLines: kind == .comment)
        // `{{=<% %>}}` lacks its second "=": say so rather than call the tag unclosed.
        if found == nil, kind == .delimiters, let close = find(closing, from: contentStart, acrossLines: false) {
            errors.append((start, .badDelimiters(tag: String(decoding: source[start..<close + closing.count], as: UTF8.self))))
            return nil
        }
        guard let cursor = found else {
            let terminatorText = String(decoding: terminator, as: UTF8.self)
            errors.append((start, .unclosedTag(opening: String(decoding: opening, as: UTF8.self), closing: terminatorText)))
            return nil
        }
        var content = String(decoding: source[contentStart..<cursor], as: UTF8.self)
        if kind == .delimiters { content += "=" }
        let end = cursor + terminator.count
        let trimmed = content.trimmingBlanks()
        let written = String(decoding: source[start..<end], as: UTF8.self)
        let named = kind != .comment && kind != .delimiters && kind != .pragma
        if named, trimmed.isEmpty || trimmed.contains(where: { $0 == " " || $0 == "\t" }) {
            errors.append((start, .invalidName(trimmed)))
            // A bad interpolation changes nothing around it, so the scan goes on to find more errors;
            // a bad section name would only make its closing tag look mismatched.
            guard kind == .variable || kind == .unescaped else { return nil }
            return TemplateTag(kind: .comment, content: trimmed, start: start, end: end, written: written)
        }
        return TemplateTag(kind: kind, content: trimmed, start: start, end: end, written: written)
    }

    /// The offset of `bytes` from `offset` on, looking no further than the line's end unless `acrossLines`.
    private func find(_ bytes: [UInt8], from offset: Int, acrossLines: Bool) -> Int? {
        var cursor = offset
        while cursor < source.count {
            if starts(with: bytes, at: cursor) { return cursor }
            if source[cursor] == Byte.newline, !acrossLines { return nil }
            cursor += 1
        }
        return nil
    }

    private func lineNumber(of offset: Int) -> Int {
        var line = 1
        for byte in source[..<offset] where byte == Byte.newline { line += 1 }
        return line
    }
}
