// The English catalogue: the command line's help, summaries and progress.

extension CommandHelp {
    public var english: String {
        switch self {
        case .bantinAbstract:
            "Builds a static news site from Markdown articles and Mustache templates."
        case .bantinDiscussion:
            """
            A site folder holds content/ (site.yml, articles/, pages/, media/) and templates/.
            `bantin build` writes the finished site into site/; upload that folder to your web host.
            `bantin serve` previews it while you edit.
            """
        case .language:
            "The language of messages: vi (Vietnamese, the default) or en (English); LANG=en_US.UTF-8 also gives English."
        case .buildAbstract:
            "Build the site into the output folder (default: site/)."
        case .buildDiscussion:
            "Nothing is written unless the whole site builds without errors, so a failed build leaves the "
                + "previous site/ as it was. Only files whose contents changed are rewritten; files that no "
                + "longer belong to the site are removed."
        case .buildOutput:
            "Where to write the site (default: site/ in the site folder)."
        case .buildBaseURL:
            "Use this address instead of base_url from site.yml, e.g. for a staging host."
        case .buildRelativeURLs:
            "Write links relative to each page, so the site opens straight from this computer or a USB stick without a server (as relative_urls: true in site.yml)."
        case .buildListChanges:
            "Print each file written and removed, one per line."
        case .buildVerbose:
            "Print the time each stage took, and every file written and removed."
        case .checkAbstract:
            "Check the site for errors, broken internal links and missing images, without writing anything."
        case .checkDiscussion:
            "Exits with status 1 when anything is wrong."
        case .siteRoot:
            "The site folder, which holds content/ and templates/."
        case .siteDrafts:
            "Include articles and pages marked `draft: true`."
        case .siteFuture:
            "Include articles dated after now."
        case .initAbstract:
            "Create a new site: the default theme, the settings file site.yml, a sample article and two pages, About and Contact."
        case .initDiscussion:
            "Nothing needs downloading: every file comes with the bantin program. It never overwrites: "
                + "a folder that already has content/ or templates/ is refused."
        case .initFolder:
            "The new site's folder (default: the current folder); created if missing."
        case .initName:
            "The organisation's name, printed at the top of every page, e.g. \"Hội Nông dân tỉnh An Giang\"."
        case .newAbstract:
            "Create a new article (content/articles/YYYY/<slug>.md) or bulletin (content/bulletins/YYYY-MM.md); never overwrites."
        case .newDiscussion:
            """
            An article starts as a draft dated now (or --date) in the site's time zone; set `draft: false` to publish it.
            A bulletin (--bulletin 2021-11) covers that month, takes the next free number of its year and starts as a draft.
            """
        case .newTitle:
            "The article's title, e.g. \"Hội nghị tổng kết năm 2021\"."
        case .newCategory:
            "The article's category (default: the first menu entry)."
        case .newDate:
            "The article's date, day before month, e.g. 09/11/2021 or \"09/11/2021 09:40\" (default: now); the article goes in the folder of that date's year."
        case .newBulletin:
            "Create the bulletin of this month instead of an article."
        case .reportAbstract:
            "Write one year's achievements report as a single HTML file (A4, prints to PDF)."
        case .reportDiscussion:
            "The report collects the `achievements:` records of the published articles: a title block, the "
                + "summary, a table per level and the source articles with their addresses. It is one file with "
                + "its CSS inside and loads nothing, so it opens offline; print it from a browser to get a PDF."
        case .reportYear:
            "The year to report, e.g. 2021."
        case .reportOutput:
            "Where to write the report (default: bao-cao-thanh-tich-YEAR.html in the current folder; a folder gets that name inside it)."
        case .reportForce:
            "Replace the output file if it already exists."
        case .serveAbstract:
            "Preview the site at http://127.0.0.1:8080/; pages reload themselves when a file changes."
        case .serveDiscussion:
            "Nothing is written to site/. Editing an article re-renders only the pages that show it. When "
                + "a change has errors, the last good site stays on screen with the errors over every page, until "
                + "the file is fixed. Drafts and future articles appear only with --drafts and --future, marked "
                + "\"BẢN NHÁP\" and \"HẸN GIỜ ĐĂNG\". Stop with Ctrl-C."
        case .servePort:
            "The port (default 8080; when it is busy the next free one is used)."
        case .serveHost:
            "The address to listen on. Anything but 127.0.0.1, ::1 or localhost makes the preview reachable from other machines."
        case .serveVerbose:
            "Print the time each stage of every rebuild took."
        case .folderValue: "DIR"
        case .fileValue: "FILE"
        case .nameValue: "NAME"
        case .titleValue: "TITLE"
        case .categoryValue: "CATEGORY"
        case .dateValue: "DATE"
        case .yearValue: "YEAR"
        case .portValue: "PORT"
        case .addressValue: "ADDRESS"
        }
    }
}

extension CommandMessage {
    public var english: String {
        switch self {
        case .counts(let errors, let warnings):
            "\(Wording.english(errors, "error")), \(Wording.english(warnings, "warning"))"
        case .failure(let detail):
            "error: \(detail)"
        case .buildSummary(let summary):
            Self.englishSummary(summary)
        case .buildFailed(let errors, let warnings, let output):
            "build failed: \(Self.counts(errors: errors, warnings: warnings).english); nothing was written to \(output)"
        case .fileWritten(let path):
            "  wrote    \(path)"
        case .fileRemoved(let path):
            "  removed  \(path)"
        case .stageTime(let timing, let width):
            "  \(Self.padded(timing.stageName(in: .english), width)) \(Wording.seconds(timing.duration, in: .english))"
        case .checkFailed(let errors, let warnings):
            "check failed: \(Self.counts(errors: errors, warnings: warnings).english)"
        case .noProblems(let root):
            "No problems found in \(root)"
        case .unknownLanguage(let code):
            "--lang takes vi (Vietnamese) or en (English), not \"\(code)\""
        case .noSiteFolder(let path):
            "no folder at \(path); --root must be the site folder (it holds content/ and templates/)"
        case .noSiteSettings(let path):
            "\(path) has no content/site.yml; run bantin in the site folder or pass --root DIR"
        case .siteCreated(let path, let files, let folder):
            """
            Created a new site in \(path) (\(Wording.english(files, "file"))).
            Next steps:
            \(folder.map { "  cd \($0)\n" } ?? "")  edit content/site.yml: the organisation's name, the site's address (base_url), the categories
              bantin serve    preview in a browser, reloading when you save a file
              bantin build    build the site into the folder site/ to upload to the server
            """
        case .newNeedsTitle:
            "give the article's title, or --bulletin YYYY-MM for a bulletin"
        case .newTitleAndBulletin:
            "give either a title (a new article) or --bulletin (a new bulletin), not both"
        case .newEmptyTitle:
            "the title is empty"
        case .newCategoryForBulletin:
            "--category is for articles; a bulletin chooses its categories in its file"
        case .newDateForBulletin:
            "--date is for articles; a bulletin takes its period from --bulletin YYYY-MM"
        case .newUnreadableSettings(let root, let detail):
            "error: cannot read content/site.yml in \(root): \(detail.text(in: .english))"
        case .articleCreated(let path):
            "Created \(path)"
        case .bulletinCreated(let path, let number):
            "Created \(path) (no. \(number))"
        case .reportImplausibleYear(let year, let lowest, let highest):
            "--year \(year) is not a year achievements can have (\(lowest) to \(highest))"
        case .reportFailed(let errors, let warnings):
            "report failed: \(Self.counts(errors: errors, warnings: warnings).english); nothing was written"
        case .reportRefused(let path, let reason):
            "error: will not write the report to \(path): \(reason); choose another place with --output"
        case .reportWritten(let path, let achievements, let year, let articles):
            "Wrote \(path): \(Wording.english(achievements, "achievement")) of \(year) from \(Wording.english(articles, "article"))"
        case .serveBadHost(let host):
            "--host must be an IP address (127.0.0.1, ::1, 0.0.0.0, 192.168.1.10) or localhost, not \"\(host)\""
        case .serveShared(let host):
            "warning: --host \(host): the preview, drafts included, is reachable from other machines on the network"
        case .serveBuilding(let root):
            "Building \(root) …"
        case .serveServing(let url):
            "Serving \(url)  (Ctrl-C to stop)"
        case .servePolling:
            "note: watching files by scanning them every 150 ms (no inotify here)"
        case .servePortMoved(let asked, let used):
            "note: port \(asked) is in use; using \(used)"
        case .servePortInUse(let port):
            "error: port \(port) is already in use; stop the program using it or choose another with --port"
        case .serveStopping:
            "Stopping …"
        case .serveBuilt(let articles, let pages, let files, let elapsed):
            "Built \(Wording.english(articles, "article")), \(Wording.english(pages, "page")) "
                + "(\(Wording.english(files, "file"))) in \(Wording.milliseconds(elapsed, in: .english))"
        case .serveUpdated(let elapsed, let rendered, let spliced, let changed):
            "Updated in \(Wording.milliseconds(elapsed, in: .english)): \(Wording.english(rendered, "page")) rendered"
                + (spliced > 0 ? " (\(Wording.number(spliced, in: .english)) by a new “Các tin khác” alone)" : "")
                + ", \(Wording.number(changed, in: .english)) changed"
        case .serveTimings(let timings):
            "  " + timings.map { "\($0.stageName(in: .english)) \(Wording.milliseconds($0.duration, in: .english))" }.joined(separator: ", ")
        case .serveWarnings(let count):
            "\(Wording.english(count, "warning")); run bantin check to list them"
        case .serveFailed(let errors, let warnings):
            "build failed: \(Self.counts(errors: errors, warnings: warnings).english); "
                + "the last good site is still served, with these errors over every page"
        }
    }

    /// "Built 12 articles, 2 pages → site: 61 files (5 written, 56 unchanged, 0 removed) in 0.21 s; …".
    private static func englishSummary(_ summary: BuildSummary) -> String {
        func count(_ value: Int, _ noun: String) -> String { Wording.english(value, noun) }
        func number(_ value: Int) -> String { Wording.number(value, in: .english) }
        var line = "Built \(count(summary.articles, "article")), \(count(summary.pages, "page")) → \(summary.output): "
        line += "\(count(summary.files, "file")) (\(number(summary.written)) written, \(number(summary.unchanged)) unchanged, "
        line += "\(number(summary.removed)) removed) in \(Wording.seconds(summary.elapsed, in: .english))"
        var left: [String] = []
        if summary.drafts > 0 { left.append("\(count(summary.drafts, "draft")) (use --drafts)") }
        if summary.future > 0 { left.append("\(count(summary.future, "future article")) (use --future)") }
        if !left.isEmpty { line += "; left out \(Wording.list(left, in: .english))" }
        if summary.warnings > 0 { line += "; \(count(summary.warnings, "warning"))" }
        return line
    }
}

extension BuildStage {
    public var english: String {
        switch self {
        case .load: "load"
        case .parse: "parse"
        case .resolve: "resolve"
        case .checkLinks: "check links"
        case .render: "render"
        case .renderAndWrite: "render and write"
        }
    }
}
