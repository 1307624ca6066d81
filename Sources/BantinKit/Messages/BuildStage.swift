/// The stages of a build, named as the progress bar and `--verbose` show them.
///
/// The raw value is the name the builder records (`StageTiming.stage`, `BuildProgress.stage`).
public enum BuildStage: String, CatalogueMessage, CaseIterable, Sendable {
    case load
    case parse
    case resolve
    case checkLinks = "check links"
    case render
    case renderAndWrite = "render and write"

    /// Every stage is its own key.
    public var key: Self { self }

    /// The stage itself.
    public static func example(of key: Self) -> Self { key }

    /// The name of the stage the builder recorded as `name`, in `language`; an unknown name as it is.
    public static func name(_ name: String, in language: Language) -> String {
        BuildStage(rawValue: name)?.text(in: language) ?? name
    }
}
