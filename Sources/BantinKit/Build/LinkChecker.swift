import BantinMarkdown
import Foundation

/// Finds internal links and images in content that point at no file of the built site.
struct LinkChecker {
    let config: SiteConfig
    /// Every path the build writes, relative to the output folder.
    let outputPaths: Set<String>
    /// A folder whose files the build writes but has not named yet (the search index, built beside
    /// the rendering): every path in it counts as written.
    var unlistedFolder: String? = nil

    /// Warnings for the internal references of bulletins' editorial notes.
    func check(_ bulletins: [ResolvedBulletin], sources: [String: SourceFile]) -> [Diagnostic] {
        bulletins.flatMap { resolved in
            let bulletin = resolved.bulletin
            let source = sources[bulletin.path]
            return check(references: bulletin.note.references, findings: bulletin.note.findings, path: bulletin.path, bodyLineOffset: bulletin.bodyLineOffset) { line, column in
                source?.quote(line: line + bulletin.bodyLineOffset, column: column)
            }
        }
    }

    /// Warnings for the internal references of one document, quoting the lines its parse kept.
    func check(_ document: ParsedDocument) -> [Diagnostic] {
        var diagnostics = check(
            references: document.body.references, findings: document.body.findings, path: document.path, bodyLineOffset: document.bodyLineOffset
        ) { line, column in
            document.linkQuote(line: line, column: column)
        }
        if let cover = document.cover, !resolves(cover.image) {
            diagnostics.append(Diagnostic(.warning, at: cover.location, message: SiteMessage.missingCover(image: cover.image)))
        }
        return diagnostics
    }

    /// Warnings for the internal links and images of one Markdown body that resolve to nothing.
    /// - Parameter quote: the quoted line of the reference at a line and column of the body.
    private func check(
        references: [MarkdownReference], findings: [MarkdownFinding], path: String, bodyLineOffset: Int, quote: (Int, Int) -> QuotedLine?
    ) -> [Diagnostic] {
        let broken = references.filter { !resolves($0.url) }.map { reference in
            let message: SiteMessage = reference.kind == .image ? .missingImage(url: reference.url) : .brokenLink(url: reference.url)
            return (reference.line, reference.column, message)
        }
        // A file on the writer's computer is a link problem too: a warning in `build`, an error in `check`.
        let local = findings.map { ($0.line, $0.column, Self.localPathMessage($0)) }
        return (broken + local).sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { line, column, message in
            Diagnostic(.warning, path: path, line: line + bodyLineOffset, column: column, message: message, quote: quote(line, column))
        }
    }

    private static func localPathMessage(_ finding: MarkdownFinding) -> SiteMessage {
        let name = finding.url.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? "ten-tep"
        switch finding.kind {
        case .localPath(.image): return .localImage(url: finding.url, name: name)
        case .localPath(.link): return .localLink(url: finding.url, name: name)
        }
    }

    /// True when `url` is external, or internal and names a file the build writes.
    func resolves(_ url: String) -> Bool {
        guard let candidates = candidates(for: url) else { return true }
        return candidates.contains { outputPaths.contains($0) || unlistedFolder.map($0.hasPrefix) == true }
    }

    /// The output paths any of which makes the internal `url` resolve; nil for external URLs and fragments.
    func candidates(for url: String) -> [String]? {
        guard let path = outputPath(for: url) else { return nil }
        if path.isEmpty || path.hasSuffix("/") { return [path + "index.html"] }
        return [path, path + "/index.html"]
    }

    /// Every output path whose presence or absence decides the warnings of `document`.
    func lookups(in document: ParsedDocument) -> [String] {
        let urls = document.body.references.map(\.url) + (document.cover.map { [$0.image] } ?? [])
        return urls.flatMap { candidates(for: $0) ?? [] }
    }

    /// The output path an internal URL points at, or nil for external URLs and fragments.
    func outputPath(for url: String) -> String? {
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return nil }
        var path = Substring(url)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        // Foundation's decoding is slow, and most addresses have nothing to decode.
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? String(path).removingPercentEncoding ?? String(path) : String(path)
        guard decoded.hasPrefix(config.basePath) else { return decoded.dropFirst().description }
        return String(decoded.dropFirst(config.basePath.count))
    }
}
