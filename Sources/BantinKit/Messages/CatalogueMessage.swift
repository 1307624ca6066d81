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
    public var localized: LocalizedText { LocalizedText(vietnamese: vietnamese, english: english) }
}

/// A message already written in both languages, as diagnostics keep it.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
    /// The Vietnamese text.
    public let vietnamese: String
    /// The English text.
    public let english: String

    /// Both texts of one message.
    public init(vietnamese: String, english: String) {
        self.vietnamese = vietnamese
        self.english = english
    }

    /// The message's text.
    public init(_ message: some CatalogueMessage) {
        self = message.localized
    }

    /// A text that reads the same in both languages: a file name, an address, a value the user wrote.
    public init(verbatim text: String) {
        self.init(vietnamese: text, english: text)
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        language.choose(vietnamese: vietnamese, english: english)
    }

    /// The text in the language chosen for this run.
    public var description: String { text(in: .current) }
}
