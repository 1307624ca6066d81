/// Every error found while compiling a set of templates, in file order.
public struct TemplateCompileFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The errors, at least one.
    public let errors: [TemplateError]

    /// A failure made of `errors`.
    public init(errors: [TemplateError]) {
        self.errors = errors
    }

    /// Each error's description, one after the other.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
