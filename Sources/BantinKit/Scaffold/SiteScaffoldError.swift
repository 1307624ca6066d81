/// Why `bantin init` wrote nothing.
public struct SiteScaffoldError: Error, Equatable, Sendable {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        /// The folder already holds a site (`content/` or `templates/`), which init never touches.
        case alreadyASite(existing: String)
        /// The path exists and is a file, not a folder.
        case notAFolder
        /// A file init was about to write exists already (it never overwrites).
        case fileExists(String)
        /// The site's name is empty or holds a line break or control character.
        case badName
        /// The disk refused: the folder or file could not be created or written.
        case writeFailed(path: String, reason: String)
    }

    /// What went wrong.
    public let reason: Reason
    /// The folder init was asked to fill.
    public let folder: String

    /// Creates an error about `folder`.
    public init(_ reason: Reason, folder: String) {
        self.reason = reason
        self.folder = folder
    }

    /// The sentence the person reads, in Vietnamese.
    public var message: String {
        switch reason {
        case .alreadyASite(let existing):
            return "thư mục \(folder) đã có \(existing)/, tức là đã có một trang web ở đó; bantin init không ghi đè lên trang đã có. Hãy chọn một thư mục khác hoặc một thư mục trống, ví dụ: bantin init trang-moi"
        case .notAFolder:
            return "\(folder) là một tệp, không phải thư mục; hãy chọn một thư mục khác cho trang web mới"
        case .fileExists(let path):
            return "\(folder)/\(path) đã có; bantin init không ghi đè lên tệp nào. Hãy chọn một thư mục trống"
        case .badName:
            return "tên trang web (--name) trống hoặc có ký tự xuống dòng; hãy ghi tên trên một dòng, ví dụ: --name \"Hội Nông dân tỉnh An Giang\""
        case .writeFailed(let path, let reason):
            return "không ghi được \(path): \(reason)"
        }
    }
}
