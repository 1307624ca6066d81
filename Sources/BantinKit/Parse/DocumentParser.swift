import BantinMarkdown
import Foundation
import Yams

/// The second stage: reads front matter and renders Markdown, one file at a time.
public struct DocumentParser: Sendable {
    /// The keys an article's front matter may contain.
    public static let articleKeys = [
        "title", "date", "category", "tags", "author", "summary", "cover", "slug", "draft", "achievements",
    ]
    /// The keys a page's front matter may contain.
    public static let pageKeys = ["title", "date", "summary", "cover", "slug", "draft", "author"]

    /// The site's settings: time zone for dates, base path for links, raw HTML policy.
    public let config: SiteConfig
    private let markdownOptions: MarkdownOptions
    /// The slugs of `site.yml`'s menu, made once for every document's category to be compared with.
    private let menuSlugs: [String]
    /// Finds the references that no copied file answers: those whose lines are quoted for the link check.
    private let copiedFiles: LinkChecker
    /// Where a build keeps the bodies' HTML until their pages are rendered; nil keeps them in memory.
    private let spill: BodySpill?

    /// Creates a parser for a site; figures whose image is in `imageSizes` (keyed by URL) get its width and height.
    /// - Parameter copiedFiles: the output paths of the copied files. A link to one of them cannot be
    ///   broken, so its line is not quoted for the link check; every other internal link's is.
    public init(config: SiteConfig, imageSizes: [String: ImageSize] = [:], copiedFiles: Set<String> = []) {
        self.init(config: config, imageSizes: imageSizes, copiedFiles: copiedFiles, spill: nil)
    }

    /// A build's parser: `spill` is where it writes the bodies' HTML (see `BodySpill`).
    init(config: SiteConfig, imageSizes: [String: ImageSize], copiedFiles: Set<String>, spill: BodySpill?) {
        self.spill = spill
        self.config = config
        self.markdownOptions = MarkdownOptions(allowsRawHTML: config.unsafeHTML, relativeURLPrefix: config.basePath, imageSizes: imageSizes)
        self.menuSlugs = config.menu.map(Slug.make(from:))
        self.copiedFiles = LinkChecker(config: config, outputPaths: copiedFiles)
    }

    /// Parses every file on all cores; the documents come back in input order.
    public func parse(_ files: [SourceFile], as kind: ParsedDocument.Kind) -> (documents: [ParsedDocument], diagnostics: [Diagnostic]) {
        Self.collect(files.parallelMap { parse($0, as: kind) })
    }

    /// The documents parsed, in order, and the problems found in all of them.
    static func collect(_ results: [Result<ParsedDocument, BuildFailure>]) -> (documents: [ParsedDocument], diagnostics: [Diagnostic]) {
        var documents: [ParsedDocument] = []
        var diagnostics: [Diagnostic] = []
        documents.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let document):
                documents.append(document)
                diagnostics += document.warnings
            case .failure(let failure): diagnostics += failure.diagnostics
            }
        }
        return (documents, diagnostics)
    }

    /// Parses one content file.
    public func parse(_ file: SourceFile, as kind: ParsedDocument.Kind) -> Result<ParsedDocument, BuildFailure> {
        let frontMatter: FrontMatter
        switch FrontMatter.read(
            file, allowedKeys: kind == .article ? Self.articleKeys : Self.pageKeys,
            requiredKeys: kind == .article ? ["title", "date"] : ["title"]
        ) {
        case .success(let value): frontMatter = value
        case .failure(let failure): return .failure(failure)
        }
        var fields = frontMatter.fields
        let root = frontMatter.root
        let source = frontMatter.source
        let what: FieldOwner = kind == .article ? .article : .page
        let title = fields.requiredString("title", missingAt: root, what: what)
        let date = readDate(&fields, required: kind == .article, root: root, source: source)
        var category = fields.string("category").map(Self.collapseSpaces).flatMap { $0.isEmpty ? nil : $0 }
        if let name = category, let node = fields.node("category"), Slug.make(from: name).isEmpty {
            // Its page would have no address: the article would drop out of every list without a word.
            fields.record(source.error(at: node, DocumentMessage.categoryWithoutLetters(name: name)))
            category = nil
        }
        let tagEntries = fields.strings("tags")
        for (name, node) in tagEntries where !Self.collapseSpaces(name).isEmpty && Slug.make(from: name).isEmpty {
            fields.record(source.error(at: node, DocumentMessage.tagWithoutLetters(name: name)))
        }
        let tags = uniqueTags(tagEntries.map { Self.collapseSpaces($0.0) })
        let author = fields.string("author")
        let summary = fields.string("summary").map(Self.collapseSpaces).flatMap { $0.isEmpty ? nil : $0 }
        let cover = readCover(&fields, source: source)
        let draft = fields.bool("draft") ?? false
        let slug = readSlug(&fields, title: title, root: root, source: source)
        let achievements = fields.node("achievements").map {
            AchievementRecord.read($0, source: source, articleDate: date, timeZone: config.timeZone)
        } ?? AchievementRecord.Reading()

        var warnings = achievements.warnings
        if kind == .article, let category, let node = fields.node("category"), let warning = menuWarning(category: category, at: node, source: source) {
            warnings.append(warning)
        }
        let diagnostics = fields.diagnostics + achievements.errors
        guard diagnostics.isEmpty, let title, let slug, kind == .page || date != nil else {
            return .failure(BuildFailure(diagnostics: diagnostics + warnings))
        }
        let body = MarkdownRenderer.render(String(frontMatter.body), options: markdownOptions)
        return .success(ParsedDocument(
            kind: kind, path: file.path, title: Self.collapseSpaces(title), date: date,
            category: category, tags: tags, author: author, summary: summary, cover: cover,
            slug: slug.value, slugLocation: slug.location, draft: draft, achievements: achievements.records,
            body: DocumentBody(body, spill: spill), firstParagraphText: body.firstParagraphText, bodyLineOffset: frontMatter.bodyLineOffset,
            warnings: warnings,
            linkQuotes: linkQuotes(of: body, in: file, bodyLineOffset: frontMatter.bodyLineOffset)
        ))
    }

    /// The lines of the body's references that the link check may warn about, quoted: the internal
    /// links and images that no copied file answers, and the files on the writer's computer.
    private func linkQuotes(of body: MarkdownDocument, in file: SourceFile, bodyLineOffset: Int) -> [ParsedDocument.LinkQuote] {
        let positions = body.references.lazy.filter { !copiedFiles.resolves($0.url) }.map { ($0.line, $0.column) }
            + body.findings.lazy.map { ($0.line, $0.column) }
        return positions.compactMap { line, column in
            file.quote(line: line + bodyLineOffset, column: column).map { ParsedDocument.LinkQuote(line: line, column: column, quote: $0) }
        }
    }

    private func readDate(_ fields: inout YAMLMapping, required: Bool, root: Node, source: YAMLSource) -> Date? {
        if required, fields.node("date") == nil {
            fields.record(source.error(at: fields.keyNode("date") ?? root, DocumentMessage.missingDate))
        }
        return fields.date("date", in: config.timeZone)
    }

    /// A warning when `category` is not in `site.yml`'s `menu`: its page is still made, but nothing links
    /// to it, which is almost always a typo or a category the menu forgot. A site without a menu is not warned.
    private func menuWarning(category: String, at node: Node, source: YAMLSource) -> Diagnostic? {
        guard !config.menu.isEmpty else { return nil }
        let slug = Slug.make(from: category)
        guard !slug.isEmpty, !menuSlugs.contains(slug) else { return nil }
        let limit = max(2, slug.count / 4)
        let nearest = zip(config.menu, menuSlugs)
            .map { (name: $0, distance: YAMLMapping.editDistance(slug, $1)) }
            .filter { $0.distance <= limit }
            .min { $0.distance < $1.distance }
        let message: DocumentMessage = if let nearest {
            .categoryNotInMenuNear(category: category, suggestion: nearest.name)
        } else {
            .categoryNotInMenu(category: category, menu: config.menu)
        }
        return source.diagnostic(.warning, at: node, message)
    }

    /// A `javascript:`, `vbscript:` or `data:` address: never a picture of the site, and never printed.
    static func isScriptOrData(_ url: String) -> Bool {
        let scheme = url.trimmingCharacters(in: .whitespaces).prefix(11).lowercased()
        return scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:")
    }

    private func readCover(_ fields: inout YAMLMapping, source: YAMLSource) -> ParsedDocument.Cover? {
        guard let node = fields.node("cover") else { return nil }
        let (line, column) = source.position(of: node)
        let location = SourceLocation(path: source.file.path, line: line, column: column, sourceLine: source.file.line(line))
        if case .scalar(let scalar) = node {
            guard !Self.isScriptOrData(scalar.string) else {
                fields.record(source.error(at: node, DocumentMessage.coverNotImage(value: scalar.string)))
                return nil
            }
            return .init(image: markdownOptions.resolvedURL(scalar.string), alt: nil, caption: nil, location: location)
        }
        var diagnostics: [Diagnostic] = []
        guard var coverFields = YAMLMapping(node, allowedKeys: ["image", "caption", "alt"], what: .cover, source: source, diagnostics: &diagnostics) else {
            diagnostics.forEach { fields.record($0) }
            return nil
        }
        var image = coverFields.requiredString("image", missingAt: node, what: .cover)
        if let value = image, Self.isScriptOrData(value), let imageNode = coverFields.node("image") {
            diagnostics.append(source.error(at: imageNode, DocumentMessage.coverNotImage(value: value)))
            image = nil
        }
        let cover = image.map {
            ParsedDocument.Cover(
                image: markdownOptions.resolvedURL($0), alt: coverFields.string("alt"),
                caption: coverFields.string("caption"), location: location
            )
        }
        (diagnostics + coverFields.diagnostics).forEach { fields.record($0) }
        return cover
    }

    private func readSlug(_ fields: inout YAMLMapping, title: String?, root: Node, source: YAMLSource) -> (value: String, location: SourceLocation)? {
        if let written = fields.string("slug"), let node = fields.node("slug") {
            let (line, column) = source.position(of: node)
            guard Slug.isValid(written) else {
                let suggestion = Slug.make(from: written)
                fields.record(source.error(at: node, DocumentMessage.invalidSlug(written: written, suggestion: suggestion)))
                return nil
            }
            return (written, SourceLocation(path: source.file.path, line: line, column: column, sourceLine: source.file.line(line)))
        }
        guard let title, let titleNode = fields.node("title") else { return nil }
        let slug = Slug.make(from: title)
        guard !slug.isEmpty else {
            fields.record(source.error(at: titleNode, DocumentMessage.emptySlug))
            return nil
        }
        let (line, column) = source.position(of: titleNode)
        return (slug, SourceLocation(path: source.file.path, line: line, column: column, sourceLine: source.file.line(line)))
    }

    private func uniqueTags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.filter { !$0.isEmpty && seen.insert(Slug.make(from: $0)).inserted }
    }

    /// Trims and joins runs of spaces and newlines, so a folded YAML value reads as one line.
    static func collapseSpaces(_ text: String) -> String {
        // Byte by byte: spaces, line feeds and Tabs are ASCII, and Character-wise splitting was slow.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
