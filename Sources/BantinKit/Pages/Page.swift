import BantinTemplate
import Foundation

/// One file of the site that bantin makes, and what it is made of.
///
/// What a page is made of is also what it depends on: a page whose template and context are the
/// same as in the previous build has the same bytes, so an incremental render compares these and
/// never keeps a separate list of inputs that could forget one. The content is made only when the
/// page is rendered, so a large site's contexts are never all in memory at once.
///
/// The one shortcut: a page that reads only some articles says which (`reads`), and while the site
/// keeps its shape (`SiteContext.changes(since:)`: the same settings, files and groups, and
/// as many pages), a page that reads the articles the cached page read, in the same order, none of
/// which changed, is the cached page, and its content is not even made. The list is made from the
/// very indices the content reads (see `ArticlePage`).
///
/// A class, immutable: the preview lists the site's 14,700 pages at every save and hands the list from
/// kind to site to stage, and a copy of a page as a value was a retain of each of its parts.
final class Page: Sendable {
    /// What makes the page's bytes.
    enum Content: Sendable, Equatable {
        /// A Mustache template of the theme, by name, and the typed context it renders; the context
        /// is encoded for the template only when the page is rendered.
        case template(String, any PageContext)
        /// Text written by code (feeds, sitemap, robots.txt), whose format a specification fixes.
        case text(String)
        /// Text written by code from typed inputs (data files), compared by its inputs like a template
        /// page by its context, so that an update writes it again only when they changed.
        case derived(any DerivedText)
        /// Bytes written by code (the search index).
        case bytes([UInt8])

        /// True for content an update compares with the cached page's before making the bytes
        /// (templates and derived text); text and bytes are cheap to make and are made every time.
        var isCompared: Bool {
            switch self {
            case .template, .derived: true
            case .text, .bytes: false
            }
        }

        static func == (lhs: Content, rhs: Content) -> Bool {
            switch (lhs, rhs) {
            case (.template(let lhsName, let lhsContext), .template(let rhsName, let rhsContext)):
                return lhsName == rhsName && lhsContext.isEqual(to: rhsContext)
            case (.text(let lhs), .text(let rhs)): return lhs == rhs
            case (.derived(let lhs), .derived(let rhs)): return lhs.isEqual(to: rhs)
            case (.bytes(let lhs), .bytes(let rhs)): return lhs == rhs
            default: return false
            }
        }
    }

    /// The articles, by index, whose document or summary a page's content reads, in the order it shows
    /// them, the groups whose number of articles it reads, and whether it shows the rolled-up
    /// achievements, when the rest of what it reads is the site's shape (settings, site fields, the
    /// names and URLs of categories and tags).
    struct Reads: Sendable {
        /// Articles whose document the page shows (its body, its records).
        var documents: [Int] = []
        /// Articles whose summary the page shows (in a list, on its own page).
        var summaries: [Int] = []
        /// Articles whose summary the page shows at a place of its template's context where the template
        /// may print only some of its fields ("Các tin khác", the neighbours): the page is the same while
        /// only other fields change (see `TemplateLibrary.fieldsRead(by:at:)`).
        var placedSummaries: [(article: Int, place: TemplatePlace)] = []
        /// Categories and tags, by index, whose number of articles the page reads (a list page its
        /// own, for its page links; the home page the menu's).
        var categories: [Int] = []
        var tags: [Int] = []
        /// True for a page that shows the achievements rolled up (`AchievementIndex`).
        var achievements = false
    }

    /// Path inside the output folder, e.g. "tin-tuc/2021/11/x/index.html".
    let path: String
    /// The articles the content reads, when that is all it reads of the articles; nil when it may read any.
    let reads: Reads?
    /// The date the sitemap gives the page (`lastmod`): an article's.
    let lastModified: Date?
    /// True for a page made from the whole site (the sitemap, a year's achievements): megabytes at
    /// 100,000 articles, each taking one core for a while, so rendered before the others (see
    /// `RenderStage.render` and `SiteBuilder.build`), not at the end with one core left working.
    let isWholeSite: Bool
    /// The template of a page made with one (`Page.template`), known before its content is made.
    let template: String?
    /// Makes what makes the bytes.
    let content: @Sendable () -> Content

    init(
        path: String, reads: Reads? = nil, lastModified: Date? = nil, isWholeSite: Bool = false, template: String? = nil,
        content: @escaping @Sendable () -> Content
    ) {
        self.path = path
        self.reads = reads
        self.lastModified = lastModified
        self.isWholeSite = isWholeSite
        self.template = template
        self.content = content
    }

    /// A page rendered with `template` from the typed `context`, which is made when the page is rendered.
    /// - Parameter reads: the articles `context` reads, when it reads no others (see `Reads`).
    /// - Parameter lastModified: the date the sitemap gives the page.
    /// - Parameter isWholeSite: the page shows the whole site, or a year of it (`Page.isWholeSite`).
    static func template<Context: Encodable & Equatable & Sendable>(
        _ template: String, at path: String, reads: Reads? = nil, lastModified: Date? = nil, isWholeSite: Bool = false,
        _ context: @autoclosure @escaping @Sendable () -> Context
    ) -> Page {
        Page(path: path, reads: reads, lastModified: lastModified, isWholeSite: isWholeSite, template: template) {
            .template(template, TypedContext(value: context()))
        }
    }

    /// A file whose text is written by code, when the page is rendered.
    static func text(_ text: @autoclosure @escaping @Sendable () -> String, at path: String) -> Page {
        Page(path: path) { .text(text()) }
    }

    /// A file whose UTF-8 `make` writes from `inputs` alone; `make` runs only when the inputs differ
    /// from those of the page the cache holds. Bytes, not text: the sitemap and the achievement data
    /// are megabytes at 100,000 articles, and a String copied into bytes held each twice. Such a file
    /// is made from the whole site (`isWholeSite`).
    /// - Parameter reads: the articles `inputs` reads, when it reads no others (see `Reads`).
    static func bytes<Inputs: Equatable & Sendable>(
        from inputs: @autoclosure @escaping @Sendable () -> Inputs, at path: String, reads: Reads? = nil,
        _ make: @escaping @Sendable (Inputs) -> [UInt8]
    ) -> Page {
        Page(path: path, reads: reads, isWholeSite: true) { .derived(TextFromInputs(inputs: inputs(), make: make)) }
    }

    /// The file a site path is written to: "/a/b/" → "a/b/index.html", "/" → "index.html".
    static func outputPath(_ sitePath: String) -> String {
        sitePath.hasSuffix("/") ? String(sitePath.dropFirst()) + "index.html" : String(sitePath.dropFirst())
    }
}

/// A place in a template's context, e.g. `article.related` of `article.mustache`: the list of "Các tin
/// khác" whose elements are article summaries.
struct TemplatePlace: Hashable, Sendable {
    /// The template's name, e.g. "article".
    let template: String
    /// The keys from the root context, e.g. ["article", "related"].
    let path: [String]
}

/// A kind of page: where its pages go, which template renders them, and from what context.
protocol PageKind {
    /// Every page of this kind the site has, in a stable order.
    static func pages(in site: SiteContext) -> [Page]
    /// The places its pages name in `Page.Reads.placedSummaries`.
    static var summaryPlaces: [TemplatePlace] { get }
}

extension PageKind {
    static var summaryPlaces: [TemplatePlace] { [] }
}

/// A page's typed context, compared with the cached one before it is encoded: comparing values that
/// share their storage costs far less than encoding them, and most pages are unchanged after an edit.
protocol PageContext: Sendable {
    /// Whether `other` is the same context, so the page's bytes are the same.
    func isEqual(to other: any PageContext) -> Bool
    /// The value tree its template reads.
    func encoded() -> TemplateValue
}

/// A page kind's `Context` struct as a `PageContext`.
struct TypedContext<Value: Encodable & Equatable & Sendable>: PageContext {
    let value: Value

    func isEqual(to other: any PageContext) -> Bool {
        (other as? Self)?.value == value
    }

    func encoded() -> TemplateValue {
        TemplateEncoder.encode(value)
    }
}

/// Text that code writes from typed inputs, compared by those inputs before the text is made.
protocol DerivedText: Sendable {
    /// Whether `other` has the same inputs, so the same text.
    func isEqual(to other: any DerivedText) -> Bool
    /// The text, as UTF-8.
    func bytes() -> [UInt8]
}

/// A `Page.bytes(from:at:reads:_:)` page's inputs and the function that writes its text from them: the
/// function can read nothing else, so equal inputs are equal text.
struct TextFromInputs<Inputs: Equatable & Sendable>: DerivedText {
    let inputs: Inputs
    let make: @Sendable (Inputs) -> [UInt8]

    func isEqual(to other: any DerivedText) -> Bool {
        (other as? Self)?.inputs == inputs
    }

    func bytes() -> [UInt8] {
        make(inputs)
    }
}
