// The Vietnamese catalogue: `bantin publish`, its help, its lines and its errors.

extension PublishMessage {
    public var vietnamese: String {
        switch self {
        case .dryRunHeading(let target, let sending, let bytes, let deleting, let unchanged):
            "Chạy thử, nơi đưa lên \(target): \(Self.vietnameseCounts(sent: sending, bytes: bytes, deleted: deleting, unchanged: unchanged))."
        case .dryRunAdd(let path, let bytes):
            "  gửi mới  \(path) (\(Wording.bytes(bytes, in: .vietnamese)))"
        case .dryRunReplace(let path, let bytes):
            "  gửi lại  \(path) (\(Wording.bytes(bytes, in: .vietnamese)))"
        case .dryRunDelete(let path):
            "  xoá     \(path)"
        case .dryRunDone:
            "Chưa gửi và chưa xoá gì (--dry-run)."
        case .published(let target, let sent, let bytes, let deleted, let unchanged, let duration):
            "Đã đưa trang lên \(target): \(Self.vietnameseCounts(sent: sent, bytes: bytes, deleted: deleted, unchanged: unchanged)), "
                + "trong \(Wording.seconds(duration, in: .vietnamese))."
        case .upToDate(let target, let unchanged):
            "Nơi đưa lên \(target) đã giống hệt trang đã dựng (\(Wording.vietnamese(unchanged, "tệp"))): không có gì phải gửi."
        case .progress(let sentFiles, let totalFiles, let sentBytes, let totalBytes):
            "Đang gửi: \(Wording.number(sentFiles, in: .vietnamese))/\(Wording.vietnamese(totalFiles, "tệp")), "
                + "\(Wording.bytes(sentBytes, in: .vietnamese))/\(Wording.bytes(totalBytes, in: .vietnamese))"
        case .plainFTP:
            "ftp:// gửi mật khẩu và các tệp không mã hoá qua mạng; nếu máy chủ hỗ trợ, hãy dùng ftps://"
        case .passwordPrompt(let user, let host):
            "Mật khẩu FTP của \(user)@\(host): "
        }
    }

    /// "gửi 3 tệp (12,3 KB), xoá 1 tệp, 56 tệp không đổi".
    private static func vietnameseCounts(sent: Int, bytes: Int64, deleted: Int, unchanged: Int) -> String {
        "gửi \(Wording.vietnamese(sent, "tệp")) (\(Wording.bytes(bytes, in: .vietnamese))), "
            + "xoá \(Wording.vietnamese(deleted, "tệp")), \(Wording.vietnamese(unchanged, "tệp")) không đổi"
    }
}

extension PublishDestinationProblem {
    public var vietnamese: String {
        switch self {
        case .unknownName(let name, let known):
            let list = known.isEmpty ? "site.yml chưa có mục `publish:`" : "site.yml có: \(known.joined(separator: ", "))"
            return "không có nơi đưa lên tên \"\(name)\" (\(list)); hãy viết một tên trong `publish:` của site.yml, "
                + "hoặc một địa chỉ như sftp://tin@may-chu.vn/var/www/tin hay ./thu-muc"
        case .badAddress(let text, let problem):
            return "địa chỉ \"\(text)\": \(problem.vietnamese)"
        }
    }
}

extension PublishFailure {
    public var vietnamese: String {
        switch self {
        case .siteFolderMissing(let folder):
            return "không có trang đã dựng trong \(folder) (thư mục chưa có hoặc trống); hãy chạy `bantin build` trước"
        case .unsendableName(let path):
            return "tên tệp \"\(path)\" có ký tự điều khiển (như dấu xuống dòng) nên không gửi được; hãy đổi tên tệp gốc rồi dựng lại trang"
        case .unreadableLocalFile(let path):
            return "không đọc được tệp \(path) trong thư mục trang; hãy dựng lại trang bằng `bantin build`"
        case .scratchUnwritable(let path):
            return "không ghi được vào \(path), chỗ để tệp tạm trên máy này; hãy kiểm tra ổ đĩa của máy còn chỗ trống rồi chạy lại "
                + "(các tệp đã gửi xong sẽ không phải gửi lại, chưa xoá tệp nào)"
        case .unreadableManifest:
            return "tệp .bantin-manifest.json trên nơi đưa lên bị hỏng hoặc không phải do bantin ghi; hãy xoá tệp đó trên máy chủ rồi chạy lại: toàn bộ trang sẽ được gửi lại"
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
        case .toolFailed(let tool, let status):
            return "gửi không thành công: \(tool) dừng với mã lỗi \(status) mà không nói lý do; chạy lại lệnh để gửi tiếp "
                + "(các tệp đã gửi xong sẽ không phải gửi lại, chưa xoá tệp nào)"
        case .transferFailed(let detail):
            return "gửi không thành công: \(detail); chạy lại lệnh để gửi tiếp (các tệp đã gửi xong sẽ không phải gửi lại, chưa xoá tệp nào)"
        }
    }
}

extension PublishHelp {
    public var vietnamese: String {
        switch self {
        case .abstract:
            "Đưa trang đã dựng lên máy chủ (SFTP, FTP/FTPS hoặc một thư mục), chỉ gửi những gì đã thay đổi."
        case .discussion:
            """
            TARGET là một tên trong mục `publish:` của content/site.yml, hoặc một địa chỉ: sftp://tên@máy-chủ[:cổng]/thư-mục, \
            ftp:// hoặc ftps://tên@máy-chủ[:cổng]/thư-mục (tính từ thư mục riêng của tài khoản FTP), file:///thư-mục hoặc \
            đường dẫn một thư mục. Nơi đưa lên giữ tệp .bantin-manifest.json (dấu nội dung của từng tệp), nên dù đưa lên \
            từ máy nào, bantin cũng chỉ gửi những tệp đã thay đổi và xoá những tệp trang không còn. Mật khẩu FTP lấy từ \
            biến môi trường BANTIN_FTP_PASSWORD hoặc được hỏi khi chạy, không bao giờ ghi trong site.yml.
            """
        case .target:
            "Một tên trong `publish:` của site.yml, hoặc một địa chỉ."
        case .dryRun:
            "Chỉ liệt kê những gì sẽ gửi và xoá; không thay đổi gì."
        case .output:
            "Thư mục trang đã dựng cần gửi (mặc định: thư mục site/ trong thư mục của trang web)."
        case .identity:
            "SFTP: chỉ đăng nhập bằng khoá SSH này."
        case .knownHosts:
            "SFTP: kiểm tra máy chủ theo tệp này thay cho ~/.ssh/known_hosts."
        case .caFile:
            "FTPS: tin chứng chỉ gốc (CA) này, cho máy chủ dùng chứng chỉ riêng."
        }
    }
}
