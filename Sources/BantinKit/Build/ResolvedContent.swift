/// What the stages before rendering produce.
struct ResolvedContent {
    /// The files read from the site folder.
    let tree: SourceTree
    /// What is published, where and in which order.
    let site: ResolvedSite
    /// The achievements of the published articles, rolled up.
    let achievements: AchievementIndex
    /// The parsed templates; nil when they were not asked for.
    let templates: TemplateSet?
    /// The warnings found so far.
    let diagnostics: [Diagnostic]
}
