/// A failed C call's errno.
struct Errno: Error, Equatable {
    /// The errno value.
    let code: Int32

    /// Wraps `code`.
    init(_ code: Int32) {
        self.code = code
    }
}
