// The English catalogue: the front matter of articles and pages.

extension DocumentMessage {
    public var english: String {
        switch self {
        case .missingFrontMatter(let keys):
            "missing front matter: the file must start with a line `---`, then \(Self.fields(keys, in: .english)), then another `---`"
        case .unclosedFrontMatter:
            "front matter opened here is never closed: add a line `---` after the last field"
        case .tabIndent:
            "this line is indented with the Tab key; use spaces (YAML cannot read a Tab at the start of a line)"
        case .emptyFrontMatter(let keys):
            "front matter is empty; it needs at least \(Self.fields(keys, in: .english))"
        case .categoryWithoutLetters(let name):
            "the category “\(name)” has no letter or digit to make its page address from; name the category with words, like “Tin hoạt động”"
        case .tagWithoutLetters(let name):
            "the tag “\(name)” has no letter or digit to make its page address from; write the tag with words, or remove it"
        case .missingDate:
            "missing `date`: an article needs one, like `date: 09/11/2021 09:40` (day first)"
        case .categoryNotInMenuNear(let category, let suggestion):
            "the category “\(category)” is not in the `menu` of content/site.yml, so nothing links to its page; did you mean “\(suggestion)”?"
        case .categoryNotInMenu(let category, let menu):
            "the category “\(category)” is not in the `menu` of content/site.yml, so nothing links to its page; "
                + "choose a category of the menu (\(menu.map { "“\($0)”" }.joined(separator: ", "))) or add “\(category)” to the menu"
        case .coverNotImage(let value):
            "the cover “\(value)” is not an image file; copy the image into content/media/ and write its path, like media/2021/anh-bia.jpg"
        case .invalidSlug(let written, let suggestion):
            "slug \"\(written)\" may contain only lowercase a-z, 0-9 and single hyphens (no /, .. or spaces)"
                + (suggestion.isEmpty ? "; write a few words joined by hyphens, like hoi-nghi-tong-ket" : "; did you mean \"\(suggestion)\"?")
        case .emptySlug:
            "this title gives an empty URL slug; add `slug:` with a few words in a-z, 0-9 and hyphens, like `slug: hoi-nghi-tong-ket`"
        }
    }
}
