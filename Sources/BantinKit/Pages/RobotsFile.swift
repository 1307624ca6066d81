/// `/robots.txt`, pointing crawlers at the sitemap.
enum RobotsFile {
    static func page(in context: SiteContext) -> Page {
        .text("User-agent: *\nAllow: /\n\nSitemap: \(context.config.absoluteURL("/sitemap.xml"))\n", at: "robots.txt")
    }
}
