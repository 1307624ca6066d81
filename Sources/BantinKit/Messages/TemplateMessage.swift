import BantinTemplate

/// Why a template cannot be compiled, as the catalogue words it. BantinTemplate keeps its own
/// Vietnamese `message` for its own tests; diagnostics of a site's templates use this.
public enum TemplateMessage: CatalogueMessage, Equatable {
    /// A reason found by the template compiler.
    case reason(TemplateError.Reason)

    /// One key per reason.
    public enum Key: CaseIterable, Sendable {
        case unclosedTag, mismatchedClose, unexpectedClose, unclosedSection, badDelimiters, emptyName, invalidName
        case unknownPartial, unknownParent, cycle, tooDeep, tagInsideParent, unsupportedTag
    }

    public var key: Key {
        switch self {
        case .reason(let reason):
            switch reason {
            case .unclosedTag: .unclosedTag
            case .mismatchedClose: .mismatchedClose
            case .unexpectedClose: .unexpectedClose
            case .unclosedSection: .unclosedSection
            case .badDelimiters: .badDelimiters
            case .invalidName(let name): name.isEmpty ? .emptyName : .invalidName
            case .unknownPartial: .unknownPartial
            case .unknownParent: .unknownParent
            case .cycle: .cycle
            case .tooDeep: .tooDeep
            case .tagInsideParent: .tagInsideParent
            case .unsupportedTag: .unsupportedTag
            }
        }
    }

    public static func example(of key: Key) -> Self {
        switch key {
        case .unclosedTag: .reason(.unclosedTag(opening: "{{", closing: "}}"))
        case .mismatchedClose: .reason(.mismatchedClose(found: "items", expected: "page", openedAtLine: 4))
        case .unexpectedClose: .reason(.unexpectedClose(name: "items"))
        case .unclosedSection: .reason(.unclosedSection(opening: "{{#", name: "items"))
        case .badDelimiters: .reason(.badDelimiters(tag: "{{=<%=}}"))
        case .emptyName: .reason(.invalidName(""))
        case .invalidName: .reason(.invalidName("page title"))
        case .unknownPartial: .reason(.unknownPartial(name: "partials/hedaer", lookedFor: "templates/partials/hedaer.mustache"))
        case .unknownParent: .reason(.unknownParent(name: "layout", lookedFor: "templates/layout.mustache"))
        case .cycle: .reason(.cycle(["a", "b", "a"]))
        case .tooDeep: .reason(.tooDeep(limit: 100))
        case .tagInsideParent: .reason(.tagInsideParent(tag: "{{title}}"))
        case .unsupportedTag: .reason(.unsupportedTag(tag: "{{%PRAGMA}}"))
        }
    }
}
