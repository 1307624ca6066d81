import Ccmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that touches cmark: one parse, one walk over the inlines, figures swapped in as custom blocks, one render.
struct CmarkConverter {
    private let options: MarkdownOptions
    private let renderOptions: Int32
    private let urlPrefix: [UInt8]?
    private var lines: SourceLines
    private var references: [MarkdownReference] = []

    private init(options: MarkdownOptions, source: UnsafeBufferPointer<UInt8>) {
        self.options = options
        self.renderOptions = CMARK_OPT_SMART | (options.allowsRawHTML ? CMARK_OPT_UNSAFE : 0)
        self.urlPrefix = options.relativeURLPrefix.map { Array($0.utf8) }
        self.lines = SourceLines(source)
    }

    /// Renders `markdown`; see `MarkdownRenderer.render(_:options:)`.
    static func convert(_ markdown: String, options: MarkdownOptions) -> MarkdownDocument {
        var markdown = markdown
        return markdown.withUTF8 { source in
            var converter = CmarkConverter(options: options, source: source)
            return converter.convert(source)
        }
    }

    private mutating func convert(_ source: UnsafeBufferPointer<UInt8>) -> MarkdownDocument {
        // SOURCEPOS is for parsing only: without it cmark stops counting lines inside multi-line code spans and raw HTML, and the later references get wrong line numbers.
        let document: OpaquePointer = source.withMemoryRebound(to: CChar.self) {
            cmark_parse_document($0.baseAddress, $0.count, renderOptions | CMARK_OPT_SOURCEPOS)
        }
        defer { cmark_node_free(document) }

        collectReferences(in: document)
        let lead = makeFiguresAndFindLead(in: document)

        let rendered: UnsafeMutablePointer<CChar> = cmark_render_html(document, renderOptions)
        defer { free(rendered) }
        return MarkdownDocument(html: String(cString: rendered), firstParagraphText: lead, references: references)
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
        let written = utf8(cmark_node_get_url(node))
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
        let (line, column) = position(of: node)
        references.append(MarkdownReference(kind: kind, url: url, line: line, column: column))
    }

    /// cmark 0.30.2 gives links and images real start positions, in bytes, with two flaws corrected here. The line is the one
    /// holding `]`, so for link text that wraps, the line comes from the first child instead. On a block's later lines cmark
    /// counts columns over text whose indentation and `>` markers it has stripped, so those are put back.
    private mutating func position(of node: OpaquePointer) -> (line: Int, column: Int) {
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
    /// even in safe mode, so the document is still rendered in one call) and returns the text of the first other paragraph.
    private func makeFiguresAndFindLead(in document: OpaquePointer) -> String? {
        var lead: String?
        var node = cmark_node_first_child(document)
        while let block = node {
            node = cmark_node_next(block)
            guard cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH else { continue }
            guard let figure = Figure(paragraph: block) else {
                if lead == nil { lead = leadText(of: block) }
                continue
            }
            var html = figureHTML(figure)
            html.append(0)
            let replacement: OpaquePointer = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            html.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_enter(replacement, $0.baseAddress) }
            }
            cmark_node_replace(block, replacement)
            cmark_node_free(block)
            if let captionParagraph = figure.captionParagraph {
                node = cmark_node_next(captionParagraph)
                cmark_node_free(captionParagraph)
            }
        }
        return lead
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
                let rendered: UnsafeMutablePointer<CChar> = cmark_render_html(emphasis, renderOptions)
                defer { free(rendered) }
                // Drop the `<em>` and `</em>` around the caption; its inner markup stays.
                let emphasisHTML = utf8(rendered)
                if emphasisHTML.count >= 9 { html += emphasisHTML[4..<emphasisHTML.count - 5] }
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

/// The text under `root` with markup and raw HTML removed and line breaks as spaces, as cmark writes image alt text.
private func plainText(of root: OpaquePointer) -> [UInt8] {
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
private func nextInDocumentOrder(after node: OpaquePointer, within root: OpaquePointer) -> OpaquePointer? {
    if let child = cmark_node_first_child(node) { return child }
    var current = node
    while current != root {
        if let sibling = cmark_node_next(current) { return sibling }
        current = cmark_node_parent(current)
    }
    return nil
}

/// The bytes of a C string owned by cmark, valid until its node changes or is freed.
private func utf8(_ string: UnsafePointer<CChar>?) -> UnsafeBufferPointer<UInt8> {
    guard let string else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: UnsafeRawPointer(string).assumingMemoryBound(to: UInt8.self), count: strlen(string))
}
