import ArgumentParser
import BantinKit
import Foundation

/// `bantin init`: writes a new, working site (the default theme and starter content) into a folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Tạo một trang web mới: giao diện mặc định, tệp cài đặt site.yml, một bài viết mẫu và hai trang Giới thiệu, Liên hệ.",
        discussion: """
        Không cần tải gì thêm: mọi tệp đều có sẵn trong chương trình bantin. Lệnh không ghi đè: \
        thư mục đã có content/ hoặc templates/ thì bị từ chối.
        """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("Thư mục của trang web mới (mặc định: thư mục hiện tại); chưa có thì được tạo.", valueName: "DIR"))
    var folder: String = "."

    @Option(name: .long, help: ArgumentHelp("Tên cơ quan, in ở đầu mọi trang, ví dụ \"Hội Nông dân tỉnh An Giang\".", valueName: "TÊN"))
    var name: String?

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let written: [String]
        do {
            written = try SiteScaffold(name: name).write(into: url)
        } catch {
            Terminal.error("lỗi: \(error.message)")
            throw ExitCode.failure
        }
        let shown = folder.contains(where: { $0 == " " || $0 == "'" }) ? "\"\(folder)\"" : folder
        let cd = folder == "." ? "" : "  cd \(shown)\n"
        print("""
        Đã tạo trang web mới trong \(url.path) (\(written.count) tệp).
        Bước tiếp theo:
        \(cd)  sửa content/site.yml: tên cơ quan, địa chỉ trang web (base_url), các chuyên mục
          bantin serve    xem thử trong trình duyệt, tự tải lại khi lưu tệp
          bantin build    dựng trang web vào thư mục site/ để tải lên máy chủ
        """)
    }
}
