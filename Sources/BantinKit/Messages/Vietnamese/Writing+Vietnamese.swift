// The Vietnamese catalogue: writing the site, and the files `bantin init` and `bantin new` create.

extension WriterError {
    public var vietnamese: String {
        switch reason {
        case .outputIsFilesystemRoot:
            "không dùng '\(path)' làm thư mục xuất: đó là thư mục gốc của cả máy; hãy chọn một thư mục khác"
        case .outputIsHomeFolder:
            "không dùng '\(path)' làm thư mục xuất: đó là thư mục riêng của bạn; hãy chọn một thư mục khác"
        case .outputHoldsProjectRoot:
            "không dùng '\(path)' làm thư mục xuất: thư mục này chứa chính trang web; hãy chọn một thư mục khác"
        case .outputInsideSources:
            "không dùng '\(path)' làm thư mục xuất: nó nằm trong content/ hoặc templates/; hãy chọn một thư mục khác"
        case .outputNotAFolder:
            "không dùng được '\(path)' làm thư mục xuất: ở đó đã có một thứ không phải thư mục"
        case .outputNotOwned:
            "không dùng '\(path)' làm thư mục xuất: thư mục không trống và không có tệp đánh dấu .bantin-output, "
                + "nên bantin có thể xoá mất những tệp không phải do nó tạo ra. Hãy làm trống thư mục hoặc chọn thư mục khác."
        case .absolutePath:
            "đường dẫn xuất '\(path)' phải là đường dẫn tương đối, không bắt đầu bằng /"
        case .emptySegment:
            "đường dẫn xuất '\(path)' trống hoặc có một phần trống"
        case .dotSegment:
            "đường dẫn xuất '\(path)' không được có phần '.' hay '..'"
        case .forbiddenCharacter:
            "đường dẫn xuất '\(path)' có dấu gạch chéo ngược hoặc ký tự NUL"
        case .reservedName:
            "đường dẫn xuất '\(path)' dùng một tên bantin giữ cho riêng mình"
        case .duplicatePath:
            "hai tệp sẽ được ghi vào cùng '\(path)'"
        case .pathConflict:
            "đường dẫn xuất '\(path)' vừa cần là tệp vừa cần là thư mục"
        case .sourceUnreadable(let code):
            "không đọc được '\(path)' để chép: \(SystemErrorText.describe(code, in: .vietnamese))"
        case .readFailed(let code):
            "không đọc được '\(path)': \(SystemErrorText.describe(code, in: .vietnamese))"
        case .writeFailed(let code):
            "không ghi được '\(path)': \(SystemErrorText.describe(code, in: .vietnamese))"
        case .removeFailed(let code):
            "không xoá được '\(path)': \(SystemErrorText.describe(code, in: .vietnamese))"
        case .outsideOutput:
            "bantin không thay đổi '\(path)' vì nó nằm ngoài thư mục xuất"
        }
    }
}

extension SiteScaffoldError {
    public var vietnamese: String {
        switch reason {
        case .alreadyASite(let existing):
            "thư mục \(folder) đã có \(existing)/, tức là đã có một trang web ở đó; bantin init không ghi đè lên trang đã có. Hãy chọn một thư mục khác hoặc một thư mục trống, ví dụ: bantin init trang-moi"
        case .notAFolder:
            "\(folder) là một tệp, không phải thư mục; hãy chọn một thư mục khác cho trang web mới"
        case .fileExists(let path):
            "\(folder)/\(path) đã có; bantin init không ghi đè lên tệp nào. Hãy chọn một thư mục trống"
        case .badName:
            "tên trang web (--name) trống hoặc có ký tự xuống dòng; hãy ghi tên trên một dòng, ví dụ: --name \"Hội Nông dân tỉnh An Giang\""
        case .writeFailed(let path, let reason):
            "không ghi được \(path): \(reason.text(in: .vietnamese))"
        }
    }
}

extension ScaffoldError.Problem {
    public var vietnamese: String {
        switch self {
        case .titleWithoutLetters(let title):
            "tiêu đề \"\(title)\" không có chữ cái hay chữ số nào để đặt tên tệp; hãy viết tiêu đề có chữ"
        case .badDate(let written, let error):
            "--date \"\(written)\": \(error.vietnamese)"
        case .badMonth(let month):
            "--bulletin cần một tháng viết theo dạng NĂM-THÁNG, ví dụ 2021-11, không phải \"\(month)\""
        case .cannotCreateFolder(let path, let reason):
            "không tạo được thư mục \(path): \(reason.text(in: .vietnamese))"
        case .fileExists(let path):
            "\(path) đã có; bantin new không bao giờ ghi đè lên tệp. Hãy chọn tiêu đề khác hoặc sửa tệp đó."
        case .cannotCreate(let path, let code):
            "không tạo được \(path): \(SystemErrorText.describe(code, in: .vietnamese))"
        case .cannotWrite(let path, let reason):
            "không ghi được \(path): \(reason.text(in: .vietnamese))"
        }
    }
}
