/// What bantin says about `content/site.yml`, besides the messages about its fields in general
/// (`FieldMessage`), its permalink (`Permalink.Problem`) and its publish addresses (`PublishAddress.Problem`).
public enum SiteConfigMessage: CatalogueMessage, Equatable {
    /// Nothing in the file.
    case empty
    /// A `timezone:` the system does not know.
    case unknownTimeZone(name: String)
    /// More `menu:` entries than the menu bar shows.
    case tooManyMenuEntries(count: Int, limit: Int)
    /// A `base_url` (or `--base-url`) that is not an absolute http(s) address at all.
    case baseURLNotHTTP(url: String)
    /// A `base_url` refused by `BaseURLRule`, quoted.
    case baseURL(problem: BaseURLRule.Problem, url: String)
    /// `publish:` that is not a mapping of names to addresses.
    case publishNotMapping
    /// A name under `publish:` that is not one word.
    case publishNameNotWord
    /// An address under `publish:` that is not one line of text.
    case publishAddressNotText(name: String)
    /// An address under `publish:` that cannot be used.
    case publishAddress(name: String, problem: PublishAddress.Problem)

    public enum Key: CaseIterable, Sendable {
        case empty, unknownTimeZone, tooManyMenuEntries, baseURLNotHTTP, baseURL
        case publishNotMapping, publishNameNotWord, publishAddressNotText, publishAddress
    }

    public var key: Key {
        switch self {
        case .empty: .empty
        case .unknownTimeZone: .unknownTimeZone
        case .tooManyMenuEntries: .tooManyMenuEntries
        case .baseURLNotHTTP: .baseURLNotHTTP
        case .baseURL: .baseURL
        case .publishNotMapping: .publishNotMapping
        case .publishNameNotWord: .publishNameNotWord
        case .publishAddressNotText: .publishAddressNotText
        case .publishAddress: .publishAddress
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .empty: .empty
        case .unknownTimeZone: .unknownTimeZone(name: "Asia/Hanoi")
        case .tooManyMenuEntries: .tooManyMenuEntries(count: 1_200, limit: 30)
        case .baseURLNotHTTP: .baseURLNotHTTP(url: "lmhtx.example")
        case .baseURL: .baseURL(problem: .credentials, url: "https://u:p@lmhtx.example/")
        case .publishNotMapping: .publishNotMapping
        case .publishNameNotWord: .publishNameNotWord
        case .publishAddressNotText: .publishAddressNotText(name: "chinh")
        case .publishAddress: .publishAddress(name: "chinh", problem: .missingHost)
        }
    }
}
