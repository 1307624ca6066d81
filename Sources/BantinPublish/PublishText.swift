import Foundation

/// The lines `bantin publish` prints, in Vietnamese, kept apart from the command so tests read them.
public enum PublishText {
    /// What a dry run would do, one line per file after a heading.
    public static func dryRun(_ plan: PublishPlan, target: String) -> [String] {
        var lines = ["Chạy thử, nơi đưa lên \(target): \(counts(plan))."]
        for upload in plan.uploads {
            let word = upload.change == .added ? "gửi mới" : "gửi lại"
            lines.append("  \(word)  \(upload.path) (\(bytes(upload.entry.size)))")
        }
        for path in plan.deletions { lines.append("  xoá     \(path)") }
        lines.append("Chưa gửi và chưa xoá gì (--dry-run).")
        return lines
    }

    /// The line after a publish, e.g. "Đã đưa trang lên chinh (…): gửi 3 tệp (12,3 KB), xoá 1 tệp, 56 tệp không đổi, trong 1,25 giây."
    public static func summary(_ plan: PublishPlan, target: String, seconds: Double) -> String {
        if plan.isEmpty {
            return "Nơi đưa lên \(target) đã giống hệt trang đã dựng (\(plan.unchangedCount) tệp): không có gì phải gửi."
        }
        return "Đã đưa trang lên \(target): \(counts(plan)), trong \(decimal(seconds, digits: 2)) giây."
    }

    /// The progress line: "Đang gửi: 12/40 tệp, 1,2 MB/5,6 MB".
    public static func progress(_ progress: PublishProgress) -> String {
        "Đang gửi: \(progress.sentFiles)/\(progress.totalFiles) tệp, \(bytes(progress.sentBytes))/\(bytes(progress.totalBytes))"
    }

    /// The warning printed before signing in over plain FTP.
    public static let plainFTPWarning = "cảnh báo: ftp:// gửi mật khẩu và các tệp không mã hoá qua mạng; nếu máy chủ hỗ trợ, hãy dùng ftps://"

    /// The prompt for the FTP password.
    public static func passwordPrompt(user: String, host: String) -> String {
        "Mật khẩu FTP của \(user)@\(host): "
    }

    /// "gửi 3 tệp (12,3 KB), xoá 1 tệp, 56 tệp không đổi".
    static func counts(_ plan: PublishPlan) -> String {
        "gửi \(plan.uploads.count) tệp (\(bytes(plan.uploadBytes))), xoá \(plan.deletions.count) tệp, \(plan.unchangedCount) tệp không đổi"
    }

    /// A size the way Vietnamese writes it, with a decimal comma: "950 B", "12,3 KB", "4,5 MB".
    public static func bytes(_ count: Int64) -> String {
        let units = ["KB", "MB", "GB", "TB"]
        guard count >= 1000 else { return "\(count) B" }
        var value = Double(count) / 1024
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return "\(decimal(value, digits: 1)) \(units[unit])"
    }

    private static func decimal(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
