/// What a document's URL may be, beyond being unique: it may not take a path the build generates
/// itself, and each of its parts must fit in a file name.
enum SitePathRule {
    /// Bytes a part of a URL may have: a file name may have 255, and the writer adds a few for its
    /// temporary files.
    static let maximumSegmentBytes = 200

    /// The first URL parts the build writes itself, with what lives there, in Vietnamese.
    static let generated: [String: String] = [
        "trang": "các trang tiếp theo của trang chủ (/trang/2/…)",
        "chuyen-muc": "các trang chuyên mục",
        "tu-khoa": "các trang từ khoá",
        "the": "các trang thẻ",
        "ban-tin": "các trang bản tin",
        "thanh-tich": "các trang thành tích",
        "tim-kiem": "trang tìm kiếm",
        "media": "thư mục ảnh và tệp (content/media/)",
        "assets": "thư mục giao diện (templates/assets/)",
        "rss.xml": "nguồn tin RSS",
        "sitemap.xml": "sơ đồ trang",
        "robots.txt": "tệp robots.txt",
        "404.html": "trang báo lỗi 404",
        "index.html": "trang chủ",
    ]

    /// Errors, at each document's slug (or title), for a URL that takes a generated path or is too long.
    static func problems(articles: [ResolvedSite.Article], pages: [ResolvedSite.Page], config: SiteConfig) -> [Diagnostic] {
        let documents = articles.map { ($0.sitePath, $0.document) } + pages.map { ($0.sitePath, $0.document) }
        var diagnostics: [Diagnostic] = []
        for (sitePath, document) in documents {
            let segments = sitePath.split(separator: "/")
            if let first = segments.first, let owner = generated[String(first)] {
                diagnostics.append(Diagnostic(
                    .error, at: document.slugLocation,
                    message: "địa chỉ \(config.href(sitePath)) trùng với \(owner) do bantin tạo ra (/\(first)/); hãy đặt cho bài một `slug:` khác"
                ))
            }
            if let long = segments.first(where: { $0.utf8.count > maximumSegmentBytes }) {
                diagnostics.append(Diagnostic(
                    .error, at: document.slugLocation,
                    message: "địa chỉ quá dài: phần \"\(long.prefix(40))…\" có \(long.utf8.count) byte, mà mỗi phần của địa chỉ là một tên tệp, chỉ được tối đa \(maximumSegmentBytes) byte; hãy viết một `slug:` ngắn hơn"
                ))
            }
        }
        return diagnostics
    }
}
