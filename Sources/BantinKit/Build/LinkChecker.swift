import BantinMarkdown
import Foundation

/// Finds internal links and images in content that point at no file of the built site.
struct LinkChecker {
    let config: SiteConfig
    /// Every path the build writes, relative to the output folder.
    let outputPaths: Set<String>

    static let brokenLink = "broken link: "
    static let missingImage = "missing image: "

    /// Warnings for every internal reference that resolves to nothing.
    func check(_ site: ResolvedSite, sources: [String: SourceFile]) -> [Diagnostic] {
        let documents = site.articles.map(\.document) + site.pages.map(\.document)
        return documents.flatMap { check($0, source: sources[$0.path]) }
    }

    /// Warnings for the internal references of one document; `source` is quoted when given.
    func check(_ document: ParsedDocument, source: SourceFile?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for reference in document.body.references where !resolves(reference.url) {
            let line = reference.line + document.bodyLineOffset
            let prefix = reference.kind == .image ? Self.missingImage : Self.brokenLink
            let message = prefix + "\(reference.url) is not a page or file of this site"
            if let source {
                diagnostics.append(Diagnostic(.warning, in: source, line: line, column: reference.column, message: message))
            } else {
                diagnostics.append(Diagnostic(.warning, path: document.path, line: line, column: reference.column, message: message))
            }
        }
        if let cover = document.cover, !resolves(cover.image) {
            diagnostics.append(Diagnostic(.warning, at: cover.location, message: Self.missingImage + "cover \(cover.image) is not a file of this site"))
        }
        return diagnostics
    }

    /// True when `url` is external, or internal and names a file the build writes.
    func resolves(_ url: String) -> Bool {
        guard let candidates = candidates(for: url) else { return true }
        return candidates.contains(where: outputPaths.contains)
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
        let decoded = String(path).removingPercentEncoding ?? String(path)
        guard decoded.hasPrefix(config.basePath) else { return decoded.dropFirst().description }
        return String(decoded.dropFirst(config.basePath.count))
    }
}

extension Diagnostic {
    /// True for the warnings `check` turns into errors: broken internal links and missing images.
    var isLinkProblem: Bool {
        message.hasPrefix(LinkChecker.brokenLink) || message.hasPrefix(LinkChecker.missingImage)
    }
}
