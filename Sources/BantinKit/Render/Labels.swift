/// The Vietnamese words the generated pages use, in one place.
struct Labels: Sendable {
    let home = "Trang chủ"
    let tag = "Từ khóa"
    let notFoundTitle = "Không tìm thấy trang"
    let notFoundMessage = "Trang bạn tìm không có hoặc đã được chuyển đi."
    let page = "Trang"
    let previous = "Trước"
    let next = "Sau"
    let noArticles = "Chưa có bài viết."
    let bulletins = "Bản tin"
    let number = "Số"
    let uncategorized = "Tin khác"
}
