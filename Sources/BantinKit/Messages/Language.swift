import Foundation

/// The language bantin speaks to the person at the keyboard: Vietnamese unless they ask for English.
public enum Language: String, Sendable, CaseIterable {
    case vietnamese = "vi"
    case english = "en"

    /// The language every message is written in. The command sets it once, before anything is printed
    /// (see `preferred(arguments:environment:)`); tests and library users get Vietnamese.
    public static var current: Language {
        get { lock.withLock { chosen } }
        set { lock.withLock { chosen = newValue } }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var chosen: Language = .vietnamese

    /// The one of two texts written in this language; the other is not computed.
    public func choose<Text>(vietnamese: @autoclosure () -> Text, english: @autoclosure () -> Text) -> Text {
        switch self {
        case .vietnamese: vietnamese()
        case .english: english()
        }
    }

    /// Reads `vi`, `en`, `vi_VN.UTF-8`, `en-GB` and the like; nil for anything else.
    public init?(code: String) {
        let prefix = code.prefix { $0.isLetter }.lowercased()
        switch prefix {
        case "vi": self = .vietnamese
        case "en": self = .english
        default: return nil
        }
    }

    /// The language asked for: `--lang en` (or `--lang=en`) on the command line first, then the first
    /// set one of `LC_ALL`, `LC_MESSAGES` and `LANG` (`en_US.UTF-8` gives English), else Vietnamese.
    /// A locale that is neither English nor Vietnamese (`C`, `POSIX`, `fr_FR`) keeps Vietnamese.
    public static func preferred(arguments: [String], environment: [String: String]) -> Language {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                if let language = Language(code: arguments[index + 1]) { return language }
            } else if argument.hasPrefix("--lang="), let language = Language(code: String(argument.dropFirst(7))) {
                return language
            }
            index += 1
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(code: value) ?? .vietnamese
        }
        return .vietnamese
    }
}
