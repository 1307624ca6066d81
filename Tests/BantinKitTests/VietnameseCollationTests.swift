import Foundation
import Testing
@testable import BantinKit

@Suite("VietnameseCollation")
struct VietnameseCollationTests {
    let collation = VietnameseCollation()

    // Checked by hand against the rule: the first letters decide a/ă/â, o/ô/ơ, u/ư and d/đ;
    // the "Ba" group has identical letters, so only the tone order (none, huyền, hỏi, ngã, sắc, nặng) separates them.
    // "Chi bộ" precedes "Công đoàn" because h < o at the second letter. The brief's expectation was already right.
    @Test("sorts the brief's titles in dictionary order")
    func dictionaryOrder() {
        let titles = [
            "Đoàn thanh niên", "Chi bộ", "Công đoàn", "Dân vận", "Ăn uống", "An ninh", "Âm nhạc", "Tin hoạt động",
            "Ưu tiên", "Uống nước", "Ơn nghĩa", "Ô tô", "Ong mật", "Ba", "Bà", "Bả", "Bã", "Bá", "Bạ",
        ]
        let expected = [
            "An ninh", "Ăn uống", "Âm nhạc", "Ba", "Bà", "Bả", "Bã", "Bá", "Bạ", "Chi bộ", "Công đoàn", "Dân vận",
            "Đoàn thanh niên", "Ong mật", "Ô tô", "Ơn nghĩa", "Tin hoạt động", "Uống nước", "Ưu tiên",
        ]
        #expect(titles.sorted(by: collation.areInIncreasingOrder) == expected)
        #expect(titles.reversed().sorted(by: collation.areInIncreasingOrder) == expected)
        #expect(titles.sorted { collation.sortKey(for: $0) < collation.sortKey(for: $1) } == expected)
    }

    @Test("orders pairs", arguments: [
        // The whole alphabet, one step at a time.
        ("a", "ă"), ("ă", "â"), ("â", "b"), ("c", "d"), ("d", "đ"), ("đ", "e"), ("e", "ê"), ("ê", "g"),
        ("n", "o"), ("o", "ô"), ("ô", "ơ"), ("ơ", "p"), ("u", "ư"), ("ư", "v"), ("x", "y"),
        // Loanword letters keep their Latin place.
        ("e", "f"), ("f", "g"), ("i", "j"), ("j", "k"), ("v", "w"), ("y", "z"),
        // Tones only break ties between equal letters.
        ("ba", "bà"), ("bà", "bả"), ("bả", "bã"), ("bã", "bá"), ("bá", "bạ"),
        ("bạ", "bb"),
        // Letters across the whole string come before any tone: "ba a" < "ba b" decides, not á vs a.
        ("bá a", "ba b"),
        // Among equal letters, the first tone difference decides.
        ("ba á", "bá a"),
        // Case is ignored for letters and tones, and only breaks the remaining tie: lowercase first.
        ("bà", "Bá"), ("ba", "Ba"), ("Ba", "bà"), ("đ", "Đ"), ("Đa", "đà"),
        // Shape and tone marks stack in either order in NFD; ặ is ă with nặng.
        ("ăn", "ặn"), ("ặn", "ân"),
        // A mark Vietnamese does not use does not hide the tone after it: ä̀ (a, diaeresis, grave) ranks as huyền.
        ("a\u{308}", "a\u{308}\u{300}"), ("a\u{308}\u{300}", "á"),
        // A prefix sorts first; spaces and digits sort before letters.
        ("an", "an ninh"), ("an ninh", "anh"), ("Kinh 10", "Kinh 9"), ("9", "a"),
        // Non-Latin letters sort after Latin ones.
        ("zebra", "Москва"),
    ])
    func pair(_ first: String, _ second: String) {
        #expect(collation.areInIncreasingOrder(first, second))
        #expect(!collation.areInIncreasingOrder(second, first))
        #expect(collation.sortKey(for: first) != collation.sortKey(for: second))
    }

    @Test("NFC and NFD spellings get equal keys and sort the same", arguments: [
        "Đoàn thanh niên", "Ặn uống", "Ưu tiên", "Bạ", "ở rể",
    ])
    func normalizationInsensitive(_ text: String) {
        let composed = text.precomposedStringWithCanonicalMapping
        let decomposed = text.decomposedStringWithCanonicalMapping
        #expect(collation.sortKey(for: composed) == collation.sortKey(for: decomposed))
        #expect(collation.sortKey(for: composed).hashValue == collation.sortKey(for: decomposed).hashValue)
        #expect(!collation.areInIncreasingOrder(composed, decomposed))
        #expect(!collation.areInIncreasingOrder(decomposed, composed))
        #expect(collation.areInIncreasingOrder(decomposed, composed + "a"))
    }

    @Test("different strings never compare equal, even with marks Vietnamese ignores")
    func totalOrder() {
        // "é" and "e\u{0308}" (ë) differ only by a mark with no Vietnamese weight; the raw string still orders them.
        let strings = ["e", "é", "ë", "E", "É", "ê", "ề", "Ề", "e ", "e\u{00A0}", "", " ", "-", "ñ", "n"]
        for a in strings {
            for b in strings where a != b {
                let aFirst = collation.areInIncreasingOrder(a, b)
                let bFirst = collation.areInIncreasingOrder(b, a)
                #expect(aFirst != bFirst, "\(a) vs \(b)")
            }
            #expect(!collation.areInIncreasingOrder(a, a))
        }
        let sorted = strings.sorted(by: collation.areInIncreasingOrder)
        #expect(sorted == strings.shuffled().sorted(by: collation.areInIncreasingOrder))
    }

    @Test("keys are transitive over a mixed list")
    func transitivity() {
        let strings = [
            "a", "A", "á", "Á", "ă", "ắ", "Ắ", "â", "ấ", "b", "ba", "bà", "Ba", "BÀ", "bá a", "ba b", "đ", "Đ", "d",
            "1", "10", "2", " ", "", "ơ", "ờ", "ớ", "o", "ô", "ư", "ừ", "u", "z", "w",
        ]
        let keys = strings.map { collation.sortKey(for: $0) }
        for x in keys {
            for y in keys where x < y {
                for z in keys where y < z {
                    #expect(x < z)
                }
            }
        }
    }
}
