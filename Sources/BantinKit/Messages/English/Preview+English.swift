// The English catalogue: the preview (`bantin serve`) in the browser and on the command line.

extension PreviewMessage {
    public var english: String {
        switch self {
        case .draftLabel:
            "DRAFT"
        case .draftExplanation:
            "This article is a draft (draft: true): it shows only when run with --drafts; the real site does not have it yet."
        case .scheduledLabel:
            "SCHEDULED"
        case .scheduledExplanation:
            "This article is dated in the future: the real site shows it only from that date (it shows here thanks to --future)."
        case .overlayHeading(let errors):
            "The new version has \(Wording.english(errors, "error")) — showing the last good build."
        case .overlayAdvice:
            "Fix the files below; the page reloads itself when they are fixed."
        case .waitingForBuild:
            "Building the site… This page reloads itself when it is done."
        case .notHTTP11:
            "Bad Request: not an HTTP/1.1 request line."
        case .missingHost:
            "Bad Request: the Host header is missing."
        case .forbiddenHost(let host):
            "Forbidden: this preview answers only to localhost and 127.0.0.1 (Host: \(host))."
        case .methodNotAllowed:
            "Method Not Allowed: the preview serves GET and HEAD."
        case .pathTooLong:
            "URI Too Long"
        case .pathNotAPath:
            "Bad Request: the address must start with \"/\"."
        case .pathBadEscape:
            "Bad Request: the address has a \"%\" not followed by two hexadecimal digits."
        case .pathForbiddenCharacter:
            "Bad Request: the address has a character no path of a site can have."
        case .pathDotSegment:
            "Bad Request: the address has a \".\" or \"..\" segment."
        case .pathNotUTF8:
            "Bad Request: the address is not UTF-8 text."
        case .forbiddenStream:
            "Forbidden: the live-reload stream is only for pages of this preview."
        case .notFound:
            "Not Found"
        case .moved(let location):
            "Moved Permanently: \(location)"
        case .rangeOutsideFile(let size):
            "Range Not Satisfiable: the file has only \(Wording.english(Int(size), "byte"))."
        case .portInUse(let port):
            "port \(port) is already in use"
        case .invalidHost(let host):
            "cannot listen on \"\(host)\": it is not an IP address of this machine; use 127.0.0.1 (this machine only), 0.0.0.0 (all its addresses) or one of its addresses"
        case .cannotListen(let reason):
            "cannot listen: \(reason)"
        case .noNetwork:
            "This machine is not connected to any network (it has only the address 127.0.0.1), so colleagues cannot open the preview yet: connect to Wi-Fi or a wired network and run the command again."
        case .colleagueAddress(let url):
            "Colleagues on the same network open: \(url)"
        }
    }
}
