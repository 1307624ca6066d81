import ArgumentParser
import BantinKit
import Foundation

/// `--lang vi|en`, accepted by every command. `Bantin.main` reads it before the arguments are parsed,
/// because the help text itself must already be in the chosen language.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            Language.current == .vietnamese
                ? "Ngôn ngữ của thông báo: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh); LANG=en_US.UTF-8 cũng cho tiếng Anh."
                : "The language of messages: vi (Vietnamese, the default) or en (English); LANG=en_US.UTF-8 also gives English.",
            valueName: "vi|en"
        )
    )
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(
                Language.current == .vietnamese
                    ? "--lang nhận vi hoặc en, không nhận \"\(lang)\""
                    : "--lang takes vi or en, not \"\(lang)\""
            )
        }
    }
}
