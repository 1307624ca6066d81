@testable import BantinPreview
import Testing

/// Request targets are decoded once and checked before any lookup.
@Suite struct RequestPathTests {
    @Test(arguments: [
        ("/", ""),
        ("/2021/11/slug/", "2021/11/slug/"),
        ("/gioi-thieu", "gioi-thieu"),
        ("/media/a%20b.svg", "media/a b.svg"),
        ("/media/%E1%BA%A3nh.jpg", "media/ảnh.jpg"),
        ("/tu-khoa/ocop/?trang=2#x", "tu-khoa/ocop/"),
        ("/%252e%252e/secret.txt", "%2e%2e/secret.txt"),
        ("/a//b", "a//b"),
        ("/...", "..."),
        ("/.hidden", ".hidden"),
    ])
    func decodesOnce(target: String, path: String) throws {
        #expect(try RequestPath(target: target).path == path)
    }

    @Test(arguments: [
        ("/../secret.txt", RequestPath.Rejection.dotSegment),
        ("/a/../../secret.txt", .dotSegment),
        ("/./index.html", .dotSegment),
        ("/%2e%2e/secret.txt", .dotSegment),
        ("/%2E%2E/secret.txt", .dotSegment),
        ("/.%2e/secret.txt", .dotSegment),
        ("/..", .dotSegment),
        ("/..%2fsecret.txt", .forbiddenCharacter),
        ("/%2f%2fevil.example", .forbiddenCharacter),
        ("/..%5csecret.txt", .forbiddenCharacter),
        ("/..\\secret.txt", .forbiddenCharacter),
        ("/media\\..\\..\\secret.txt", .forbiddenCharacter),
        ("/index.html%00.svg", .forbiddenCharacter),
        ("/index.html\u{0}.svg", .forbiddenCharacter),
        ("/a%0d%0aSet-Cookie:%20x", .forbiddenCharacter),
        ("/a?x=\u{1}", .forbiddenCharacter),
        ("/%zz", .malformedEscape),
        ("/%4", .malformedEscape),
        ("/%", .malformedEscape),
        ("/%ff%fe", .notUTF8),
        ("*", .notOriginForm),
        ("http://127.0.0.1:8080/", .notOriginForm),
        ("secret.txt", .notOriginForm),
        ("", .notOriginForm),
    ])
    func refuses(target: String, rejection: RequestPath.Rejection) {
        #expect(throws: rejection) { try RequestPath(target: target) }
    }

    @Test func refusesVeryLongTargets() {
        #expect(throws: RequestPath.Rejection.tooLong) { try RequestPath(target: "/" + String(repeating: "a", count: RequestPath.maximumLength)) }
        #expect(throws: Never.self) { try RequestPath(target: "/" + String(repeating: "a", count: RequestPath.maximumLength - 1)) }
    }

    @Test func keepsTheRawPathAndQueryForRedirects() throws {
        let path = try RequestPath(target: "/gioi%2Dthieu?a=1")
        #expect(path.rawPath == "/gioi%2Dthieu")
        #expect(path.query == "a=1")
    }
}
