/// A tag's name split at its dots once, when the template is compiled: `page.title` → ["page", "title"].
/// The implicit iterator `.` is the empty path.
struct ValuePath: Sendable, Equatable {
    /// The first key is looked up through the context stack, the rest inside what it found.
    let keys: [String]

    /// The path of a tag name, or nil when the name is not one (empty parts, spaces).
    init?(_ name: String) {
        if name == "." {
            keys = []
            return
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        keys = parts.map(String.init)
    }
}
