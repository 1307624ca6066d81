@testable import BantinKit
import BantinMarkdown
import BantinTemplate
import Foundation
import Testing

/// The two rules of the template contract the encoder holds: snake_case keys, and nil as `false`.
@Suite struct TemplateEncoderTests {
    @Test(arguments: [
        ("title", "title"), ("fullTitle", "full_title"), ("rssURL", "rss_url"), ("canonicalURL", "canonical_url"),
        ("isHome", "is_home"), ("ogType", "og_type"), ("csvURL", "csv_url"), ("URLPath", "url_path"), ("hasBreadcrumb", "has_breadcrumb"),
    ])
    func keysAreSnakeCase(name: String, key: String) {
        #expect(TemplateEncoder.snakeCase(name) == key)
    }

    struct Inner: Encodable, Equatable, Sendable {
        let caption: String?
    }

    struct Outer: Encodable, Equatable, Sendable {
        let title: String
        let pageCount: Int
        let lead: String?
        let inner: Inner?
        let items: [Inner]
        let shown: Bool
    }

    @Test func absentOptionalsArePresentAsFalse() {
        let value = TemplateEncoder.encode(Outer(title: "A", pageCount: 2, lead: nil, inner: nil, items: [Inner(caption: nil), Inner(caption: "c")], shown: true))
        #expect(value == .object(TemplateObject([
            "title": .text("A"), "page_count": .number(2), "lead": .bool(false), "inner": .bool(false),
            "items": .list([.object(TemplateObject(["caption": .bool(false)])), .object(TemplateObject(["caption": .text("c")]))]),
            "shown": .bool(true),
        ])))
    }

    @Test func anExtendedValueAddsItsFieldsToTheEncodedOnes() {
        let base = Encoded(Inner(caption: "c"))
        let value = TemplateEncoder.encode(Extended(base, Outer(title: "A", pageCount: 1, lead: "l", inner: nil, items: [], shown: false)))
        guard case .object(let object) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(object["caption"] == .text("c"))
        #expect(object["lead"] == .text("l"))
        #expect(object["items"] == .list([]))
    }
}

/// The contexts that make their own value tree make the tree their `Encodable` conformance makes, on
/// every article and list page of the sample site and of the fixture sites (with and without tags,
/// authors, summaries, covers, neighbours, pagination, category blocks and achievements).
@Suite struct TemplateValueConvertibleTests {
    static let roots = [Fixtures.repositoryRoot] + ["basic", "achievements", "warnings"].map {
        Fixtures.folder.appendingPathComponent("sites").appendingPathComponent($0)
    }

    /// `value`'s own tree, checked against its `Encodable` tree.
    @discardableResult
    func check<Value: TemplateValueConvertible>(_ value: Value, at path: String) -> TemplateValue {
        let own = value.templateValue
        #expect(own == TemplateEncoder.encodeByCoding(value), "\(path)")
        #expect(TemplateEncoder.encode(value) == own, "encode takes the value's own tree")
        return own
    }

    @Test(arguments: roots)
    func ownTreesAreTheEncodedTrees(root: URL) throws {
        let (site, achievements, _) = try SiteBuilder(root: root, now: Fixtures.now).achievements()
        let context = SiteContext(site: site, bulletins: [], achievements: achievements, imageSizes: [:])
        var articles = 0
        var lists = 0
        for page in SitePages.all(in: context) {
            guard case .template(_, let pageContext) = page.content() else { continue }
            if let typed = pageContext as? TypedContext<ArticlePage.Context> {
                check(typed.value, at: page.path)
                articles += 1
            }
            if let typed = pageContext as? TypedContext<ListPage.Context> {
                check(typed.value, at: page.path)
                lists += 1
            }
        }
        for article in site.articles {
            check(ArticleSummary(article, in: site, formatter: context.formatter, imageSizes: [:]), at: article.sitePath)
        }
        #expect(articles == site.articles.count)
        #expect(lists > 0)
    }

    /// Nil fields are present as `false` in the trees made by hand too.
    @Test func absentFieldsArePresentAsFalse() throws {
        func field(_ tree: TemplateValue, _ key: String) throws -> TemplateValue? {
            guard case .object(let object) = tree else { throw Failure() }
            return object[key]
        }
        let page = PageFields(title: "T", sitePath: "/a/", description: nil, ogType: "article", image: nil, siteTitle: "S", baseURL: "https://thu.example/")
        let pageTree = check(page, at: "page without description or image")
        #expect(try field(pageTree, "description") == .bool(false))
        #expect(try field(pageTree, "image") == .bool(false))
        let step = ListPage.PageNumber(number: nil, url: nil, current: false, gap: true)
        let stepTree = check(step, at: "gap")
        #expect(try field(stepTree, "number") == .bool(false))
        #expect(try field(stepTree, "url") == .bool(false))
        let pagination = check(ListPage.Pagination(pages: [step], label: "Trang", previous: nil, next: ListPage.Step(url: "/trang/2/", label: "Sau")), at: "pagination")
        #expect(try field(pagination, "previous") == .bool(false))
        let sized = check(ImageFields(src: "/media/Ảnh 1.jpg", imageSizes: ["/media/Ảnh 1.jpg": ImageSize(width: 800, height: 450)]), at: "image with a size")
        #expect(try field(sized, "width") == .number(800))
        let unsized = check(ImageFields(src: "/media/a.jpg", imageSizes: [:]), at: "image without a size")
        #expect(try field(unsized, "width") == .bool(false))
    }

    struct Failure: Error {}
}
