/// Why a publish stopped, with a message in Vietnamese that says what to do.
public struct PublishError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        case siteFolderMissing(String)
        case unsendableName(String)
        case unreadableLocalFile(String)
        case unreadableManifest
        case unknownHost(host: String, port: Int)
        case hostKeyChanged(host: String)
        case keyRejected(user: String, host: String)
        case passwordRejected(user: String, host: String)
        case passwordMissing
        case connectionRefused(host: String, port: Int)
        case hostNotFound(String)
        case timedOut(String)
        case tlsFailed(String)
        case diskFull
        case missingRemoteFolder(String)
        case permissionDenied(String)
        case toolMissing(tool: String, package: String)
        case transferFailed(String)
    }

    /// What went wrong.
    public let reason: Reason

    /// Creates an error.
    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The message printed after "lỗi:".
    public var description: String {
        switch reason {
        case .siteFolderMissing(let folder):
            return "không có trang đã dựng trong \(folder) (thư mục chưa có hoặc trống); hãy chạy `bantin build` trước"
        case .unsendableName(let path):
            return "tên tệp \"\(path)\" có ký tự điều khiển (như dấu xuống dòng) nên không gửi được; hãy đổi tên tệp gốc rồi dựng lại trang"
        case .unreadableLocalFile(let path):
            return "không đọc được tệp \(path) trong thư mục trang; hãy dựng lại trang bằng `bantin build`"
        case .unreadableManifest:
            return "tệp \(PublishManifest.fileName) trên nơi đưa lên bị hỏng hoặc không phải do bantin ghi; hãy xoá tệp đó trên máy chủ rồi chạy lại: toàn bộ trang sẽ được gửi lại"
        case .unknownHost(let host, let port):
            let login = port == 22 ? "ssh TÊN@\(host)" : "ssh -p \(port) TÊN@\(host)"
            return "máy chủ \(host) chưa có trong danh sách máy chủ đã biết (known_hosts), nên chưa thể chắc đó đúng là máy chủ của bạn. "
                + "Hãy đăng nhập một lần bằng `\(login)`, so dấu vân tay (fingerprint) hiện ra với dấu do nhà cung cấp máy chủ đưa, "
                + "giống thì gõ yes; hoặc chỉ ra tệp known_hosts khác bằng --known-hosts FILE"
        case .hostKeyChanged(let host):
            return "khoá nhận dạng của máy chủ \(host) khác với khoá đã lưu trong known_hosts: máy chủ có thể vừa được cài lại, "
                + "hoặc có kẻ mạo danh. Chưa gửi gì; hãy hỏi người quản trị máy chủ trước khi sửa known_hosts"
        case .keyRejected(let user, let host):
            return "máy chủ \(host) không nhận khoá SSH của tài khoản \(user); hãy kiểm tra khoá (~/.ssh/id_ed25519, ~/.ssh/id_rsa "
                + "hoặc tệp chỉ ra bằng --identity) đã được thêm vào ~/.ssh/authorized_keys của \(user) trên máy chủ"
        case .passwordRejected(let user, let host):
            return "máy chủ \(host) từ chối đăng nhập của \(user): sai tên đăng nhập hoặc mật khẩu; hãy kiểm tra lại mật khẩu (biến BANTIN_FTP_PASSWORD)"
        case .passwordMissing:
            return "chưa có mật khẩu FTP: hãy đặt biến môi trường BANTIN_FTP_PASSWORD, hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi mật khẩu"
        case .connectionRefused(let host, let port):
            return "máy chủ \(host) từ chối kết nối ở cổng \(port); hãy kiểm tra địa chỉ, cổng, và máy chủ có đang mở dịch vụ SFTP/FTP không"
        case .hostNotFound(let host):
            return "không tìm thấy máy chủ \(host); hãy kiểm tra tên máy chủ và kết nối mạng"
        case .timedOut(let host):
            return "máy chủ \(host) không trả lời; hãy kiểm tra kết nối mạng và tường lửa rồi chạy lại (các tệp đã gửi xong sẽ không phải gửi lại)"
        case .tlsFailed(let host):
            return "không xác minh được chứng chỉ TLS của \(host), nên chưa gửi mật khẩu; nếu máy chủ dùng chứng chỉ riêng, hãy chỉ ra chứng chỉ gốc bằng --ca-file FILE"
        case .diskFull:
            return "ổ đĩa trên máy chủ đã đầy (hoặc tài khoản đã hết dung lượng); hãy giải phóng chỗ trống rồi chạy lại (các tệp đã gửi xong sẽ không phải gửi lại, chưa xoá tệp nào)"
        case .missingRemoteFolder(let folder):
            return "thư mục \(folder) không có ở nơi đưa lên; hãy kiểm tra đường dẫn trong địa chỉ, hoặc tạo thư mục đó trước "
                + "(bantin không tự tạo thư mục gốc, để một lỗi gõ không đưa trang vào chỗ lạ)"
        case .permissionDenied(let folder):
            return "không có quyền ghi vào \(folder) trên máy chủ; hãy kiểm tra quyền của tài khoản với thư mục đó"
        case .toolMissing(let tool, let package):
            return "không tìm thấy chương trình \(tool); hãy cài gói \(package) (sudo apt-get install \(package))"
        case .transferFailed(let detail):
            return "gửi không thành công: \(detail); chạy lại lệnh để gửi tiếp (các tệp đã gửi xong sẽ không phải gửi lại, chưa xoá tệp nào)"
        }
    }
}
