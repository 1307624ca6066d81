extension TemplateError {
    /// Why a template cannot be compiled; each case has a Vietnamese message that says what to do.
    public enum Reason: Equatable, Sendable {
        /// A tag opened with `opening` has no `closing` on its line.
        case unclosedTag(opening: String, closing: String)
        /// `{{/found}}` while the innermost open section is `expected`, opened on `openedAtLine`.
        case mismatchedClose(found: String, expected: String, openedAtLine: Int)
        /// `{{/name}}` with no section open.
        case unexpectedClose(name: String)
        /// `{{#name}}` (or `^`, `$`, `<`, shown by `opening`) is never closed.
        case unclosedSection(opening: String, name: String)
        /// A set-delimiter tag that is not two delimiters without `=` or spaces, e.g. `{{=<% %>=}}`.
        case badDelimiters(tag: String)
        /// A tag whose name is empty or has spaces or stray dots.
        case invalidName(String)
        /// `{{>name}}` names no template; `lookedFor` is the file that would be it.
        case unknownPartial(name: String, lookedFor: String)
        /// `{{<name}}` names no template; `lookedFor` is the file that would be it.
        case unknownParent(name: String, lookedFor: String)
        /// Templates that include or extend each other with nothing in between that can stop it,
        /// from this template back to itself, e.g. ["a", "b", "a"].
        case cycle([String])
        /// Sections nested deeper than `limit`.
        case tooDeep(limit: Int)
        /// A tag other than `{{$block}}`, a comment or a set-delimiter directly inside `{{<parent}}`,
        /// where it would be silently dropped.
        case tagInsideParent(tag: String)
        /// A tag bantin's templates do not support: dynamic names (`{{>*x}}`) and pragmas (`{{%x}}`).
        case unsupportedTag(tag: String)

        /// What is wrong and how to fix it, in Vietnamese.
        public var message: String {
            switch self {
            case .unclosedTag(let opening, let closing):
                return "thẻ mở bằng \(opening) chưa được đóng bằng \(closing) trên cùng dòng; hãy thêm \(closing) vào cuối thẻ"
            case .mismatchedClose(let found, let expected, let line):
                return "thẻ {{/\(found)}} không khớp: phần đang mở là “\(expected)” (dòng \(line)), hãy đóng nó bằng {{/\(expected)}} trước"
            case .unexpectedClose(let name):
                return "thẻ {{/\(name)}} không đóng phần nào; hãy xoá nó hoặc thêm {{#\(name)}} ở phía trước"
            case .unclosedSection(let opening, let name):
                return "thẻ \(opening)\(name)}} chưa được đóng bằng {{/\(name)}}"
            case .badDelimiters(let tag):
                return "thẻ đổi dấu \(tag) không hợp lệ: cần đúng hai dấu cách nhau bằng dấu cách, không chứa “=”, ví dụ {{=<% %>=}}"
            case .invalidName(let name) where name.isEmpty:
                return "thẻ không có tên; hãy viết tên biến vào giữa, ví dụ {{title}}"
            case .invalidName(let name):
                return "tên “\(name)” không hợp lệ: tên không được chứa dấu cách, không bắt đầu hay kết thúc bằng dấu chấm, ví dụ {{page.title}}"
            case .unknownPartial(let name, let lookedFor):
                return "không có mẫu con “\(name)”: không tìm thấy tệp \(lookedFor)"
            case .unknownParent(let name, let lookedFor):
                return "không có mẫu khung “\(name)” để kế thừa: không tìm thấy tệp \(lookedFor)"
            case .cycle(let chain):
                return "các mẫu gọi lẫn nhau không có điểm dừng: \(chain.joined(separator: " → ")); hãy bỏ một lời gọi hoặc đặt nó trong một phần {{#…}}"
            case .tooDeep(let limit):
                return "các phần lồng nhau quá sâu (quá \(limit) cấp); hãy tách bớt thành mẫu con"
            case .tagInsideParent(let tag):
                return "bên trong {{<…}} chỉ được có các khối {{$…}}; thẻ \(tag) ở đây sẽ bị bỏ qua, hãy chuyển nó vào một khối"
            case .unsupportedTag(let tag):
                return "bantin không hỗ trợ thẻ \(tag); hãy bỏ nó đi, hoặc với mẫu con thì viết tên cố định như {{>partials/header}}"
            }
        }
    }
}
