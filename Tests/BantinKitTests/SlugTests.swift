import Testing
@testable import BantinKit

@Suite("Slug")
struct SlugTests {
    @Test("make(from:) turns titles into slugs", arguments: [
        ("Những kết quả từ phong trào thi đua “Dân vận khéo”", "nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo"),
        ("Đảng", "dang"),
        ("ĐOÀN THANH NIÊN", "doan-thanh-nien"),
        ("Chi bộ", "chi-bo"),
        ("Tin hoạt động", "tin-hoat-dong"),
        ("Giới thiệu", "gioi-thieu"),
        ("HTX dịch vụ nông nghiệp Kinh 10", "htx-dich-vu-nong-nghiep-kinh-10"),
        ("  --Ưu   tiên!!  ", "uu-tien"),
        ("Thứ 2, ngày 09/11/2021", "thu-2-ngay-09-11-2021"),
        ("Ặn Ậm ỡ ự ỷ", "an-am-o-u-y"),
        ("", ""),
        ("   ", ""),
        ("!!!", ""),
        ("Chúc mừng 🎉 năm mới 新年", "chuc-mung-nam-moi"),
        ("中文", ""),
        ("Straße Ørsted", "stra-e-rsted"),
        ("Don't stop", "dont-stop"),
        ("Hà Nội’s news", "ha-nois-news"),
        ("a_b.c", "a-b-c"),
        ("already-a-slug", "already-a-slug"),
        ("tab\tnew\nline", "tab-new-line"),
    ])
    func make(_ text: String, _ expected: String) {
        #expect(Slug.make(from: text) == expected)
    }

    @Test("NFD input gives the same slug as NFC input", arguments: [
        "Những kết quả từ phong trào thi đua “Dân vận khéo”",
        "Đảng ủy xã Ưu tiên Ặn Ỡ",
        "Tin hoạt động",
    ])
    func decomposedInput(_ title: String) {
        let decomposed = title.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.unicodeScalars) != Array(title.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(Slug.make(from: decomposed) == Slug.make(from: title.precomposedStringWithCanonicalMapping))
    }

    @Test("isValid(_:) accepts only lowercase ASCII words joined by single hyphens", arguments: [
        ("chi-bo", true),
        ("a", true),
        ("2021", true),
        ("thu-2-ngay-09-11-2021", true),
        ("Chi-bo", false),
        ("chi--bo", false),
        ("-chi", false),
        ("chi-", false),
        ("-", false),
        ("../x", false),
        ("a/b", false),
        ("", false),
        ("chi_bo", false),
        ("chi bo", false),
        ("đảng", false),
    ])
    func isValid(_ text: String, _ expected: Bool) {
        #expect(Slug.isValid(text) == expected)
    }

    @Test("every non-empty slug is valid and making a slug again changes nothing", arguments: [
        "Những kết quả từ phong trào thi đua “Dân vận khéo”",
        "  --Ưu   tiên!!  ",
        "---a---b---",
        "🎉x🎉",
        "Ǆemal ﬁle ½",
        "A\u{301}\u{301}B",
    ])
    func slugsAreValidAndStable(_ text: String) {
        let slug = Slug.make(from: text)
        #expect(!slug.isEmpty)
        #expect(Slug.isValid(slug))
        #expect(Slug.make(from: slug) == slug)
    }
}
