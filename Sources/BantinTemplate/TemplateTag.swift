/// One `{{…}}` tag as it was read: its kind, its trimmed content and where it lies in the source.
struct TemplateTag {
    /// What the first character after the opening delimiter makes of the tag.
    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters, pragma

        /// The sigil byte that starts each kind; plain variables have none.
        init(sigil: UInt8?) {
            switch sigil {
            case UInt8(ascii: "{"), UInt8(ascii: "&"): self = .unescaped
            case UInt8(ascii: "#"): self = .section
            case UInt8(ascii: "^"): self = .inverted
            case UInt8(ascii: "/"): self = .close
            case UInt8(ascii: "!"): self = .comment
            case UInt8(ascii: ">"): self = .partial
            case UInt8(ascii: "<"): self = .parent
            case UInt8(ascii: "$"): self = .block
            case UInt8(ascii: "="): self = .delimiters
            case UInt8(ascii: "%"): self = .pragma
            default: self = .variable
            }
        }

        /// Tags that print nothing where they stand may sit alone on a line, and then take the line
        /// with them (the spec's "standalone" rule); interpolations never do.
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: return false
            case .section, .inverted, .close, .comment, .partial, .parent, .block, .delimiters, .pragma: return true
            }
        }
    }

    let kind: Kind
    /// The name (or comment, or delimiter pair), without the sigil and surrounding whitespace.
    let content: String
    /// Offset of the opening delimiter.
    let start: Int
    /// Offset just after the closing delimiter.
    let end: Int
    /// The tag as written, for messages: `{{#title}}`.
    let written: String
}
