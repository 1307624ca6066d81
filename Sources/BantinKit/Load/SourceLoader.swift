import Foundation

/// The first stage: reads the site's files from disk.
public struct SourceLoader: Sendable {
    /// The site root.
    public let root: URL

    /// Creates a loader for the site at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Reads `content/` and `templates/`.
    /// - Throws: `BuildFailure` when `content/site.yml` is missing or unreadable; problems in other
    ///   files are collected in the tree's diagnostics so that one build reports them all.
    public func load() throws(BuildFailure) -> SourceTree {
        let configPath = "content/site.yml"
        let configBytes: [UInt8]
        do {
            configBytes = try readBytes(configPath)
        } catch {
            throw BuildFailure(diagnostics: [Diagnostic(
                .error, path: configPath,
                message: "cannot read the site settings: \(error.localizedDescription). Is \(root.path) a bantin site (with content/ and templates/)?"
            )])
        }
        let siteConfig: SourceFile
        do {
            siteConfig = try SourceFile(path: configPath, bytes: configBytes)
        } catch {
            throw BuildFailure(diagnostics: [error])
        }

        var diagnostics: [Diagnostic] = []
        let articles = readTexts(relativePaths(under: "content/articles", diagnostics: &diagnostics) { $0.hasSuffix(".md") }, diagnostics: &diagnostics)
        let pages = readTexts(relativePaths(under: "content/pages", recursive: false, diagnostics: &diagnostics) { $0.hasSuffix(".md") }, diagnostics: &diagnostics)
        let bulletins = markdownFiles(in: "content/bulletins")
        diagnostics += bulletins.diagnostics
        let templates = readTexts(relativePaths(under: "templates", diagnostics: &diagnostics) { $0.hasSuffix(".mustache") && !$0.hasPrefix("templates/assets/") }, diagnostics: &diagnostics)
        var staticFiles: [SourceTree.StaticFile] = []
        for (folder, prefix) in [("content/media", "media/"), ("templates/assets", "assets/")] {
            for path in relativePaths(under: folder, diagnostics: &diagnostics, { _ in true }) {
                let output = prefix + path.dropFirst(folder.count + 1)
                staticFiles.append(.init(source: root.appendingPathComponent(path), outputPath: output))
            }
        }
        return SourceTree(
            root: root, siteConfig: siteConfig, articles: articles, pages: pages,
            bulletins: bulletins.files, templates: templates, staticFiles: staticFiles, diagnostics: diagnostics
        )
    }

    /// The `.md` files directly under `folder` (e.g. "content/bulletins"), without reading the rest of the site.
    public func markdownFiles(in folder: String) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let files = readTexts(relativePaths(under: folder, recursive: false, diagnostics: &diagnostics) { $0.hasSuffix(".md") }, diagnostics: &diagnostics)
        return (files, diagnostics)
    }

    /// Paths relative to the root of the regular files under `folder`, sorted.
    ///
    /// Hidden files (editor backups, `.DS_Store`) are skipped; a symbolic link is followed only when
    /// it stays inside the root, so a link cannot publish files from elsewhere on the machine.
    private func relativePaths(
        under folder: String, recursive: Bool = true, diagnostics: inout [Diagnostic],
        _ include: (String) -> Bool
    ) -> [String] {
        let base = root.appendingPathComponent(folder)
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        var found: [String] = []
        var pending = [folder]
        let rootPrefix = root.resolvingSymlinksInPath().path + "/"
        while let current = pending.popLast() {
            let names = (try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(current).path)) ?? []
            for name in names where !name.hasPrefix(".") {
                let relative = current + "/" + name
                let url = root.appendingPathComponent(relative)
                let attributes = try? manager.attributesOfItem(atPath: url.path)
                var type = attributes?[.type] as? FileAttributeType
                if type == .typeSymbolicLink {
                    let target = url.resolvingSymlinksInPath().path
                    guard target.hasPrefix(rootPrefix) else {
                        diagnostics.append(Diagnostic(.warning, path: relative, message: "skipped: symbolic link points outside the site folder (\(target))"))
                        continue
                    }
                    type = (try? manager.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
                }
                if type == .typeDirectory {
                    if recursive { pending.append(relative) }
                } else if type == .typeRegular, include(relative) {
                    found.append(relative)
                }
            }
        }
        return found.sorted()
    }

    private func readTexts(_ paths: [String], diagnostics: inout [Diagnostic]) -> [SourceFile] {
        let root = self.root
        let results: [Result<SourceFile, Diagnostic>] = paths.parallelMap { path in
            do {
                let bytes = try SourceLoader(root: root).readBytes(path)
                return .success(try SourceFile(path: path, bytes: bytes))
            } catch let diagnostic as Diagnostic {
                return .failure(diagnostic)
            } catch {
                return .failure(Diagnostic(.error, path: path, message: "cannot read file: \(error.localizedDescription)"))
            }
        }
        var files: [SourceFile] = []
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return files
    }

    private func readBytes(_ relativePath: String) throws -> [UInt8] {
        let data = try Data(contentsOf: root.appendingPathComponent(relativePath))
        return [UInt8](data)
    }
}
