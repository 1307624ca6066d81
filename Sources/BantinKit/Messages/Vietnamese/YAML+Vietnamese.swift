// The Vietnamese catalogue: YAML that cannot be read, and the fields of front matter and site.yml.

extension YAMLMessage {
    public var vietnamese: String {
        switch self {
        case .tab:
            "ở đây có ký tự Tab; hãy thay nó bằng dấu cách"
        case .colonInValue(let key, let value):
            "giá trị của `\(key)` có dấu hai chấm và dấu cách (“: ”) nên bị đọc nhầm thành một trường mới; "
                + "hãy đặt cả giá trị trong dấu ngoặc kép: \(key): \"\(Self.escaped(value))\""
        case .colonHere:
            "dấu hai chấm và dấu cách (“: ”) ở đây bị đọc nhầm thành một trường mới; hãy đặt cả giá trị trong dấu ngoặc kép"
        case .missingColon:
            "dòng này thiếu dấu hai chấm: mỗi dòng viết `tên trường: giá trị`; nếu đây là phần tiếp theo của dòng trên, "
                + "hãy nối nó vào cuối dòng trên"
        case .misaligned:
            "dòng này thụt vào lệch với các dòng trên: các trường cùng một nhóm phải bắt đầu ở cùng một cột; hãy thêm hoặc bớt dấu cách ở đầu dòng cho thẳng hàng"
        case .unclosedQuote:
            "dấu ngoặc mở ở đây không bao giờ được đóng; thêm dấu ngoặc đóng ở cuối giá trị"
        case .unclosedBracket(let open, let close):
            "dấu “\(open)” mở ở đây chưa được đóng; thêm “\(close)” ở cuối, hoặc đặt giá trị trong dấu ngoặc kép nếu nó không phải danh sách"
        case .undefinedAlias:
            "không dùng được bí danh YAML (&tên, *tên) ở đây; hãy viết thẳng giá trị ra"
        case .reservedStart(let character):
            "giá trị không thể bắt đầu bằng ký tự \(character.map { "“\($0)”" } ?? "này"); hãy đặt cả giá trị trong dấu ngoặc kép"
        case .syntax(let problem, let context, let line, let column):
            "phần này viết sai cú pháp YAML (thư viện YAML báo: “\(problem)”"
                + (context.map { ", “\($0)” bắt đầu ở dòng \(line ?? 1), cột \(column ?? 1)" } ?? "")
                + "); kiểm tra dấu cách ở đầu dòng, dấu hai chấm và dấu ngoặc"
        case .controlCharacter(let code):
            "ở đây có ký tự điều khiển \(code) (không in được, thường do dán từ chương trình khác); hãy xoá nó"
        case .unreadableHere(let problem):
            "không đọc được YAML ở đây (thư viện YAML báo: “\(problem)”); hãy xoá rồi gõ lại chỗ này"
        case .unreadable(let problem):
            "không đọc được YAML (thư viện YAML báo: “\(problem)”); kiểm tra dấu cách ở đầu dòng, dấu hai chấm và dấu ngoặc"
        case .anchors:
            "không dùng được neo và bí danh YAML (&tên, *tên) ở đây; hãy viết thẳng giá trị ra"
        case .duplicateKey(let key, let firstLine):
            "`\(key)` được ghi hai lần\(firstLine.map { " (lần đầu ở dòng \($0))" } ?? ""); hãy giữ lại một dòng"
        }
    }

    /// The value as it goes between double quotes: its own quotes escaped.
    static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\"", with: "\\\"")
    }
}

extension FieldOwner {
    /// The mapping as a place keys are written in: "không có trường `x` trong phần đầu (front matter)".
    var vietnameseContainer: String {
        switch self {
        case .frontMatter: "phần đầu (front matter)"
        case .article: "bài viết"
        case .page: "trang"
        case .bulletin: "bản tin"
        case .cover: "ảnh bìa (`cover`)"
        case .achievement: "thành tích"
        case .siteSettings, .site, .siteAddress: "site.yml"
        case .contact: "thông tin liên hệ (`contact`)"
        }
    }

    /// The thing that needs a field: "bài viết cần có trường này".
    var vietnameseNeeder: String {
        switch self {
        case .frontMatter, .article: "bài viết"
        case .page: "trang"
        case .bulletin: "bản tin"
        case .cover: "ảnh bìa"
        case .achievement: "mỗi thành tích"
        case .siteSettings, .site: "trang web"
        case .siteAddress: "trang web (để làm nguồn tin RSS, sơ đồ trang và liên kết chia sẻ)"
        case .contact: "thông tin liên hệ"
        }
    }
}

extension FieldMessage {
    public var vietnamese: String {
        switch self {
        case .notMapping(let owner):
            "\(owner.vietnameseContainer) phải gồm các dòng `tên trường: giá trị`"
        case .keyNotPlain(let owner):
            "tên trường trong \(owner.vietnameseContainer) phải là một từ, ví dụ title"
        case .unknownKey(let key, let owner, let suggestion):
            "không có trường `\(key)` trong \(owner.vietnameseContainer); có phải `\(suggestion)` không?"
        case .unknownKeyListed(let key, let owner, let known):
            "không có trường `\(key)` trong \(owner.vietnameseContainer); các trường dùng được: \(known.joined(separator: ", "))"
        case .notSingleValue(let key):
            "`\(key)` phải là một giá trị, không phải danh sách hay nhóm trường"
        case .controlCharacter(let key, let code):
            "`\(key)` chứa ký tự điều khiển \(code), không in được trên trang; hãy xoá nó (thường do dán từ chương trình khác hoặc viết \(code) trong dấu ngoặc kép)"
        case .emptyRequired(let key, let owner):
            "`\(key)` đang để trống; \(owner.vietnameseNeeder) cần có trường này"
        case .missingRequired(let key, let owner):
            "thiếu `\(key)`: \(owner.vietnameseNeeder) cần có trường này; hãy thêm một dòng `\(key): …`"
        case .notBool(let key, let value):
            "`\(key)` phải viết là true hoặc false, không phải \"\(value)\""
        case .notPositiveInt(let key, let value):
            "`\(key)` phải là một số nguyên lớn hơn 0, không phải \"\(value)\""
        case .listItemNotSingle(let key):
            "mỗi mục của `\(key)` phải là một giá trị, không phải danh sách hay nhóm trường"
        case .notList(let key):
            "`\(key)` phải là một danh sách, ví dụ [A, B]"
        }
    }
}
