@testable import BantinKit
import Foundation
import Testing
import Yams

/// `PlainYAML` reads what it reads exactly as Yams composes it (strings, styles, tags and every
/// position), and hands everything else back to Yams.
@Suite struct PlainYAMLTests {
    /// Everything about a node that bantin reads, or that a diagnostic could point at, in one line.
    static func describe(_ node: Node) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        switch node {
        case .scalar(let scalar):
            return "\(String(reflecting: scalar.string))\(mark)[\(scalar.style)|\(node.tag)]"
        case .sequence(let sequence):
            return "seq\(mark)(" + sequence.map(describe).joined(separator: ", ") + ")"
        case .mapping(let mapping):
            return "map\(mark){" + mapping.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        case .alias:
            return "alias\(mark)"
        }
    }

    /// Yams' tree of `yaml`, described.
    static func yams(_ yaml: String) throws -> String {
        describe(try #require(try Parser(yaml: yaml).singleRoot()))
    }

    @Test func aMarkIsBuiltFromItsLineAndColumn() {
        let mark = PlainYAML.mark(line: 12, column: 34)
        #expect(mark.line == 12)
        #expect(mark.column == 34)
        #expect(MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size)
    }

    @Test("the plain shape reads as Yams reads it", arguments: [
        "title: Hội nghị\ndate: 09/11/2021 09:40",
        "title: \"Hội nghị: tổng kết #2\"\ncategory: Tin hoạt động\n",
        "title: 'It''s Kiên Giang'\nauthor: \"A \\\"B\\\" \\\\ C\"",
        "tags: [\"Thi đua\", Hợp tác xã, 'OCOP' ,VietGAP]\ndraft: true",
        "tags: []\nsummary: x",
        "tags: [ ]",
        "tags:\n  - Thi đua\n  - \"Hợp tác xã\"\n",
        "tags:\n- Thi đua\n- OCOP\nauthor: Lan",
        "cover:\n  image: media/anh 1.jpg\n  alt: \"Ảnh\"\n  caption: Trao giải",
        "title: x\n\n# a comment\n   # another\nyear: 2024\n",
        "achievements:\n  - title: \"Tập thể lao động tiên tiến năm 2024\"\n    kind: \"cờ thi đua\"\n    year: 2024\n  - title: B\n    level: cấp tỉnh\n    decision: \"3811/QĐ-TU\"\n    date: \"11/02/2024\"\nsummary: tóm tắt",
        "achievements:\n- title: A\n  year: 2023\n- title: B\n",
        "a:\n  b:\n    c: d\n  e: f\ng: h",
        "list:\n  -   spaced item\n  - key:\n      nested: v\n",
        "x: -5\ny: a-b\nz: C#\nurl: https://vca.org.vn/a?b=c\nt: 12:30",
        "title:    trailing spaces    \nnext: Ở cuối   ",
        "a: [x, \"y, z\", 'w]']",
        "n: ~\nm: null\nb: yes",
        "cover:\n    image: a.jpg\n    alt: Ảnh tập thể",
        "featured:\n  - \"Hội nghị: A\"\n  - B",
        "key:\n- a\n- b:\n    c: d\n",
    ])
    func plainShape(_ yaml: String) throws {
        let plain = try #require(PlainYAML.compose(yaml), "PlainYAML should read: \(yaml)")
        let expected = try Self.yams(yaml)
        #expect(Self.describe(plain) == expected)
    }

    @Test("anything else is left to Yams", arguments: [
        "title: a\tb",
        "title: x\r\nother: y",
        "title: x # comment",
        "tags: [a, b] # comment",
        "title: one\n  continued",
        "title: \"one\n  two\"",
        "summary: |\n  block",
        "summary: >\n  folded",
        "base: &a x\nother: *a",
        "tag: !!str 5",
        "map: {a: b}",
        "? complex\n: key",
        "---\ntitle: x",
        "%YAML 1.1\n---\nx: y",
        "empty:",
        "empty:\nnext: x",
        "title: a\ntitle: b",
        "- a\n- b",
        "plain scalar",
        "title: \"escaped \\n newline\"",
        "title: 'unclosed",
        "list:\n  - - nested",
        "list:\n  -\n  - b",
        "tags: [a, ]",
        "tags: [a,,b]",
        "tags: [a, {b: c}]",
        "tags: [a:, b]",
        "a: b: c",
        "  indented: root",
        "a:\n  b: c\n    d: e",
        "line\u{2028}separator: x",
        "\u{FEFF}bom: x",
        "key with space: x",
        "tiêu_đề: x",
        "\"quoted key\": x",
        "-dash: x",
        "x: `tick`",
        "",
        "# only a comment",
    ])
    func notPlain(_ yaml: String) {
        #expect(PlainYAML.compose(yaml) == nil, "PlainYAML should leave to Yams: \(yaml)")
    }

    /// Every front matter and `site.yml` of the sample site and the fixture sites: what PlainYAML
    /// reads, it reads as Yams does; and it reads nearly all of them.
    @Test func everyFrontMatterOfTheSampleAndFixtureSitesReadsAsYamsReadsIt() throws {
        var read = 0
        var total = 0
        for folder in [Fixtures.repositoryRoot.appendingPathComponent("content"), Fixtures.folder] {
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            for case let url as URL in files where url.pathExtension == "md" || url.lastPathComponent == "site.yml" {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                let yaml: String
                if url.pathExtension == "md" {
                    guard case .success(let split) = FrontMatterSplit.split(text) else { continue }
                    yaml = FrontMatterTextFields(split.yaml).yaml
                } else {
                    yaml = text
                }
                total += 1
                guard let plain = PlainYAML.compose(yaml) else { continue }
                read += 1
                let expected = try Self.yams(yaml)
                #expect(Self.describe(plain) == expected, "\(url.path)")
            }
        }
        #expect(total > 50)
        #expect(Double(read) >= 0.8 * Double(total), "PlainYAML read \(read) of \(total) front matters")
    }
}
