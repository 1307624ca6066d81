/// What the parser says about an article's or page's front matter, besides the messages about YAML
/// (`YAMLMessage`) and about fields in general (`FieldMessage`).
public enum DocumentMessage: CatalogueMessage, Equatable {
    /// The file does not start with `---`; `keys` are the fields it needs at least.
    case missingFrontMatter(keys: [String])
    /// The `---` on line 1 is never closed.
    case unclosedFrontMatter
    /// A line indented with a Tab.
    case tabIndent
    /// Nothing between the fences; `keys` are the fields it needs at least.
    case emptyFrontMatter(keys: [String])
    /// A category name with no letter or digit to make its address from.
    case categoryWithoutLetters(name: String)
    /// A tag with no letter or digit to make its address from.
    case tagWithoutLetters(name: String)
    /// An article without `date:`.
    case missingDate
    /// A category missing from `menu:`, near one that is in it.
    case categoryNotInMenuNear(category: String, suggestion: String)
    /// A category missing from `menu:`, near none of `menu`.
    case categoryNotInMenu(category: String, menu: [String])
    /// A cover that is a script or `data:` address, not an image file.
    case coverNotImage(value: String)
    /// A `slug:` with characters a slug may not have, and the slug made from it (empty when none).
    case invalidSlug(written: String, suggestion: String)
    /// A title with no letter or digit, so no slug can be made from it.
    case emptySlug

    public enum Key: CaseIterable, Sendable {
        case missingFrontMatter, unclosedFrontMatter, tabIndent, emptyFrontMatter, categoryWithoutLetters, tagWithoutLetters
        case missingDate, categoryNotInMenuNear, categoryNotInMenu, coverNotImage, invalidSlug, invalidSlugWithout, emptySlug
    }

    public var key: Key {
        switch self {
        case .missingFrontMatter: .missingFrontMatter
        case .unclosedFrontMatter: .unclosedFrontMatter
        case .tabIndent: .tabIndent
        case .emptyFrontMatter: .emptyFrontMatter
        case .categoryWithoutLetters: .categoryWithoutLetters
        case .tagWithoutLetters: .tagWithoutLetters
        case .missingDate: .missingDate
        case .categoryNotInMenuNear: .categoryNotInMenuNear
        case .categoryNotInMenu: .categoryNotInMenu
        case .coverNotImage: .coverNotImage
        case .invalidSlug(_, let suggestion): suggestion.isEmpty ? .invalidSlugWithout : .invalidSlug
        case .emptySlug: .emptySlug
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .missingFrontMatter: .missingFrontMatter(keys: ["title", "date"])
        case .unclosedFrontMatter: .unclosedFrontMatter
        case .tabIndent: .tabIndent
        case .emptyFrontMatter: .emptyFrontMatter(keys: ["title"])
        case .categoryWithoutLetters: .categoryWithoutLetters(name: "???")
        case .tagWithoutLetters: .tagWithoutLetters(name: "!!")
        case .missingDate: .missingDate
        case .categoryNotInMenuNear: .categoryNotInMenuNear(category: "Tin hoat dong", suggestion: "Tin hoạt động")
        case .categoryNotInMenu: .categoryNotInMenu(category: "Thu vien", menu: ["Tin hoạt động", "Thông báo"])
        case .coverNotImage: .coverNotImage(value: "javascript:alert(1)")
        case .invalidSlug: .invalidSlug(written: "Hoi Nghi", suggestion: "hoi-nghi")
        case .invalidSlugWithout: .invalidSlug(written: "..", suggestion: "")
        case .emptySlug: .emptySlug
        }
    }

    /// "`title:` and `date:`", "`title:`, `number:`, `from:` và `to:`": the fields as a list in `language`.
    static func fields(_ keys: [String], in language: Language) -> String {
        Wording.list(keys.map { "`\($0):`" }, in: language)
    }
}
