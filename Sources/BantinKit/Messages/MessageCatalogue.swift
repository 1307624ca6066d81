/// Every kind of message bantin prints, so that `MessageCatalogueTests` can render each one in both
/// languages. A new kind of message is one enum, its two texts (in `Vietnamese/` and `English/`)
/// and one line here.
public enum MessageCatalogue {
    /// The message kinds, grouped as the program is.
    public static let kinds: [any CatalogueMessage.Type] = [
        // Loading files, front matter, YAML, site.yml, dates.
        PublishAddress.Problem.self,
        LoadProblem.self,
        LoadMessage.self,
        YAMLMessage.self,
        FieldMessage.self,
        DocumentMessage.self,
        SiteConfigMessage.self,
        Permalink.Problem.self,
        BaseURLRule.Problem.self,
        WritableLocation.Refusal.self,
        SiteDate.ParseError.self,

        // Resolving, rendering, checking links, writing, scaffolds, search.
        SiteMessage.self,
        TemplateMessage.self,
        AchievementMessage.self,
        AchievementReport.Problem.self,
        BulletinMessage.self,
        WriterError.self,
        SiteScaffoldError.self,
        ScaffoldError.Problem.self,

        // The command line, the preview, publishing.
        CommandHelp.self,
        CommandMessage.self,
        BuildStage.self,
        PreviewMessage.self,

        PublishHelp.self,
        PublishMessage.self,
        PublishDestinationProblem.self,
        PublishFailure.self,
    ]
}
