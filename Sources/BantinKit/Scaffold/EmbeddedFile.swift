import Foundation

/// One file of the starter site, as the generated `EmbeddedTheme` holds it: text, or base64 for
/// anything that is not plain UTF-8 text (a photo).
struct EmbeddedFile: Sendable {
    /// Where it goes in the new site folder, e.g. "templates/layout.mustache".
    let path: String
    /// Its bytes.
    let bytes: [UInt8]

    /// A text file.
    init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }

    /// A file given as base64, which the generator writes only from valid data.
    init(path: String, base64: String) {
        self.path = path
        self.bytes = [UInt8](Data(base64Encoded: base64) ?? Data())
    }
}
