/// A value a template prints or iterates: built by bantin's page kinds, never from `Any`.
public enum TemplateValue: Sendable, Equatable {
    /// `{{x}}` prints it HTML-escaped, `{{{x}}}` and `{{&x}}` print it as it is.
    case text(String)
    /// Printed in decimal.
    case number(Int)
    /// `false` is falsy; `true` renders a section once with the same context.
    case bool(Bool)
    /// A section repeats per element; an empty list is falsy.
    case list([TemplateValue])
    /// Pushed on the context stack by a section.
    case object(TemplateObject)
}

/// Named fields, looked up by the names a template uses.
public struct TemplateObject: Sendable, Equatable {
    /// The fields by name.
    public var fields: [String: TemplateValue]

    /// Creates an object with `fields`.
    public init(_ fields: [String: TemplateValue]) {
        self.fields = fields
    }

    /// The field called `key`, or nil when there is none.
    public subscript(key: String) -> TemplateValue? {
        fields[key]
    }
}
