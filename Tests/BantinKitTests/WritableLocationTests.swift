import BantinKit
import Foundation
import Testing

/// One rule for where bantin writes: the build's output folder and the report's file obey the same one.
@Suite struct WritableLocationTests {
    static let root = URL(fileURLWithPath: "/tmp/bantin-writable-\(getpid())/site")

    @Test(arguments: [
        ("content/site.yml", WritableLocation.Refusal.insideSources),
        ("content", .insideSources),
        ("templates/bao-cao.html", .insideSources),
        ("templates/assets/x/y.html", .insideSources),
        (".", .holdsSiteRoot),
        ("..", .holdsSiteRoot),
        ("/", .filesystemRoot),
    ])
    func sourcesAndTheSiteItselfAreRefused(path: String, refusal: WritableLocation.Refusal) {
        let target = path.hasPrefix("/") ? URL(fileURLWithPath: path) : Self.root.appendingPathComponent(path)
        #expect(WritableLocation.refusal(for: target, root: Self.root) == refusal)
    }

    @Test(arguments: ["site", "bao-cao-thanh-tich-2021.html", "../elsewhere", "contents/x.html"])
    func otherPlacesAreAllowed(path: String) {
        #expect(WritableLocation.refusal(for: Self.root.appendingPathComponent(path), root: Self.root) == nil)
    }

    @Test func homeFolderIsRefused() {
        #expect(WritableLocation.refusal(for: URL(fileURLWithPath: NSHomeDirectory()), root: Self.root) == .homeFolder)
    }

    @Test func refusalsSayWhyInBothLanguages() {
        #expect(WritableLocation.Refusal.insideSources.text(in: .vietnamese) == "nó nằm trong content/ hoặc templates/, nơi chứa bài viết, cài đặt và giao diện của trang")
        #expect(WritableLocation.Refusal.insideSources.text(in: .english) == "it is inside content/ or templates/, which hold the site's articles, settings and theme")
        #expect(WritableLocation.Refusal.homeFolder.text(in: .english) == "it is your home folder")
    }
}
