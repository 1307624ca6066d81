// The Vietnamese catalogue: resolving the site's addresses, rendering, checking links, writing.

extension SiteMessage {
    public var vietnamese: String {
        switch self {
        case .duplicateURL(let url, let others):
            "địa chỉ \(url) bị trùng: bài này và \(others.joined(separator: ", ")) sẽ cùng được đăng ở đó; hãy đặt cho một trong các bài một `slug:` khác"
        case .generatedPath(let url, let segment):
            "địa chỉ \(url) trùng với \(Self.vietnameseOwner(of: segment)) do bantin tạo ra (/\(segment)/); hãy đặt cho bài một `slug:` khác"
        case .segmentTooLong(let start, let bytes, let maximum):
            "địa chỉ quá dài: phần \"\(start)…\" có \(Wording.number(bytes, in: .vietnamese)) byte, mà mỗi phần của địa chỉ là một tên tệp, chỉ được tối đa \(Wording.number(maximum, in: .vietnamese)) byte; hãy viết một `slug:` ngắn hơn"
        case .duplicateOutput(let path):
            "hai tệp sẽ được ghi vào cùng một chỗ site/\(path); hãy đổi tên trang hoặc tệp dùng đường dẫn này"
        case .cannotWriteSite(let detail):
            "không ghi được trang web: \(detail)"
        case .missingTemplate(let name):
            "thiếu mẫu: trang web nào cũng cần tệp templates/\(name).mustache; hãy tạo tệp này"
        case .missingBulletinTemplate(let name):
            "thiếu mẫu: trang web có bản tin (content/bulletins/) nên cần tệp templates/\(name).mustache; hãy tạo tệp này"
        case .missingAchievementTemplate(let name):
            "thiếu mẫu: có bài ghi thành tích nên trang web cần tệp templates/\(name).mustache cho các trang trong /thanh-tich/; hãy tạo tệp này"
        case .brokenLink(let url):
            "liên kết hỏng: \(url) không phải là trang hay tệp nào của trang web này"
        case .missingImage(let url):
            "thiếu ảnh: \(url) không phải là tệp nào của trang web này"
        case .missingCover(let image):
            "thiếu ảnh: ảnh bìa \(image) không phải là tệp nào của trang web này"
        case .localImage(let url, let name):
            "ảnh \"\(url)\" nằm trên máy tính của bạn nên người đọc không xem được; " + Self.vietnameseMediaAdvice(name)
        case .localLink(let url, let name):
            "liên kết \"\(url)\" trỏ tới một tệp trên máy tính của bạn nên người đọc không mở được; " + Self.vietnameseMediaAdvice(name)
        case .themeLinkMissing(let link, let path):
            "giao diện liên kết tới \(link) nhưng trang không có tệp site/\(path); hãy thêm tệp vào templates/assets/ hoặc content/media/, hoặc sửa liên kết trong mẫu"
        }
    }

    private static func vietnameseMediaAdvice(_ name: String) -> String {
        "hãy chép tệp vào thư mục content/media/ (ví dụ content/media/2021/\(name)) rồi viết media/2021/\(name)"
    }

    /// What lives at a path the build writes itself.
    private static func vietnameseOwner(of segment: String) -> String {
        switch segment {
        case "trang": "các trang tiếp theo của trang chủ (/trang/2/…)"
        case "chuyen-muc": "các trang chuyên mục"
        case "tu-khoa": "các trang từ khoá"
        case "the": "các trang thẻ"
        case "ban-tin": "các trang bản tin"
        case "thanh-tich": "các trang thành tích"
        case "tim-kiem": "trang tìm kiếm"
        case "media": "thư mục ảnh và tệp (content/media/)"
        case "assets": "thư mục giao diện (templates/assets/)"
        case "rss.xml": "nguồn tin RSS"
        case "sitemap.xml": "sơ đồ trang"
        case "robots.txt": "tệp robots.txt"
        case "404.html": "trang báo lỗi 404"
        case "index.html": "trang chủ"
        default: "một đường dẫn"
        }
    }
}
