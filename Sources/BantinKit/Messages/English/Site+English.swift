// The English catalogue: resolving the site's addresses, rendering, checking links, writing.

extension SiteMessage {
    public var english: String {
        switch self {
        case .duplicateURL(let url, let others):
            "\(others.count == 1 ? "two" : Wording.number(others.count + 1, in: .english)) documents would be published at the same URL \(url): this one and \(others.joined(separator: ", ")); give one of them a different `slug:`"
        case .generatedPath(let url, let segment):
            "the URL \(url) is taken by \(Self.englishOwner(of: segment)), which bantin makes itself (/\(segment)/); give the document a different `slug:`"
        case .segmentTooLong(let start, let bytes, let maximum):
            "the URL is too long: its part \"\(start)…\" has \(Wording.english(bytes, "byte")), but each part of a URL is a file name and may have at most \(Wording.english(maximum, "byte")); write a shorter `slug:`"
        case .duplicateOutput(let path):
            "two outputs would be written to site/\(path); rename the page or file that uses this path"
        case .cannotWriteSite(let detail):
            "cannot write the site: \(detail)"
        case .missingTemplate(let name):
            "missing template: the site needs templates/\(name).mustache"
        case .missingBulletinTemplate(let name):
            "missing template: the site has bulletins (content/bulletins/), which need templates/\(name).mustache"
        case .missingAchievementTemplate(let name):
            "missing template: articles report achievements, so the site needs templates/\(name).mustache for the pages under /thanh-tich/"
        case .brokenLink(let url):
            "broken link: \(url) is not a page or file of this site"
        case .missingImage(let url):
            "missing image: \(url) is not a file of this site"
        case .missingCover(let image):
            "missing image: cover \(image) is not a file of this site"
        case .localImage(let url, let name):
            "the image \"\(url)\" is on your computer, so readers cannot see it; " + Self.englishMediaAdvice(name)
        case .localLink(let url, let name):
            "the link \"\(url)\" points to a file on your computer, so readers cannot open it; " + Self.englishMediaAdvice(name)
        case .themeLinkMissing(let link, let path):
            "the theme links to \(link) but the site has no file site/\(path); add the file to templates/assets/ or content/media/, or fix the link in the template"
        }
    }

    private static func englishMediaAdvice(_ name: String) -> String {
        "copy the file into the folder content/media/ (for example content/media/2021/\(name)) and write media/2021/\(name)"
    }

    /// What lives at a path the build writes itself.
    private static func englishOwner(of segment: String) -> String {
        switch segment {
        case "trang": "the further pages of the home page (/trang/2/…)"
        case "chuyen-muc": "the category pages"
        case "tu-khoa": "the keyword pages"
        case "the": "the tag pages"
        case "ban-tin": "the bulletin pages"
        case "thanh-tich": "the achievement pages"
        case "tim-kiem": "the search page"
        case "media": "the folder of pictures and files (content/media/)"
        case "assets": "the theme's folder (templates/assets/)"
        case "rss.xml": "the RSS feed"
        case "sitemap.xml": "the sitemap"
        case "robots.txt": "the file robots.txt"
        case "404.html": "the 404 error page"
        case "index.html": "the home page"
        default: "a path"
        }
    }
}
