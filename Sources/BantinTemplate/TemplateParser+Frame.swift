extension TemplateParser {
    /// A section, block or parent whose closing tag has not been read yet, with the nodes read inside it.
    struct Frame {
        /// What the frame becomes when it closes.
        enum Kind {
            /// The template itself.
            case root
            /// `{{#name}}` or `{{^name}}`.
            case section(ValuePath, inverted: Bool)
            /// `{{$name}}` where it is expanded; `tagIndentation` is the whitespace before the tag when
            /// nothing else precedes it on its line.
            case block(id: Int, tagIndentation: [UInt8], standalone: Bool)
            /// `{{$name}}` directly inside `{{<parent}}`: a definition that replaces the parent's block.
            case override(id: Int, startsOnOwnLine: Bool)
            /// `{{<name}}`; `template` is nil when no template has that name (already reported), and
            /// `lineIndentation` the whitespace before the tag when it starts its line.
            case parentCall(template: Int?, lineIndentation: [UInt8]?)
        }

        let kind: Kind
        /// The name its closing tag must repeat.
        let name: String
        /// How the opening tag began, e.g. "{{#", for messages.
        let tag: String
        /// Where the opening tag is.
        let offset: Int
        var nodes: [TemplateNode] = []
        /// The indentation of a line that has begun but printed nothing yet.
        var pendingLine: [UInt8]?
        /// The block definitions read inside a parent.
        var overrides: [BlockOverride] = []

        init(kind: Kind, name: String, tag: String, offset: Int) {
            self.kind = kind
            self.name = name
            self.tag = tag
            self.offset = offset
        }
    }
}
