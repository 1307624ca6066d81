#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the system said when a file could not be read or written (an `errno`), in each language.
///
/// The C library only speaks English; the errors a staffer meets (a full disk, a folder without the
/// right to write, a file in use) are worded in Vietnamese here, and the rare others keep the
/// system's words in quotes.
enum SystemErrorText {
    /// The reason for `code`: "ổ đĩa đã đầy" / "No space left on device".
    static func describe(_ code: Int32, in language: Language) -> String {
        let system = String(cString: strerror(code))
        guard language == .vietnamese else { return system }
        switch code {
        case EACCES, EPERM: return "không có quyền truy cập"
        case ENOSPC: return "ổ đĩa đã đầy"
        case EDQUOT: return "đã dùng hết dung lượng được cấp trên ổ đĩa"
        case ENOENT: return "không có tệp hay thư mục này"
        case EEXIST: return "tệp đã có"
        case EROFS: return "ổ đĩa chỉ cho đọc, không cho ghi"
        case EISDIR: return "đây là thư mục, không phải tệp"
        case ENOTDIR: return "một phần của đường dẫn không phải là thư mục"
        case ENAMETOOLONG: return "tên tệp quá dài"
        case EIO: return "lỗi đọc ghi ổ đĩa"
        case EBUSY, ETXTBSY: return "tệp đang được dùng"
        case ENOTEMPTY: return "thư mục không trống"
        case EMFILE, ENFILE: return "đang mở quá nhiều tệp"
        default: return "lỗi hệ thống \"\(system)\""
        }
    }
}
