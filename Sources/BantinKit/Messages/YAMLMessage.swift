/// What bantin says about YAML it cannot read (front matter and `site.yml`), in place of the YAML
/// library's own English, which names the grammar rather than the fix.
public enum YAMLMessage: CatalogueMessage, Equatable {
    /// A Tab where YAML expects spaces.
    case tab
    /// A plain value of `key` holding ": ", read as a second key.
    case colonInValue(key: String, value: String)
    /// A ": " read as a second key, where the key could not be told.
    case colonHere
    /// A line without `key:`.
    case missingColon
    /// A line indented out of line with the fields of its group.
    case misaligned
    /// A quoted value whose closing quote never comes.
    case unclosedQuote
    /// A `[` or `{` never closed; `open` and `close` are the brackets.
    case unclosedBracket(open: String, close: String)
    /// An alias (`*name`) with no anchor.
    case undefinedAlias
    /// A value starting with a character YAML reserves (`@`, `` ` ``, `%`), or nil when it cannot be shown.
    case reservedStart(character: String?)
    /// Any other syntax error: the library's words, and the construct it was reading and where it began.
    case syntax(problem: String, context: String?, line: Int?, column: Int?)
    /// A control character, as `\u0007`.
    case controlCharacter(code: String)
    /// The library's reader refused the text for another reason (its words).
    case unreadableHere(problem: String)
    /// The YAML could not be read at all (the library's words).
    case unreadable(problem: String)
    /// Anchors and aliases are refused (they can repeat a value exponentially).
    case anchors
    /// A key given twice in one mapping; `firstLine` is where it was first given, when found.
    case duplicateKey(key: String, firstLine: Int?)

    public enum Key: CaseIterable, Sendable {
        case tab, colonInValue, colonHere, missingColon, misaligned, unclosedQuote, unclosedBracket, undefinedAlias, reservedStart
        case syntax, controlCharacter, unreadableHere, unreadable, anchors, duplicateKey
    }

    public var key: Key {
        switch self {
        case .tab: .tab
        case .colonInValue: .colonInValue
        case .colonHere: .colonHere
        case .missingColon: .missingColon
        case .misaligned: .misaligned
        case .unclosedQuote: .unclosedQuote
        case .unclosedBracket: .unclosedBracket
        case .undefinedAlias: .undefinedAlias
        case .reservedStart: .reservedStart
        case .syntax: .syntax
        case .controlCharacter: .controlCharacter
        case .unreadableHere: .unreadableHere
        case .unreadable: .unreadable
        case .anchors: .anchors
        case .duplicateKey: .duplicateKey
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .tab: .tab
        case .colonInValue: .colonInValue(key: "title", value: "Kien Giang: tong ket nam")
        case .colonHere: .colonHere
        case .missingColon: .missingColon
        case .misaligned: .misaligned
        case .unclosedQuote: .unclosedQuote
        case .unclosedBracket: .unclosedBracket(open: "[", close: "]")
        case .undefinedAlias: .undefinedAlias
        case .reservedStart: .reservedStart(character: "@")
        case .syntax: .syntax(problem: "did not find expected key", context: "while parsing a block mapping", line: 2, column: 1)
        case .controlCharacter: .controlCharacter(code: "\\u0007")
        case .unreadableHere: .unreadableHere(problem: "invalid leading UTF-8 octet")
        case .unreadable: .unreadable(problem: "unexpected end of input")
        case .anchors: .anchors
        case .duplicateKey: .duplicateKey(key: "title", firstLine: 2)
        }
    }
}

/// What a mapping of `key: value` lines is, as messages about its fields name it.
public enum FieldOwner: Sendable, Equatable, CaseIterable {
    /// The front matter of an article or page, as a container of keys.
    case frontMatter
    /// An article, as what needs a field.
    case article
    /// A page, as what needs a field.
    case page
    /// A bulletin, as what needs a field.
    case bulletin
    /// An article's `cover:`.
    case cover
    /// One record under `achievements:`.
    case achievement
    /// `site.yml`, as a container of keys.
    case siteSettings
    /// The site, as what needs a field.
    case site
    /// The site, as what needs `base_url`: feeds, sitemap and sharing links are built on it.
    case siteAddress
    /// `contact:` in `site.yml`.
    case contact
}

/// What is wrong with a field of a YAML mapping.
public enum FieldMessage: CatalogueMessage, Equatable {
    /// The value is not a mapping of `key: value` lines.
    case notMapping(FieldOwner)
    /// A key that is a list or mapping itself.
    case keyNotPlain(FieldOwner)
    /// A key that is not allowed, with the allowed key it is a likely typo of.
    case unknownKey(key: String, in: FieldOwner, suggestion: String)
    /// A key that is not allowed and near none: the allowed keys are listed.
    case unknownKeyListed(key: String, in: FieldOwner, known: [String])
    /// A list or mapping where one value belongs.
    case notSingleValue(key: String)
    /// A control character (`\u0007`) in a text.
    case controlCharacter(key: String, code: String)
    /// A required field written but empty.
    case emptyRequired(key: String, owner: FieldOwner)
    /// A required field missing.
    case missingRequired(key: String, owner: FieldOwner)
    /// A yes/no field with another value.
    case notBool(key: String, value: String)
    /// A count with another value.
    case notPositiveInt(key: String, value: String)
    /// An item of a list that is a list or mapping itself.
    case listItemNotSingle(key: String)
    /// A mapping where a list belongs.
    case notList(key: String)

    public enum Key: CaseIterable, Sendable {
        case notMapping, keyNotPlain, unknownKey, unknownKeyListed, notSingleValue, controlCharacter
        case emptyRequired, missingRequired, notBool, notPositiveInt, listItemNotSingle, notList
    }

    public var key: Key {
        switch self {
        case .notMapping: .notMapping
        case .keyNotPlain: .keyNotPlain
        case .unknownKey: .unknownKey
        case .unknownKeyListed: .unknownKeyListed
        case .notSingleValue: .notSingleValue
        case .controlCharacter: .controlCharacter
        case .emptyRequired: .emptyRequired
        case .missingRequired: .missingRequired
        case .notBool: .notBool
        case .notPositiveInt: .notPositiveInt
        case .listItemNotSingle: .listItemNotSingle
        case .notList: .notList
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .notMapping: .notMapping(.frontMatter)
        case .keyNotPlain: .keyNotPlain(.cover)
        case .unknownKey: .unknownKey(key: "titel", in: .frontMatter, suggestion: "title")
        case .unknownKeyListed: .unknownKeyListed(key: "color", in: .contact, known: ["address", "phone", "email"])
        case .notSingleValue: .notSingleValue(key: "title")
        case .controlCharacter: .controlCharacter(key: "title", code: "\\u0007")
        case .emptyRequired: .emptyRequired(key: "title", owner: .article)
        case .missingRequired: .missingRequired(key: "base_url", owner: .siteAddress)
        case .notBool: .notBool(key: "draft", value: "yes")
        case .notPositiveInt: .notPositiveInt(key: "per_page", value: "0")
        case .listItemNotSingle: .listItemNotSingle(key: "tags")
        case .notList: .notList(key: "tags")
        }
    }
}
