import BantinMarkdown
import Foundation

/// The third stage: where each document is published and in which order, the bulletins' articles,
/// and the achievements rolled up.
struct ResolveStage {
    let options: BuildOptions
    let now: Date

    struct Resolved: Sendable {
        let site: ResolvedSite
        let bulletins: [ResolvedBulletin]
        let achievements: AchievementIndex
        let imageSizes: [String: ImageSize]
    }

    /// - Parameter templates: checked for the templates the resolved site needs; nil when none are rendered.
    /// - Returns: the resolved site (nil when it cannot be resolved) and every problem found.
    func resolve(_ content: ParseStage.Content, templates: TemplateSet?, cache: inout BuildCache) -> (resolved: Resolved?, diagnostics: [Diagnostic]) {
        let site: ResolvedSite
        do {
            site = try SiteResolver(config: content.config, inclusion: options.inclusion, now: now)
                .resolve(articles: content.articles, pages: content.pages)
        } catch {
            return (nil, error.diagnostics)
        }
        var diagnostics: [Diagnostic] = []
        var bulletins: [ResolvedBulletin] = []
        if let parsed = content.bulletins, content.documentsComplete {
            let resolved = BulletinResolver(site: site, inclusion: options.inclusion).resolve(parsed)
            bulletins = resolved.bulletins
            diagnostics += resolved.diagnostics
        }
        let reports = AchievementIndex.reports(in: site)
        let achievements: AchievementIndex
        if let cached = cache.achievements, cached.reports == reports {
            achievements = cached.index
        } else {
            achievements = AchievementIndex(reports: reports)
            if cache.retainsResults { cache.achievements = (reports, achievements) }
        }
        diagnostics += achievements.warnings
        if let templates, !achievements.years.isEmpty { diagnostics += templates.missingAchievementTemplates() }
        return (Resolved(site: site, bulletins: bulletins, achievements: achievements, imageSizes: content.imageSizes), diagnostics)
    }
}
