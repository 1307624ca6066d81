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
        return DateText { text in
            text.number(local.hour)
            text.literal(":")
            text.number(local.minute)
            text.literal(" | ")
            text.dayMonthYear(local)
        }.string
    }

    /// "09/11/2021"
    public func dayMonthYear(_ date: Date) -> String {
        let local = localTime(of: date)
        return DateText { $0.dayMonthYear(local) }.string
    }

    /// "2021-11-09T09:40:00+07:00" (seconds included; "Z" never used, always a numeric offset)
    public func iso8601(_ date: Date) -> String {
        DateText { $0.iso8601(localTime(of: date)) }.string
    }

    /// Appends `iso8601(date)`'s bytes to `bytes`: the sitemap writes 10,000 of them.
    func appendISO8601(_ date: Date, to bytes: inout [UInt8]) {
        DateText.append(to: &bytes) { $0.iso8601(localTime(of: date)) }
    }

    /// "Tue, 09 Nov 2021 09:40:00 +0700" (English day/month names as RFC 822 requires)
    public func rfc822(_ date: Date) -> String {
        let local = localTime(of: date)
        return DateText { text in
            text.literal(Self.weekdayNames[local.weekday])
            text.literal(", ")
            text.number(local.day)
            text.literal(" ")
            text.literal(Self.monthNames[local.month - 1])
            text.literal(" ")
            text.number(local.year, width: 4)
            text.literal(" ")
            text.time(local)
            text.literal(" ")
            text.offset(local.utcOffset, separator: "")
        }.string
    }

    /// Local calendar parts for permalinks: year "2021", month "11", day "09" (zero-padded).
    public func parts(_ date: Date) -> (year: String, month: String, day: String) {
        let local = localTime(of: date)
        func padded(_ value: Int, width: Int = 2) -> String { DateText { $0.number(value, width: width) }.string }
        return (padded(local.year, width: 4), padded(local.month), padded(local.day))
    }

    /// Local year as Int.
    public func year(_ date: Date) -> Int {
        localTime(of: date).year
    }

    private static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    fileprivate struct LocalTime {
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
}

/// The bytes of a formatted date, appended one part after another into one buffer: the sitemap and
/// the lists format tens of thousands of dates, and a string per part cost more than the rest.
private struct DateText {
    private var bytes: [UInt8] = []

    init(_ write: (inout DateText) -> Void) {
        bytes.reserveCapacity(32)
        write(&self)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes onto the end of `bytes`, without a buffer of its own.
    static func append(to bytes: inout [UInt8], _ write: (inout DateText) -> Void) {
        var text = DateText { _ in }
        swap(&text.bytes, &bytes)
        write(&text)
        swap(&text.bytes, &bytes)
    }

    /// "2021-11-09T09:40:00+07:00"
    fileprivate mutating func iso8601(_ local: SiteDateFormatter.LocalTime) {
        number(local.year, width: 4)
        literal("-")
        number(local.month)
        literal("-")
        number(local.day)
        literal("T")
        time(local)
        offset(local.utcOffset, separator: ":")
    }

    mutating func literal(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `value` in decimal, with zeros in front up to `width` digits, after its sign.
    mutating func number(_ value: Int, width: Int = 2) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // Digits from the most significant, straight onto the end: reversing them in place through
        // a slice copied the whole buffer, for every number of every date of the site.
        let magnitude = value.magnitude
        var digits = 1
        var divisor: UInt = 1
        while magnitude / divisor >= 10 {
            digits += 1
            divisor *= 10
        }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        var rest = magnitude
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// "09/11/2021"
    fileprivate mutating func dayMonthYear(_ local: SiteDateFormatter.LocalTime) {
        number(local.day)
        literal("/")
        number(local.month)
        literal("/")
        number(local.year, width: 4)
    }

    /// "09:40:00"
    fileprivate mutating func time(_ local: SiteDateFormatter.LocalTime) {
        number(local.hour)
        literal(":")
        number(local.minute)
        literal(":")
        number(local.second)
    }

    /// "+07:00" with ":" as `separator`, "+0700" with none.
    mutating func offset(_ seconds: Int, separator: String) {
        let minutes = abs(seconds) / 60
        literal(seconds < 0 ? "-" : "+")
        number(minutes / 60)
        literal(separator)
        number(minutes % 60)
    }
}
