// The English catalogue: the designer's Mustache templates.

extension TemplateMessage {
    public var english: String {
        switch self {
        case .reason(let reason):
            switch reason {
            case .unclosedTag(let opening, let closing):
                "the tag opened with \(opening) is not closed with \(closing) on the same line; add \(closing) at the end of the tag"
            case .mismatchedClose(let found, let expected, let line):
                "the tag {{/\(found)}} does not match: the open section is \"\(expected)\" (line \(line)); close it with {{/\(expected)}} first"
            case .unexpectedClose(let name):
                "the tag {{/\(name)}} closes no section; remove it or add {{#\(name)}} before it"
            case .unclosedSection(let opening, let name):
                "the tag \(opening)\(name)}} is not closed with {{/\(name)}}"
            case .badDelimiters(let tag):
                "the delimiter tag \(tag) is not valid: it needs exactly two delimiters separated by a space, without \"=\", like {{=<% %>=}}"
            case .invalidName(let name) where name.isEmpty:
                "the tag has no name; write a variable's name inside it, like {{title}}"
            case .invalidName(let name):
                "the name \"\(name)\" is not valid: a name has no spaces and does not start or end with a dot, like {{page.title}}"
            case .unknownPartial(let name, let lookedFor):
                "there is no partial \"\(name)\": the file \(lookedFor) was not found"
            case .unknownParent(let name, let lookedFor):
                "there is no parent template \"\(name)\" to extend: the file \(lookedFor) was not found"
            case .cycle(let chain):
                "the templates include each other without end: \(chain.joined(separator: " → ")); remove one of the calls or put it inside a {{#…}} section"
            case .tooDeep(let limit):
                "sections are nested too deeply (more than \(Wording.english(limit, "level"))); move some of them into partials"
            case .tagInsideParent(let tag):
                "inside {{<…}} there may only be {{$…}} blocks; the tag \(tag) here would be ignored, move it into a block"
            case .unsupportedTag(let tag):
                "bantin does not support the tag \(tag); remove it, or for a partial write a fixed name like {{>partials/header}}"
            }
        }
    }
}
