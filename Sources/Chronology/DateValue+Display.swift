extension DateValue {
    /// Reader-facing text at the value's precision: "9 Jan 2018", "January 2024", "week of 5 Feb 2024",
    /// "early January 2024", "2017", "the 1990s".
    public var display: String {
        var core = coreDisplay
        // "the late 1990s", not "late the 1990s".
        var article = ""
        if modifier != nil, modifier != .approx, core.hasPrefix("the ") {
            article = "the "
            core.removeFirst(4)
        }
        switch modifier {
        case .start?: return "\(article)early \(core)"
        case .mid?: return "\(article)mid-\(core)"
        case .end?: return "\(article)late \(core)"
        case .approx?: return "about \(core)"
        default: return core
        }
    }

    private var coreDisplay: String {
        if value.utf8.contains(UInt8(ascii: "/")) {
            // A span: "1910–1945", "December 2017 – November 2018".
            let halves = value.split(separator: "/").compactMap { DateValue(parsing: String($0)) }
            if halves.count == 2 {
                if halves.allSatisfy({ $0.precision == .year }) { return "\(halves[0].value)–\(halves[1].value)" }
                if let compact = DateValue.compactSpan(halves[0], halves[1]) { return compact }
                return "\(halves[0].display) – \(halves[1].display)"
            }
        }
        guard let start, let end else { return unanchoredDisplay }
        switch precision {
        case .minute:
            let time = value.split(separator: "T").last.map(String.init) ?? ""
            return "\(DateValue.dayText(start)), \(time)"
        case .partOfDay:
            return "\(DateValue.dayText(start)), \(DateValue.partOfDayName(value))"
        case .day: return DateValue.dayText(start)
        case .weekend: return "weekend of \(DateValue.dayText(start))"
        case .week: return "week of \(DateValue.dayText(start))"
        case .month: return "\(MonthNames.full[start.month - 1]) \(start.year)"
        case .quarter: return "Q\((start.month - 1) / 3 + 1) \(start.year)"
        case .half: return "H\((start.month - 1) / 6 + 1) \(start.year)"
        case .season:
            let names = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]
            return "\(names[String(value.suffix(2))] ?? "season") \(start.year)"
        case .year: return "\(start.year)"
        case .decade: return "the \(start.year)s"
        case .century: return "the \(DateValue.ordinal(start.year / 100 + 1)) century"
        case .none: return start == end ? DateValue.dayText(start) : "\(DateValue.dayText(start)) – \(DateValue.dayText(end))"
        }
    }

    private var unanchoredDisplay: String {
        switch value {
        case "PRESENT_REF": return "now"
        case "PAST_REF": return "in the past"
        case "FUTURE_REF": return "in the future"
        default: return value
        }
    }

    /// A span within one year said once: "16–18 Feb 2024", "30 Jan – 2 Feb 2024", "January – March 2024".
    static func compactSpan(_ a: DateValue, _ b: DateValue) -> String? {
        guard a.precision == b.precision, a.modifier == nil, b.modifier == nil, let first = a.start, let last = b.start,
              first.year == last.year else { return nil }
        switch a.precision {
        case .day where first.month == last.month: return "\(first.day)–\(dayText(last))"
        case .day: return "\(first.day) \(MonthNames.short[first.month - 1]) – \(dayText(last))"
        case .month: return "\(MonthNames.full[first.month - 1]) – \(MonthNames.full[last.month - 1]) \(last.year)"
        default: return nil
        }
    }

    /// "9 Jan 2018".
    public static func dayText(_ d: Day) -> String {
        "\(d.day) \(MonthNames.short[d.month - 1]) \(d.year)"
    }

    /// "Fri 16 Feb 2024".
    public static func dayTextWithWeekday(_ d: Day) -> String {
        "\(MonthNames.weekdays[d.weekday - 1].prefix(3)) \(dayText(d))"
    }

    static func partOfDayName(_ value: String) -> String {
        switch value.suffix(2) {
        case "MO": return "morning"
        case "AF": return "afternoon"
        case "EV": return "evening"
        case "NI": return "night"
        default: return "day"
        }
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (1, let t) where t != 11: suffix = "st"
        case (2, let t) where t != 12: suffix = "nd"
        case (3, let t) where t != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
