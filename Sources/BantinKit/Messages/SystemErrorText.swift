import Foundation
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
        case ELOOP: return "quá nhiều liên kết tượng trưng lồng nhau"
        default: return "lỗi hệ thống \"\(system)\""
        }
    }
}

/// Why the system refused to read or write a file, kept as its error number so that each catalogue
/// words it in its own language (Foundation's `localizedDescription` is English only).
public struct SystemReason: Hashable, Sendable {
    /// The `errno`, when the error carried one.
    public let code: Int32?
    /// The system's own words, for an error without a number.
    let words: String

    /// The reason for error number `code`.
    public init(code: Int32) {
        self.init(code: code, words: String(cString: strerror(code)))
    }

    private init(code: Int32?, words: String) {
        self.code = code
        self.words = words
    }

    /// The reason inside a Foundation or POSIX error: its `errno` when it has one (directly, as the
    /// underlying error, or as one of Foundation's file error codes), else its description.
    public init(_ error: any Error) {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(code: Int32(underlying.code))
        } else if error.domain == NSPOSIXErrorDomain {
            self.init(code: Int32(error.code))
        } else if error.domain == NSCocoaErrorDomain, let code = Self.posixCode(ofFileError: error.code) {
            self.init(code: code)
        } else {
            self.init(code: nil, words: error.localizedDescription)
        }
    }

    /// The reason in `language`: "ổ đĩa đã đầy", "No space left on device".
    public func text(in language: Language) -> String {
        if let code { return SystemErrorText.describe(code, in: language) }
        return language == .vietnamese ? "lỗi hệ thống \"\(words)\"" : words
    }

    private static func posixCode(ofFileError code: Int) -> Int32? {
        switch code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: ENOENT
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: EACCES
        case NSFileWriteOutOfSpaceError: ENOSPC
        case NSFileWriteFileExistsError: EEXIST
        case NSFileWriteVolumeReadOnlyError: EROFS
        default: nil
        }
    }
}
