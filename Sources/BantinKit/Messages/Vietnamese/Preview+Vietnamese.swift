// The Vietnamese catalogue: the preview (`bantin serve`) in the browser and on the command line.

extension PreviewMessage {
    public var vietnamese: String {
        switch self {
        case .draftLabel:
            "BẢN NHÁP"
        case .draftExplanation:
            "Bài này là bản nháp (draft: true): chỉ xem được khi chạy với --drafts, trang thật chưa có bài này."
        case .scheduledLabel:
            "HẸN GIỜ ĐĂNG"
        case .scheduledExplanation:
            "Bài này có ngày đăng trong tương lai: trang thật chỉ hiện bài từ ngày đó (xem được nhờ --future)."
        case .overlayHeading(let errors):
            "Bản mới có \(Wording.vietnamese(errors, "lỗi")) — đang hiển thị bản dựng tốt gần nhất."
        case .overlayAdvice:
            "Sửa các tệp dưới đây; trang tự tải lại khi sửa xong."
        case .waitingForBuild:
            "Đang dựng trang… Trang sẽ tự tải lại khi xong."
        case .notHTTP11:
            "Yêu cầu không hợp lệ: đây không phải yêu cầu HTTP/1.1."
        case .missingHost:
            "Yêu cầu không hợp lệ: thiếu dòng Host."
        case .forbiddenHost(let host):
            "Bị từ chối: bản xem trước chỉ trả lời địa chỉ localhost và 127.0.0.1 (Host: \(host))."
        case .methodNotAllowed:
            "Không được phép: bản xem trước chỉ nhận yêu cầu GET và HEAD."
        case .pathTooLong:
            "Địa chỉ quá dài."
        case .pathNotAPath:
            "Yêu cầu không hợp lệ: địa chỉ phải bắt đầu bằng \"/\"."
        case .pathBadEscape:
            "Yêu cầu không hợp lệ: trong địa chỉ có dấu \"%\" không theo sau bởi hai chữ số thập lục phân."
        case .pathForbiddenCharacter:
            "Yêu cầu không hợp lệ: địa chỉ có ký tự mà đường dẫn của trang web không thể có."
        case .pathDotSegment:
            "Yêu cầu không hợp lệ: địa chỉ có đoạn \".\" hoặc \"..\"."
        case .pathNotUTF8:
            "Yêu cầu không hợp lệ: địa chỉ không phải văn bản UTF-8."
        case .forbiddenStream:
            "Bị từ chối: luồng tự tải lại chỉ dành cho các trang của bản xem trước này."
        case .notFound:
            "Không có trang này."
        case .moved(let location):
            "Trang đã chuyển sang: \(location)"
        case .rangeOutsideFile(let size):
            "Phần được yêu cầu nằm ngoài tệp: tệp chỉ có \(Wording.vietnamese(Int(size), "byte"))."
        case .portInUse(let port):
            "cổng \(port) đang bận"
        case .invalidHost(let host):
            "không lắng nghe được trên \"\(host)\": đó không phải địa chỉ IP của máy này; hãy dùng 127.0.0.1 (chỉ máy này), 0.0.0.0 (mọi địa chỉ của máy) hoặc một địa chỉ của máy"
        case .cannotListen(let reason):
            "không lắng nghe được: \(reason)"
        case .noNetwork:
            "Máy này chưa kết nối mạng nào (chỉ có địa chỉ 127.0.0.1), nên đồng nghiệp chưa mở được bản xem trước: hãy kết nối Wi-Fi hoặc mạng dây rồi chạy lại lệnh."
        case .colleagueAddress(let url):
            "Đồng nghiệp cùng mạng mở: \(url)"
        }
    }
}
