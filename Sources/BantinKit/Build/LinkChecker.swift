import BantinMarkdown
import Foundation

/// Finds internal links and images in content that point at no file of the built site.
struct LinkChecker {
    let config: SiteConfig
    /// Every path the build writes, relative to the output folder.
    let outputPaths: Set<String>

    private static let brokenLink = "broken link: "
    private static let missingImage = "missing image: "

    /// Warnings for every internal reference that resolves to nothing.
    func check(_ site: ResolvedSite, bulletins: [ResolvedBulletin] = [], sources: [String: SourceFile]) -> [Diagnostic] {
        let documents = site.articles.map(\.document) + site.pages.map(\.document)
        var diagnostics: [Diagnostic] = []
        for document in documents {
            diagnostics += check(document.body, path: document.path, bodyLineOffset: document.bodyLineOffset, sources: sources)
            if let cover = document.cover, !resolves(cover.image) {
                diagnostics.append(Diagnostic(.warning, at: cover.location, message: Self.missingImage + "cover \(cover.image) is not a file of this site"))
            }
        }
        for bulletin in bulletins {
            diagnostics += check(bulletin.bulletin.note, path: bulletin.bulletin.path, bodyLineOffset: bulletin.bulletin.bodyLineOffset, sources: sources)
        }
        return diagnostics
    }

    /// Warnings for the internal links and images of one Markdown body that resolve to nothing.
    private func check(_ body: MarkdownDocument, path: String, bodyLineOffset: Int, sources: [String: SourceFile]) -> [Diagnostic] {
        body.references.filter { !resolves($0.url) }.map { reference in
            let line = reference.line + bodyLineOffset
            let prefix = reference.kind == .image ? Self.missingImage : Self.brokenLink
            let message = prefix + "\(reference.url) is not a page or file of this site"
            if let file = sources[path] {
                return Diagnostic(.warning, in: file, line: line, column: reference.column, message: message)
            }
            return Diagnostic(.warning, path: path, line: line, column: reference.column, message: message)
        }
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
