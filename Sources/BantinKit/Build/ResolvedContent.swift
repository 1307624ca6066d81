import BantinMarkdown

/// What the stages before rendering produce.
struct ResolvedContent {
    /// The files read from the site folder.
    let tree: SourceTree
    /// What is published, where and in which order.
    let site: ResolvedSite
    /// The published bulletins, newest first, with their articles.
    let bulletins: [ResolvedBulletin]
    /// The achievements of the published articles, rolled up.
    let achievements: AchievementIndex
    /// The parsed templates; nil when they were not asked for.
    let templates: TemplateSet?
    /// Sizes of the images in the site's media, by URL.
    let imageSizes: [String: ImageSize]
    /// The warnings found so far.
    let diagnostics: [Diagnostic]
}
