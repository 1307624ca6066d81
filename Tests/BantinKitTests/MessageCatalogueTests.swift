import Foundation
import BantinKit
import Testing

/// Every message in the catalogue, rendered in Vietnamese and English.
@Suite struct MessageCatalogueTests {
    /// Letters that only Vietnamese writes: an English text holding one outside quotes was not translated.
    static let vietnameseLetters = Set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")

    @Test func everyKindIsListed() {
        #expect(!MessageCatalogue.kinds.isEmpty)
    }

    @Test(arguments: MessageCatalogue.kinds.map(KindUnderTest.init))
    func everyMessageHasBothTexts(_ kind: KindUnderTest) {
        for problem in kind.problems() {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func languageFromArgumentsAndEnvironment() {
        let table: [([String], [String: String], Language)] = [
            ([], [:], .vietnamese),
            (["build"], ["LANG": "en_US.UTF-8"], .english),
            (["build"], ["LANG": "vi_VN.UTF-8"], .vietnamese),
            (["build"], ["LANG": "C.UTF-8"], .vietnamese),
            (["build"], ["LC_ALL": "vi_VN.UTF-8", "LANG": "en_GB.UTF-8"], .vietnamese),
            (["build"], ["LC_MESSAGES": "en_US.UTF-8"], .english),
            (["build", "--lang", "en"], ["LANG": "vi_VN.UTF-8"], .english),
            (["build", "--lang=vi"], ["LANG": "en_US.UTF-8"], .vietnamese),
            (["new", "--", "--lang", "en"], [:], .vietnamese),
        ]
        for (arguments, environment, expected) in table {
            #expect(Language.preferred(arguments: arguments, environment: environment) == expected, "\(arguments) \(environment)")
        }
    }

    /// Foundation words file errors in English only; the reason is kept as its error number instead.
    @Test func systemReasonsAreWordedInBothLanguages() {
        let missing = SystemReason(NSError(domain: NSCocoaErrorDomain, code: NSFileReadNoSuchFileError))
        #expect(missing.text(in: .vietnamese) == "không có tệp hay thư mục này")
        #expect(missing.text(in: .english) == "No such file or directory")
        let full = SystemReason(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC)))
        #expect(full.text(in: .vietnamese) == "ổ đĩa đã đầy")
        let other = SystemReason(NSError(domain: "X", code: 1, userInfo: [NSLocalizedDescriptionKey: "Something odd"]))
        #expect(other.text(in: .vietnamese) == "lỗi hệ thống \"Something odd\"")
        #expect(other.text(in: .english) == "Something odd")
    }

    /// A message kept as it is (its text made when read) equals the same text written out, in both
    /// languages, and hashes alike: diagnostics compare and merge by text.
    @Test func aKeptMessageIsItsText() {
        let message = SiteMessage.missingTemplate(name: "article")
        let kept = LocalizedText(message)
        let written = LocalizedText(vietnamese: message.vietnamese, english: message.english)
        #expect(kept.text(in: .vietnamese) == message.vietnamese)
        #expect(kept.text(in: .english) == message.english)
        #expect(kept == written)
        #expect(kept.hashValue == written.hashValue)
        #expect(kept != LocalizedText(SiteMessage.missingTemplate(name: "list")))
        #expect(Set([kept, written]).count == 1)
    }

    @Test func numbersAndCounts() {
        #expect(Wording.number(10_000, in: .vietnamese) == "10.000")
        #expect(Wording.number(10_000, in: .english) == "10,000")
        #expect(Wording.number(999, in: .vietnamese) == "999")
        #expect(Wording.vietnamese(1, "bài") == "1 bài")
        #expect(Wording.english(1, "article") == "1 article")
        #expect(Wording.english(2, "article") == "2 articles")
        #expect(Wording.english(2, "category", plural: "categories") == "2 categories")
        #expect(Wording.seconds(.milliseconds(1250), in: .vietnamese) == "1,25 giây")
        #expect(Wording.seconds(.milliseconds(1250), in: .english) == "1.25 s")
        #expect(Wording.seconds(.milliseconds(1050), in: .vietnamese) == "1,05 giây")
        #expect(Wording.milliseconds(.microseconds(88_640), in: .vietnamese) == "88,6 ms")
        #expect(Wording.milliseconds(.microseconds(1_234_560), in: .english) == "1,234.6 ms")
        #expect(Wording.list(["a", "b", "c"], in: .vietnamese) == "a, b và c")
        #expect(Wording.list(["a", "b"], in: .english) == "a and b")
    }
}

/// One kind of message, checked case by case.
struct KindUnderTest: CustomTestStringConvertible, Sendable {
    let kind: any CatalogueMessage.Type
    init(_ kind: any CatalogueMessage.Type) { self.kind = kind }
    var testDescription: String { String(describing: kind) }

    func problems() -> [String] { problems(of: kind) }

    private func problems<M: CatalogueMessage>(of kind: M.Type) -> [String] {
        var found: [String] = []
        for key in M.Key.allCases {
            let message = M.example(of: key)
            let name = "\(M.self).\(key)"
            if message.key != key { found.append("\(name): example(of:) gives a message of key \(message.key)") }
            let vietnamese = message.vietnamese, english = message.english
            if vietnamese.trimmingCharacters(in: .whitespaces).isEmpty { found.append("\(name): no Vietnamese text") }
            if english.trimmingCharacters(in: .whitespaces).isEmpty { found.append("\(name): no English text") }
            if vietnamese == english { found.append("\(name): the Vietnamese text is the English one: \(english)") }
            if !vietnamese.lowercased().contains(where: MessageCatalogueTests.vietnameseLetters.contains) {
                found.append("\(name): the Vietnamese text has no Vietnamese letter; is it translated? \(vietnamese)")
            }
            if unquoted(english).lowercased().contains(where: MessageCatalogueTests.vietnameseLetters.contains) {
                found.append("\(name): the English text has Vietnamese outside quotes: \(english)")
            }
        }
        return found
    }

    /// The text without what stands in "…", “…” or `…`: file names, values and words quoted as written.
    private func unquoted(_ text: String) -> String {
        var result = "", closing: Character?
        for character in text {
            if let end = closing {
                if character == end { closing = nil }
            } else if character == "\"" { closing = "\"" }
            else if character == "`" { closing = "`" }
            else if character == "“" { closing = "”" }
            else { result.append(character) }
        }
        return result
    }
}
