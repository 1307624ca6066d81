// The Vietnamese catalogue: dates written in front matter and on the command line.

extension SiteDate.ParseError {
    public var vietnamese: String {
        switch reason {
        case .unrecognizedFormat:
            "không đọc được ngày tháng này; hãy viết ngày trước, tháng sau, ví dụ 09/11/2021, 09/11/2021 09:40, "
                + "09:40 09/11/2021, 09-11-2021, 9.11.2021, ngày 9 tháng 11 năm 2021, hoặc 2021-11-09, 2021-11-09 09:40:05, "
                + "2021-11-09T09:40:00+07:00 (năm từ 1000 đến 9999)"
        case let .impossibleDay(day, month, year):
            (1...12).contains(month)
                ? "ngày \(Self.written(day, month, year)) không có thật: tháng \(month) năm \(year) chỉ có \(SiteDate.daysInMonth(month, year: year)) ngày"
                : "ngày \(Self.written(day, month, year)) không có thật: không có tháng \(month)"
        case let .monthOutOfRange(month):
            "không có tháng \(month): ngày viết trước, tháng viết sau (ngày/tháng/năm), và tháng chỉ từ 1 đến 12"
        case .timeOutOfRange:
            "giờ không hợp lệ: giờ từ 00 đến 23, phút và giây từ 00 đến 59"
        case .offsetOutOfRange:
            "múi giờ không hợp lệ: độ lệch so với UTC chỉ từ -12:00 đến +14:00"
        }
    }

    /// "09/11/2021": the date as the person wrote it, day first, in both catalogues.
    static func written(_ day: Int, _ month: Int, _ year: Int) -> String {
        "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(year)"
    }
}
