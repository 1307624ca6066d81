import ArgumentParser
import BantinKit
import Foundation

/// `--lang vi|en`, accepted by every command. `Bantin.main` reads it before the arguments are parsed,
/// because the help text itself must already be in the chosen language.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(CommandHelp.language.text, valueName: "vi|en")
    )
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(CommandMessage.unknownLanguage(lang).text)
        }
    }
}
