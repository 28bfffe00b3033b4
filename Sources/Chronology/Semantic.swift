/// What an expression means before it is anchored: the grammar produces it, the resolver turns it
/// into a `DateValue` using the document date, the narrative anchor and the tense.
indirect enum Semantic: Sendable {
    /// The expression a part is of: "the end of the year" is "the year".
    var whole: Semantic {
        if case .part(_, let inner) = self { return inner.whole }
        return self
    }

    /// Complete by itself: "January 5, 2018", "2002", "the 1990s".
    case absolute(DateValue)
    /// A month and day whose year comes from context: "Jan. 3".
    case monthDay(month: Int, day: Int, weekday: Int?)
    /// A day of a month named before: "on the 15th"; with its weekday, "on Sunday (17)".
    case dayOfMonth(Int, weekday: Int?)
    /// A month in a year given relative to the document: "January this year", "June last year".
    case monthOfYear(Int, yearOffset: Int)
    /// A month and day in a year given relative to the document: "October 9 last year", "9 May this year".
    case monthDayOfYear(month: Int, day: Int, yearOffset: Int)
    /// A month whose year comes from context: "in February"; `shift` -1 for "last November", +1 for "next June".
    case month(Int, shift: Int?)
    /// A weekday; `shift` -1 for "last Friday", +1 for "next Friday", 0 for "this Friday", nil to follow the tense.
    case weekday(Int, shift: Int?)
    /// A calendar unit offset from the document date: "yesterday" (day, -1), "last week" (week, -1), "this year".
    case deictic(unitCode: String, offset: Int)
    /// "two years ago": like `deictic`, but a year-ago figure after a quarter is that quarter a year before.
    case ago(unitCode: String, count: Int)
    /// A unit offset from the last date in the narrative: "a day earlier", "the next day", "a year earlier".
    case anaphoric(unitCode: String, offset: Int)
    /// A weekday after (+1) or before (-1) the last date in the narrative: "the following Monday", "the
    /// previous Friday".
    case weekdayOfNarrative(Int, offset: Int)
    /// A season, with its year given or to be found (offset from the document year).
    case season(String, year: Int?, offset: Int?)
    /// A quarter (1-4), with its year given or to be found. Without a number, `offset` counts quarters from
    /// the document's ("the latest quarter" is -1); with one, years from the year it falls in ("the
    /// year-ago third quarter" is -1).
    case quarter(Int?, year: Int?, offset: Int)
    /// A half year (1-2).
    case half(Int, year: Int?)
    /// A quarter or half ("Q3", "H1") of a year given relative to the document: "this year's third
    /// quarter", "next year's first half".
    case partOfYear(String, yearOffset: Int)
    /// A day fixed by a rule each year: New Year's Day, Christmas, Thanksgiving.
    case namedDay(NamedDay, year: Int?)
    /// A named day found by direction: "last Thanksgiving" (-1), "next Christmas" (+1), "this Easter" (0).
    case namedDayShifted(NamedDay, shift: Int)
    /// A named day in a year given relative to the document: "Christmas last year", "Seollal this year".
    case namedDayOfYear(NamedDay, yearOffset: Int)
    /// A part of another expression: "early January" (START), "mid-2023" (MID), "late 1990s" (END).
    case part(Modifier, Semantic)
    /// The week a day falls in: "the week of March 6", "Easter week".
    case weekOf(Semantic)
    /// A month in the year of the narrative's latest date: "that October".
    case monthOfNarrative(Int)
    /// A day or month so many years before: "seventy years ago today", "30 years ago this month".
    case yearsBefore(Semantic, years: Int)
    /// The nth week of a month (-1 the last): "the first week of March", "the last week of January".
    case weekOfMonth(Semantic, ordinal: Int)
    /// A day counted from another: "the day before last Tuesday's hearing" (-1), "the day after Christmas" (+1).
    case daysFrom(Semantic, days: Int)
    /// A clock time, optionally on a given day: "1:50 p.m.", "Feb. 16, 2024 - 19:17".
    case clock(hour: Int, minute: Int, on: Semantic?)
    /// Morning, afternoon, evening or night of a day: "Wednesday night", "this morning", "tonight".
    case partOfDay(String, on: Semantic)
    /// A duration in TIMEX3 form: "P2Y", "PT5H", "PXY".
    case duration(String)
    /// A recurrence: "P1Y" for "every year", "XXXX-WXX-1" for "every Monday".
    case set(String)
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    case reference(String)
}

/// Holidays and named days.
enum NamedDay: String, Sendable {
    case newYearsDay, newYearsEve, christmas, christmasEve, valentines, halloween, independenceDay
    case thanksgiving, laborDay, memorialDay, electionDay, easter, newYearSeason, lunarNewYear

    /// The same month and day every year (so "XXXX-12-25" can stand for it without a year).
    var fallsOnAFixedDate: Bool {
        switch self {
        case .newYearsDay, .newYearsEve, .christmas, .christmasEve, .valentines, .halloween, .independenceDay, .newYearSeason: true
        default: false
        }
    }

    /// The day in a given year.
    func day(in year: Int) -> Day? {
        switch self {
        case .newYearsDay: return Day(year: year, month: 1, day: 1)
        case .newYearsEve: return Day(year: year, month: 12, day: 31)
        case .christmas: return Day(year: year, month: 12, day: 25)
        case .christmasEve: return Day(year: year, month: 12, day: 24)
        case .valentines: return Day(year: year, month: 2, day: 14)
        case .halloween: return Day(year: year, month: 10, day: 31)
        case .independenceDay: return Day(year: year, month: 7, day: 4)
        case .thanksgiving: return NamedDay.nthWeekday(4, weekday: 4, month: 11, year: year)
        case .laborDay: return NamedDay.nthWeekday(1, weekday: 1, month: 9, year: year)
        case .memorialDay:
            guard let last = Day(year: year, month: 5, day: 31) else { return nil }
            return last.adding(days: -((last.weekday - 1 + 7) % 7))
        case .electionDay:
            return NamedDay.nthWeekday(1, weekday: 1, month: 11, year: year)?.adding(days: 1)
        case .easter: return NamedDay.easter(year)
        case .newYearSeason: return Day(year: year, month: 1, day: 1)
        case .lunarNewYear:
            guard NamedDay.lunarNewYears.indices.contains(year - 1960) else { return nil }
            let monthDay = NamedDay.lunarNewYears[year - 1960]
            return Day(year: year, month: monthDay / 100, day: monthDay % 100)
        }
    }

    /// The first day of the Chinese lunisolar year (Seollal, Tết) as month * 100 + day, 1960 to 2040:
    /// it follows the new moons, so it is looked up rather than computed.
    static let lunarNewYears: [Int] = [
        128, 215, 205, 125, 213, 202, 121, 209, 130, 217, // 1960s
        206, 127, 215, 203, 123, 211, 131, 218, 207, 128, // 1970s
        216, 205, 125, 213, 202, 220, 209, 129, 217, 206, // 1980s
        127, 215, 204, 123, 210, 131, 219, 207, 128, 216, // 1990s
        205, 124, 212, 201, 122, 209, 129, 218, 207, 126, // 2000s
        214, 203, 123, 210, 131, 219, 208, 128, 216, 205, // 2010s
        125, 212, 201, 122, 210, 129, 217, 206, 126, 213, // 2020s
        203, 123, 211, 131, 219, 208, 128, 215, 204, 124, // 2030s
        212, // 2040
    ]

    static func nthWeekday(_ n: Int, weekday: Int, month: Int, year: Int) -> Day? {
        guard let first = Day(year: year, month: month, day: 1) else { return nil }
        return first.adding(days: (weekday - first.weekday + 7) % 7 + (n - 1) * 7)
    }

    /// Western Easter (anonymous Gregorian algorithm).
    static func easter(_ y: Int) -> Day? {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: y, month: month, day: day)
    }
}

extension Semantic {
    /// The precision the phrase itself names (see `TimeExpression.nominalPrecision`).
    func nominalPrecision(resolved: DateValue) -> Precision {
        switch self {
        case .weekday, .monthDay, .monthDayOfYear, .dayOfMonth, .namedDay, .namedDayShifted, .namedDayOfYear, .daysFrom: return .day
        case .deictic(let unit, _), .anaphoric(let unit, _), .ago(let unit, _):
            switch unit {
            case "D": return .day
            case "W": return .week
            case "WE": return .weekend
            case "M": return .month
            default: return resolved.precision
            }
        case .month, .monthOfYear, .monthOfNarrative: return .month
        case .yearsBefore(let inner, _): return inner.nominalPrecision(resolved: resolved)
        case .clock: return .minute
        case .partOfDay(_, let on): return on.nominalPrecision(resolved: resolved)
        case .part(_, let inner): return inner.nominalPrecision(resolved: resolved)
        default: return resolved.precision
        }
    }
}
