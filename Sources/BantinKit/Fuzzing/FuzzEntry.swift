import BantinMarkdown
import Foundation

/// What the fuzzers in `Fuzz/` call with arbitrary bytes, and what `FuzzRegressionTests` calls with
/// every saved crash input: each must return, whatever the bytes, without trapping, hanging or
/// growing without bound. Public so that the fuzz package needs no testable build.
public enum FuzzEntry {
    private static let config = SiteConfig(title: "Thử", baseURL: "https://thu.example/tin/")

    /// An article file: front matter (YAML, dates, achievements, cover) and Markdown body, quoted diagnostics.
    public static func document(_ bytes: [UInt8]) {
        let file: SourceFile
        do {
            file = try SourceFile(path: "content/articles/fuzz.md", bytes: bytes)
        } catch {
            _ = error.description
            return
        }
        switch DocumentParser(config: config).parse(file, as: .article) {
        case .success(let document): _ = document.warnings.map(\.description)
        case .failure(let failure): _ = failure.description
        }
    }

    /// The records of `achievements:`, wrapped in an article that is otherwise valid.
    public static func achievements(_ bytes: [UInt8]) {
        document(Array("---\ntitle: Thử\ndate: 09/11/2021\nachievements:\n".utf8) + bytes + Array("\n---\nx\n".utf8))
    }

    /// The Markdown converter and its URL rules, with raw HTML off and on.
    public static func markdown(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        for allowsRawHTML in [false, true] {
            let document = MarkdownRenderer.render(text, options: MarkdownOptions(allowsRawHTML: allowsRawHTML, relativeURLPrefix: "/tin/"))
            _ = document.html.count
        }
    }

    /// The date parser, in the site's zone and in one without summer time.
    public static func siteDate(_ bytes: [UInt8]) {
        let text = String(decoding: bytes.prefix(256), as: UTF8.self)
        for zone in [SiteConfig.defaultTimeZone, TimeZone(identifier: "America/New_York")!] {
            _ = try? SiteDate.parse(text, in: zone)
        }
    }

    /// The template loader: the bytes up to the first NUL are `layout.mustache`, the rest a partial it may include.
    public static func templates(_ bytes: [UInt8]) {
        let cut = bytes.firstIndex(of: 0) ?? bytes.endIndex
        let files = [
            SourceFile(path: "templates/layout.mustache", text: String(decoding: bytes[..<cut], as: UTF8.self)),
            SourceFile(path: "templates/partials/header.mustache", text: String(decoding: bytes[cut...].dropFirst(), as: UTF8.self)),
        ]
        do {
            _ = try TemplateSet(files: files)
        } catch {
            _ = error.description
        }
    }
}
