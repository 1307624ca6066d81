// The English catalogue: site.yml and the addresses written in it.

extension PublishAddress.Problem {
    public var english: String {
        switch self {
        case .unknownScheme(let scheme):
            "unknown kind of address \"\(scheme)://\"; use sftp://, ftp://, ftps://, file:// or a folder path"
        case .missingHost:
            "the address has no server name; write it like sftp://tin@may-chu.vn/var/www/tin"
        case .missingUser:
            "the FTP address has no user name; write it like ftps://tin@may-chu.vn/public_html"
        case .passwordInAddress:
            "do not write the password in the address; remove \":password\" and put the password in the environment variable BANTIN_FTP_PASSWORD (or type it when asked)"
        case .badPort(let port):
            "port \"\(port)\" is not valid; a port is a number from 1 to 65535"
        case .missingPath:
            "the address has no folder on the server; write it like sftp://tin@may-chu.vn/var/www/tin"
        case .queryOrFragment:
            "the address must not have a \"?…\" or \"#…\" part"
        case .unreadable:
            "this address cannot be read; write it like sftp://tin@may-chu.vn/var/www/tin or /srv/www/tin"
        }
    }
}

extension Permalink.Problem {
    public var english: String {
        switch self {
        case .slashes:
            "permalink must start and end with \"/\", like /:year/:month/:slug/"
        case .emptyOrDotSegment:
            "permalink has an empty, \".\" or \"..\" segment; remove it"
        case .unknownToken(let token):
            "unknown permalink token \(token); use \(Permalink.tokens.joined(separator: " "))"
        case .invalidSegment(let segment):
            "permalink segment \"\(segment)\" may contain only a-z, 0-9 and \"-\""
        case .missingSlug:
            "permalink must contain :slug so that every article gets its own URL"
        }
    }
}

extension BaseURLRule.Problem {
    public var english: String {
        switch self {
        case .forbiddenCharacter(let scalar):
            "\(Self.englishName(of: scalar)) is not allowed in base_url"
        case .notHTTP:
            "base_url must start with https:// or http://"
        case .credentials:
            "base_url must not hold a user name or password (the part before \"@\"): they would show on every page"
        case .queryOrFragment:
            "base_url must not have a query (?…) or anchor (#…)"
        case .badHost:
            "base_url has no valid domain name (like lmhtx.example)"
        case .badPort:
            "the port in base_url must be a number (like :8080)"
        case .dotSegment:
            "the path in base_url must not have \".\" or \"..\""
        }
    }

    private static func englishName(of scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": "a space"
        case "\"": "the double quote (“\"”)"
        case "'": "the single quote (')"
        case "<", ">": "the character \(scalar)"
        default: "the character \"\(QuotedLine.escaping(String(scalar)))\""
        }
    }
}

extension SiteConfigMessage {
    public var english: String {
        switch self {
        case .empty:
            "site.yml is empty; it needs at least `title` (the site's name) and `base_url` (its address)"
        case .unknownTimeZone(let name):
            "unknown time zone \"\(name)\"; use a name like Asia/Ho_Chi_Minh"
        case .tooManyMenuEntries(let count, let limit):
            "the menu has \(Wording.english(count, "entry", plural: "entries")), more than the \(Wording.number(limit, in: .english)) the menu bar can show; "
                + "merge some categories (the others still have their own pages outside the menu)"
        case .baseURLNotHTTP(let url):
            "base_url must be an absolute http(s) address like https://lmhtx.example/, not \"\(url)\""
        case .baseURL(let problem, let url):
            "\(problem.english); write an address like https://lmhtx.example/ or https://example.org/tin/ (it is now \"\(url)\")"
        case .publishNotMapping:
            "`publish` must be a list of `name: address` lines, like publish: {chinh: \"sftp://tin@may-chu.vn/var/www/tin\"}"
        case .publishNameNotWord:
            "the name of a place to publish to must be one word, like chinh"
        case .publishAddressNotText(let name):
            "the address of `\(name)` must be one line of text, like \"sftp://tin@may-chu.vn/var/www/tin\""
        case .publishAddress(let name, let problem):
            "the address of `\(name)`: \(problem.english)"
        }
    }
}

extension WritableLocation.Refusal {
    public var english: String {
        switch self {
        case .filesystemRoot: "it is the root folder of the system"
        case .homeFolder: "it is your home folder"
        case .holdsSiteRoot: "it is the site's folder or a folder that holds it"
        case .insideSources: "it is inside content/ or templates/, which hold the site's articles, settings and theme"
        }
    }
}
