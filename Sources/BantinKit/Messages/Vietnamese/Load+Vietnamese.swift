// The Vietnamese catalogue: finding and reading the site's files.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LoadProblem {
    var vietnamese: String {
        switch self {
        case .unreadableFolder(let code):
            "không mở được thư mục này (\(Self.vietnameseReason(code))); các tệp trong đó sẽ bị thiếu trên trang. Hãy cấp quyền đọc cho thư mục (chmod a+rx) rồi chạy lại"
        case .unreadableFile(let code):
            "không đọc được thông tin tệp này (\(Self.vietnameseReason(code))); hãy kiểm tra quyền truy cập của tệp"
        case .unicodeTwin(let other):
            "tên tệp này trùng với \"\(other)\": cùng chữ nhưng dấu được mã hoá Unicode theo cách khác (NFD và NFC), nên hai tệp sẽ có cùng một địa chỉ. Hãy đổi tên hoặc xoá một trong hai tệp"
        case .linkIntoOutput(let target):
            "đã bỏ qua: liên kết tượng trưng trỏ vào thư mục kết quả của bantin (\(target)); đi theo nó sẽ đăng lại trang cũ lồng vào trang mới ở mỗi lần build. Hãy xoá liên kết này"
        case .linkToEnclosingFolder(let target):
            "đã bỏ qua: liên kết tượng trưng trỏ về thư mục chứa chính nó (\(target)), đi theo sẽ lặp mãi. Hãy xoá liên kết này"
        }
    }

    /// Why the system refused: reading, so a refused permission is "no right to read"; the other
    /// reasons as `SystemErrorText` words them.
    static func vietnameseReason(_ code: Int32) -> String {
        code == EACCES || code == EPERM ? "không có quyền đọc" : SystemErrorText.describe(code, in: .vietnamese)
    }
}

extension LoadMessage {
    public var vietnamese: String {
        switch self {
        case .configIsFolder:
            "đây là một thư mục, nhưng site.yml phải là một tệp văn bản chứa cài đặt của trang (title, base_url…); hãy đổi tên thư mục này và tạo tệp content/site.yml"
        case .configMissing(let root):
            "không có tệp cài đặt của trang; thư mục \(root) có phải là một trang bantin (có content/ và templates/) không? Hãy chạy bantin trong thư mục của trang, hoặc tạo trang mới bằng bantin init"
        case .configUnreadable(let reason, let root):
            "không đọc được tệp cài đặt của trang (\(reason.text(in: .vietnamese))); hãy kiểm tra quyền đọc của tệp, và thư mục \(root) có phải là một trang bantin (có content/ và templates/) không"
        case .linkOutsideSite(let target):
            "đã bỏ qua: liên kết tượng trưng trỏ ra ngoài thư mục của trang (\(target)); hãy chép các tệp cần dùng vào trong thư mục của trang"
        case .fileUnreadable(let reason):
            "không đọc được tệp này (\(reason.text(in: .vietnamese))); hãy kiểm tra quyền đọc của tệp"
        case .fileTooLarge(let megabytes, let limit):
            "tệp quá lớn (\(Wording.number(megabytes, in: .vietnamese)) MB); bantin chỉ đọc tệp văn bản đến \(Wording.number(limit, in: .vietnamese)) MB. Hãy chia nội dung thành nhiều bài, hoặc đặt tệp lớn vào content/media/"
        case .notUTF8(let byte):
            "tệp không được lưu theo bảng mã UTF-8 (byte \(byte) ở đây); hãy mở tệp và lưu lại với bảng mã UTF-8"
        }
    }
}
