// The English catalogue: bulletins and the articles they choose.

extension BulletinMessage {
    public var english: String {
        switch self {
        case .missingNumber:
            "missing `number`: a bulletin needs its issue number, like `number: 11`"
        case .missingPeriod(let key):
            "missing `\(key)`: a bulletin needs its period, like `from: 01/11/2021` and `to: 30/11/2021`"
        case .periodReversed(let from, let to, let toLine):
            "the period starts (\(from)) after it ends (`to: \(to)` on line \(toLine)); swap `from` and `to`"
        case .badSlug(let written):
            "slug \"\(written)\" may contain only lowercase a-z, 0-9 and single hyphens (no /, .. or spaces)"
        case .emptySlug:
            "this title gives an empty URL slug; add `slug:`"
        case .unknownCategory(let name, let suggestion):
            "no category named \"\(name)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .noArticlesInPeriod(let categories):
            "no published article falls in this bulletin's period" + (categories ? " and categories" : "")
        case .featuredRepeated(let title):
            "the article \"\(title)\" is already in `featured` above; a bulletin shows each article once, remove the repeated line"
        case .featuredNotFound(let entry, let title?, let slug?):
            "no published article has the slug, title or address \"\(entry)\"; did you mean \"\(title)\" (slug: \(slug))?"
        case .featuredNotFound(let entry, _, _):
            "no published article has the slug, title or address \"\(entry)\"; copy the slug, title or address of the article to put first (drafts and scheduled articles not yet published cannot be featured)"
        case .numberUsedTwice(let number, let year, let first):
            "bulletin number \(number) is used twice in \(year): here and in \(first); give this one the next free number"
        case .slugUsedTwice(let slug, let first):
            "two bulletins would be published at /ban-tin/\(slug)/: this one and \(first); give one of them a different `slug:`"
        }
    }
}
