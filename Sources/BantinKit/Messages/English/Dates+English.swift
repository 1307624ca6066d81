// The English catalogue: dates written in front matter and on the command line.

extension SiteDate.ParseError {
    public var english: String {
        switch reason {
        case .unrecognizedFormat:
            "cannot read this date; write the day first, then the month, like 09/11/2021, 09/11/2021 09:40, "
                + "09:40 09/11/2021, 09-11-2021, 9.11.2021, \"ngày 9 tháng 11 năm 2021\", or 2021-11-09, 2021-11-09 09:40:05, "
                + "2021-11-09T09:40:00+07:00 (years 1000 to 9999)"
        case let .impossibleDay(day, month, year):
            (1...12).contains(month)
                ? "the date \(Self.written(day, month, year)) does not exist: \(Self.monthNames[month - 1]) \(year) has only \(SiteDate.daysInMonth(month, year: year)) days"
                : "the date \(Self.written(day, month, year)) does not exist: there is no month \(month)"
        case let .monthOutOfRange(month):
            "there is no month \(month): the day comes first, then the month (day/month/year), and months go from 1 to 12"
        case .timeOutOfRange:
            "the time is not valid: hours go from 00 to 23, minutes and seconds from 00 to 59"
        case .offsetOutOfRange:
            "the time zone offset is not valid: it must be from -12:00 to +14:00 from UTC"
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
