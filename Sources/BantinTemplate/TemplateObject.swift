/// The fields of a context object, looked up by name as a section's context.
public struct TemplateObject: Sendable, Equatable {
    /// The fields by name.
    public private(set) var fields: [String: TemplateValue]

    /// An object with `fields`.
    public init(_ fields: [String: TemplateValue]) {
        self.fields = fields
    }

    /// The field named `key`, or nil when there is none (a missing key is falsy and prints nothing).
    public subscript(key: String) -> TemplateValue? {
        get { fields[key] }
        set { fields[key] = newValue }
    }
}
