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

    /// The last resolve, kept by the preview: the documents it was given, and where each resolved
    /// article and page came from among them.
    struct Last: Sendable {
        let config: SiteConfig
        let inclusion: SiteResolver.Inclusion
        let articles: [ParsedDocument]
        let pages: [ParsedDocument]
        /// Each article's placement at that update's `now` (nil without a date).
        let placements: [SiteResolver.Placement?]
        let site: ResolvedSite
        let articleSources: [Int]
        let pageSources: [Int]
        let previous: SiteResolver.Previous
    }

    /// - Parameter templates: checked for the templates the resolved site needs; nil when none are rendered.
    /// - Returns: the resolved site (nil when it cannot be resolved) and every problem found.
    func resolve(_ content: ParseStage.Content, templates: TemplateSet?, cache: inout BuildCache) -> (resolved: Resolved?, diagnostics: [Diagnostic]) {
        let resolver = SiteResolver(config: content.config, inclusion: options.inclusion, now: now)
        let placements = content.articles.map { document in document.date.map { resolver.placement(of: document, date: $0) } }
        let last: Last
        if let previous = cache.resolution, let reused = reusing(previous, for: content, placements: placements) {
            last = reused
        } else {
            do {
                let resolved = try resolver.resolveWithSources(
                    articles: content.articles, pages: content.pages, last: cache.resolution?.previous
                )
                last = Last(
                    config: content.config, inclusion: options.inclusion, articles: content.articles, pages: content.pages,
                    placements: placements, site: resolved.site, articleSources: resolved.articleSources, pageSources: resolved.pageSources,
                    previous: resolved.previous
                )
            } catch {
                cache.resolution = nil
                return (nil, error.diagnostics)
            }
        }
        // The last resolve's groups and URLs take milliseconds to free, which a save need not wait for.
        var previous = cache.retainsResults ? last : nil
        swap(&previous, &cache.resolution)
        SiteBuilder.freeElsewhere(consume previous)
        let site = last.site
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
        } else if let cached = cache.achievements, let relabeled = cached.index.relabeled(from: cached.reports, to: reports) {
            achievements = relabeled
            if cache.retainsResults { cache.achievements = (reports, achievements) }
        } else {
            achievements = AchievementIndex(reports: reports)
            if cache.retainsResults { cache.achievements = (reports, achievements) }
        }
        diagnostics += achievements.warnings
        if let templates, !achievements.years.isEmpty { diagnostics += templates.missingAchievementTemplates() }
        return (Resolved(site: site, bulletins: bulletins, achievements: achievements, imageSizes: content.imageSizes), diagnostics)
    }

    /// The last resolve with `content`'s documents in their places, when no document changed anything
    /// the resolver reads (path, date, draft, category, tags, slug) and each article's placement at this
    /// `now` is the last one's; nil otherwise. Resolving the whole site again would give the same URLs,
    /// order and groups, with these documents: the preview's usual edit (a body, a summary) skips it.
    private func reusing(_ last: Last, for content: ParseStage.Content, placements: [SiteResolver.Placement?]) -> Last? {
        guard last.inclusion == options.inclusion, last.articles.count == content.articles.count, last.pages.count == content.pages.count,
              last.placements == placements, last.config == content.config else { return nil }
        for (old, new) in zip(last.articles, content.articles) where old !== new {
            guard old.path == new.path, old.date == new.date, old.draft == new.draft, old.slug == new.slug,
                  old.category == new.category, old.tags == new.tags else { return nil }
        }
        for (old, new) in zip(last.pages, content.pages) where old !== new {
            guard old.path == new.path, old.draft == new.draft, old.slug == new.slug else { return nil }
        }
        let site = last.site
        let articles = zip(site.articles, last.articleSources).map { article, source in
            ResolvedSite.Article(
                document: content.articles[source], sitePath: article.sitePath, date: article.date, category: article.category, tags: article.tags
            )
        }
        let pages = zip(site.pages, last.pageSources).map { page, source in ResolvedSite.Page(document: content.pages[source], sitePath: page.sitePath) }
        return Last(
            config: last.config, inclusion: last.inclusion, articles: content.articles, pages: content.pages, placements: placements,
            site: ResolvedSite(
                config: site.config, articles: articles, pages: pages, categories: site.categories, tags: site.tags, menu: site.menu,
                skippedDrafts: site.skippedDrafts, skippedFuture: site.skippedFuture
            ),
            articleSources: last.articleSources, pageSources: last.pageSources, previous: last.previous
        )
    }
}
