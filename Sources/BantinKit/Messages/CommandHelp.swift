/// The help of the `bantin` command and its subcommands (`bantin --help`, `bantin build --help`):
/// each command's summary and explanation, each option's line and the placeholders of their values.
///
/// `bantin publish` keeps its help beside its code.
public enum CommandHelp: CatalogueMessage, CaseIterable, Sendable {
    // bantin
    case bantinAbstract, bantinDiscussion
    // --lang, accepted by every command
    case language
    // build
    case buildAbstract, buildDiscussion, buildOutput, buildBaseURL, buildRelativeURLs, buildListChanges, buildVerbose
    // check
    case checkAbstract, checkDiscussion
    // --root, --drafts, --future of build, check, serve and report
    case siteRoot, siteDrafts, siteFuture
    // init
    case initAbstract, initDiscussion, initFolder, initName
    // new
    case newAbstract, newDiscussion, newTitle, newCategory, newDate, newBulletin
    // report
    case reportAbstract, reportDiscussion, reportYear, reportOutput, reportForce
    // serve
    case serveAbstract, serveDiscussion, servePort, serveHost, serveVerbose
    /// The placeholders of option values, as the usage line shows them: `--root <THƯ-MỤC>`.
    case folderValue, fileValue, nameValue, titleValue, categoryValue, dateValue, yearValue, portValue, addressValue

    /// Every help text is its own key.
    public var key: Self { self }

    /// The help text itself.
    public static func example(of key: Self) -> Self { key }
}
