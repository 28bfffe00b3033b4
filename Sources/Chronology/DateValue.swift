/// How fine a date is: the unit its TIMEX3 value names.
public enum Precision: String, Sendable, Codable, CaseIterable {
    case minute, partOfDay, day, weekend, week, month, quarter, season, half, year, decade, century
    /// Not a calendar position: durations, sets and PRESENT_REF-style references.
    case none

    /// Lower is finer; used to pick "the most precise" of several dates.
    public var rank: Int { Precision.allCases.firstIndex(of: self)! }
}

/// TIMEX3 `mod`: where in its span a date lies, or that it is approximate.
public enum Modifier: String, Sendable, Codable {
    case start = "START", mid = "MID", end = "END", approx = "APPROX"
    case lessThan = "LESS_THAN", moreThan = "MORE_THAN"
}

/// Why a date has its value.
public struct Basis: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        /// Written out in full in the text.
        case stated
        /// Resolved against a reference date (the document's, or an earlier date in the text).
        case relative
        /// Deduced from indirect evidence (a copyright line, narrated events, another article).
        case inferred
        /// Given by an editor (a sidecar or front matter) or on the command line.
        case given
    }
    public var kind: Kind
    /// Human-readable evidence, e.g. "'last week' relative to 2024-02-16".
    public var note: String

    public init(_ kind: Kind, _ note: String = "") {
        self.kind = kind
        self.note = note
    }
    public static let stated = Basis(.stated)
}

/// A normalized date: a TIMEX3 value, its inclusive day interval, its precision and its basis.
public struct DateValue: Hashable, Sendable {
    /// TIMEX3 value: `2018-01-09`, `2024-02`, `2024-W06`, `2018`, `201`, `P3D`, `PRESENT_REF`, `XXXX-01`.
    public var value: String
    /// First day the value covers; nil when unknown (durations, references, `XXXX` values).
    public var start: Day?
    /// Last day the value covers (inclusive).
    public var end: Day?
    public var precision: Precision
    public var modifier: Modifier?
    public var basis: Basis

    public init(value: String, start: Day?, end: Day?, precision: Precision, modifier: Modifier? = nil, basis: Basis = .stated) {
        self.value = value
        self.start = start
        self.end = end
        self.precision = precision
        self.modifier = modifier
        self.basis = basis
    }

    /// True when the value pins a calendar interval.
    public var isAnchored: Bool { start != nil && end != nil }

    /// The interval narrowed by the modifier (early/mid/late), as TIMEX3 leaves implicit.
    public var effectiveInterval: ClosedRange<Day>? {
        guard let start, let end else { return nil }
        let length = end.serial - start.serial + 1
        guard length >= 3 else { return start...end }
        switch modifier {
        case .start: return start...start.adding(days: length / 3 - 1)
        case .mid: return start.adding(days: length / 3)...start.adding(days: 2 * length / 3 - 1)
        case .end: return start.adding(days: 2 * length / 3)...end
        default: return start...end
        }
    }

    /// True when this interval lies within `other`'s (both anchored).
    public func isWithin(_ other: DateValue) -> Bool {
        guard let a = effectiveInterval, let b = other.effectiveInterval else { return false }
        return a.lowerBound >= b.lowerBound && a.upperBound <= b.upperBound
    }

    /// True when the two intervals share a day.
    public func overlaps(_ other: DateValue) -> Bool {
        guard let a = effectiveInterval, let b = other.effectiveInterval else { return false }
        return a.overlaps(b)
    }

    public func with(basis: Basis) -> DateValue {
        var copy = self
        copy.basis = basis
        return copy
    }

    public func with(modifier: Modifier?) -> DateValue {
        var copy = self
        copy.modifier = modifier
        return copy
    }
}

// MARK: - Constructors

extension DateValue {
    public static func day(_ d: Day, basis: Basis = .stated) -> DateValue {
        DateValue(value: d.iso, start: d, end: d, precision: .day, basis: basis)
    }

    public static func minute(_ d: Day, hour: Int, minute: Int, basis: Basis = .stated) -> DateValue {
        DateValue(value: "\(d.iso)T\(pad(hour, 2)):\(pad(minute, 2))", start: d, end: d, precision: .minute, basis: basis)
    }

    /// A part of a day: MO (morning), AF (afternoon), EV (evening), NI (night).
    public static func partOfDay(_ d: Day, _ part: String, basis: Basis = .stated) -> DateValue {
        DateValue(value: "\(d.iso)T\(part)", start: d, end: d, precision: .partOfDay, basis: basis)
    }

    public static func month(year: Int, month: Int, basis: Basis = .stated) -> DateValue? {
        guard let first = Day(year: year, month: month, day: 1) else { return nil }
        return DateValue(value: "\(pad(year, 4))-\(pad(month, 2))", start: first,
                         end: Day.lastDay(year: year, month: month), precision: .month, basis: basis)
    }

    public static func year(_ year: Int, basis: Basis = .stated) -> DateValue? {
        guard let first = Day(year: year, month: 1, day: 1) else { return nil }
        return DateValue(value: pad(year, 4), start: first, end: Day(year: year, month: 12, day: 31),
                         precision: .year, basis: basis)
    }

    public static func week(isoYear: Int, week: Int, basis: Basis = .stated) -> DateValue? {
        guard let monday = Day.monday(isoYear: isoYear, week: week) else { return nil }
        return DateValue(value: "\(pad(isoYear, 4))-W\(pad(week, 2))", start: monday, end: monday.adding(days: 6),
                         precision: .week, basis: basis)
    }

    public static func week(containing d: Day, basis: Basis = .stated) -> DateValue {
        let w = d.isoWeek
        return week(isoYear: w.year, week: w.week, basis: basis)!
    }

    public static func weekend(containing d: Day, basis: Basis = .stated) -> DateValue {
        let w = d.isoWeek
        let saturday = Day.monday(isoYear: w.year, week: w.week)!.adding(days: 5)
        return DateValue(value: "\(pad(w.year, 4))-W\(pad(w.week, 2))-WE", start: saturday,
                         end: saturday.adding(days: 1), precision: .weekend, basis: basis)
    }

    public static func quarter(year: Int, quarter: Int, basis: Basis = .stated) -> DateValue? {
        guard (1...4).contains(quarter), let first = Day(year: year, month: quarter * 3 - 2, day: 1) else { return nil }
        return DateValue(value: "\(pad(year, 4))-Q\(quarter)", start: first,
                         end: Day.lastDay(year: year, month: quarter * 3), precision: .quarter, basis: basis)
    }

    public static func half(year: Int, half: Int, basis: Basis = .stated) -> DateValue? {
        guard (1...2).contains(half), let first = Day(year: year, month: half * 6 - 5, day: 1) else { return nil }
        return DateValue(value: "\(pad(year, 4))-H\(half)", start: first,
                         end: Day.lastDay(year: year, month: half * 6), precision: .half, basis: basis)
    }

    /// Meteorological seasons of the northern hemisphere: SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb.
    public static func season(year: Int, _ code: String, basis: Basis = .stated) -> DateValue? {
        let startMonth: Int
        switch code {
        case "SP": startMonth = 3
        case "SU": startMonth = 6
        case "FA": startMonth = 9
        case "WI": startMonth = 12
        default: return nil
        }
        guard let first = Day(year: year, month: startMonth, day: 1) else { return nil }
        let last = first.adding(months: 2)
        return DateValue(value: "\(pad(year, 4))-\(code)", start: first,
                         end: Day.lastDay(year: last.year, month: last.month), precision: .season, basis: basis)
    }

    /// A decade by its first three digits: 199 is the 1990s.
    public static func decade(_ prefix: Int, basis: Basis = .stated) -> DateValue? {
        guard let first = Day(year: prefix * 10, month: 1, day: 1), let last = Day(year: prefix * 10 + 9, month: 12, day: 31) else { return nil }
        return DateValue(value: pad(prefix, 3), start: first, end: last, precision: .decade, basis: basis)
    }

    /// A century by its first two digits: 19 is 1900-1999 (TIMEX3 convention).
    public static func century(_ prefix: Int, basis: Basis = .stated) -> DateValue? {
        guard let first = Day(year: max(prefix * 100, 1), month: 1, day: 1), let last = Day(year: prefix * 100 + 99, month: 12, day: 31) else { return nil }
        return DateValue(value: pad(prefix, 2), start: first, end: last, precision: .century, basis: basis)
    }

    /// A value with no calendar interval: a duration (`P2Y`), a set, a reference (`PRESENT_REF`) or an
    /// underspecified date (`XXXX-01`).
    public static func unanchored(_ value: String, precision: Precision = .none, basis: Basis = .stated) -> DateValue {
        DateValue(value: value, start: nil, end: nil, precision: precision, basis: basis)
    }

    /// Spans from the start of `self` to the end of `other` ("from 1910 to 1945").
    public func through(_ other: DateValue) -> DateValue {
        var copy = self
        if let otherEnd = other.end, let start, otherEnd >= start { copy.end = otherEnd }
        copy.value = "\(value)/\(other.value)"
        return copy
    }
}
