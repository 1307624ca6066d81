/// A message a user reads, written once in each language of the catalogue.
///
/// Each kind of message is an enum whose cases carry the values the text needs. Its Vietnamese text
/// lives in `Messages/Vietnamese/`, its English text in `Messages/English/`: one catalogue per
/// language, each a switch over every case, so the compiler refuses a message missing from either.
/// `Key` and `example(of:)` let `MessageCatalogueTests` render every message in both languages.
public protocol CatalogueMessage: Sendable {
    /// One key per case, without the values.
    associatedtype Key: CaseIterable, Hashable, Sendable

    /// Which case this is.
    var key: Key { get }
    /// A message of the case `key` with typical values, for the catalogue test.
    static func example(of key: Key) -> Self
    /// The text in Vietnamese.
    var vietnamese: String { get }
    /// The text in English.
    var english: String { get }
}

extension CatalogueMessage {
    /// The text in `language`.
    public func text(in language: Language) -> String {
        language.choose(vietnamese: vietnamese, english: english)
    }

    /// The text in the language chosen for this run.
    public var text: String { text(in: .current) }

    /// Both texts, to be kept and printed later in whichever language is chosen then.
    public var localized: LocalizedText { LocalizedText(self) }
}

/// A message in both languages, as diagnostics keep it.
///
/// A catalogue message is kept as it is and written out when its text is read: a build of 100,000
/// articles keeps 200,000 missing-image warnings, whose texts in both languages weighed 67 MB, and
/// prints each once, in one language. Messages are values, so their text is the same whenever it is
/// made.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
    private enum Storage: Sendable {
        case written(vietnamese: String, english: String)
        case message(any CatalogueMessage)
    }

    private let storage: Storage

    /// The Vietnamese text.
    public var vietnamese: String {
        switch storage {
        case .written(let vietnamese, _): vietnamese
        case .message(let message): message.vietnamese
        }
    }

    /// The English text.
    public var english: String {
        switch storage {
        case .written(_, let english): english
        case .message(let message): message.english
        }
    }

    /// Both texts of one message.
    public init(vietnamese: String, english: String) {
        storage = .written(vietnamese: vietnamese, english: english)
    }

    /// The message's text.
    public init(_ message: some CatalogueMessage) {
        storage = .message(message)
    }

    /// A text that reads the same in both languages: a file name, an address, a value the user wrote.
    public init(verbatim text: String) {
        self.init(vietnamese: text, english: text)
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.vietnamese == rhs.vietnamese && lhs.english == rhs.english
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(vietnamese)
        hasher.combine(english)
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        language.choose(vietnamese: vietnamese, english: english)
    }

    /// The text in the language chosen for this run.
    public var description: String { text(in: .current) }
}
