/// How far an upload has come, reported after every batch.
public struct PublishProgress: Sendable, Equatable {
    /// Files confirmed sent so far.
    public var sentFiles: Int
    /// Files this publish sends in all.
    public var totalFiles: Int
    /// Bytes confirmed sent so far.
    public var sentBytes: Int64
    /// Bytes this publish sends in all.
    public var totalBytes: Int64

    /// Creates a progress value.
    public init(sentFiles: Int, totalFiles: Int, sentBytes: Int64, totalBytes: Int64) {
        self.sentFiles = sentFiles
        self.totalFiles = totalFiles
        self.sentBytes = sentBytes
        self.totalBytes = totalBytes
    }
}
