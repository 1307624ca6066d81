// The Vietnamese catalogue: the front matter of articles and pages.

extension DocumentMessage {
    public var vietnamese: String {
        switch self {
        case .missingFrontMatter(let keys):
            "thiếu phần đầu (front matter): tệp phải bắt đầu bằng một dòng `---`, tiếp theo là \(Self.fields(keys, in: .vietnamese)), rồi một dòng `---` nữa"
        case .unclosedFrontMatter:
            "phần đầu (front matter) mở ở đây nhưng không được đóng: hãy thêm một dòng `---` sau trường cuối cùng"
        case .tabIndent:
            "dòng này thụt vào bằng phím Tab; hãy dùng dấu cách (YAML không đọc được Tab ở đầu dòng)"
        case .emptyFrontMatter(let keys):
            "phần đầu (front matter) đang trống; cần có ít nhất \(Self.fields(keys, in: .vietnamese))"
        case .categoryWithoutLetters(let name):
            "chuyên mục “\(name)” không có chữ hay số nào để làm địa chỉ trang; hãy đặt tên chuyên mục bằng chữ, ví dụ “Tin hoạt động”"
        case .tagWithoutLetters(let name):
            "từ khóa “\(name)” không có chữ hay số nào để làm địa chỉ trang; hãy viết từ khóa bằng chữ hoặc bỏ nó đi"
        case .missingDate:
            "thiếu `date`: bài viết cần có ngày đăng, ví dụ `date: 09/11/2021 09:40` (ngày viết trước, tháng viết sau)"
        case .categoryNotInMenuNear(let category, let suggestion):
            "chuyên mục “\(category)” không có trong `menu` của content/site.yml, nên trang của nó không được liên kết từ đâu; có phải “\(suggestion)” không?"
        case .categoryNotInMenu(let category, let menu):
            "chuyên mục “\(category)” không có trong `menu` của content/site.yml, nên trang của nó không được liên kết từ đâu; "
                + "hãy chọn một chuyên mục trong menu (\(menu.joined(separator: ", "))) hoặc thêm “\(category)” vào menu"
        case .coverNotImage(let value):
            "ảnh bìa “\(value)” không phải là một tệp ảnh; hãy chép ảnh vào content/media/ và viết đường dẫn của nó, ví dụ media/2021/anh-bia.jpg"
        case .invalidSlug(let written, let suggestion):
            "slug \"\(written)\" (phần cuối địa chỉ của bài) chỉ được có chữ thường a-z, số 0-9 và dấu gạch nối đơn (không có /, .. hay dấu cách); "
                + (suggestion.isEmpty ? "hãy viết vài từ không dấu nối bằng dấu gạch nối, ví dụ hoi-nghi-tong-ket" : "có phải \"\(suggestion)\" không?")
        case .emptySlug:
            "tiêu đề này không có chữ hay số nào để làm địa chỉ (slug) của bài; hãy thêm dòng `slug:` với vài từ viết bằng a-z, 0-9 và dấu gạch nối, ví dụ `slug: hoi-nghi-tong-ket`"
        }
    }
}
