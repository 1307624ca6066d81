/// A bulletin with the articles of its period chosen and ordered.
public struct ResolvedBulletin: Sendable {
    /// Articles of one category, in the bulletin.
    public struct Group: Sendable, Equatable {
        /// Index into `ResolvedSite.categories`; nil for articles without a category.
        public let category: Int?
        /// Indices into `ResolvedSite.articles`, newest first.
        public let articles: [Int]
    }

    public let bulletin: ParsedBulletin
    /// Its page, "/ban-tin/<slug>/".
    public let sitePath: String
    /// The featured articles, in the order the bulletin lists them.
    public let featured: [Int]
    /// The other articles of the period, grouped by category in menu order, then the rest alphabetically.
    public let groups: [Group]

    /// How many articles the bulletin shows.
    public var articleCount: Int { featured.count + groups.reduce(0) { $0 + $1.articles.count } }
}
