import BantinKit

/// The lines `bantin publish` prints, as catalogue messages built from a plan, kept apart from the
/// command so tests read them in either language.
public enum PublishText {
    /// What a dry run would do: a heading, one line per file, and a line saying nothing changed.
    public static func dryRun(_ plan: PublishPlan, target: String) -> [PublishMessage] {
        var lines: [PublishMessage] = [
            .dryRunHeading(
                target: target, sending: plan.uploads.count, bytes: plan.uploadBytes,
                deleting: plan.deletions.count, unchanged: plan.unchangedCount
            ),
        ]
        for upload in plan.uploads {
            switch upload.change {
            case .added: lines.append(.dryRunAdd(path: upload.path, bytes: upload.entry.size))
            case .changed: lines.append(.dryRunReplace(path: upload.path, bytes: upload.entry.size))
            }
        }
        for path in plan.deletions { lines.append(.dryRunDelete(path: path)) }
        lines.append(.dryRunDone)
        return lines
    }

    /// The line after a publish: what was sent and deleted and how long it took, or that there was nothing to do.
    public static func summary(_ plan: PublishPlan, target: String, duration: Duration) -> PublishMessage {
        guard !plan.isEmpty else { return .upToDate(target: target, unchanged: plan.unchangedCount) }
        return .published(
            target: target, sent: plan.uploads.count, bytes: plan.uploadBytes,
            deleted: plan.deletions.count, unchanged: plan.unchangedCount, duration: duration
        )
    }

    /// The progress line: "Đang gửi: 12/40 tệp, 1,2 MB/5,6 MB".
    public static func progress(_ progress: PublishProgress) -> PublishMessage {
        .progress(sentFiles: progress.sentFiles, totalFiles: progress.totalFiles, sentBytes: progress.sentBytes, totalBytes: progress.totalBytes)
    }

    /// "lỗi: …" ("error: …"): a message printed as an error, headed as diagnostics are.
    public static func error(_ message: some CatalogueMessage, in language: Language = .current) -> String {
        "\(Diagnostic.Severity.error.label(in: language)): \(message.text(in: language))"
    }

    /// "cảnh báo: …" ("warning: …"): a message printed as a warning, headed as diagnostics are.
    public static func warning(_ message: some CatalogueMessage, in language: Language = .current) -> String {
        "\(Diagnostic.Severity.warning.label(in: language)): \(message.text(in: language))"
    }
}
