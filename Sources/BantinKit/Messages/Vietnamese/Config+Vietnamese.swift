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

extension Permalink.Problem {
    public var vietnamese: String {
        switch self {
        case .slashes:
            "permalink (mẫu địa chỉ bài viết) phải bắt đầu và kết thúc bằng \"/\", ví dụ /:year/:month/:slug/"
        case .emptyOrDotSegment:
            "permalink có một đoạn trống, \".\" hoặc \"..\" giữa hai dấu \"/\"; hãy bỏ đoạn đó đi"
        case .unknownToken(let token):
            "permalink không hiểu \(token); chỉ dùng được \(Permalink.tokens.joined(separator: " "))"
        case .invalidSegment(let segment):
            "đoạn \"\(segment)\" trong permalink chỉ được có chữ thường a-z, số 0-9 và dấu \"-\""
        case .missingSlug:
            "permalink phải có :slug để mỗi bài viết có một địa chỉ riêng"
        }
    }
}

extension BaseURLRule.Problem {
    public var vietnamese: String {
        switch self {
        case .forbiddenCharacter(let scalar):
            "ký tự \(Self.vietnameseName(of: scalar)) không được có trong base_url"
        case .notHTTP:
            "base_url phải bắt đầu bằng https:// hoặc http://"
        case .credentials:
            "base_url không được chứa tên đăng nhập hay mật khẩu (phần trước dấu @): chúng sẽ hiện trên mọi trang"
        case .queryOrFragment:
            "base_url không được có phần truy vấn (?…) hay neo (#…)"
        case .badHost:
            "base_url thiếu tên miền hợp lệ (ví dụ lmhtx.example)"
        case .badPort:
            "cổng trong base_url phải là một số (ví dụ :8080)"
        case .dotSegment:
            "đường dẫn trong base_url không được có \".\" hay \"..\""
        }
    }

    private static func vietnameseName(of scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": "khoảng trắng"
        case "\"": "dấu ngoặc kép (\")"
        case "'": "dấu nháy đơn (')"
        case "<", ">": "dấu \(scalar)"
        default: "\"\(QuotedLine.escaping(String(scalar)))\""
        }
    }
}

extension SiteConfigMessage {
    public var vietnamese: String {
        switch self {
        case .empty:
            "site.yml đang trống; cần có ít nhất `title` (tên trang) và `base_url` (địa chỉ trang)"
        case .unknownTimeZone(let name):
            "không có múi giờ \"\(name)\"; hãy dùng tên như Asia/Ho_Chi_Minh"
        case .tooManyMenuEntries(let count, let limit):
            "menu có \(Wording.vietnamese(count, "mục")), nhiều hơn \(Wording.vietnamese(limit, "mục")) mà thanh menu hiển thị được; "
                + "hãy gom bớt chuyên mục, các chuyên mục khác vẫn có trang riêng dù không nằm trong menu"
        case .baseURLNotHTTP(let url):
            "base_url phải là một địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://, ví dụ https://lmhtx.example/, không phải \"\(url)\""
        case .baseURL(let problem, let url):
            "\(problem.vietnamese); hãy viết một địa chỉ như https://lmhtx.example/ hoặc https://example.org/tin/ (đang là \"\(url)\")"
        case .publishNotMapping:
            "`publish` phải là danh sách `tên: địa chỉ`, ví dụ publish: {chinh: \"sftp://tin@may-chu.vn/var/www/tin\"}"
        case .publishNameNotWord:
            "tên nơi đưa lên phải là một từ, ví dụ chinh"
        case .publishAddressNotText(let name):
            "địa chỉ của `\(name)` phải là một dòng chữ, ví dụ \"sftp://tin@may-chu.vn/var/www/tin\""
        case .publishAddress(let name, let problem):
            "địa chỉ của `\(name)`: \(problem.vietnamese)"
        }
    }
}

extension WritableLocation.Refusal {
    public var vietnamese: String {
        switch self {
        case .filesystemRoot: "đó là thư mục gốc của hệ thống"
        case .homeFolder: "đó là thư mục nhà (home) của bạn"
        case .holdsSiteRoot: "đó là thư mục của trang hoặc một thư mục chứa nó"
        case .insideSources: "nó nằm trong content/ hoặc templates/, nơi chứa bài viết, cài đặt và giao diện của trang"
        }
    }
}
