import Foundation
import Testing
@testable import BantinKit

private let vietnam = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
private let utc = TimeZone(identifier: "UTC")!
private let newYork = TimeZone(identifier: "America/New_York")!
private let berlin = TimeZone(identifier: "Europe/Berlin")!

/// The instant named by an ISO 8601 UTC string; Foundation's parser serves as an independent oracle.
private func instant(_ utcText: String) -> Date {
    ISO8601DateFormatter().date(from: utcText)!
}

@Suite("SiteDate.parse")
struct SiteDateParseTests {
    @Test("accepts every documented form", arguments: [
        ("2021-11-09 09:40", vietnam, "2021-11-09T02:40:00Z"),
        ("2021-11-09 09:40:05", vietnam, "2021-11-09T02:40:05Z"),
        ("2021-11-09T09:40:00+07:00", utc, "2021-11-09T02:40:00Z"),
        ("2021-11-09T09:40:00+0700", utc, "2021-11-09T02:40:00Z"),
        ("2021-11-09T09:40:00Z", vietnam, "2021-11-09T09:40:00Z"),
        ("2021-11-09T09:40:00-05:30", vietnam, "2021-11-09T15:10:00Z"),
        ("2021-11-09T09:40+07:00", utc, "2021-11-09T02:40:00Z"),
        ("2021-11-09T09:40", vietnam, "2021-11-09T02:40:00Z"),
        ("2021-11-09T09:40:05", utc, "2021-11-09T09:40:05Z"),
        ("09/11/2021 09:40", vietnam, "2021-11-09T02:40:00Z"),
        ("09/11/2021 09:40:05", vietnam, "2021-11-09T02:40:05Z"),
        ("09/11/2021", vietnam, "2021-11-08T17:00:00Z"),
        ("9/11/2021", vietnam, "2021-11-08T17:00:00Z"),
        ("9/1/2021", utc, "2021-01-09T00:00:00Z"),
        ("2021-11-09", vietnam, "2021-11-08T17:00:00Z"),
        ("2021-11-09", utc, "2021-11-09T00:00:00Z"),
        // Other day-first forms staff write, with the time after or before the date.
        ("09-11-2021", vietnam, "2021-11-08T17:00:00Z"),
        ("9-11-2021 9:40", vietnam, "2021-11-09T02:40:00Z"),
        ("09:40 09-11-2021", vietnam, "2021-11-09T02:40:00Z"),
        ("9.11.2021", vietnam, "2021-11-08T17:00:00Z"),
        ("9.11.2021 9:40", vietnam, "2021-11-09T02:40:00Z"),
        ("09.11.2021 09:40:05", vietnam, "2021-11-09T02:40:05Z"),
        ("9:40 9.11.2021", vietnam, "2021-11-09T02:40:00Z"),
        ("09/11/2021 9:40", vietnam, "2021-11-09T02:40:00Z"),
        ("09:40 09/11/2021", vietnam, "2021-11-09T02:40:00Z"),
        ("ngày 9 tháng 11 năm 2021", vietnam, "2021-11-08T17:00:00Z"),
        ("Ngày 09 tháng 11 năm 2021 09:40", vietnam, "2021-11-09T02:40:00Z"),
        ("ngày 9 tháng 11 năm 2021, 9:40", vietnam, "2021-11-09T02:40:00Z"),
        ("09:40 ngày 9 tháng 11 năm 2021", vietnam, "2021-11-09T02:40:00Z"),
        ("NGÀY 9 THÁNG 11 NĂM 2021", vietnam, "2021-11-08T17:00:00Z"),
        ("ngày  9  tháng 11  năm 2021", vietnam, "2021-11-08T17:00:00Z"),
        ("ngày\u{00A0}9 tháng\u{00A0}11 năm 2021", vietnam, "2021-11-08T17:00:00Z"),
        ("ngày 9 tháng 11 năm 2021".decomposedStringWithCanonicalMapping, vietnam, "2021-11-08T17:00:00Z"),
        ("Ngày 09/11/2021", vietnam, "2021-11-08T17:00:00Z"),
        ("ngày 9-11-2021 9:40", vietnam, "2021-11-09T02:40:00Z"),
        ("  09/11/2021 09:40 \n", vietnam, "2021-11-09T02:40:00Z"),
        ("\u{00A0}2021-11-09\t", utc, "2021-11-09T00:00:00Z"),
        ("2021-11-09 23:59:59", utc, "2021-11-09T23:59:59Z"),
        ("2021-11-09T00:00:00+14:00", utc, "2021-11-08T10:00:00Z"),
        ("2021-11-09T00:00:00-12:00", utc, "2021-11-09T12:00:00Z"),
        // Leap days.
        ("2024-02-29", utc, "2024-02-29T00:00:00Z"),
        ("29/02/2024", utc, "2024-02-29T00:00:00Z"),
        ("2000-02-29", utc, "2000-02-29T00:00:00Z"),
        // The end of the accepted year range (the other end, year 1000, is tested separately because
        // Foundation switches to the Julian calendar before 1582 and so cannot serve as the oracle there).
        ("31/12/9999 23:59:59", utc, "9999-12-31T23:59:59Z"),
        ("1969-12-31 23:59:59", utc, "1969-12-31T23:59:59Z"),
    ])
    func valid(_ text: String, _ zone: TimeZone, _ expectedUTC: String) throws {
        #expect(try SiteDate.parse(text, in: zone) == instant(expectedUTC))
    }

    @Test("uses the proleptic Gregorian calendar for early years, as ISO 8601 does")
    func earlyYears() throws {
        // -30_610_224_000 is 1000-01-01T00:00:00Z counted in the proleptic Gregorian calendar (Python's datetime agrees).
        #expect(try SiteDate.parse("1000-01-01", in: utc) == Date(timeIntervalSince1970: -30_610_224_000))
        // 1500 was a leap year in the Julian calendar but is not in the Gregorian one.
        #expect(throws: SiteDate.ParseError(reason: .impossibleDay(day: 29, month: 2, year: 1500), offset: 0)) {
            try SiteDate.parse("29/02/1500", in: utc)
        }
        #expect(SiteDateFormatter(timeZone: utc).iso8601(Date(timeIntervalSince1970: -30_610_224_000)) == "1000-01-01T00:00:00+00:00")
    }

    @Test("pads a year of fewer than four digits and writes every digit of each number", arguments: [
        (-30_641_760_000.0, "0999-01-01T00:00:00+00:00", "01/01/0999"),
        (253_402_214_400.0 + 86_399, "9999-12-31T23:59:59+00:00", "31/12/9999"),
        (1_636_450_805.0, "2021-11-09T09:40:05+00:00", "09/11/2021"),
    ])
    func numberWidths(seconds: Double, iso8601: String, dayMonthYear: String) {
        let formatter = SiteDateFormatter(timeZone: utc)
        let date = Date(timeIntervalSince1970: seconds)
        #expect(formatter.iso8601(date) == iso8601)
        var bytes = Array("x".utf8)
        formatter.appendISO8601(date, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x" + iso8601)
        #expect(formatter.dayMonthYear(date) == dayMonthYear)
    }

    @Test("resolves local times across daylight-saving changes like Calendar does", arguments: [
        ("2021-03-14 01:30", newYork, "2021-03-14T06:30:00Z"),  // EST, just before spring forward
        ("2021-03-14 02:30", newYork, "2021-03-14T07:30:00Z"),  // in the gap: moved forward to 03:30 EDT
        ("2021-03-14 03:30", newYork, "2021-03-14T07:30:00Z"),  // EDT
        ("2021-11-07 01:30", newYork, "2021-11-07T05:30:00Z"),  // happens twice: the earlier (EDT) one
        ("2021-11-07 02:30", newYork, "2021-11-07T07:30:00Z"),  // EST
        ("2021-07-01", newYork, "2021-07-01T04:00:00Z"),
        ("2021-01-01", newYork, "2021-01-01T05:00:00Z"),
        ("2021-03-28 02:30", berlin, "2021-03-28T01:30:00Z"),  // in the gap: 03:30 CEST
        ("2021-10-31 02:30", berlin, "2021-10-31T00:30:00Z"),  // happens twice: the earlier (CEST) one
        ("2021-10-31 03:30", berlin, "2021-10-31T02:30:00Z"),  // CET
    ])
    func daylightSaving(_ text: String, _ zone: TimeZone, _ expectedUTC: String) throws {
        #expect(try SiteDate.parse(text, in: zone) == instant(expectedUTC))
    }

    @Test("agrees with Calendar for every hour of a year with two DST changes", arguments: [newYork, berlin, vietnam])
    func matchesCalendar(_ zone: TimeZone) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        for dayOfYear in 0..<365 {
            let (year, month, day) = SiteDate.civilDate(daysSinceEpoch: SiteDate.daysSinceEpoch(year: 2021, month: 1, day: 1) + dayOfYear)
            for hour in 0..<24 {
                let text = String(format: "%04d-%02d-%02d %02d:30", year, month, day, hour)
                let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: 30)
                #expect(try SiteDate.parse(text, in: zone) == calendar.date(from: components)!, "\(text)")
            }
        }
    }

    @Test("rejects bad input with the reason and the Character offset of the bad part", arguments: [
        ("31/02/2021", SiteDate.ParseError.Reason.impossibleDay(day: 31, month: 2, year: 2021), 0),
        ("29/02/2021", .impossibleDay(day: 29, month: 2, year: 2021), 0),
        ("30/02/2024", .impossibleDay(day: 30, month: 2, year: 2024), 0),
        ("2100-02-29", .impossibleDay(day: 29, month: 2, year: 2100), 8),
        ("29/02/1900 10:00", .impossibleDay(day: 29, month: 2, year: 1900), 0),
        ("31/04/2021", .impossibleDay(day: 31, month: 4, year: 2021), 0),
        ("00/11/2021", .impossibleDay(day: 0, month: 11, year: 2021), 0),
        ("2021-11-00", .impossibleDay(day: 0, month: 11, year: 2021), 8),
        ("  31/02/2021", .impossibleDay(day: 31, month: 2, year: 2021), 2),
        ("\r\n31/02/2021", .impossibleDay(day: 31, month: 2, year: 2021), 1),
        ("09/13/2021", .monthOutOfRange(13), 3),
        ("9/13/2021", .monthOutOfRange(13), 2),
        ("2021-13-09", .monthOutOfRange(13), 5),
        ("01/00/2021", .monthOutOfRange(0), 3),
        ("2021-11-09 24:00", .timeOutOfRange, 11),
        ("2021-11-09 09:60", .timeOutOfRange, 14),
        ("09/11/2021 09:40:60", .timeOutOfRange, 17),
        ("2021-11-09T23:59:60Z", .timeOutOfRange, 17),
        ("2021-11-09T09:40:00+25:00", .offsetOutOfRange, 19),
        ("2021-11-09T09:40:00+07:60", .offsetOutOfRange, 19),
        ("2021-11-09T09:40:00-13:00", .offsetOutOfRange, 19),
        ("2021-11-09T09:40+1500", .offsetOutOfRange, 16),
        ("", .unrecognizedFormat, 0),
        ("   ", .unrecognizedFormat, 3),
        ("Nov 9, 2021", .unrecognizedFormat, 0),
        ("ngày 31 tháng 2 năm 2021", .impossibleDay(day: 31, month: 2, year: 2021), 5),
        ("31-02-2021 09:40", .impossibleDay(day: 31, month: 2, year: 2021), 0),
        ("09:40 31.02.2021", .impossibleDay(day: 31, month: 2, year: 2021), 6),
        ("ngày 9 tháng 13 năm 2021", .monthOutOfRange(13), 13),
        ("24:00 09-11-2021", .timeOutOfRange, 0),
        ("09-11/2021", .unrecognizedFormat, 5),
        ("09.11.21", .unrecognizedFormat, 6),
        ("ngày 9 tháng mười một năm 2021", .unrecognizedFormat, 13),
        ("ngày 9 thang 11 nam 2021", .unrecognizedFormat, 7),
        ("mùng 9 tháng 11 năm 2021", .unrecognizedFormat, 0),
        ("9 tháng 11 năm 2021", .unrecognizedFormat, 1),
        ("09:40, 09/11/2021", .unrecognizedFormat, 5),
        ("2021/11/09", .unrecognizedFormat, 4),
        ("11/09/21", .unrecognizedFormat, 6),
        ("2021-1-09", .unrecognizedFormat, 5),
        ("2021-11-9", .unrecognizedFormat, 8),
        ("21-11-09", .unrecognizedFormat, 6),
        ("123/11/2021", .unrecognizedFormat, 3),
        ("0999-01-01", .unrecognizedFormat, 0),
        ("01/01/0999", .unrecognizedFormat, 6),
        ("10000-01-01", .unrecognizedFormat, 5),
        ("2021-11-09 09:40 extra", .unrecognizedFormat, 16),
        ("2021-11-09 9:40", .unrecognizedFormat, 11),
        ("09/11/2021T09:40", .unrecognizedFormat, 10),
        ("2021-11-09 09:40+07:00", .unrecognizedFormat, 16),
        ("2021-11-09T09:40:00.123Z", .unrecognizedFormat, 19),
        ("2021-11-09T09:40:00+07", .unrecognizedFormat, 22),
        ("2021-11-09T09:40:00 +07:00", .unrecognizedFormat, 19),
        ("2021-11-09t09:40", .unrecognizedFormat, 10),
        ("2021-11-09 09", .unrecognizedFormat, 13),
        ("2021-11-09 09:40:", .unrecognizedFormat, 17),
        ("09/11/2021 09:40 (GMT+7)", .unrecognizedFormat, 16),
        ("Đảng 09/11/2021", .unrecognizedFormat, 0),
        ("09/11/2021 ngày", .unrecognizedFormat, 11),
        ("٠٩/١١/٢٠٢١", .unrecognizedFormat, 0),
        ("３１/02/2021", .unrecognizedFormat, 0),
        // The stray acute accent joins the "1" into one Character, so the error points at that Character.
        ("09/11/2021\u{301}", .unrecognizedFormat, 9),
        ("Thứ 3 09/11/2021", .unrecognizedFormat, 0),
    ])
    func invalid(_ text: String, _ reason: SiteDate.ParseError.Reason, _ offset: Int) {
        #expect(throws: SiteDate.ParseError(reason: reason, offset: offset)) {
            try SiteDate.parse(text, in: vietnam)
        }
    }

    @Test("messages explain the problem in plain words", arguments: [
        (SiteDate.ParseError.Reason.impossibleDay(day: 31, month: 2, year: 2021), "ngày 31/02/2021 không có thật: tháng 2 năm 2021 chỉ có 28 ngày"),
        (.impossibleDay(day: 30, month: 2, year: 2024), "ngày 30/02/2024 không có thật: tháng 2 năm 2024 chỉ có 29 ngày"),
        (.impossibleDay(day: 31, month: 4, year: 2021), "ngày 31/04/2021 không có thật: tháng 4 năm 2021 chỉ có 30 ngày"),
        (.impossibleDay(day: 1, month: 13, year: 2021), "ngày 01/13/2021 không có thật: không có tháng 13"),
        (.monthOutOfRange(13), "không có tháng 13: ngày viết trước, tháng viết sau (ngày/tháng/năm), và tháng chỉ từ 1 đến 12"),
        (.timeOutOfRange, "giờ không hợp lệ: giờ từ 00 đến 23, phút và giây từ 00 đến 59"),
        (.offsetOutOfRange, "múi giờ không hợp lệ: độ lệch so với UTC chỉ từ -12:00 đến +14:00"),
    ])
    func message(_ reason: SiteDate.ParseError.Reason, _ expected: String) {
        #expect(SiteDate.ParseError(reason: reason, offset: 0).message == expected)
    }

    @Test("messages are in English when asked", arguments: [
        (SiteDate.ParseError.Reason.impossibleDay(day: 31, month: 2, year: 2021), "the date 31/02/2021 does not exist: February 2021 has only 28 days"),
        (.impossibleDay(day: 1, month: 13, year: 2021), "the date 01/13/2021 does not exist: there is no month 13"),
        (.monthOutOfRange(13), "there is no month 13: the day comes first, then the month (day/month/year), and months go from 1 to 12"),
        (.timeOutOfRange, "the time is not valid: hours go from 00 to 23, minutes and seconds from 00 to 59"),
    ])
    func englishMessage(_ reason: SiteDate.ParseError.Reason, _ expected: String) {
        #expect(SiteDate.ParseError(reason: reason, offset: 0).text(in: .english) == expected)
    }

    @Test("the unrecognized-format message lists the accepted forms")
    func unrecognizedMessage() {
        let message = SiteDate.ParseError(reason: .unrecognizedFormat, offset: 0).message
        for form in ["09/11/2021", "09/11/2021 09:40", "2021-11-09", "2021-11-09 09:40:05", "2021-11-09T09:40:00+07:00", "09-11-2021", "9.11.2021", "ngày 9 tháng 11 năm 2021", "09:40 09/11/2021", "ngày trước, tháng sau"] {
            #expect(message.contains(form))
        }
    }
}

@Suite("SiteDateFormatter")
struct SiteDateFormatterTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let zone: TimeZone
        let utc: String
        let timeAndDate: String
        let iso8601: String
        let rfc822: String
        var testDescription: String { "\(zone.identifier) \(utc)" }
    }

    @Test("formats in the formatter's zone", arguments: [
        Expectation(zone: vietnam, utc: "2021-11-09T02:40:00Z", timeAndDate: "09:40 | 09/11/2021",
                    iso8601: "2021-11-09T09:40:00+07:00", rfc822: "Tue, 09 Nov 2021 09:40:00 +0700"),
        Expectation(zone: utc, utc: "2021-11-09T02:40:05Z", timeAndDate: "02:40 | 09/11/2021",
                    iso8601: "2021-11-09T02:40:05+00:00", rfc822: "Tue, 09 Nov 2021 02:40:05 +0000"),
        // New Year arrives in Vietnam while it is still 31 December in UTC.
        Expectation(zone: vietnam, utc: "2021-12-31T17:00:00Z", timeAndDate: "00:00 | 01/01/2022",
                    iso8601: "2022-01-01T00:00:00+07:00", rfc822: "Sat, 01 Jan 2022 00:00:00 +0700"),
        // New York on both sides of the spring-forward and fall-back instants.
        Expectation(zone: newYork, utc: "2021-03-14T06:59:59Z", timeAndDate: "01:59 | 14/03/2021",
                    iso8601: "2021-03-14T01:59:59-05:00", rfc822: "Sun, 14 Mar 2021 01:59:59 -0500"),
        Expectation(zone: newYork, utc: "2021-03-14T07:00:00Z", timeAndDate: "03:00 | 14/03/2021",
                    iso8601: "2021-03-14T03:00:00-04:00", rfc822: "Sun, 14 Mar 2021 03:00:00 -0400"),
        Expectation(zone: newYork, utc: "2021-11-07T05:30:00Z", timeAndDate: "01:30 | 07/11/2021",
                    iso8601: "2021-11-07T01:30:00-04:00", rfc822: "Sun, 07 Nov 2021 01:30:00 -0400"),
        Expectation(zone: newYork, utc: "2021-11-07T06:30:00Z", timeAndDate: "01:30 | 07/11/2021",
                    iso8601: "2021-11-07T01:30:00-05:00", rfc822: "Sun, 07 Nov 2021 01:30:00 -0500"),
        Expectation(zone: TimeZone(identifier: "Asia/Kolkata")!, utc: "2024-02-29T18:29:59Z", timeAndDate: "23:59 | 29/02/2024",
                    iso8601: "2024-02-29T23:59:59+05:30", rfc822: "Thu, 29 Feb 2024 23:59:59 +0530"),
        Expectation(zone: utc, utc: "1969-12-31T23:59:59Z", timeAndDate: "23:59 | 31/12/1969",
                    iso8601: "1969-12-31T23:59:59+00:00", rfc822: "Wed, 31 Dec 1969 23:59:59 +0000"),
    ])
    func formats(_ expectation: Expectation) {
        let formatter = SiteDateFormatter(timeZone: expectation.zone)
        let date = instant(expectation.utc)
        #expect(formatter.timeAndDate(date) == expectation.timeAndDate)
        #expect(formatter.iso8601(date) == expectation.iso8601)
        #expect(formatter.rfc822(date) == expectation.rfc822)
        #expect(formatter.dayMonthYear(date) == String(expectation.timeAndDate.suffix(10)))
    }

    @Test("gives zero-padded permalink parts and the local year")
    func parts() {
        let formatter = SiteDateFormatter(timeZone: vietnam)
        let date = instant("2021-12-31T17:00:00Z")
        let parts = formatter.parts(date)
        #expect(parts.year == "2022" && parts.month == "01" && parts.day == "01")
        #expect(formatter.year(date) == 2022)
        #expect(SiteDateFormatter(timeZone: utc).year(date) == 2021)
        #expect(SiteDateFormatter(timeZone: utc).parts(date) == ("2021", "12", "31"))
    }

    @Test("keeps a fractional second in the second it falls within")
    func fractionalSeconds() {
        let formatter = SiteDateFormatter(timeZone: utc)
        #expect(formatter.iso8601(Date(timeIntervalSince1970: 59.999)) == "1970-01-01T00:00:59+00:00")
        #expect(formatter.iso8601(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59+00:00")
    }

    @Test("matches DateFormatter across 1950...2100", arguments: [vietnam, utc, newYork, berlin])
    func matchesDateFormatter(_ zone: TimeZone) {
        let reference = DateFormatter()
        reference.locale = Locale(identifier: "en_US_POSIX")
        reference.calendar = Calendar(identifier: .gregorian)
        reference.timeZone = zone
        let formatter = SiteDateFormatter(timeZone: zone)
        let start = instant("1950-01-01T00:00:00Z").timeIntervalSince1970
        let end = instant("2100-12-31T23:59:59Z").timeIntervalSince1970
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let date = Date(timeIntervalSince1970: TimeInterval(Int.random(in: Int(start)...Int(end), using: &generator)))
            reference.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
            #expect(formatter.iso8601(date) == reference.string(from: date))
            reference.dateFormat = "EEE, dd MMM yyyy HH:mm:ss xx"
            #expect(formatter.rfc822(date) == reference.string(from: date))
        }
    }

    @Test("parse then format gives the text back", arguments: [
        ("09/11/2021 09:40", vietnam),
        ("29/02/2024 00:00", vietnam),
        ("01/01/2000 23:59", utc),
        ("07/11/2021 01:30", newYork),
        ("14/03/2021 03:00", newYork),
        ("31/12/9999 23:59", utc),
        ("01/01/1000 00:00", utc),
    ])
    func roundTrip(_ text: String, _ zone: TimeZone) throws {
        let formatter = SiteDateFormatter(timeZone: zone)
        let date = try SiteDate.parse(text, in: zone)
        let display = formatter.timeAndDate(date)
        #expect(display == "\(text.suffix(5)) | \(text.prefix(10))")
        #expect(try SiteDate.parse(formatter.iso8601(date), in: utc) == date)
        #expect(try SiteDate.parse("\(text.prefix(10))", in: zone) == SiteDate.parse(formatter.dayMonthYear(date), in: zone))
    }
}
