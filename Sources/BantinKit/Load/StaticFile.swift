import Foundation

/// A file copied to the output as it is (media, theme assets).
public struct StaticFile: Sendable, Equatable {
    /// Where it is read from.
    public let source: URL
    /// Its path inside the output folder, e.g. "media/2021/x.jpg".
    public let outputPath: String
}
