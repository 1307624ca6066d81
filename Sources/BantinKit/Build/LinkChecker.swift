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
        guard let path = outputPath(for: url) else { return true }
        if path.isEmpty || path.hasSuffix("/") { return outputPaths.contains(path + "index.html") }
        return outputPaths.contains(path) || outputPaths.contains(path + "/index.html")
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
