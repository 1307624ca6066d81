/// What the preview (`bantin serve`) says: in the browser (the banners, the error overlay, the page
/// shown while the site is built, the plain-text answers to requests it refuses) and on the
/// command line (why it could not start, where colleagues can open it).
public enum PreviewMessage: CatalogueMessage, Equatable {
    /// The draft banner's label: "BẢN NHÁP".
    case draftLabel
    /// The draft banner's explanation.
    case draftExplanation
    /// The scheduled-article banner's label: "HẸN GIỜ ĐĂNG".
    case scheduledLabel
    /// The scheduled-article banner's explanation.
    case scheduledExplanation
    /// The overlay's heading while the latest build has errors.
    case overlayHeading(errors: Int)
    /// The overlay's advice after its heading.
    case overlayAdvice
    /// The page shown while the first build runs.
    case waitingForBuild

    /// A request line that is not HTTP/1.1 or HTTP/1.0 (400).
    case notHTTP11
    /// A request without a Host header (400).
    case missingHost
    /// A Host the preview does not answer (403).
    case forbiddenHost(host: String)
    /// Not GET or HEAD (405).
    case methodNotAllowed
    /// A target longer than the preview reads (414).
    case pathTooLong
    /// A target that is not a path such as /2021/11/x/ (400).
    case pathNotAPath
    /// A path with a bad %-escape (400).
    case pathBadEscape
    /// A path with a character a site's path cannot have (400).
    case pathForbiddenCharacter
    /// A path with "." or ".." (400).
    case pathDotSegment
    /// A path that is not UTF-8 (400).
    case pathNotUTF8
    /// The live-reload stream asked for by another site's page (403).
    case forbiddenStream
    /// No such page, and the site has no 404.html (404).
    case notFound
    /// The page moved, e.g. a folder asked for without its "/" (301).
    case moved(location: String)
    /// A byte range beyond the file (416).
    case rangeOutsideFile(size: Int64)

    /// The port is taken.
    case portInUse(port: Int)
    /// `--host` is not an address of this machine.
    case invalidHost(host: String)
    /// Listening failed; `reason` is the system's.
    case cannotListen(reason: String)

    /// Shared on the network, but the machine has no network address.
    case noNetwork
    /// An address colleagues on the same network can open.
    case colleagueAddress(url: String)
}

extension PreviewMessage {
    public enum Key: CaseIterable, Sendable {
        case draftLabel, draftExplanation, scheduledLabel, scheduledExplanation, overlayHeading, overlayAdvice, waitingForBuild
        case notHTTP11, missingHost, forbiddenHost, methodNotAllowed, pathTooLong, pathNotAPath, pathBadEscape
        case pathForbiddenCharacter, pathDotSegment, pathNotUTF8, forbiddenStream, notFound, moved, rangeOutsideFile
        case portInUse, invalidHost, cannotListen, noNetwork, colleagueAddress
    }

    public var key: Key {
        switch self {
        case .draftLabel: .draftLabel
        case .draftExplanation: .draftExplanation
        case .scheduledLabel: .scheduledLabel
        case .scheduledExplanation: .scheduledExplanation
        case .overlayHeading: .overlayHeading
        case .overlayAdvice: .overlayAdvice
        case .waitingForBuild: .waitingForBuild
        case .notHTTP11: .notHTTP11
        case .missingHost: .missingHost
        case .forbiddenHost: .forbiddenHost
        case .methodNotAllowed: .methodNotAllowed
        case .pathTooLong: .pathTooLong
        case .pathNotAPath: .pathNotAPath
        case .pathBadEscape: .pathBadEscape
        case .pathForbiddenCharacter: .pathForbiddenCharacter
        case .pathDotSegment: .pathDotSegment
        case .pathNotUTF8: .pathNotUTF8
        case .forbiddenStream: .forbiddenStream
        case .notFound: .notFound
        case .moved: .moved
        case .rangeOutsideFile: .rangeOutsideFile
        case .portInUse: .portInUse
        case .invalidHost: .invalidHost
        case .cannotListen: .cannotListen
        case .noNetwork: .noNetwork
        case .colleagueAddress: .colleagueAddress
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .draftLabel: .draftLabel
        case .draftExplanation: .draftExplanation
        case .scheduledLabel: .scheduledLabel
        case .scheduledExplanation: .scheduledExplanation
        case .overlayHeading: .overlayHeading(errors: 2)
        case .overlayAdvice: .overlayAdvice
        case .waitingForBuild: .waitingForBuild
        case .notHTTP11: .notHTTP11
        case .missingHost: .missingHost
        case .forbiddenHost: .forbiddenHost(host: "evil.example")
        case .methodNotAllowed: .methodNotAllowed
        case .pathTooLong: .pathTooLong
        case .pathNotAPath: .pathNotAPath
        case .pathBadEscape: .pathBadEscape
        case .pathForbiddenCharacter: .pathForbiddenCharacter
        case .pathDotSegment: .pathDotSegment
        case .pathNotUTF8: .pathNotUTF8
        case .forbiddenStream: .forbiddenStream
        case .notFound: .notFound
        case .moved: .moved(location: "/2021/11/x/")
        case .rangeOutsideFile: .rangeOutsideFile(size: 1_500)
        case .portInUse: .portInUse(port: 8080)
        case .invalidHost: .invalidHost(host: "192.0.2.1")
        case .cannotListen: .cannotListen(reason: "Permission denied")
        case .noNetwork: .noNetwork
        case .colleagueAddress: .colleagueAddress(url: "http://192.168.1.5:8080/")
        }
    }
}
