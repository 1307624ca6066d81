/// The date problem inside the messages of this area (a bad `--date`, a bad decision `date:`).
extension SiteDate.ParseError {
    /// The sentence in `language`. `SiteDate.ParseError` belongs to the loading area's catalogue: its
    /// Vietnamese `message` is used as it is, and this English text stands in until that catalogue has one.
    func sentence(in language: Language) -> String {
        guard language == .english else { return message }
        switch reason {
        case .unrecognizedFormat:
            return "this date cannot be read; write the day first, then the month, like 09/11/2021, 09/11/2021 09:40, "
                + "09:40 09/11/2021, 09-11-2021, 9.11.2021, \"ngày 9 tháng 11 năm 2021\", or 2021-11-09, 2021-11-09 09:40:05, "
                + "2021-11-09T09:40:00+07:00 (years from 1000 to 9999)"
        case let .impossibleDay(day, month, year):
            let written = "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(year)"
            guard (1...12).contains(month) else { return "the date \(written) does not exist: there is no month \(month)" }
            return "the date \(written) does not exist: month \(month) of \(year) has only \(SiteDate.daysInMonth(month, year: year)) days"
        case let .monthOutOfRange(month):
            return "there is no month \(month): write the day first, then the month (day/month/year), and months go from 1 to 12"
        case .timeOutOfRange:
            return "the time is not valid: hours go from 00 to 23, minutes and seconds from 00 to 59"
        case .offsetOutOfRange:
            return "the time zone is not valid: the offset from UTC goes from -12:00 to +14:00"
        }
    }
}
