// The Vietnamese catalogue: bulletins and the articles they choose.

extension BulletinMessage {
    public var vietnamese: String {
        switch self {
        case .missingNumber:
            "thiếu `number`: bản tin cần ghi số, ví dụ `number: 11`"
        case .missingPeriod(let key):
            "thiếu `\(key)`: bản tin cần ghi thời gian từ ngày nào đến ngày nào, ví dụ `from: 01/11/2021` và `to: 30/11/2021`"
        case .periodReversed(let from, let to, let toLine):
            "ngày bắt đầu (\(from)) muộn hơn ngày kết thúc (`to: \(to)` ở dòng \(toLine)); hãy đổi chỗ `from` và `to`"
        case .badSlug(let written):
            "slug “\(written)” chỉ được gồm chữ thường a-z, chữ số 0-9 và dấu gạch ngang đơn (không có /, .. hay dấu cách)"
        case .emptySlug:
            "tiêu đề này không cho ra được địa chỉ (slug) nào; hãy thêm `slug:`"
        case .unknownCategory(let name, let suggestion):
            "không có chuyên mục “\(name)”" + (suggestion.map { "; có phải “\($0)” không?" } ?? "")
        case .noArticlesInPeriod(let categories):
            categories
                ? "không có bài đã đăng nào trong thời gian và chuyên mục của bản tin này"
                : "không có bài đã đăng nào trong thời gian của bản tin này"
        case .featuredRepeated(let title):
            "bài “\(title)” đã có trong `featured` ở trên; bản tin chỉ đưa mỗi bài một lần, hãy xoá dòng lặp lại"
        case .featuredNotFound(let entry, let title?, let slug?):
            "không có bài đã đăng nào có slug, tiêu đề hoặc địa chỉ là “\(entry)”; có phải bài “\(title)” (slug: \(slug)) không?"
        case .featuredNotFound(let entry, _, _):
            "không có bài đã đăng nào có slug, tiêu đề hoặc địa chỉ là “\(entry)”; hãy chép slug, tiêu đề hoặc địa chỉ của bài muốn đưa lên đầu (bài nháp và bài hẹn giờ chưa đăng không đưa được)"
        case .numberUsedTwice(let number, let year, let first):
            "số bản tin \(number) bị dùng hai lần trong năm \(year): ở đây và ở \(first); hãy đặt cho bản tin này số tiếp theo chưa dùng"
        case .slugUsedTwice(let slug, let first):
            "hai bản tin sẽ cùng được đăng ở /ban-tin/\(slug)/: bản tin này và \(first); hãy đặt cho một trong hai bản tin một `slug:` khác"
        }
    }
}
