/// A value a template prints or iterates: built by bantin's page kinds, never from `Any`.
///
/// Truthiness follows swift-mustache as bantin has used it: `false`, an empty list and a missing key
/// are falsy; everything else, including `""` and `0`, is truthy.
public enum TemplateValue: Sendable, Equatable {
    /// `{{x}}` prints it HTML-escaped, `{{{x}}}` and `{{&x}}` print it as is.
    case text(String)
    /// Printed in decimal.
    case number(Int)
    /// `false` is falsy; `true` renders a section once with the same context.
    case bool(Bool)
    /// A section repeats per element; empty is falsy.
    case list([TemplateValue])
    /// Pushed on the context stack by a section.
    case object(TemplateObject)

    /// Whether a section renders (and an inverted section does not).
    public var isTruthy: Bool {
        switch self {
        case .bool(let value): return value
        case .list(let elements): return !elements.isEmpty
        case .text, .number, .object: return true
        }
    }
}
