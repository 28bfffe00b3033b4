import Chronology

/// "at a press conference on Sunday (Nov. 26)", "a rally on Wednesday, Sept. 1": a day named with its
/// weekday but not its year falls on that weekday only one year in five or six, so it tells an undated
/// story's year among those its other dates leave open.
extension PublicationDateInference {
    struct WeekdayDate {
        var month: Int
        var day: Int
        /// 1 is Monday, as `Day.weekday` counts.
        var weekday: Int
        var tense: Tense
        var text: String
    }

    /// The days the story names with a weekday and without a year.
    static func weekdayDates(in found: [TimeExpression]) -> [WeekdayDate] {
        found.compactMap { t in
            // (`XXXX-09-01`: a month and a day, no year.)
            guard t.value.utf8.count == 10, t.value.hasPrefix("XXXX-"),
                  let month = Int(t.value.dropFirst(5).prefix(2)), let day = Int(t.value.suffix(2)),
                  let first = t.text.split(whereSeparator: { !$0.isLetter }).first,
                  // ("Wed., Sept. 1", "Thurs, Sept. 2": the weekday may be cut to its first letters.)
                  first.count >= 3, case let lower = first.lowercased(),
                  let weekday = MonthNames.weekdays.firstIndex(where: { $0.lowercased().hasPrefix(lower) })
            else { return nil }
            return WeekdayDate(month: month, day: day, weekday: weekday + 1, tense: t.tense, text: t.text)
        }
    }

    /// The years from `lower` through `upper` in which every one of `dates` falls on its weekday.
    static func years(matching dates: [WeekdayDate], from lower: Int, through upper: Int) -> [Int] {
        guard !dates.isEmpty, lower <= upper else { return [] }
        return (lower...upper).filter { year in
            dates.allSatisfy { Day(year: year, month: $0.month, day: $0.day)?.weekday == $0.weekday }
        }
    }

    /// The year an undated story was told in, from its weekday-named days: of the years from `lower` (the
    /// latest year it tells as past) where they fall on their weekdays, the nearest to `preferred` (the year
    /// the other evidence points to), the later of two as near; never past `upper` (the earliest year it
    /// looks ahead to) nor a dozen years on, where the weekdays recur and tell nothing.
    static func weekdayYear(_ dates: [WeekdayDate], lower: Int, preferred: Int, upper: Int?) -> Int? {
        years(matching: dates, from: lower, through: min(upper ?? Int.max, lower + 12))
            .min { (abs($0 - preferred), -$0) < (abs($1 - preferred), -$1) }
    }
}
