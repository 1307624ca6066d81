/// The templates of the achievement pages, needed only by sites that record achievements, so a theme
/// made before them keeps working until an article reports one.
extension TemplateSet {
    /// `/thanh-tich/` and `/thanh-tich/<year>/`.
    static let achievementTemplates = ["achievements", "achievement-year"]

    /// An error for each achievement template the set lacks.
    func missingAchievementTemplates() -> [Diagnostic] {
        Self.achievementTemplates.filter { !library.contains($0) }.map { name in
            Diagnostic(.error, path: "templates/\(name).mustache", message: SiteMessage.missingAchievementTemplate(name: name))
        }
    }
}
