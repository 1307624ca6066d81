@testable import BantinKit
import Testing

/// The one escaper of text written by code (feeds, sitemap, SVG): five characters, byte by byte,
/// and nothing else touched, Vietnamese included.
@Suite struct XMLTextTests {
    @Test(arguments: [
        ("https://thu.example/2021/11/hoi-nghi/", "https://thu.example/2021/11/hoi-nghi/"),
        ("Tôm & lúa", "Tôm &amp; lúa"),
        ("<b>\"Dân vận khéo\"</b>", "&lt;b&gt;&quot;Dân vận khéo&quot;&lt;/b&gt;"),
        ("Hội Nông dân's", "Hội Nông dân&apos;s"),
        ("", ""),
        ("&amp;", "&amp;amp;"),
    ])
    func escapesTheFiveCharacters(text: String, expected: String) {
        #expect(XMLText.escaped(text) == expected)
        var bytes = Array("x".utf8)
        XMLText.append(text.utf8, to: &bytes)
        #expect(bytes == Array(("x" + expected).utf8))
        var fromText = Array("x".utf8)
        XMLText.append(text[...], to: &fromText)
        #expect(fromText == bytes)
    }
}
