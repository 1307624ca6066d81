/// The lines `bantin publish` prints besides its errors: the dry run's list, the progress, the summary,
/// the plain-FTP warning and the password prompt.
public enum PublishMessage: Equatable, Sendable, CatalogueMessage {
    /// The dry run's first line, with what a publish would do.
    case dryRunHeading(target: String, sending: Int, bytes: Int64, deleting: Int, unchanged: Int)
    /// A file the target does not have yet.
    case dryRunAdd(path: String, bytes: Int64)
    /// A file the target has with other bytes.
    case dryRunReplace(path: String, bytes: Int64)
    /// A file the site no longer has.
    case dryRunDelete(path: String)
    /// The dry run's last line.
    case dryRunDone
    /// After a publish that had something to do.
    case published(target: String, sent: Int, bytes: Int64, deleted: Int, unchanged: Int, duration: Duration)
    /// After a publish that found the target already up to date.
    case upToDate(target: String, unchanged: Int)
    /// The progress line, redrawn after every batch.
    case progress(sentFiles: Int, totalFiles: Int, sentBytes: Int64, totalBytes: Int64)
    /// Said (as a warning) before signing in over plain FTP.
    case plainFTP
    /// The prompt for an FTP password.
    case passwordPrompt(user: String, host: String)
}

extension PublishMessage {
    public enum Key: CaseIterable, Sendable {
        case dryRunHeading, dryRunAdd, dryRunReplace, dryRunDelete, dryRunDone, published, upToDate, progress
        case plainFTP, passwordPrompt
    }

    public var key: Key {
        switch self {
        case .dryRunHeading: .dryRunHeading
        case .dryRunAdd: .dryRunAdd
        case .dryRunReplace: .dryRunReplace
        case .dryRunDelete: .dryRunDelete
        case .dryRunDone: .dryRunDone
        case .published: .published
        case .upToDate: .upToDate
        case .progress: .progress
        case .plainFTP: .plainFTP
        case .passwordPrompt: .passwordPrompt
        }
    }

    public static func example(of key: Key) -> Self {
        let target = "chinh (sftp://tin@host.vn/var/www/tin)"
        return switch key {
        case .dryRunHeading: .dryRunHeading(target: target, sending: 1_234, bytes: 12_595, deleting: 1, unchanged: 56)
        case .dryRunAdd: .dryRunAdd(path: "media/a.jpg", bytes: 10)
        case .dryRunReplace: .dryRunReplace(path: "index.html", bytes: 2_048)
        case .dryRunDelete: .dryRunDelete(path: "old.html")
        case .dryRunDone: .dryRunDone
        case .published: .published(target: target, sent: 3, bytes: 12_595, deleted: 1, unchanged: 56, duration: .milliseconds(1_250))
        case .upToDate: .upToDate(target: target, unchanged: 56)
        case .progress: .progress(sentFiles: 12, totalFiles: 40, sentBytes: 1_258_291, totalBytes: 5_872_025)
        case .plainFTP: .plainFTP
        case .passwordPrompt: .passwordPrompt(user: "tin", host: "host.vn")
        }
    }
}
