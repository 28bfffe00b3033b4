/// A proleptic Gregorian calendar day, independent of time zones and locales.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid calendar day, or nil for values such as February 30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `serial` days after 1970-01-01 (negative before it).
    public init(serial: Int) {
        // Clamped to 0001-01-01 ... 9999-12-31 so that arithmetic never yields an invalid day.
        let serial = min(max(serial, -719_162), 2_932_896)
        // Howard Hinnant's civil_from_days: exact for the whole proleptic calendar.
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01.
    public var serial: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (serial + 3) % 7  // 1970-01-01 was a Thursday (index 3 from Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The ISO 8601 week-numbering year and week of this day.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.serial - jan1.serial) / 7 + 1)
    }

    /// Monday of ISO week `week` of ISO year `year`, or nil if that week does not exist.
    public static func monday(isoYear: Int, week: Int) -> Day? {
        guard week >= 1, week <= weeksInISOYear(isoYear), let jan4 = Day(year: isoYear, month: 1, day: 4) else { return nil }
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    public static func weeksInISOYear(_ year: Int) -> Int {
        guard let dec28 = Day(year: year, month: 12, day: 28) else { return 52 }
        return dec28.isoWeek.week
    }

    public func adding(days: Int) -> Day { Day(serial: serial + days) }

    /// Adds calendar months, clamping the day to the end of a shorter month (Jan 31 + 1 month = Feb 29 or 28).
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        let clamped = min(day, Day.daysInMonth(year: newYear, month: newMonth))
        return Day(year: newYear, month: newMonth, day: clamped) ?? self
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func lastDay(year: Int, month: Int) -> Day {
        Day(year: year, month: month, day: daysInMonth(year: year, month: month))!
    }

    /// `2024-02-16`.
    public var iso: String { digits(separator: UInt8(ascii: "-")) }
    /// `YYYYMMDD`, as iCalendar writes a date.
    public var basicISO: String { digits(separator: nil) }

    /// Written digit by digit: dates go into every event's JSON, page and calendar entry, and string
    /// interpolation with padding made several strings per date. Every `Day` has a year of four digits
    /// (0001-9999, as its initializers keep it).
    private func digits(separator: UInt8?) -> String {
        let length = separator == nil ? 8 : 10
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            func put(_ value: Int, width: Int) {
                var divisor = width == 4 ? 1000 : 10
                while divisor > 0 {
                    buffer[n] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    n += 1
                    divisor /= 10
                }
            }
            put(year, width: 4)
            if let separator { buffer[n] = separator; n += 1 }
            put(month, width: 2)
            if let separator { buffer[n] = separator; n += 1 }
            put(day, width: 2)
            return n
        }
    }
    public var description: String { iso }

    /// Parses `YYYY-MM-DD` strictly.
    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.serial < rhs.serial }
}

/// Zero-padded decimal; negative numbers are not used by the calendar here.
func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// The English month names, used for parsing and display.
public enum MonthNames {
    public static let full = ["January", "February", "March", "April", "May", "June", "July",
                              "August", "September", "October", "November", "December"]
    public static let short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    public static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
