#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the loader could not take a file or folder as it found it; each becomes a diagnostic on its path.
enum LoadProblem: Equatable {
    /// A folder that `opendir` refused: its files would otherwise vanish from the site.
    case unreadableFolder(errno: Int32)
    /// An entry whose status cannot be read.
    case unreadableFile(errno: Int32)
    /// Another path is the same name in another Unicode form (NFC `tiêu`, NFD `tiêu`).
    case unicodeTwin(of: String)
    /// A symbolic link into a build's output folder (it would publish the last build again).
    case linkIntoOutput(target: String)
    /// A symbolic link to a folder that holds the folder being read (it would never end).
    case linkToEnclosingFolder(target: String)

    /// Errors stop the build; skipped links are warnings, since nothing the person wrote is lost.
    var severity: Diagnostic.Severity {
        switch self {
        case .unreadableFolder, .unreadableFile, .unicodeTwin: .error
        case .linkIntoOutput, .linkToEnclosingFolder: .warning
        }
    }

    /// What the person reads, in Vietnamese, with what to do.
    var message: String {
        switch self {
        case .unreadableFolder(let code):
            "không mở được thư mục này (\(Self.reason(code))); các tệp trong đó sẽ bị thiếu trên trang. Hãy cấp quyền đọc cho thư mục (chmod a+rx) rồi chạy lại"
        case .unreadableFile(let code):
            "không đọc được thông tin tệp này (\(Self.reason(code))); hãy kiểm tra quyền truy cập của tệp"
        case .unicodeTwin(let other):
            "tên tệp này trùng với \"\(other)\": cùng chữ nhưng dấu được mã hoá Unicode theo cách khác (NFD và NFC), nên hai tệp sẽ có cùng một địa chỉ. Hãy đổi tên hoặc xoá một trong hai tệp"
        case .linkIntoOutput(let target):
            "đã bỏ qua: liên kết tượng trưng trỏ vào thư mục kết quả của bantin (\(target)); đi theo nó sẽ đăng lại trang cũ lồng vào trang mới ở mỗi lần build. Hãy xoá liên kết này"
        case .linkToEnclosingFolder(let target):
            "đã bỏ qua: liên kết tượng trưng trỏ về thư mục chứa chính nó (\(target)), đi theo sẽ lặp mãi. Hãy xoá liên kết này"
        }
    }

    /// The diagnostic on `path`, relative to the site root.
    func diagnostic(path: String) -> Diagnostic {
        Diagnostic(severity, path: path, message: message)
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "không có quyền đọc"
        case ELOOP: "quá nhiều liên kết tượng trưng lồng nhau"
        case EMFILE, ENFILE: "đang mở quá nhiều tệp"
        default: String(cString: strerror(code))
        }
    }
}
