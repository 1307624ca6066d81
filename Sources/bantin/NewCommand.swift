import ArgumentParser
import BantinKit
import Foundation

/// `bantin new`: starts an article, or a month's bulletin, with its front matter filled in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new article (content/articles/YYYY/<slug>.md) or bulletin (content/bulletins/YYYY-MM.md); never overwrites.",
        discussion: """
        An article starts as a draft dated now (or --date) in the site's time zone; set `draft: false` to publish it.
        A bulletin (--bulletin 2021-11) covers that month, takes the next free number of its year and starts as a draft.
        """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The article's title, e.g. \"Hội nghị tổng kết năm 2021\".", valueName: "TITLE"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("The article's category (default: the first menu entry).", valueName: "C"))
    var category: String?

    @Option(name: .long, help: ArgumentHelp(
        "Ngày của bài, ngày trước tháng sau, ví dụ 09/11/2021 hoặc \"09/11/2021 09:40\" (mặc định: bây giờ); bài được đặt trong thư mục năm của ngày này.",
        valueName: "NGÀY"
    ))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Create the bulletin of this month instead of an article.", valueName: "YYYY-MM"))
    var bulletin: String?

    @Option(name: .long, help: ArgumentHelp("The site folder, which holds content/ and templates/.", valueName: "DIR"))
    var root: String = "."

    func validate() throws {
        switch (title, bulletin) {
        case (nil, nil): throw ValidationError("give the article's title, or --bulletin YYYY-MM for a bulletin")
        case (.some, .some): throw ValidationError("give either a title (a new article) or --bulletin (a new bulletin), not both")
        case (.some(let title), nil) where title.trimmingCharacters(in: .whitespaces).isEmpty: throw ValidationError("the title is empty")
        case (nil, .some) where category != nil: throw ValidationError("--category is for articles; a bulletin chooses its categories in its file")
        case (nil, .some) where date != nil: throw ValidationError("--date chỉ dùng cho bài viết; bản tin lấy kỳ của nó từ --bulletin YYYY-MM")
        default: break
        }
    }

    func run() throws {
        let rootURL = URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let config: SiteConfig
        do {
            let bytes = try [UInt8](Data(contentsOf: rootURL.appendingPathComponent("content/site.yml")))
            config = try SiteConfig.load(from: SourceFile(path: "content/site.yml", bytes: bytes))
        } catch let failure as BuildFailure {
            Terminal.print(failure.diagnostics)
            throw ExitCode.failure
        } catch let diagnostic as Diagnostic {
            Terminal.print([diagnostic])
            throw ExitCode.failure
        } catch {
            Terminal.error("error: cannot read content/site.yml in \(rootURL.path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        do {
            if let month = bulletin {
                let files = SourceLoader(root: rootURL).markdownFiles(in: "content/bulletins").files
                let existing = BulletinParser(config: config).parse(files).bulletins
                let scaffold = try BulletinScaffold(month: month, existing: existing, config: config)
                try scaffold.write(under: rootURL)
                print("Created \(scaffold.path) (Số \(scaffold.number))")
            } else if let title {
                let scaffold = try ArticleScaffold(title: title, category: category, now: Date(), date: date, config: config)
                try scaffold.write(under: rootURL)
                print("Created \(scaffold.path)")
            }
        } catch {
            Terminal.error("error: \(error.message)")
            throw ExitCode.failure
        }
    }
}
