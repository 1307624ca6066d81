import Foundation

/// Formats moments for the site: Vietnamese display forms, ISO 8601 and RFC 822, in one time zone.
public struct SiteDateFormatter: Sendable {
    /// The zone whose wall-clock time every output shows.
    public let timeZone: TimeZone

    /// Creates a formatter that shows moments as wall-clock time in `timeZone`.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// "09:40 | 09/11/2021" — as the seed page prints it (without the parentheses; the template adds them).
    public func timeAndDate(_ date: Date) -> String {
        let local = localTime(of: date)
        return "\(pad(local.hour)):\(pad(local.minute)) | \(pad(local.day))/\(pad(local.month))/\(pad(local.year, width: 4))"
    }

    /// "09/11/2021"
    public func dayMonthYear(_ date: Date) -> String {
        let local = localTime(of: date)
        return "\(pad(local.day))/\(pad(local.month))/\(pad(local.year, width: 4))"
    }

    /// "2021-11-09T09:40:00+07:00" (seconds included; "Z" never used, always a numeric offset)
    public func iso8601(_ date: Date) -> String {
        let local = localTime(of: date)
        return "\(pad(local.year, width: 4))-\(pad(local.month))-\(pad(local.day))"
            + "T\(pad(local.hour)):\(pad(local.minute)):\(pad(local.second))\(offsetText(local.utcOffset, separator: ":"))"
    }

    /// "Tue, 09 Nov 2021 09:40:00 +0700" (English day/month names as RFC 822 requires)
    public func rfc822(_ date: Date) -> String {
        let local = localTime(of: date)
        return "\(Self.weekdayNames[local.weekday]), \(pad(local.day)) \(Self.monthNames[local.month - 1]) \(pad(local.year, width: 4)) "
            + "\(pad(local.hour)):\(pad(local.minute)):\(pad(local.second)) \(offsetText(local.utcOffset, separator: ""))"
    }

    /// Local calendar parts for permalinks: year "2021", month "11", day "09" (zero-padded).
    public func parts(_ date: Date) -> (year: String, month: String, day: String) {
        let local = localTime(of: date)
        return (pad(local.year, width: 4), pad(local.month), pad(local.day))
    }

    /// Local year as Int.
    public func year(_ date: Date) -> Int {
        localTime(of: date).year
    }

    private static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private struct LocalTime {
        let year, month, day, hour, minute, second: Int
        let weekday: Int  // 0 = Sunday
        let utcOffset: Int
    }

    private func localTime(of date: Date) -> LocalTime {
        let utcOffset = timeZone.secondsFromGMT(for: date)
        // Flooring keeps fractional and pre-1970 instants on the second they fall within.
        let localSeconds = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffset
        let (days, secondsOfDay) = floorDivision(localSeconds, 86_400)
        let (year, month, day) = SiteDate.civilDate(daysSinceEpoch: days)
        return LocalTime(
            year: year, month: month, day: day,
            hour: secondsOfDay / 3600, minute: secondsOfDay / 60 % 60, second: secondsOfDay % 60,
            weekday: floorDivision(days + 4, 7).remainder,  // 1970-01-01 was a Thursday
            utcOffset: utcOffset
        )
    }

    private func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }

    private func offsetText(_ seconds: Int, separator: String) -> String {
        let minutes = abs(seconds) / 60
        return "\(seconds < 0 ? "-" : "+")\(pad(minutes / 60))\(separator)\(pad(minutes % 60))"
    }

    private func pad(_ value: Int, width: Int = 2) -> String {
        let digits = String(abs(value))
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }
}
