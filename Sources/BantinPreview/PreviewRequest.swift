/// A request as the preview sees it, whatever server read it.
struct PreviewRequest: Sendable {
    /// "GET", "HEAD", …
    var method: String
    /// "HTTP/1.1" or "HTTP/1.0"; anything else is refused.
    var version = "HTTP/1.1"
    /// The request target exactly as sent, e.g. "/tin/a%20b/?x=1".
    var target: String
    /// Header values by lower-cased name.
    var headers: [String: String]
}
