/// `site`: what every page knows of the site (README, "Templates").
struct SiteFields: Encodable, Equatable, Sendable {
    /// A menu entry.
    struct MenuEntry: Encodable, Equatable, Sendable {
        let name: String
        let url: String
        let slug: String
    }

    /// The organisation's address, phone and e-mail, as `site.yml` gives them.
    struct Contact: Encodable, Equatable, Sendable {
        let address: String?
        let phone: String?
        let email: String?
    }

    /// A standalone page, for the footer.
    struct PageLink: Encodable, Equatable, Sendable {
        let title: String
        let url: String
    }

    let title: String
    let language: String
    let baseURL: String
    let homeURL: String
    let rssURL: String
    let bulletinsURL: String?
    let achievementsURL: String?
    let menu: [MenuEntry]
    let tagline: String?
    let contact: Contact?
    let pages: [PageLink]
    let hasPages: Bool

    init(site: ResolvedSite, hasBulletins: Bool, hasAchievements: Bool) {
        let config = site.config
        title = config.title
        language = config.language
        baseURL = config.baseURL
        homeURL = config.href("/")
        rssURL = config.href("/rss.xml")
        bulletinsURL = hasBulletins ? config.href(BulletinIndexPage.sitePath) : nil
        achievementsURL = hasAchievements ? config.href(AchievementIndex.sitePath) : nil
        menu = site.menu.map { index in
            let category = site.categories[index]
            return MenuEntry(name: category.name, url: config.href(category.sitePath), slug: category.slug)
        }
        tagline = config.tagline
        let contact = config.contact
        self.contact = contact.address == nil && contact.phone == nil && contact.email == nil
            ? nil : Contact(address: contact.address, phone: contact.phone, email: contact.email)
        pages = site.pages.map { PageLink(title: $0.document.title, url: config.href($0.sitePath)) }
        hasPages = !site.pages.isEmpty
    }
}
