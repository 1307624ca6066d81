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
    /// The documents of each syllable, spelling and syllable pair.
    let postings: SearchPostings.Merged

    /// Indexes every published article and page of `site`. When `cancellation` is cancelled, the
    /// documents not yet reached are left out: the index is then incomplete, for the caller to drop.
    init(site: ResolvedSite, cancellation: Cancellation? = nil) {
        let formatter = SiteDateFormatter(timeZone: site.config.timeZone)
        let articles = Array(site.articles.reversed())
        var sources: [ParsedDocument] = []
        var entries: [(title: String, url: String, category: Int?, date: String)] = []
        var years: [(year: Int, first: Int, last: Int)] = []
        for article in articles {
            sources.append(article.document)
            entries.append((article.document.title, site.config.href(article.sitePath), article.category, formatter.dayMonthYear(article.date)))
            let year = formatter.year(article.date)
            if let last = years.last, last.year == year {
                years[years.count - 1].last = entries.count - 1
            } else {
                years.append((year, entries.count - 1, entries.count - 1))
            }
        }
        for page in site.pages {
            sources.append(page.document)
            entries.append((page.document.title, site.config.href(page.sitePath), nil, ""))
        }

        // Each worker indexes a run of consecutive documents with its own buffers; appending the
        // runs in order keeps every posting list in id order. One run per core: each run holds its own
        // tables of nearly every syllable and pair of the site, so four per core (as before) cost more
        // memory and merging than they won in balance (10k articles: 21 MB more at the peak, slower).
        let count = sources.count
        let workers = min(count, ProcessInfo.processInfo.activeProcessorCount)
        let runs = Parallel.map(workers) { [sources] worker -> (postings: SearchPostings, excerpts: [String]) in
            let scanner = SearchTokenizer.Scanner()
            let scratch = SearchPostings.Scratch()
            var postings = SearchPostings()
            var excerpts: [String] = []
            for id in (count * worker / workers)..<(count * (worker + 1) / workers) {
                if cancellation?.shouldStop() == true {
                    excerpts.append("")
                    continue
                }
                Self.text(of: sources[id]).withUnsafeBufferPointer { text in
                    excerpts.append(Self.excerpt(of: text))
                    postings.add(document: UInt32(id), title: sources[id].title, text: text, scanner: scanner, scratch: scratch)
                }
            }
            return (postings, excerpts)
        }
        let postings = SearchPostings.Merged(runs: runs.map(\.postings))
        let excerpts = runs.flatMap(\.excerpts)

        self.documents = entries.indices.map { id in
            Document(title: entries[id].title, url: entries[id].url, category: entries[id].category, date: entries[id].date, excerpt: excerpts[id])
        }
        self.articleCount = articles.count
        self.categories = site.categories.map { ($0.name, $0.slug, site.config.href($0.sitePath)) }
        self.years = years
        self.postings = postings
    }

    /// The text a document is searched by besides its title: the summary written in front matter,
    /// then the body, as UTF-8.
    static func text(of document: ParsedDocument) -> [UInt8] {
        let body = document.body.withHTMLBytes(HTMLPlainText.utf8Text(of:))
        guard let summary = document.summary else { return body }
        return Array(summary.utf8) + [UInt8(ascii: "\n")] + body
    }

    /// About the first `excerptLength` letters of `text`, on one line, cut at a space. Reads only as
    /// far as it keeps: an article's text can be long, and only its start is shown. Works on the UTF-8
    /// bytes: a scalar is counted at its lead byte, and the spaces it folds are ASCII or U+00A0.
    static func excerpt(of text: String) -> String {
        var text = text
        return text.withUTF8 { excerpt(of: $0) }
    }

    /// `excerpt(of:)` of valid UTF-8 text.
    static func excerpt(of utf8: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(min(utf8.count, excerptLength * 8))
        var pendingSpace = false
        var kept = 0
        var lastSpace = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                || (byte == 0xC2 && index + 1 < count && utf8[index + 1] == 0xA0)
            if isSpace {
                pendingSpace = !output.isEmpty
                index += length
                continue
            }
            if pendingSpace {
                if kept >= excerptLength {
                    return String(decoding: output[..<lastSpace], as: UTF8.self) + " …"
                }
                lastSpace = output.count
                output.append(0x20)
                pendingSpace = false
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<min(index + length, count)]))
            index += length
            kept += 1
            if kept >= excerptLength * 2 { return String(decoding: output, as: UTF8.self) + " …" }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
