import Foundation

/// A moment written in front matter, parsed strictly: day-first Vietnamese forms and ISO forms.
public enum SiteDate {
    /// Parses one of: "2021-11-09 09:40", "2021-11-09 09:40:05", "2021-11-09T09:40:00+07:00" (also "Z", "+0700", fractional seconds not needed),
    /// "2021-11-09T09:40" (no offset), "2021-11-09", and the day-first forms "09/11/2021", "9/11/2021", "09-11-2021",
    /// "9.11.2021", "ngày 09/11/2021" and "ngày 9 tháng 11 năm 2021", each alone or with a time after it ("09/11/2021 9:40",
    /// "ngày 9 tháng 11 năm 2021, 09:40:05") or before it ("09:40 09-11-2021"). Case and spacing in the words do not matter.
    /// Day first, always: 09/11/2021 is 9 November 2021. A value without an offset is in `timeZone`; a date without a time is 00:00 there.
    /// - Throws: `SiteDate.ParseError` when the text is not one of those forms or names an impossible moment.
    public static func parse(_ text: String, in timeZone: TimeZone) throws(SiteDate.ParseError) -> Date {
        let trimmedStart = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let trimmedEnd = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? trimmedStart
        let trimmed = text[trimmedStart..<trimmedEnd]
        let leading = text.distance(from: text.startIndex, to: trimmedStart)
        // A decomposed "tháng" pasted from a Mac, or a no-break space from Word, read as typed;
        // neither changes how many Characters come before a position.
        // ASCII, as most dates are, is its own canonical form and has no no-break space.
        let scanned = trimmed.utf8.allSatisfy { $0 < 0x80 } ? String(trimmed)
            : trimmed.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\u{00A0}", with: " ")
        var scanner = FieldScanner(bytes: Array(scanned.utf8))

        func characterOffset(ofByte byteOffset: Int) -> Int {
            // The byte may sit inside a multi-byte Character, so convert properly.
            let byteIndex = scanned.utf8.index(scanned.startIndex, offsetBy: byteOffset)
            return leading + scanned.distance(from: scanned.startIndex, to: byteIndex)
        }
        let fields: Fields
        do {
            fields = try scanner.scanFields()
        } catch {
            throw ParseError(reason: .unrecognizedFormat, offset: characterOffset(ofByte: error.offset))
        }

        func fail(_ reason: ParseError.Reason, at byteOffset: Int) -> ParseError {
            ParseError(reason: reason, offset: characterOffset(ofByte: byteOffset))
        }

        guard (1000...9999).contains(fields.year.value) else {
            throw fail(.unrecognizedFormat, at: fields.year.offset)
        }
        guard (1...12).contains(fields.month.value) else {
            throw fail(.monthOutOfRange(fields.month.value), at: fields.month.offset)
        }
        let monthLength = daysInMonth(fields.month.value, year: fields.year.value)
        guard (1...monthLength).contains(fields.day.value) else {
            throw fail(.impossibleDay(day: fields.day.value, month: fields.month.value, year: fields.year.value), at: fields.day.offset)
        }
        for (field, limit) in [(fields.hour, 23), (fields.minute, 59), (fields.second, 59)] {
            if let field, field.value > limit { throw fail(.timeOutOfRange, at: field.offset) }
        }
        if let utcOffset = fields.utcOffset, !(-12 * 3600...14 * 3600).contains(utcOffset.value) || utcOffset.minutes > 59 {
            throw fail(.offsetOutOfRange, at: utcOffset.offset)
        }

        let days = daysSinceEpoch(year: fields.year.value, month: fields.month.value, day: fields.day.value)
        let secondsOfDay = (fields.hour?.value ?? 0) * 3600 + (fields.minute?.value ?? 0) * 60 + (fields.second?.value ?? 0)
        let localSeconds = days * 86_400 + secondsOfDay
        let utcSeconds = localSeconds - (fields.utcOffset?.value ?? utcOffset(ofLocalSeconds: localSeconds, in: timeZone))
        return Date(timeIntervalSince1970: TimeInterval(utcSeconds))
    }

    /// Why a front-matter date was rejected, and where in the text.
    public struct ParseError: Error, Equatable, Sendable, CatalogueMessage {
        /// What was wrong with the text.
        public enum Reason: Equatable, Sendable {
            /// The text matches none of the accepted forms (or its year is outside 1000...9999).
            case unrecognizedFormat
            /// The month exists but does not have that day, e.g. 31/02/2021.
            case impossibleDay(day: Int, month: Int, year: Int)
            /// The month is not 1...12, typically a month-first date such as 09/13/2021.
            case monthOutOfRange(Int)
            /// Hour above 23, minute or second above 59.
            case timeOutOfRange
            /// A UTC offset outside -12:00...+14:00 or with minutes above 59.
            case offsetOutOfRange
        }

        /// What was wrong with the text.
        public let reason: Reason
        /// 0-based offset in Characters into the text where the bad part starts (0 if unknown), so the caller can point a column at it.
        public let offset: Int

        /// Creates an error for `reason` starting at Character `offset` of the parsed text.
        public init(reason: Reason, offset: Int) {
            self.reason = reason
            self.offset = offset
        }

        /// The sentence a person reads, in the language of this run, e.g. `ngày 31/02/2021 không có thật: tháng 2 năm 2021 chỉ có 28 ngày`.
        public var message: String { text }
    }
}

extension SiteDate.ParseError {
    /// One key per reason.
    public enum Key: CaseIterable, Sendable {
        case unrecognizedFormat, impossibleDay, impossibleMonthDay, monthOutOfRange, timeOutOfRange, offsetOutOfRange
    }

    /// Which reason this is; a day in a month that does not exist is told apart, since its text differs.
    public var key: Key {
        switch reason {
        case .unrecognizedFormat: .unrecognizedFormat
        case .impossibleDay(_, let month, _): (1...12).contains(month) ? .impossibleDay : .impossibleMonthDay
        case .monthOutOfRange: .monthOutOfRange
        case .timeOutOfRange: .timeOutOfRange
        case .offsetOutOfRange: .offsetOutOfRange
        }
    }

    /// An error of each reason, as the catalogue test renders it.
    public static func example(of key: Key) -> Self {
        switch key {
        case .unrecognizedFormat: Self(reason: .unrecognizedFormat, offset: 0)
        case .impossibleDay: Self(reason: .impossibleDay(day: 31, month: 2, year: 2021), offset: 0)
        case .impossibleMonthDay: Self(reason: .impossibleDay(day: 9, month: 13, year: 2021), offset: 0)
        case .monthOutOfRange: Self(reason: .monthOutOfRange(13), offset: 3)
        case .timeOutOfRange: Self(reason: .timeOutOfRange, offset: 11)
        case .offsetOutOfRange: Self(reason: .offsetOutOfRange, offset: 19)
        }
    }
}

extension SiteDate {
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year  // years start in March so the leap day ends a year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The offset `timeZone` applies at the wall-clock time `localSeconds` (seconds since 1970-01-01 00:00 local).
    ///
    /// A wall-clock time can map to zero instants (spring-forward gap) or two (fall-back overlap).
    /// Like Calendar, a gap moves forward by the gap length and an overlap takes the earlier instant.
    static func utcOffset(ofLocalSeconds localSeconds: Int, in timeZone: TimeZone) -> Int {
        func offset(atUTC seconds: Int) -> Int {
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        // Real zones change offset at most once within a day, so the offsets a day either side are the only candidates.
        let offsetBefore = offset(atUTC: localSeconds - 86_400)
        let offsetAfter = offset(atUTC: localSeconds + 86_400)
        if offsetBefore == offsetAfter { return offsetBefore }
        let fitsBefore = offset(atUTC: localSeconds - offsetBefore) == offsetBefore
        let fitsAfter = offset(atUTC: localSeconds - offsetAfter) == offsetAfter
        switch (fitsBefore, fitsAfter) {
        case (true, true): return max(offsetBefore, offsetAfter)  // larger offset = earlier instant
        case (false, true): return offsetAfter
        default: return offsetBefore  // also the gap: the pre-transition offset lands after the gap
        }
    }
}

extension SiteDate {
    /// Date and time fields as written, each with the byte offset where it starts.
    private struct Fields {
        struct Number {
            let value: Int
            let offset: Int
        }

        struct UTCOffset {
            let value: Int
            let minutes: Int
            let offset: Int
        }

        var year = Number(value: 0, offset: 0)
        var month = Number(value: 0, offset: 0)
        var day = Number(value: 0, offset: 0)
        var hour: Number?
        var minute: Number?
        var second: Number?
        var utcOffset: UTCOffset?
    }

    /// The text stops matching the accepted forms at byte `offset`.
    private struct SyntaxError: Error {
        let offset: Int
    }

    /// Reads the accepted forms from UTF-8 bytes; checks shape only, not ranges.
    private struct FieldScanner {
        let bytes: [UInt8]
        var position = 0

        mutating func scanFields() throws(SyntaxError) -> Fields {
            var fields = Fields()
            let leadingDigits = bytes.prefix { isDigit($0) }.count
            let separator = leadingDigits < bytes.count ? bytes[leadingDigits] : nil
            switch (leadingDigits, separator) {
            case (4, UInt8(ascii: "-")):
                fields.year = try number(digits: 4...4)
                try expect("-")
                fields.month = try number(digits: 2...2)
                try expect("-")
                fields.day = try number(digits: 2...2)
                if isAtEnd { return fields }
                if next == UInt8(ascii: "T") {
                    position += 1
                    try scanTime(into: &fields, hourDigits: 2...2)
                    if !isAtEnd { fields.utcOffset = try utcOffset() }
                } else {
                    try expect(" ")
                    try scanTime(into: &fields, hourDigits: 2...2)
                }
            case (1...2, UInt8(ascii: ":")):
                // "09:40 09/11/2021": the time first, as the site itself prints it.
                try scanTime(into: &fields, hourDigits: 1...2)
                try spaces()
                try scanDayFirstDate(into: &fields)
            case (0...2, _):
                try scanDayFirstDate(into: &fields)
                if isAtEnd { return fields }
                if next == UInt8(ascii: ",") { position += 1 }
                try spaces()
                try scanTime(into: &fields, hourDigits: 1...2)
            default:
                throw SyntaxError(offset: leadingDigits)
            }
            guard isAtEnd else { throw SyntaxError(offset: position) }
            return fields
        }

        /// 09/11/2021, 09-11-2021, 9.11.2021, each perhaps after "ngày ", or "ngày 9 tháng 11 năm 2021".
        private mutating func scanDayFirstDate(into fields: inout Fields) throws(SyntaxError) {
            let startsWithWord = word("ngày")
            if startsWithWord { try spaces() }
            fields.day = try number(digits: 1...2)
            if let separator = next, Self.dateSeparators.contains(separator) {
                position += 1
                fields.month = try number(digits: 1...2)
                try expect(Unicode.Scalar(separator))
                fields.year = try number(digits: 4...4)
                return
            }
            guard startsWithWord else { throw SyntaxError(offset: position) }
            try spaces()
            guard word("tháng") else { throw SyntaxError(offset: position) }
            try spaces()
            fields.month = try number(digits: 1...2)
            try spaces()
            guard word("năm") else { throw SyntaxError(offset: position) }
            try spaces()
            fields.year = try number(digits: 4...4)
        }

        private static let dateSeparators: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")]

        /// Consumes `text` (lowercase, precomposed) when the bytes at the position spell it in lower case,
        /// with a capital first letter ("Ngày") or in capitals.
        private mutating func word(_ text: String) -> Bool {
            let spellings = [text, text.prefix(1).uppercased() + text.dropFirst(), text.uppercased()]
            for spelling in spellings {
                let expected = Array(spelling.utf8)
                if bytes[position...].starts(with: expected) {
                    position += expected.count
                    return true
                }
            }
            return false
        }

        /// One or more spaces.
        private mutating func spaces() throws(SyntaxError) {
            try expect(" ")
            while next == UInt8(ascii: " ") { position += 1 }
        }

        private mutating func scanTime(into fields: inout Fields, hourDigits: ClosedRange<Int>) throws(SyntaxError) {
            fields.hour = try number(digits: hourDigits)
            try expect(":")
            fields.minute = try number(digits: 2...2)
            if next == UInt8(ascii: ":") {
                position += 1
                fields.second = try number(digits: 2...2)
            }
        }

        private mutating func utcOffset() throws(SyntaxError) -> Fields.UTCOffset {
            let start = position
            let sign: Int
            switch next {
            case UInt8(ascii: "Z"):
                position += 1
                return Fields.UTCOffset(value: 0, minutes: 0, offset: start)
            case UInt8(ascii: "+"): sign = 1
            case UInt8(ascii: "-"): sign = -1
            default: throw SyntaxError(offset: start)
            }
            position += 1
            let hours = try number(digits: 2...2).value
            if next == UInt8(ascii: ":") { position += 1 }
            let minutes = try number(digits: 2...2).value
            return Fields.UTCOffset(value: sign * (hours * 3600 + minutes * 60), minutes: minutes, offset: start)
        }

        private mutating func number(digits allowed: ClosedRange<Int>) throws(SyntaxError) -> Fields.Number {
            let start = position
            var value = 0
            while position < bytes.count, position - start < allowed.upperBound, isDigit(bytes[position]) {
                value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            guard allowed.contains(position - start) else { throw SyntaxError(offset: start) }
            return Fields.Number(value: value, offset: start)
        }

        private mutating func expect(_ character: Unicode.Scalar) throws(SyntaxError) {
            guard next == UInt8(character.value) else { throw SyntaxError(offset: position) }
            position += 1
        }

        private var next: UInt8? { position < bytes.count ? bytes[position] : nil }
        private var isAtEnd: Bool { position == bytes.count }
        private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    }
}
