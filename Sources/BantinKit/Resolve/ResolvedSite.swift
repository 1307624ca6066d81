import Foundation

/// The site as it will be published: which documents are in, their URLs, and how they are grouped.
public struct ResolvedSite: Sendable {
    /// A published article and its place in the site.
    public struct Article: Sendable {
        public let document: ParsedDocument
        /// Its site path, e.g. "/2021/11/slug/".
        public let sitePath: String
        /// Its publication moment (articles always have one).
        public let date: Date
        /// Index into `categories`, when it has a category.
        public let category: Int?
        /// Indices into `tags`.
        public let tags: [Int]
    }

    /// A standalone page.
    public struct Page: Sendable {
        public let document: ParsedDocument
        /// Its site path, "/slug/".
        public let sitePath: String
    }

    /// A category or tag with its articles.
    public struct Taxon: Sendable, Equatable {
        /// The name as readers see it.
        public let name: String
        /// The URL slug.
        public let slug: String
        /// The first list page, e.g. "/chuyen-muc/chi-bo/".
        public let sitePath: String
        /// Indices into `articles`, newest first.
        public let articles: [Int]
    }

    public let config: SiteConfig
    /// Published articles, newest first; equal dates in path order.
    public let articles: [Article]
    /// Published pages in path order.
    public let pages: [Page]
    /// Categories in Vietnamese alphabetical order.
    public let categories: [Taxon]
    /// Tags in Vietnamese alphabetical order.
    public let tags: [Taxon]
    /// Indices into `categories` in `menu` order; menu names without articles get an empty category.
    public let menu: [Int]
    /// Drafts left out (0 when `--drafts`).
    public let skippedDrafts: Int
    /// Articles dated after the build's `now` left out (0 when `--future`).
    public let skippedFuture: Int
}
