import Foundation

/// The search index of a site: what `/tim-kiem/` downloads to answer a query, built from the
/// published articles and pages.
///
/// The index is split so that a query fetches only what it needs: a small manifest, the chunks of the
/// sorted term list that hold its syllables (and the syllable pairs of its phrases), and the metadata
/// of the results it shows. The file format is described in `SearchIndex+Files.swift`.
public struct SearchIndex: Sendable {
    /// One searchable document: an article or a page.
    public struct Document: Sendable, Equatable {
        /// The title, as written.
        public let title: String
        /// Its address on the site (`href`, with the base path).
        public let url: String
        /// Index into `categories`, when it is an article with a category.
        public let category: Int?
        /// "09/11/2021", empty for pages.
        public let date: String
        /// The start of its text (lead, then body), shortened, for the result snippet.
        public let excerpt: String
    }

    /// How one document uses a syllable: in the title, and how often in the text.
    struct Occurrence: Sendable {
        var inTitle = false
        var inBodyCount = 0
    }

    /// The syllables and syllable pairs of one document, each once.
    struct DocumentTerms: Sendable {
        /// Folded syllable → its spellings and how each occurs. A short list, not a dictionary: a
        /// syllable has few spellings, and hashing a non-ASCII string normalizes it first, which made
        /// indexing several times slower.
        var syllables: [String: [(spelling: String, occurrence: Occurrence)]] = [:]
        /// "dan van" → whether the pair occurs in the title.
        var pairs: [String: Bool] = [:]
    }

    /// The site path of the search page.
    public static let pagePath = "/tim-kiem/"
    /// Where the index files go, inside the search page's folder.
    public static let dataFolder = "tim-kiem/chi-muc/"
    /// How many characters of text a result's snippet can show.
    static let excerptLength = 320

    /// Documents by id: articles oldest first (a new article appends, so earlier metadata files stay
    /// unchanged for uploads), then pages.
    public let documents: [Document]
    /// How many of `documents` are articles.
    public let articleCount: Int
    /// Category names, slugs and addresses, in the site's order.
    public let categories: [(name: String, slug: String, url: String)]
    /// For each year with articles, the first and last document id (articles are in date order).
    public let years: [(year: Int, first: Int, last: Int)]
    /// The terms of each document, in id order.
    let terms: [DocumentTerms]

    /// Indexes every published article and page of `site`.
    public init(site: ResolvedSite) {
        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        let articles = Array(site.articles.reversed())
        var sources: [(title: String, text: String)] = []
        var documents: [Document] = []
        var years: [(year: Int, first: Int, last: Int)] = []
        for article in articles {
            let document = article.document
            let text = Self.text(of: document)
            sources.append((document.title, text))
            documents.append(Document(
                title: document.title, url: site.config.href(article.sitePath), category: article.category,
                date: formatter.dayMonthYear(article.date), excerpt: Self.excerpt(of: text)
            ))
            let year = formatter.year(article.date)
            if let last = years.last, last.year == year {
                years[years.count - 1].last = documents.count - 1
            } else {
                years.append((year, documents.count - 1, documents.count - 1))
            }
        }
        for page in site.pages {
            let text = Self.text(of: page.document)
            sources.append((page.document.title, text))
            documents.append(Document(
                title: page.document.title, url: site.config.href(page.sitePath), category: nil, date: "", excerpt: Self.excerpt(of: text)
            ))
        }
        self.documents = documents
        self.articleCount = articles.count
        self.categories = site.categories.map { ($0.name, $0.slug, site.config.href($0.sitePath)) }
        self.years = years
        self.terms = sources.parallelMap { Self.terms(title: $0.title, text: $0.text) }
    }

    /// The text a document is searched by besides its title: the summary written in front matter,
    /// then the body.
    static func text(of document: ParsedDocument) -> String {
        let body = HTMLPlainText.text(of: document.body.html)
        guard let summary = document.summary else { return body }
        return summary + "\n" + body
    }

    /// Adds one occurrence of `spelling` to a syllable's spellings (compared byte for byte: the
    /// tokenizer writes every spelling decomposed the same way).
    static func count(_ spelling: String, inTitle: Bool, in spellings: inout [(spelling: String, occurrence: Occurrence)]) {
        let index = spellings.firstIndex { $0.spelling.utf8.elementsEqual(spelling.utf8) } ?? {
            spellings.append((spelling, Occurrence()))
            return spellings.count - 1
        }()
        if inTitle { spellings[index].occurrence.inTitle = true } else { spellings[index].occurrence.inBodyCount += 1 }
    }

    /// About the first `excerptLength` letters of `text`, on one line, cut at a space. Reads only as
    /// far as it keeps: an article's text can be long, and only its start is shown.
    static func excerpt(of text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        var kept = 0
        var lastSpace = 0
        var spaces = 0
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}" {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                if kept >= excerptLength {
                    return String(String.UnicodeScalarView(output.prefix(lastSpace))) + " …"
                }
                lastSpace = kept + spaces
                spaces += 1
                output.append(" ")
                pendingSpace = false
            }
            output.append(scalar)
            kept += 1
            if kept >= excerptLength * 2 { return String(output) + " …" }
        }
        return String(output)
    }

    /// The syllables and syllable pairs of one document.
    static func terms(title: String, text: String) -> DocumentTerms {
        var terms = DocumentTerms()
        for (field, isTitle) in [(title, true), (text, false)] {
            var previous: SearchToken?
            for token in SearchTokenizer.tokens(in: field) {
                Self.count(token.spelling, inTitle: isTitle, in: &terms.syllables[token.folded, default: []])
                if let previous, token.joinsPrevious {
                    let pair = previous.folded + " " + token.folded
                    terms.pairs[pair] = (terms.pairs[pair] ?? false) || isTitle
                }
                previous = token
            }
        }
        return terms
    }
}
