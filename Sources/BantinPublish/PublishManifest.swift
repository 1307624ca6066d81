import Foundation

/// What a target holds: each file's path under the target folder with its SHA-256 and size.
///
/// The manifest lives on the target itself (`.bantin-manifest.json`), so any computer with the built
/// site can tell what changed, and no clock, local or remote, takes part in the comparison.
public struct PublishManifest: Sendable, Equatable, Codable {
    /// One file's content fingerprint.
    public struct Entry: Sendable, Equatable, Codable {
        /// SHA-256 of the bytes, 64 lowercase hex digits.
        public var sha256: String
        /// Size in bytes.
        public var size: Int64

        /// Creates an entry.
        public init(sha256: String, size: Int64) {
            self.sha256 = sha256
            self.size = size
        }
    }

    /// The file name of the manifest at the target's root.
    public static let fileName = ".bantin-manifest.json"
    /// The format written in every manifest, so a later bantin can recognise older ones.
    public static let currentFormat = "bantin-manifest 1"

    /// Always `currentFormat` for manifests this version writes.
    public var format: String
    /// Entries by path relative to the target folder, "/"-separated.
    public var files: [String: Entry]

    /// Creates a manifest.
    public init(files: [String: Entry] = [:]) {
        self.format = Self.currentFormat
        self.files = files
    }

    /// Reads a manifest fetched from a target.
    /// - Throws: `PublishError` when it is not a manifest this version understands.
    public init(json: Data) throws(PublishError) {
        let decoded: PublishManifest
        do {
            decoded = try JSONDecoder().decode(PublishManifest.self, from: json)
        } catch {
            throw PublishError(.unreadableManifest)
        }
        guard decoded.format == Self.currentFormat else { throw PublishError(.unreadableManifest) }
        self = decoded
    }

    /// The manifest as sorted, indented JSON, so two computers write the same bytes for the same site.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }
}
