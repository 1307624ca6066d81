import BantinKit

/// Why a publish stopped, with a message that says what to do (its texts are in the catalogue).
public struct PublishError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public typealias Reason = PublishFailure

    /// What went wrong.
    public let reason: Reason

    /// Creates an error.
    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The message printed after "lỗi:" ("error:"), in the language of this run.
    public var description: String { reason.text }
}
