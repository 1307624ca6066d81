// The Vietnamese catalogue: the designer's Mustache templates.

extension TemplateMessage {
    public var vietnamese: String {
        switch self {
        case .reason(let reason):
            switch reason {
            case .unclosedTag(let opening, let closing):
                "thẻ mở bằng \(opening) chưa được đóng bằng \(closing) trên cùng dòng; hãy thêm \(closing) vào cuối thẻ"
            case .mismatchedClose(let found, let expected, let line):
                "thẻ {{/\(found)}} không khớp: phần đang mở là “\(expected)” (dòng \(line)), hãy đóng nó bằng {{/\(expected)}} trước"
            case .unexpectedClose(let name):
                "thẻ {{/\(name)}} không đóng phần nào; hãy xoá nó hoặc thêm {{#\(name)}} ở phía trước"
            case .unclosedSection(let opening, let name):
                "thẻ \(opening)\(name)}} chưa được đóng bằng {{/\(name)}}"
            case .badDelimiters(let tag):
                "thẻ đổi dấu \(tag) không hợp lệ: cần đúng hai dấu cách nhau bằng dấu cách, không chứa “=”, ví dụ {{=<% %>=}}"
            case .invalidName(let name) where name.isEmpty:
                "thẻ không có tên; hãy viết tên biến vào giữa, ví dụ {{title}}"
            case .invalidName(let name):
                "tên “\(name)” không hợp lệ: tên không được chứa dấu cách, không bắt đầu hay kết thúc bằng dấu chấm, ví dụ {{page.title}}"
            case .unknownPartial(let name, let lookedFor):
                "không có mẫu con “\(name)”: không tìm thấy tệp \(lookedFor)"
            case .unknownParent(let name, let lookedFor):
                "không có mẫu khung “\(name)” để kế thừa: không tìm thấy tệp \(lookedFor)"
            case .cycle(let chain):
                "các mẫu gọi lẫn nhau không có điểm dừng: \(chain.joined(separator: " → ")); hãy bỏ một lời gọi hoặc đặt nó trong một phần {{#…}}"
            case .tooDeep(let limit):
                "các phần lồng nhau quá sâu (quá \(Wording.number(limit, in: .vietnamese)) cấp); hãy tách bớt thành mẫu con"
            case .tagInsideParent(let tag):
                "bên trong {{<…}} chỉ được có các khối {{$…}}; thẻ \(tag) ở đây sẽ bị bỏ qua, hãy chuyển nó vào một khối"
            case .unsupportedTag(let tag):
                "bantin không hỗ trợ thẻ \(tag); hãy bỏ nó đi, hoặc với mẫu con thì viết tên cố định như {{>partials/header}}"
            }
        }
    }
}
