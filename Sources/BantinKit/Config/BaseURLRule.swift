/// What `base_url` may be: an `http` or `https` address with a host, an optional port and an optional
/// path, and nothing a feed, `robots.txt` or an HTML attribute would have to escape.
///
/// It is printed raw in `robots.txt` and the sitemap, and at the head of every absolute link, so a
/// quote, an angle bracket, `..` or `user:pass@` in it ends up in every page.
enum BaseURLRule {
    /// How a message about a forbidden character starts.
    static let characterProblem = "ký tự "

    /// Why `url` is not an acceptable `base_url`, in Vietnamese, or nil when it is.
    static func problem(_ url: String) -> String? {
        if let bad = url.unicodeScalars.first(where: { !allowed.contains($0) }) {
            return characterProblem + "\(describe(bad)) không được có trong base_url"
        }
        let lowered = url.lowercased()
        guard let schemeEnd = lowered.range(of: "://"), ["http", "https"].contains(lowered[..<schemeEnd.lowerBound]) else {
            return "base_url phải bắt đầu bằng https:// hoặc http://"
        }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        if authority.contains("@") {
            return "base_url không được chứa tên đăng nhập hay mật khẩu (phần trước dấu @): chúng sẽ hiện trên mọi trang"
        }
        if url.contains("?") || url.contains("#") {
            return "base_url không được có phần truy vấn (?…) hay neo (#…)"
        }
        let host = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = host.first, !name.isEmpty, !name.hasPrefix("."), !name.hasSuffix(".."), !name.contains("..") else {
            return "base_url thiếu tên miền hợp lệ (ví dụ lmhtx.example)"
        }
        if host.count == 2, host[1].isEmpty || !host[1].allSatisfy(\.isNumber) || host[1].count > 5 {
            return "cổng trong base_url phải là một số (ví dụ :8080)"
        }
        if path.split(separator: "/").contains(where: { $0 == "." || $0 == ".." }) {
            return "đường dẫn trong base_url không được có \".\" hay \"..\""
        }
        return nil
    }

    /// Letters, digits and the URL characters a plain address needs; `%` for percent-encoded paths.
    private static let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/%?#@[]".unicodeScalars)

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": "khoảng trắng"
        case "\"": "dấu ngoặc kép (\")"
        case "'": "dấu nháy đơn (')"
        case "<", ">": "dấu \(scalar)"
        default: "\"\(QuotedLine.escaping(String(scalar)))\""
        }
    }
}
