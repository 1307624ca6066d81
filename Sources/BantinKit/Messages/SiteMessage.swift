/// What resolving, rendering, link checking and writing the whole site can find wrong.
public enum SiteMessage: CatalogueMessage, Equatable {
    /// Two documents at one URL; `others` are the other documents as "path:line:column".
    case duplicateURL(url: String, others: [String])
    /// A document's URL starts with `segment`, a path the build writes itself.
    case generatedPath(url: String, segment: String)
    /// A part of a document's URL is longer than a file name may be; `start` is its first characters.
    case segmentTooLong(start: String, bytes: Int, maximum: Int)
    /// Two outputs at one path of the output folder.
    case duplicateOutput(path: String)
    /// The writer failed with an error bantin does not know.
    case cannotWriteSite(detail: String)
    /// A template every site needs is missing.
    case missingTemplate(name: String)
    /// A template the bulletin pages need is missing.
    case missingBulletinTemplate(name: String)
    /// A template the achievement pages need is missing.
    case missingAchievementTemplate(name: String)
    /// A link of a document to no page or file of the site.
    case brokenLink(url: String)
    /// An image of a document that is no file of the site.
    case missingImage(url: String)
    /// A `cover:` that is no file of the site.
    case missingCover(image: String)
    /// An image on the writer's computer (`C:\…`, `file://…`); `name` is its file name.
    case localImage(url: String, name: String)
    /// A link to a file on the writer's computer.
    case localLink(url: String, name: String)
    /// A template links `link`, and the site has no file `path` for it.
    case themeLinkMissing(link: String, path: String)

    /// One key per case.
    public enum Key: CaseIterable, Sendable {
        case duplicateURL, generatedPath, segmentTooLong, duplicateOutput, cannotWriteSite
        case missingTemplate, missingBulletinTemplate, missingAchievementTemplate
        case brokenLink, missingImage, missingCover, localImage, localLink, themeLinkMissing
    }

    public var key: Key {
        switch self {
        case .duplicateURL: .duplicateURL
        case .generatedPath: .generatedPath
        case .segmentTooLong: .segmentTooLong
        case .duplicateOutput: .duplicateOutput
        case .cannotWriteSite: .cannotWriteSite
        case .missingTemplate: .missingTemplate
        case .missingBulletinTemplate: .missingBulletinTemplate
        case .missingAchievementTemplate: .missingAchievementTemplate
        case .brokenLink: .brokenLink
        case .missingImage: .missingImage
        case .missingCover: .missingCover
        case .localImage: .localImage
        case .localLink: .localLink
        case .themeLinkMissing: .themeLinkMissing
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .duplicateURL: .duplicateURL(url: "/tin-moi/", others: ["content/pages/tin-moi.md:2:7"])
        case .generatedPath: .generatedPath(url: "/chuyen-muc/", segment: "chuyen-muc")
        case .segmentTooLong: .segmentTooLong(start: "hoi-nghi-tong-ket-cong-tac-nam-2021-va-t", bytes: 240, maximum: 200)
        case .duplicateOutput: .duplicateOutput(path: "tin-moi/index.html")
        case .cannotWriteSite: .cannotWriteSite(detail: "disk full")
        case .missingTemplate: .missingTemplate(name: "article")
        case .missingBulletinTemplate: .missingBulletinTemplate(name: "bulletin")
        case .missingAchievementTemplate: .missingAchievementTemplate(name: "achievements")
        case .brokenLink: .brokenLink(url: "/tin-cu/")
        case .missingImage: .missingImage(url: "/media/anh.jpg")
        case .missingCover: .missingCover(image: "/media/bia.jpg")
        case .localImage: .localImage(url: "C:\\Anh\\hoi-nghi.jpg", name: "hoi-nghi.jpg")
        case .localLink: .localLink(url: "file:///home/an/bao-cao.pdf", name: "bao-cao.pdf")
        case .themeLinkMissing: .themeLinkMissing(link: "/assets/logo.svg", path: "assets/logo.svg")
        }
    }
}
