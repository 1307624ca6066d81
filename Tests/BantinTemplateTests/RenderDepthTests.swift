import BantinTemplate
import Foundation
import Testing

/// Recursion that the spec allows (a partial including itself inside a section) is bounded by data;
/// when the data does not end it, the renderer stops at its depth limit instead of overflowing the stack.
@Suite struct RenderDepthTests {
    static let tree = try! TemplateLibrary(files: [
        (name: "node", path: "templates/node.mustache", text: "<{{name}}>{{#children}}{{>node}}{{/children}}</{{name}}>"),
        (name: "forever", path: "templates/forever.mustache", text: "x{{^stop}}{{>forever}}{{/stop}}"),
        (name: "parent", path: "templates/parent.mustache", text: "p{{$body}}{{<other}}{{/other}}{{/body}}"),
        (name: "other", path: "templates/other.mustache", text: "o{{<parent}}{{/parent}}"),
    ])

    /// A chain of `depth` nodes, each the only child of the one before.
    static func chain(_ depth: Int) -> TemplateValue {
        var node: TemplateValue = ["name": .text("n\(depth)"), "children": []]
        for level in stride(from: depth - 1, through: 1, by: -1) {
            node = ["name": .text("n\(level)"), "children": [node]]
        }
        return node
    }

    /// Each level below the first takes a section and a partial: 101 levels fit in the limit of 200.
    @Test(arguments: [2, 10, 101])
    func dataThatEndsRendersWhole(depth: Int) {
        var output: [UInt8] = []
        let outcome = Self.tree.render("node", Self.chain(depth), into: &output)
        #expect(outcome == .complete)
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.hasPrefix("<n1><n2>"))
        #expect(text.hasSuffix("</n2></n1>"))
        #expect(text.components(separatedBy: "</").count - 1 == depth)
    }

    /// The outcome says that the deepest levels were left out; what was printed is well nested.
    @Test func dataDeeperThanTheLimitStops() {
        var output: [UInt8] = []
        let outcome = Self.tree.render("node", Self.chain(300), into: &output)
        #expect(outcome == .depthLimitReached)
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.components(separatedBy: "</").count - 1 == 101)
        #expect(text.hasSuffix("</n2></n1>"))
    }

    /// `{{^stop}}` never stops here: the template and 100 levels of section and partial, one "x" each.
    @Test func recursionThatNeverEndsStopsAtTheLimit() {
        var output: [UInt8] = []
        let outcome = Self.tree.render("forever", ["stop": false], into: &output)
        #expect(outcome == .depthLimitReached)
        #expect(output == Array(repeating: UInt8(ascii: "x"), count: 101))
    }

    /// Parents whose blocks extend each other forever stop too.
    @Test func inheritanceThatNeverEndsStopsAtTheLimit() {
        var output: [UInt8] = []
        #expect(Self.tree.render("parent", [:], into: &output) == .depthLimitReached)
        #expect(String(decoding: output, as: UTF8.self).hasPrefix("popop"))
    }

    /// The limit holds on a thread with a small stack (512 KiB, what a secondary thread gets by default
    /// on macOS), where unbounded recursion would crash the process.
    @Test func theLimitFitsInASmallStack() async {
        let outcome = await withCheckedContinuation { continuation in
            let thread = Thread {
                var output: [UInt8] = []
                continuation.resume(returning: Self.tree.render("forever", ["stop": false], into: &output))
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(outcome == .depthLimitReached)
    }

    @Test func aMissingTemplateRendersNothing() {
        var output: [UInt8] = Array("kept".utf8)
        #expect(Self.tree.render("nowhere", [:], into: &output) == .missingTemplate)
        #expect(output == Array("kept".utf8))
        #expect(Self.tree.render("nowhere", [:]) == "")
    }
}
