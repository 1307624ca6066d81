// The English catalogue: YAML that cannot be read, and the fields of front matter and site.yml.

extension YAMLMessage {
    public var english: String {
        switch self {
        case .tab:
            "there is a Tab here; replace it with spaces"
        case .colonInValue(let key, let value):
            "the value of `\(key)` holds a colon and a space (\": \"), so it is read as a new field; "
                + "put the whole value in double quotes: \(key): \"\(Self.escaped(value))\""
        case .colonHere:
            "the colon and space (\": \") here are read as a new field; put the whole value in double quotes"
        case .missingColon:
            "this line has no colon: each line is written `key: value`; if it continues the line above, "
                + "join it to the end of that line"
        case .misaligned:
            "this line is indented out of line with the lines above: the fields of one group must start at the same column; add or remove spaces at the start of the line to line it up"
        case .unclosedQuote:
            "the quote opened here is never closed; add the closing quote at the end of the value"
        case .unclosedBracket(let open, let close):
            "the \"\(open)\" opened here is not closed; add \"\(close)\" at the end, or put the value in double quotes if it is not a list"
        case .undefinedAlias:
            "YAML aliases (&name, *name) cannot be used here; write the value out"
        case .reservedStart(let character):
            "a value cannot start with \(character.map { "the character “\($0)”" } ?? "this character"); put the whole value in double quotes"
        case .syntax(let problem, let context, let line, let column):
            "this part is not valid YAML (the YAML library says: “\(problem)”"
                + (context.map { ", “\($0)” starting at line \(line ?? 1), column \(column ?? 1)" } ?? "")
                + "); check the spaces at the start of lines, the colons and the brackets"
        case .controlCharacter(let code):
            "there is a control character \(code) here (it cannot be printed, and usually comes from pasting from another program); delete it"
        case .unreadableHere(let problem):
            "cannot read the YAML here (the YAML library says: “\(problem)”); delete this part and type it again"
        case .unreadable(let problem):
            "cannot read the YAML (the YAML library says: “\(problem)”); check the spaces at the start of lines, the colons and the brackets"
        case .anchors:
            "YAML anchors and aliases (&name, *name) are not allowed here; write the value out"
        case .duplicateKey(let key, let firstLine):
            "`\(key)` is given twice\(firstLine.map { " (first on line \($0))" } ?? ""); keep one of them"
        }
    }
}

extension FieldOwner {
    /// The mapping as a place keys are written in: "unknown key `x` in front matter".
    var englishContainer: String {
        switch self {
        case .frontMatter: "front matter"
        case .article: "an article"
        case .page: "a page"
        case .bulletin: "a bulletin"
        case .cover: "`cover`"
        case .achievement: "an achievement"
        case .siteSettings, .site, .siteAddress: "site.yml"
        case .contact: "`contact`"
        }
    }

    /// The thing that needs a field: "an article needs one".
    var englishNeeder: String {
        switch self {
        case .frontMatter, .article: "an article"
        case .page: "a page"
        case .bulletin: "a bulletin"
        case .cover: "a cover"
        case .achievement: "an achievement"
        case .siteSettings, .site: "the site"
        case .siteAddress: "the site (for feeds, sitemap and sharing links)"
        case .contact: "the contact details"
        }
    }
}

extension FieldMessage {
    public var english: String {
        switch self {
        case .notMapping(let owner):
            "\(owner.englishContainer) must be a list of `key: value` lines"
        case .keyNotPlain(let owner):
            "keys in \(owner.englishContainer) must be plain words, like title"
        case .unknownKey(let key, let owner, let suggestion):
            "unknown key `\(key)` in \(owner.englishContainer); did you mean `\(suggestion)`?"
        case .unknownKeyListed(let key, let owner, let known):
            "unknown key `\(key)` in \(owner.englishContainer); known keys: \(known.joined(separator: ", "))"
        case .notSingleValue(let key):
            "`\(key)` must be a single value, not a list or mapping"
        case .controlCharacter(let key, let code):
            "`\(key)` holds the control character \(code), which cannot be printed on a page; delete it (it usually comes from pasting from another program, or from writing \(code) inside double quotes)"
        case .emptyRequired(let key, let owner):
            "`\(key)` is empty; \(owner.englishNeeder) needs one"
        case .missingRequired(let key, let owner):
            "missing `\(key)`: \(owner.englishNeeder) needs one; add a line `\(key): …`"
        case .notBool(let key, let value):
            "`\(key)` must be true or false, not \"\(value)\""
        case .notPositiveInt(let key, let value):
            "`\(key)` must be a whole number greater than 0, not \"\(value)\""
        case .listItemNotSingle(let key):
            "each item of `\(key)` must be a single value"
        case .notList(let key):
            "`\(key)` must be a list, like [A, B]"
        }
    }
}
