// The Vietnamese catalogue: the command line's help, summaries and progress.

extension CommandHelp {
    public var vietnamese: String {
        switch self {
        case .bantinAbstract:
            "Dựng trang tin tĩnh từ bài viết Markdown và mẫu giao diện Mustache."
        case .bantinDiscussion:
            """
            Thư mục của trang web chứa content/ (site.yml, articles/, pages/, media/) và templates/.
            `bantin build` ghi trang web đã dựng vào thư mục site/; tải thư mục đó lên máy chủ web.
            `bantin serve` cho xem thử trang trong khi soạn.
            """
        case .language:
            "Ngôn ngữ của thông báo: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh); LANG=en_US.UTF-8 cũng cho tiếng Anh."
        case .buildAbstract:
            "Dựng trang web vào thư mục đầu ra (mặc định: site/)."
        case .buildDiscussion:
            "Chỉ khi cả trang dựng được mà không có lỗi thì mới ghi, nên lần dựng thất bại để nguyên thư mục site/ "
                + "của lần trước. Chỉ ghi lại những tệp có nội dung thay đổi; tệp không còn thuộc trang web thì bị xoá."
        case .buildOutput:
            "Nơi ghi trang web (mặc định: thư mục site/ trong thư mục của trang web)."
        case .buildBaseURL:
            "Dùng địa chỉ này thay cho base_url trong site.yml, ví dụ để dựng bản chạy thử trên máy chủ khác."
        case .buildRelativeURLs:
            "Viết liên kết tương đối theo từng trang, để mở trang web ngay trên máy hoặc từ USB mà không cần máy chủ (như relative_urls: true trong site.yml)."
        case .buildListChanges:
            "In ra từng tệp đã ghi và đã xoá, mỗi tệp một dòng."
        case .buildVerbose:
            "In thời gian của từng bước, và mọi tệp đã ghi và đã xoá."
        case .checkAbstract:
            "Kiểm tra lỗi, liên kết nội bộ hỏng và ảnh bị thiếu của trang web, không ghi gì cả."
        case .checkDiscussion:
            "Kết thúc với mã 1 khi có vấn đề."
        case .siteRoot:
            "Thư mục của trang web, nơi chứa content/ và templates/."
        case .siteDrafts:
            "Đưa vào cả bài và trang có `draft: true` (bản nháp)."
        case .siteFuture:
            "Đưa vào cả bài có ngày đăng trong tương lai."
        case .initAbstract:
            "Tạo một trang web mới: giao diện mặc định, tệp cài đặt site.yml, một bài viết mẫu và hai trang Giới thiệu, Liên hệ."
        case .initDiscussion:
            "Không cần tải gì thêm: mọi tệp đều có sẵn trong chương trình bantin. Lệnh không ghi đè: "
                + "thư mục đã có content/ hoặc templates/ thì bị từ chối."
        case .initFolder:
            "Thư mục của trang web mới (mặc định: thư mục hiện tại); chưa có thì được tạo."
        case .initName:
            "Tên cơ quan, in ở đầu mọi trang, ví dụ \"Hội Nông dân tỉnh An Giang\"."
        case .newAbstract:
            "Tạo bài viết mới (content/articles/NĂM/<slug>.md) hoặc bản tin mới (content/bulletins/NĂM-THÁNG.md); không bao giờ ghi đè."
        case .newDiscussion:
            """
            Bài mới là bản nháp, mang ngày giờ hiện tại (hoặc --date) theo múi giờ của trang; đổi thành `draft: false` để đăng.
            Bản tin (--bulletin 2021-11) là bản tin của tháng đó, lấy số kế tiếp còn trống trong năm và cũng bắt đầu là bản nháp.
            """
        case .newTitle:
            "Tiêu đề của bài, ví dụ \"Hội nghị tổng kết năm 2021\"."
        case .newCategory:
            "Chuyên mục của bài (mặc định: mục đầu tiên của menu)."
        case .newDate:
            "Ngày của bài, ngày trước tháng sau, ví dụ 09/11/2021 hoặc \"09/11/2021 09:40\" (mặc định: bây giờ); bài được đặt trong thư mục năm của ngày này."
        case .newBulletin:
            "Tạo bản tin của tháng này thay vì một bài viết."
        case .reportAbstract:
            "Ghi báo cáo thành tích của một năm thành một tệp HTML (khổ A4, in ra PDF được)."
        case .reportDiscussion:
            "Báo cáo gom các mục `achievements:` (thành tích) của những bài đã đăng: phần tiêu đề, phần tổng hợp, "
                + "một bảng cho mỗi cấp và danh sách bài nguồn kèm địa chỉ. Đó là một tệp duy nhất, có sẵn CSS bên trong "
                + "và không tải gì thêm, nên mở được cả khi không có mạng; in từ trình duyệt để có tệp PDF."
        case .reportYear:
            "Năm cần báo cáo, ví dụ 2021."
        case .reportOutput:
            "Nơi ghi báo cáo (mặc định: bao-cao-thanh-tich-NĂM.html trong thư mục hiện tại; nếu là thư mục thì ghi tệp tên đó vào trong)."
        case .reportForce:
            "Ghi đè tệp báo cáo nếu đã có."
        case .serveAbstract:
            "Xem thử trang web tại http://127.0.0.1:8080/; trang tự tải lại khi một tệp thay đổi."
        case .serveDiscussion:
            "Không ghi gì vào site/. Sửa một bài thì chỉ dựng lại những trang có bài đó. Khi thay đổi có lỗi, "
                + "trang dựng tốt gần nhất vẫn hiện, kèm các lỗi trên mọi trang, cho đến khi sửa xong tệp. "
                + "Bản nháp và bài hẹn giờ chỉ hiện khi có --drafts và --future, được đánh dấu "
                + "\"BẢN NHÁP\" và \"HẸN GIỜ ĐĂNG\". Bấm Ctrl-C để dừng."
        case .servePort:
            "Cổng (mặc định 8080; nếu cổng đang bận thì dùng cổng trống kế tiếp)."
        case .serveHost:
            "Địa chỉ để lắng nghe. Mọi địa chỉ khác 127.0.0.1, ::1 hay localhost đều cho máy khác trong mạng mở được bản xem trước."
        case .serveVerbose:
            "In thời gian của từng bước trong mỗi lần dựng lại."
        case .folderValue: "THƯ-MỤC"
        case .fileValue: "TỆP"
        case .nameValue: "TÊN"
        case .titleValue: "TIÊU-ĐỀ"
        case .categoryValue: "CHUYÊN-MỤC"
        case .dateValue: "NGÀY"
        case .yearValue: "NĂM"
        case .portValue: "CỔNG"
        case .addressValue: "ĐỊA-CHỈ"
        }
    }
}

extension CommandMessage {
    public var vietnamese: String {
        switch self {
        case .counts(let errors, let warnings):
            "\(Wording.vietnamese(errors, "lỗi")), \(Wording.vietnamese(warnings, "cảnh báo"))"
        case .failure(let detail):
            "lỗi: \(detail)"
        case .buildSummary(let summary):
            Self.vietnameseSummary(summary)
        case .buildFailed(let errors, let warnings, let output):
            "dựng thất bại: \(Self.counts(errors: errors, warnings: warnings).vietnamese); chưa ghi gì vào \(output)"
        case .fileWritten(let path):
            "  đã ghi  \(path)"
        case .fileRemoved(let path):
            "  đã xoá  \(path)"
        case .stageTime(let timing, let width):
            "  \(Self.padded(timing.stageName(in: .vietnamese), width)) \(Wording.seconds(timing.duration, in: .vietnamese))"
        case .checkFailed(let errors, let warnings):
            "kiểm tra thất bại: \(Self.counts(errors: errors, warnings: warnings).vietnamese)"
        case .noProblems(let root):
            "Không thấy vấn đề nào trong \(root)"
        case .unknownLanguage(let code):
            "--lang nhận vi (tiếng Việt) hoặc en (tiếng Anh), không nhận \"\(code)\""
        case .noSiteFolder(let path):
            "không có thư mục \(path); --root phải là thư mục của trang web (nơi chứa content/ và templates/)"
        case .noSiteSettings(let path):
            "\(path) không có tệp content/site.yml; hãy chạy bantin trong thư mục của trang web hoặc thêm --root THƯ-MỤC"
        case .siteCreated(let path, let files, let folder):
            """
            Đã tạo trang web mới trong \(path) (\(Wording.vietnamese(files, "tệp"))).
            Bước tiếp theo:
            \(folder.map { "  cd \($0)\n" } ?? "")  sửa content/site.yml: tên cơ quan, địa chỉ trang web (base_url), các chuyên mục
              bantin serve    xem thử trong trình duyệt, tự tải lại khi lưu tệp
              bantin build    dựng trang web vào thư mục site/ để tải lên máy chủ
            """
        case .newNeedsTitle:
            "hãy cho biết tiêu đề của bài, hoặc --bulletin YYYY-MM để tạo bản tin"
        case .newTitleAndBulletin:
            "chỉ cho một trong hai: tiêu đề (tạo bài mới) hoặc --bulletin (tạo bản tin mới), không cho cả hai"
        case .newEmptyTitle:
            "tiêu đề đang để trống"
        case .newCategoryForBulletin:
            "--category chỉ dùng cho bài viết; bản tin chọn chuyên mục ngay trong tệp của nó"
        case .newDateForBulletin:
            "--date chỉ dùng cho bài viết; bản tin lấy kỳ của nó từ --bulletin YYYY-MM"
        case .newUnreadableSettings(let root, let detail):
            "lỗi: không đọc được content/site.yml trong \(root): \(detail.text(in: .vietnamese))"
        case .articleCreated(let path):
            "Đã tạo \(path)"
        case .bulletinCreated(let path, let number):
            "Đã tạo \(path) (Số \(number))"
        case .reportImplausibleYear(let year, let lowest, let highest):
            "--year \(year) không phải năm mà thành tích có thể có (từ \(lowest) đến \(highest))"
        case .reportFailed(let errors, let warnings):
            "lập báo cáo thất bại: \(Self.counts(errors: errors, warnings: warnings).vietnamese); chưa ghi gì"
        case .reportRefused(let path, let reason):
            "lỗi: không ghi báo cáo vào \(path): \(reason); hãy chọn nơi khác bằng --output"
        case .reportWritten(let path, let achievements, let year, let articles):
            "Đã ghi \(path): \(Wording.vietnamese(achievements, "thành tích")) năm \(year) từ \(Wording.vietnamese(articles, "bài"))"
        case .serveBadHost(let host):
            "--host phải là một địa chỉ IP (127.0.0.1, ::1, 0.0.0.0, 192.168.1.10) hoặc localhost, không phải \"\(host)\""
        case .serveShared(let host):
            "cảnh báo: --host \(host): máy khác trong mạng mở được bản xem trước, kể cả các bản nháp"
        case .serveBuilding(let root):
            "Đang dựng \(root) …"
        case .serveServing(let url):
            "Đang chạy bản xem trước tại \(url)  (bấm Ctrl-C để dừng)"
        case .servePolling:
            "ghi chú: theo dõi tệp bằng cách quét lại mỗi 150 ms (máy này không có inotify)"
        case .servePortMoved(let asked, let used):
            "ghi chú: cổng \(asked) đang bận; dùng cổng \(used)"
        case .servePortInUse(let port):
            "lỗi: cổng \(port) đang bận; hãy tắt chương trình đang dùng cổng đó hoặc chọn cổng khác bằng --port"
        case .serveStopping:
            "Đang dừng …"
        case .serveBuilt(let articles, let pages, let files, let elapsed):
            "Đã dựng \(Wording.vietnamese(articles, "bài")), \(Wording.vietnamese(pages, "trang")) "
                + "(\(Wording.vietnamese(files, "tệp"))) trong \(Wording.milliseconds(elapsed, in: .vietnamese))"
        case .serveUpdated(let elapsed, let rendered, let spliced, let changed):
            "Đã cập nhật trong \(Wording.milliseconds(elapsed, in: .vietnamese)): dựng lại \(Wording.vietnamese(rendered, "trang"))"
                + (spliced > 0 ? " (\(Wording.number(spliced, in: .vietnamese)) trang chỉ thay mục “Các tin khác”)" : "")
                + ", \(Wording.vietnamese(changed, "tệp")) thay đổi"
        case .serveTimings(let timings):
            "  " + timings.map { "\($0.stageName(in: .vietnamese)) \(Wording.milliseconds($0.duration, in: .vietnamese))" }.joined(separator: ", ")
        case .serveWarnings(let count):
            "\(Wording.vietnamese(count, "cảnh báo")); chạy bantin check để xem"
        case .serveFailed(let errors, let warnings):
            "dựng thất bại: \(Self.counts(errors: errors, warnings: warnings).vietnamese); "
                + "bản xem trước vẫn giữ trang dựng tốt gần nhất, với các lỗi này trên mọi trang"
        }
    }

    /// "Đã dựng 12 bài, 2 trang → site: 61 tệp (ghi 5, giữ nguyên 56, xoá 0) trong 0,21 giây; …".
    private static func vietnameseSummary(_ summary: BuildSummary) -> String {
        func count(_ value: Int, _ noun: String) -> String { Wording.vietnamese(value, noun) }
        func number(_ value: Int) -> String { Wording.number(value, in: .vietnamese) }
        var line = "Đã dựng \(count(summary.articles, "bài")), \(count(summary.pages, "trang")) → \(summary.output): "
        line += "\(count(summary.files, "tệp")) (ghi \(number(summary.written)), giữ nguyên \(number(summary.unchanged)), "
        line += "xoá \(number(summary.removed))) trong \(Wording.seconds(summary.elapsed, in: .vietnamese))"
        var left: [String] = []
        if summary.drafts > 0 { left.append("\(count(summary.drafts, "bản nháp")) (dùng --drafts)") }
        if summary.future > 0 { left.append("\(count(summary.future, "bài hẹn giờ đăng")) (dùng --future)") }
        if !left.isEmpty { line += "; chưa đưa vào \(Wording.list(left, in: .vietnamese))" }
        if summary.warnings > 0 { line += "; \(count(summary.warnings, "cảnh báo"))" }
        return line
    }
}

extension BuildStage {
    public var vietnamese: String {
        switch self {
        case .load: "đọc tệp"
        case .parse: "phân tích"
        case .resolve: "sắp xếp"
        case .checkLinks: "kiểm tra liên kết"
        case .render: "dựng trang"
        case .renderAndWrite: "dựng và ghi"
        }
    }
}
