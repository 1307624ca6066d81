// The Vietnamese catalogue: site.yml and the addresses written in it.

extension PublishAddress.Problem {
    public var vietnamese: String {
        switch self {
        case .unknownScheme(let scheme):
            "không hiểu kiểu địa chỉ \"\(scheme)://\"; hãy dùng sftp://, ftp://, ftps://, file:// hoặc đường dẫn thư mục"
        case .missingHost:
            "địa chỉ thiếu tên máy chủ; viết như sftp://tin@may-chu.vn/var/www/tin"
        case .missingUser:
            "địa chỉ FTP thiếu tên đăng nhập; viết như ftps://tin@may-chu.vn/public_html"
        case .passwordInAddress:
            "không ghi mật khẩu vào địa chỉ; bỏ phần \":mật-khẩu\" và đặt mật khẩu vào biến môi trường BANTIN_FTP_PASSWORD (hoặc nhập khi được hỏi)"
        case .badPort(let port):
            "cổng \"\(port)\" không hợp lệ; cổng là số từ 1 đến 65535"
        case .missingPath:
            "địa chỉ thiếu thư mục trên máy chủ; viết như sftp://tin@may-chu.vn/var/www/tin"
        case .queryOrFragment:
            "địa chỉ không được có phần \"?…\" hay \"#…\""
        case .unreadable:
            "không đọc được địa chỉ này; viết như sftp://tin@may-chu.vn/var/www/tin hoặc /srv/www/tin"
        }
    }
}
