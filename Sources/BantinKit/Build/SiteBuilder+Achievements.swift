/// What `bantin report` needs: the stages up to resolve, without templates or rendering.
extension SiteBuilder {
    /// The published site and its achievements, rolled up.
    /// - Returns: the site, its achievements, and the warnings found (such as a record dated after its article).
    /// - Throws: `BuildFailure` with every error in the content; a broken template does not matter here.
    public func achievements() throws(BuildFailure) -> (site: ResolvedSite, achievements: AchievementIndex, warnings: [Diagnostic]) {
        var timer = StageTimer()
        let content = try resolve(withTemplates: false, timer: &timer)
        return (content.site, content.achievements, content.diagnostics.sorted())
    }
}
