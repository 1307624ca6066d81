import Ccmark
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that touches cmark: one parse of the prepared text, one walk over the inlines, tables, figures and videos swapped
/// in as custom blocks, one render.
struct CmarkConverter {
    let options: MarkdownOptions
    let renderOptions: Int32
    private let urlPrefix: [UInt8]?
    private var lines: SourceLines
    let prepared: MarkdownPrepass.Result
    var references: [MarkdownReference] = []
    private var findings: [MarkdownFinding] = []

    private init(options: MarkdownOptions, source: UnsafeBufferPointer<UInt8>, prepared: MarkdownPrepass.Result) {
        self.options = options
        // Hard breaks: staff type Enter to end a line (a signature block, an address) and expect it kept, as in Word.
        self.renderOptions = CMARK_OPT_SMART | CMARK_OPT_HARDBREAKS | (options.allowsRawHTML ? CMARK_OPT_UNSAFE : 0)
        self.urlPrefix = options.relativeURLPrefix.map { Array($0.utf8) }
        self.lines = SourceLines(source)
        self.prepared = prepared
    }

    /// Renders `markdown`; see `MarkdownRenderer.render(_:options:)`.
    static func convert(_ markdown: String, options: MarkdownOptions) -> MarkdownDocument {
        var markdown = markdown
        return CmarkArena.withArena { markdown.withUTF8 { original in
            let prepared = MarkdownPrepass.prepare(original)
            guard let rewritten = prepared.rewritten else {
                var converter = CmarkConverter(options: options, source: original, prepared: prepared)
                return converter.convert(original)
            }
            return rewritten.withUnsafeBufferPointer { source in
                var converter = CmarkConverter(options: options, source: source, prepared: prepared)
                return converter.convert(source)
            }
        } }
    }

    private mutating func convert(_ source: UnsafeBufferPointer<UInt8>) -> MarkdownDocument {
        // SOURCEPOS is for parsing only: without it cmark stops counting lines inside multi-line code spans and raw HTML, and the later references get wrong line numbers.
        let document = parseDocument(source, options: renderOptions | CMARK_OPT_SOURCEPOS)
        defer { cmark_node_free(document) }

        collectReferences(in: document)
        if !prepared.tables.isEmpty {
            insertTables(into: document)
            // Table rows own whole lines, so ordering by line puts their references where they were written.
            references = references.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        }
        if !prepared.letterItemLines.isEmpty { markLetteredLists(in: document) }
        let lead = makeFiguresAndFindLead(in: document)

        let html = withRenderedHTML(of: document, options: renderOptions) { Array($0) }
        return MarkdownDocument(htmlBytes: html, firstParagraphText: lead, references: references, findings: findings)
    }

    /// Rewrites relative URLs and records every link and image, before figures are built so both see the final URLs.
    private mutating func collectReferences(in document: OpaquePointer) {
        var node = cmark_node_first_child(document)
        while let current = node {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_LINK: record(current, kind: .link)
            case CMARK_NODE_IMAGE: record(current, kind: .image)
            default: break
            }
            node = nextInDocumentOrder(after: current, within: document)
        }
    }

    private mutating func record(_ node: OpaquePointer, kind: MarkdownReference.Kind) {
        record(node, kind: kind, at: position(of: node))
    }

    /// Normalises the URL to NFC (media files are published under NFC names), notes a path on the writer's computer, adds the
    /// relative-URL prefix and records the reference at `position`, in the staffer's lines and columns.
    mutating func record(_ node: OpaquePointer, kind: MarkdownReference.Kind, at position: (line: Int, column: Int)) {
        var written = utf8(cmark_node_get_url(node))
        if written.contains(where: { $0 >= 0x80 }) {
            let composed = String(decoding: written, as: UTF8.self).precomposedStringWithCanonicalMapping
            if !composed.utf8.elementsEqual(written) {
                _ = cmark_node_set_url(node, composed)
                written = utf8(cmark_node_get_url(node))
            }
        }
        if URLRules.isLocalPath(written) {
            let url = String(decoding: written, as: UTF8.self)
            findings.append(MarkdownFinding(kind: .localPath(kind), url: url, line: position.line, column: position.column))
        }
        let url: String
        if let prefix = urlPrefix, URLRules.isRelative(written) {
            // Joined in one scratch buffer that feeds both cmark and the String: this runs for most links of every article.
            url = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + written.count + 1) { joined in
                let end = joined.initialize(fromContentsOf: prefix) + written.count
                _ = UnsafeMutableBufferPointer(rebasing: joined[prefix.count..<end]).initialize(fromContentsOf: written)
                joined[end] = 0
                joined.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_url(node, $0.baseAddress) }
                return String(decoding: joined[..<end], as: UTF8.self)
            }
        } else {
            url = String(decoding: written, as: UTF8.self)
        }
        references.append(MarkdownReference(kind: kind, url: url, line: position.line, column: position.column))
    }

    /// cmark 0.30.2 gives links and images real start positions, in bytes, with two flaws corrected here. The line is the one
    /// holding `]`, so for link text that wraps, the line comes from the first child instead. On a block's later lines cmark
    /// counts columns over text whose indentation and `>` markers it has stripped, so those are put back.
    private mutating func position(of node: OpaquePointer) -> (line: Int, column: Int) {
        let (line, column) = rewrittenPosition(of: node)
        return (line, prepared.columnMaps[line]?.originalColumn(column) ?? column)
    }

    private mutating func rewrittenPosition(of node: OpaquePointer) -> (line: Int, column: Int) {
        let line = openerLine(of: node)
        let byteColumn = Int(cmark_node_get_start_column(node))
        var block: OpaquePointer = cmark_node_parent(node)
        while cmark_node_get_type(block).rawValue > CMARK_NODE_LAST_BLOCK.rawValue {
            block = cmark_node_parent(block)
        }
        guard line != Int(cmark_node_get_start_line(block)) else {
            return (line, lines.column(line: line, byteOffset: byteColumn - 1))
        }
        var quoteDepth = 0
        var ancestor = cmark_node_parent(block)
        while let container = ancestor {
            if cmark_node_get_type(container) == CMARK_NODE_BLOCK_QUOTE { quoteDepth += 1 }
            ancestor = cmark_node_parent(container)
        }
        let offset = lines.contentOffset(line: line, quoteDepth: quoteDepth)
            + byteColumn - Int(cmark_node_get_start_column(block))
        return (line, lines.column(line: line, byteOffset: offset))
    }

    /// Line breaks are the only inlines without a position; each one before the first positioned child is a line back.
    private func openerLine(of node: OpaquePointer) -> Int {
        var breaks = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            let line = Int(cmark_node_get_start_line(current))
            if line > 0 { return line - breaks }
            breaks += 1
            child = cmark_node_next(current)
        }
        return Int(cmark_node_get_start_line(node))
    }

    /// Replaces each top-level image paragraph with a custom block holding the figure HTML (cmark writes custom blocks verbatim
    /// even in safe mode, so the document is still rendered in one call), and each video link alone in a paragraph with its
    /// click-to-load box; returns the text of the first other paragraph.
    private func makeFiguresAndFindLead(in document: OpaquePointer) -> String? {
        var lead: String?
        var node = cmark_node_first_child(document)
        while let block = node {
            node = cmark_node_next(block)
            guard cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH else { continue }
            if let (video, title) = videoLink(alone: block) {
                cmark_node_replace(block, customBlock(html: video.html(title: title)))
                cmark_node_free(block)
                continue
            }
            guard let figure = Figure(paragraph: block) else {
                if lead == nil { lead = leadText(of: block) }
                continue
            }
            cmark_node_replace(block, customBlock(html: figureHTML(figure)))
            cmark_node_free(block)
            if let captionParagraph = figure.captionParagraph {
                node = cmark_node_next(captionParagraph)
                cmark_node_free(captionParagraph)
            }
        }
        return lead
    }

    /// The video a paragraph holds when it is nothing but a video address (a bare URL, `<…>` or `[Tiêu đề](…)`), with the link's text as title.
    private func videoLink(alone paragraph: OpaquePointer) -> (VideoEmbed, title: [UInt8]?)? {
        guard let first = cmark_node_first_child(paragraph) else { return nil }
        if cmark_node_get_type(first) == CMARK_NODE_LINK, cmark_node_next(first) == nil {
            let url = String(decoding: utf8(cmark_node_get_url(first)), as: UTF8.self)
            guard let video = VideoEmbed(url: url) else { return nil }
            let text = plainText(of: first)
            return (video, text.elementsEqual(url.utf8) ? nil : text)
        }
        var text: [UInt8] = []
        var child: OpaquePointer? = first
        while let current = child {
            guard cmark_node_get_type(current) == CMARK_NODE_TEXT else { return nil }
            text += utf8(cmark_node_get_literal(current))
            child = cmark_node_next(current)
        }
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        // Nearly every paragraph is text with spaces inside: no address, and no string made of it.
        guard let start = text.firstIndex(where: { !isSpace($0) }), let end = text.lastIndex(where: { !isSpace($0) }),
              !text[start...end].contains(where: isSpace),
              let video = VideoEmbed(url: String(decoding: text[start...end], as: UTF8.self)) else {
            return nil
        }
        return (video, nil)
    }

    private func figureHTML(_ figure: Figure) -> [UInt8] {
        var html = Array(#"<figure><img src=""#.utf8)
        let url = utf8(cmark_node_get_url(figure.image))
        if options.allowsRawHTML || !URLRules.isDangerous(url) {
            HTMLEscaping.appendURL(url, to: &html)
        }
        html += #"" alt=""#.utf8
        HTMLEscaping.appendText(plainText(of: figure.image), to: &html)
        html += #"""#.utf8
        if !options.imageSizes.isEmpty, let size = options.imageSizes[String(decoding: url, as: UTF8.self)] {
            html += #" width="\#(size.width)" height="\#(size.height)""#.utf8
        }
        html += ">".utf8
        if let caption = figure.caption {
            html += "<figcaption>".utf8
            switch caption {
            case .title(let title):
                HTMLEscaping.appendText(utf8(title), to: &html)
            case .emphasis(let emphasis):
                // Drop the `<em>` and `</em>` around the caption; its inner markup stays.
                withRenderedHTML(of: emphasis, options: renderOptions) { emphasisHTML in
                    if emphasisHTML.count >= 9 { html += emphasisHTML[4..<emphasisHTML.count - 5] }
                }
            }
            html += "</figcaption>".utf8
        }
        html += "</figure>".utf8
        return html
    }

    /// Trims only ASCII whitespace: cmark already strips the paragraph's own, so what remains comes from dropped raw HTML or breaks.
    private func leadText(of paragraph: OpaquePointer) -> String? {
        let text = plainText(of: paragraph)
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return nil
        }
        return String(decoding: text[first...last], as: UTF8.self)
    }
}

/// An image alone in a top-level paragraph and where its caption comes from.
private struct Figure {
    enum Caption {
        case title(UnsafePointer<CChar>)
        case emphasis(OpaquePointer)
    }

    let image: OpaquePointer
    let caption: Caption?
    /// The paragraph below that holds only the caption, consumed by the figure.
    let captionParagraph: OpaquePointer?

    /// nil unless `paragraph` is one image, optionally followed (when the image has no title) by a line break and a single emphasis.
    init?(paragraph: OpaquePointer) {
        guard let image = cmark_node_first_child(paragraph), cmark_node_get_type(image) == CMARK_NODE_IMAGE else {
            return nil
        }
        self.image = image
        let title: UnsafePointer<CChar>? = cmark_node_get_title(image)
        let hasTitle = title.map { $0.pointee != 0 } ?? false
        guard let afterImage = cmark_node_next(image) else {
            if hasTitle, let title {
                caption = .title(title)
                captionParagraph = nil
            } else if let below = cmark_node_next(paragraph), let emphasis = Self.soleEmphasis(of: below) {
                caption = .emphasis(emphasis)
                captionParagraph = below
            } else {
                caption = nil
                captionParagraph = nil
            }
            return
        }
        let breakType = cmark_node_get_type(afterImage)
        guard !hasTitle, breakType == CMARK_NODE_SOFTBREAK || breakType == CMARK_NODE_LINEBREAK,
              let emphasis = cmark_node_next(afterImage), cmark_node_get_type(emphasis) == CMARK_NODE_EMPH,
              cmark_node_next(emphasis) == nil else {
            return nil
        }
        caption = .emphasis(emphasis)
        captionParagraph = nil
    }

    private static func soleEmphasis(of block: OpaquePointer) -> OpaquePointer? {
        guard cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH,
              let child = cmark_node_first_child(block), cmark_node_get_type(child) == CMARK_NODE_EMPH,
              cmark_node_next(child) == nil else {
            return nil
        }
        return child
    }
}

/// A custom block that cmark writes as `html`, verbatim, followed by a newline; `exitHTML` comes after its children, if any.
func customBlock(html: [UInt8], exitHTML: [UInt8] = []) -> OpaquePointer {
    let block: OpaquePointer = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, CmarkArena.memory)
    (html + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_enter(block, $0.baseAddress) }
    }
    if !exitHTML.isEmpty {
        (exitHTML + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_exit(block, $0.baseAddress) }
        }
    }
    return block
}

/// The text under `root` with markup and raw HTML removed and line breaks as spaces, as cmark writes image alt text.
func plainText(of root: OpaquePointer) -> [UInt8] {
    var text: [UInt8] = []
    var node = cmark_node_first_child(root)
    while let current = node {
        switch cmark_node_get_type(current) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += utf8(cmark_node_get_literal(current))
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text.append(UInt8(ascii: " "))
        default: break
        }
        node = nextInDocumentOrder(after: current, within: root)
    }
    return text
}

/// Depth-first successor of `node` inside `root`, without the allocation of a cmark iterator.
func nextInDocumentOrder(after node: OpaquePointer, within root: OpaquePointer) -> OpaquePointer? {
    if let child = cmark_node_first_child(node) { return child }
    var current = node
    while current != root {
        if let sibling = cmark_node_next(current) { return sibling }
        current = cmark_node_parent(current)
    }
    return nil
}

/// Parses `markdown` with the allocator of the conversion (`CmarkArena`).
func parseDocument(_ markdown: UnsafeBufferPointer<UInt8>, options: Int32) -> OpaquePointer {
    let parser: OpaquePointer = cmark_parser_new_with_mem(options, CmarkArena.memory)
    defer { cmark_parser_free(parser) }
    markdown.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
    return cmark_parser_finish(parser)
}

/// Calls `body` with the HTML cmark writes for `node`, which is gone once `body` returns.
func withRenderedHTML<Result>(of node: OpaquePointer, options: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let rendered: UnsafeMutablePointer<CChar> = cmark_render_html(node, options)
    defer { CmarkArena.release(rendered) }
    return body(utf8(rendered))
}

/// The bytes of a C string owned by cmark, valid until its node changes or is freed.
func utf8(_ string: UnsafePointer<CChar>?) -> UnsafeBufferPointer<UInt8> {
    guard let string else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: UnsafeRawPointer(string).assumingMemoryBound(to: UInt8.self), count: strlen(string))
}
