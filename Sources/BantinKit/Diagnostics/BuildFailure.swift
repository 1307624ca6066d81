/// A build that stopped: every error found, and the warnings found along the way.
public struct BuildFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// All diagnostics, errors and warnings, in file order.
    public let diagnostics: [Diagnostic]

    /// Creates a failure from diagnostics; they are sorted by file and position.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// Every diagnostic, one block each.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
