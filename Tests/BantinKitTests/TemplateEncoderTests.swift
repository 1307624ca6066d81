@testable import BantinKit
import BantinTemplate
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
