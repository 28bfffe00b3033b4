/// Rules for calendar positions: dates, months, years, decades, quarters, seasons, holidays, clock times.
extension Grammar {
    /// Calendar expressions that do not start with a modifier.
    func dated(_ i: Int) -> Parse? {
        var best: Parse?
        func consider(_ p: Parse?) {
            if let p, p.end > (best?.end ?? i) { best = p }
        }
        consider(isoDate(i))
        consider(numericDate(i))
        consider(weekdayDate(i))
        consider(monthFirst(i))
        consider(dayFirst(i))
        consider(yearOrDecade(i))
        consider(quarter(i))
        consider(season(i))
        consider(namedDay(i))
        consider(ordinalCentury(i))
        return best
    }

    /// "the 20th century", "the eleventh century": TIMEX3 writes a century by its first two digits (19).
    func ordinalCentury(_ i: Int) -> Parse? {
        guard let word = lower(i), isWord(i + 1, "century") else { return nil }
        let ordinal: Int?
        if tokens[i].startsNumeric {
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            ordinal = ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) ? Int(digits) : nil
        } else {
            ordinal = entry(Lexicon.ordinals, i) ?? entry(Lexicon.centuryOrdinals, i)
        }
        guard let n = ordinal, (1...30).contains(n), let v = DateValue.century(n - 1) else { return nil }
        return Parse(start: i, end: i + 2, semantic: .absolute(v), type: .date)
    }

    /// "2018-01-05", and the year-first forms of East Asian sites: "2024.02.16", "2024/02/16".
    func isoDate(_ i: Int) -> Parse? {
        guard digits(i) == 4, let y = number(i), let separator = lower(i + 1), ["-", ".", "/"].contains(separator), joined(i + 1),
              (1...2).contains(digits(i + 2)), joined(i + 2), let m = number(i + 2),
              isWord(i + 3, separator), joined(i + 3), (1...2).contains(digits(i + 4)), joined(i + 4), let d = number(i + 4),
              separator != "-" || (digits(i + 2) == 2 && digits(i + 4) == 2),
              let day = Day(year: y, month: m, day: d) else { return nil }
        // "2024-11-24T10:30:00+09:00": ISO 8601's clock, its seconds and its offset (read past, as a clock's zone).
        if separator == "-", isWord(i + 5, "t"), joined(i + 5), joined(i + 6), let clock = clockTime(i + 6), case .clock(let h, let m, nil) = clock.semantic {
            var end = clock.end
            if isWord(end, "z"), joined(end) {
                end += 1
            } else if isAny(end, ["+", "-"]), joined(end), joined(end + 1), digits(end + 1) == 2, isWord(end + 2, ":"), joined(end + 2), digits(end + 3) == 2 {
                end += 4
            }
            return Parse(start: i, end: end, semantic: .clock(hour: h, minute: m, on: .absolute(.day(day))), type: .time)
        }
        return Parse(start: i, end: i + 5, semantic: .absolute(.day(day)), type: .date)
    }

    /// "1/5/2018" read as month/day/year, the convention of English-language wire copy, unless the text
    /// writes its dates day first (`numericDateOrder`); "16/02/2024", where the first number cannot be a
    /// month, and "16.02.2024" as day/month/year. Dashes ("01-11-2024", Euractiv's datelines) follow the
    /// page's order like slashes.
    func numericDate(_ i: Int) -> Parse? {
        guard let a = number(i), digits(i) <= 2, let separator = lower(i + 1), ["/", ".", "-"].contains(separator), joined(i + 1),
              let b = number(i + 2), digits(i + 2) <= 2, joined(i + 2), isWord(i + 3, separator), joined(i + 3),
              let yy = number(i + 4), joined(i + 4) else { return nil }
        // "16.02.2024": dots are the European day-first form. Dots and dashes always have the year in full:
        // "3-2-1" and "5.1.3" are scores and section numbers.
        let dotted = separator == "."
        guard separator == "/" || digits(i + 4) == 4 else { return nil }
        let y = digits(i + 4) == 2 ? (yy < 50 ? 2000 + yy : 1900 + yy) : yy
        let dayFirst = dotted || (b <= 12 && (a > 12 || numericDateOrder == .dayFirst))
        let (m, d) = dayFirst ? (b, a) : (a, b)
        guard digits(i + 4) == 2 || digits(i + 4) == 4, let day = Day(year: y, month: m, day: d) else { return nil }
        return Parse(start: i, end: i + 5, semantic: .absolute(.day(day)), type: .date)
    }

    /// The month at `i` if it reads as a month here ("may" the verb and "march" the noun do not).
    func month(_ i: Int) -> Int? {
        guard let word = lower(i), let m = entry(Lexicon.months, i) else { return nil }
        guard capitalized(i) else { return nil }
        if Lexicon.ambiguousMonths.contains(tokens[i]) {
            let next = afterOptionalPeriod(i + 1)
            let datedAfter = dayOfMonth(next) != nil || year(next) != nil || (isWord(i + 1, ".") && word.count == 3)
                || (isWord(i + 1, "of") && (year(i + 2) != nil || yearShift(i + 2) != nil))
            // "3 March", "the 3rd of May": a day number before it makes it a date too.
            let dayBefore = i > 0 && tokens[i - 1].startsNumeric && dayOfMonth(i - 1) != nil
            // "between March and May": the month before makes it a month too. (Looked up, not parsed:
            // asking `month` again would recurse down a chain of "March and March and ...".)
            let coordinated = isAny(i - 1, ["and", "or"]) && i > 1 && entry(Lexicon.months, i - 2) != nil && capitalized(i - 2)
            let datedBefore = dayBefore || coordinated || isAny(i - 1, ["in", "between", "since", "until", "till", "by", "of", "early", "mid", "late", "last",
                                            "next", "this", "through", "from", "to", "before", "after", "during", "-", "end"])
                // "as early as May", "as late as May".
                || (isWord(i - 1, "as") && isAny(i - 2, ["early", "late", "soon"]))
            guard datedAfter || datedBefore else { return nil }
            // "May" opening a sentence is the modal verb far more often than the month.
            if word == "may", i == 0 || tokens[i - 1].sentence != tokens[i].sentence, !datedAfter { return nil }
        }
        return m
    }

    /// "January 5, 2018", "Jan. 3", "Sept. 30", "July 1997", "February of 2024", "January".
    func monthFirst(_ i: Int) -> Parse? {
        guard let m = month(i) else { return nil }
        var j = afterOptionalPeriod(i + 1)
        if let d = dayOfMonth(j), year(j) == nil {
            j += 1
            // "ENA February 11/2020": an agency's stamp joins the year with a slash.
            if isWord(j, "/"), joined(j), joined(j + 1), digits(j + 1) == 4, let y = year(j + 1), let day = Day(year: y, month: m, day: d) {
                return Parse(start: i, end: j + 2, semantic: .absolute(.day(day)), type: .date)
            }
            let k = isWord(j, ",") ? j + 1 : j
            if let y = year(k), let day = Day(year: y, month: m, day: d) {
                return Parse(start: i, end: k + 1, semantic: .absolute(.day(day)), type: .date)
            }
            if let glued = gluedYearAndClock(k, month: m, day: d) { return Parse(start: i, end: glued.end, semantic: .absolute(glued.value), type: .time) }
            guard m != 2 || d <= 29, d <= Day.daysInMonth(year: 2000, month: m) else { return nil }
            if let offset = yearShift(k) {
                return Parse(start: i, end: k + 2, semantic: .monthDayOfYear(month: m, day: d, yearOffset: offset), type: .date)
            }
            // "October 9 and 10 last year": the year told after the second day is the first's too.
            if isAny(j, ["and", "or", "to", "through", "-", "–"]), tokens.indices.contains(j + 1), tokens[j + 1].kind == .number,
               dayOfMonth(j + 1) != nil, let offset = yearShift(j + 2) {
                return Parse(start: i, end: j, semantic: .monthDayOfYear(month: m, day: d, yearOffset: offset), type: .date)
            }
            // "December 26 to 30, 2023", "June 5 and 6, 2019", "March 3 to April 5, 2022": the year told
            // at the end of a range or a pair is the first date's too.
            if let y = yearClosingRange(after: j, month: m, day: d), let day = Day(year: y, month: m, day: d) {
                return Parse(start: i, end: j, semantic: .absolute(.day(day)), type: .date)
            }
            return Parse(start: i, end: j, semantic: .monthDay(month: m, day: d, weekday: nil), type: .date)
        }
        if isWord(j, ","), year(j + 1) != nil { j += 1 }
        if isWord(j, "of"), writtenYear(j + 1) != nil { j += 1 }
        if let (y, next) = writtenYear(j), let v = DateValue.month(year: y, month: m) {
            return Parse(start: i, end: next, semantic: .absolute(v), type: .date)
        }
        let isAbbreviation = Lexicon.abbreviations.contains(tokens[i])
        let end = isAbbreviation ? afterOptionalPeriod(i + 1) : i + 1
        // "in October of that year", "in May of the same year": the year of the date last told.
        if isWord(end, "of"), let close = narrativeYearEnd(end + 1) {
            return Parse(start: i, end: close, semantic: .monthOfNarrative(m), type: .date)
        }
        // "May last year", and "May of last year" alike.
        let k = isWord(end, "of") && yearShift(end + 1) != nil ? end + 1 : end
        if let offset = yearShift(k) {
            return Parse(start: i, end: k + 2, semantic: .monthOfYear(m, yearOffset: offset), type: .date)
        }
        if let year = yearOfNextMonth(after: end, from: m) {
            return Parse(start: i, end: end, semantic: year, type: .date)
        }
        return Parse(start: i, end: end, semantic: .month(m, shift: nil), type: .date)
    }

    /// "between March and May of last year", "from January to March 2023": a month joined to a later one
    /// that has its year is in that year (the month `m` in it, as a semantic).
    /// Only the next month is read, and only its year: parsing it in full would read the month after
    /// it too, down a chain of "March and March and ...".
    private func yearOfNextMonth(after k: Int, from m: Int) -> Semantic? {
        guard isAny(k, ["and", "or", "to", "through", "until", "-"]), let m2 = month(k + 1), m <= m2 else { return nil }
        var j = Lexicon.abbreviations.contains(tokens[k + 1]) ? afterOptionalPeriod(k + 2) : k + 2
        if isWord(j, ","), year(j + 1) != nil { j += 1 }
        if isWord(j, "of") { j += 1 }
        if let y = year(j), let first = DateValue.month(year: y, month: m) { return .absolute(first) }
        return yearShift(j).map { .monthOfYear(m, yearOffset: $0) }
    }

    /// The end of "that year" or "the same year" at `i`.
    private func narrativeYearEnd(_ i: Int) -> Int? {
        if isWord(i, "that"), isWord(i + 1, "year") { return i + 2 }
        if isWord(i, "the"), isWord(i + 1, "same"), isWord(i + 2, "year") { return i + 3 }
        return nil
    }

    /// "this year", "last year", "next year" at `i`: the years from the document's.
    func yearShift(_ i: Int) -> Int? {
        guard isWord(i + 1, "year") else { return nil }
        switch word(i) {
        case "this": return 0
        case "last": return -1
        case "next": return 1
        default: return nil
        }
    }

    /// The year of a month-and-day ending at `j` when the range or pair it opens ends with one: "26 to 30,
    /// 2023" (2023), "Dec. 28 to Jan. 3, 2024" (2023, the range crosses the new year).
    func yearClosingRange(after j: Int, month m: Int, day d: Int) -> Int? {
        guard isAny(j, ["and", "or", "to", "through", "until", "-", "–"]) else { return nil }
        var k = j + 1
        var endMonth = m
        if let m2 = month(k) {
            endMonth = m2
            k = afterOptionalPeriod(k + 1)
        }
        guard tokens.indices.contains(k), tokens[k].kind == .number, let endDay = dayOfMonth(k) else { return nil }
        k += 1
        if isWord(k, ",") { k += 1 }
        guard let y = year(k) else { return nil }
        return (endMonth, endDay) < (m, d) ? y - 1 : y
    }

    /// "on the 15th": a day of the month the narrative is in. Only after "on" and before the clause goes on
    /// ("on the 15th, talks resumed"): "the 15th century", "on the 15th floor" are no days.
    func dayOfMonthAlone(_ i: Int) -> Parse? {
        guard isWord(i, "the"), isWord(i - 1, "on"), tokens.indices.contains(i + 1), tokens[i + 1].kind == .word,
              let d = dayOfMonth(i + 1) else { return nil }
        let next = i + 2
        guard next >= tokens.count || (tokens[next].kind == .punctuation && !isWord(next, "-"))
                || isAny(next, ["and", "when", "at", "in", "after", "before", "but"]) else { return nil }
        return Parse(start: i, end: i + 2, semantic: .dayOfMonth(d, weekday: nil), type: .date)
    }

    /// What a date leaves to be read with it: the second day of "April 24 and 25" (in the first one's
    /// month and year) and the second year of "1950-53" (in the first one's century).
    func continuation(after p: Parse, resolved date: DateValue) -> Parse? {
        if let end = weekdayRangeEnd(after: p, resolved: date) { return end }
        if date.precision == .day, let first = date.start, let (index, day) = coordinatedDay(after: p),
           let second = Day(year: first.year, month: first.month, day: day) {
            // "26 to 30, 2023": the year closing the range belongs to its last day.
            let yearAt = isWord(index + 1, ",") ? index + 2 : index + 1
            let end = year(yearAt) == first.year ? yearAt + 1 : index + 1
            return Parse(start: index, end: end, semantic: .absolute(.day(second, basis: date.basis)), type: .date)
        }
        if case .absolute(let v) = p.semantic, v.precision == .year, p.end == p.start + 1, let first = v.start?.year,
           isWord(p.end, "-"), joined(p.end), joined(p.end + 1), digits(p.end + 1) == 2, let nn = number(p.end + 1),
           !(p.end + 2 < tokens.count && joined(p.end + 2) && tokens[p.end + 2].kind != .punctuation) {
            var year = first / 100 * 100 + nn
            let wraps = year <= first
            if wraps { year += 100 }
            // ("2022-23", "1999-00", "Japan's 1910-45 colonial rule"; "2024-11" is a year and a month, not 2111.)
            guard year - first <= (wraps ? 20 : 99), let value = DateValue.year(year) else { return nil }
            return Parse(start: p.end + 1, end: p.end + 2, semantic: .absolute(value), type: .date)
        }
        return nil
    }

    /// The second weekday of "from Monday to Wednesday", "Tuesday through Thursday": the first one of
    /// its name after the first day.
    func weekdayRangeEnd(after p: Parse, resolved date: DateValue) -> Parse? {
        guard case .weekday = p.semantic, date.precision == .day, let first = date.start,
              isAny(p.end, ["to", "through", "until", "till", "-", "–"]), let second = weekdayDate(p.end + 1),
              case .weekday(let w, nil) = second.semantic else { return nil }
        let ahead = (w - first.weekday + 7) % 7
        let day = first.adding(days: ahead == 0 ? 7 : ahead)
        return Parse(start: second.start, end: second.end, semantic: .absolute(.day(day, basis: date.basis)), type: .date)
    }

    /// The day number in "April 24 and 25", "May 3 or 4" after a month-and-day date: its index and day.
    /// A count ("April 24 and 25 percent", "May 3 and 4 others") or another month's date is not one.
    func coordinatedDay(after p: Parse) -> (index: Int, day: Int)? {
        switch p.semantic {
        case .monthDay, .monthDayOfYear: break
        case .absolute(let v) where v.precision == .day && month(p.start) != nil: break
        default: return nil
        }
        let j = p.end
        // The first date must end with its day: "Nov. 3, 2023-24" is a season, not a range of days.
        guard j > 0, (1...2).contains(digits(j - 1)) else { return nil }
        // "Nov. 3-4", "Nov. 10 to 12": the last day of a range is read the same way.
        guard isAny(j, ["and", "or", "to", "through", "until", "-", "–"]), let day = dayOfMonth(j + 1), tokens[j + 1].kind == .number
        else { return nil }
        // What follows must end the phrase: punctuation (not "%", not a decimal point) or a function word.
        let next = j + 2
        guard next < tokens.count else { return (j + 1, day) }
        if tokens[next].kind == .punctuation {
            if isWord(next, "%") || (isWord(next, ".") && joined(next + 1) && number(next + 1) != nil) { return nil }
            return (j + 1, day)
        }
        return isAny(next, ["in", "at", "on", "the", "when", "to", "for", "with", "will", "would", "was", "were", "is", "are",
                            "has", "have", "had", "and", "but"]) || yearShift(next) != nil ? (j + 1, day) : nil
    }

    /// The first day of "16-18 February", "from 3 to 5 March 2023", "on the 9th and 10th of July": it
    /// takes the month and year the range closes with. The day must come before the last one ("3 to 5"),
    /// or the two are no range of days in one month.
    func leadingDayOfRange(_ i: Int) -> Parse? {
        let k = isWord(i, "the") ? i + 1 : i
        guard k < tokens.count, tokens[k].startsNumeric, let first = dayOfMonth(k),
              isAny(k + 1, ["-", "–", "to", "through", "until", "and", "or"]), let last = dayFirst(k + 2) else { return nil }
        if isWord(k + 1, "-") || isWord(k + 1, "–") { guard joined(k + 1), joined(k + 2) else { return nil } }
        let semantic: Semantic
        switch last.semantic {
        case .absolute(let v):
            guard let end = v.start, first < end.day, let day = Day(year: end.year, month: end.month, day: first) else { return nil }
            semantic = .absolute(.day(day))
        case .monthDayOfYear(let m, let d, let offset) where first < d:
            semantic = .monthDayOfYear(month: m, day: first, yearOffset: offset)
        case .monthDay(let m, let d, _) where first < d:
            semantic = .monthDay(month: m, day: first, weekday: nil)
        default: return nil
        }
        return Parse(start: i, end: k + 1, semantic: semantic, type: .date)
    }

    /// "5 January 2018", "5th of January", "the 5th of January 2018".
    func dayFirst(_ i: Int) -> Parse? {
        let start = i
        var i = i
        if isWord(i, "the"), dayOfMonth(i + 1) != nil { i += 1 }
        guard let d = dayOfMonth(i) else { return nil }
        var j = i + 1
        if isWord(j, "of") { j += 1 }
        // "GMT+9" ending one line and "Dec 5" opening the next are no "9 Dec".
        guard let m = month(j), tokens[j].sentence == tokens[i].sentence else { return nil }
        // "3 Dec." keeps its period; after "3 December." the period ends the sentence.
        j = Lexicon.abbreviations.contains(tokens[j]) ? afterOptionalPeriod(j + 1) : j + 1
        if isWord(j, ","), year(j + 1) != nil { j += 1 }
        if let y = year(j), let day = Day(year: y, month: m, day: d) {
            return Parse(start: start, end: j + 1, semantic: .absolute(.day(day)), type: .date)
        }
        // "09Nov17": day, month and a two-digit year written as one word (a compact stamp).
        if j == i + 2, joined(i + 1), joined(j), digits(j) == 2, let yy = number(j), !joined(j + 1),
           let day = Day(year: yy < 50 ? 2000 + yy : 1900 + yy, month: m, day: d) {
            return Parse(start: start, end: j + 1, semantic: .absolute(.day(day)), type: .date)
        }
        guard d <= Day.daysInMonth(year: 2000, month: m) else { return nil }
        if let offset = yearShift(j) {
            return Parse(start: start, end: j + 2, semantic: .monthDayOfYear(month: m, day: d, yearOffset: offset), type: .date)
        }
        // "from 21st January to 10th of February 2020": the year closing the range is the first day's too.
        if let y = yearClosingDayFirstRange(after: j, month: m, day: d), let day = Day(year: y, month: m, day: d) {
            return Parse(start: start, end: j, semantic: .absolute(.day(day)), type: .date)
        }
        return Parse(start: start, end: j, semantic: .monthDay(month: m, day: d, weekday: nil), type: .date)
    }

    /// The year of a day-and-month ending at `j` when the range it opens ends with a day, a month and a
    /// year: "21 January to 10 February 2020", "30 December to 2 January 2024" (2023: it crosses the new year).
    func yearClosingDayFirstRange(after j: Int, month m: Int, day d: Int) -> Int? {
        guard isAny(j, ["to", "through", "until", "-", "–"]) else { return nil }
        var k = j + 1
        if isWord(k, "the") { k += 1 }
        guard tokens.indices.contains(k), let endDay = dayOfMonth(k) else { return nil }
        k += 1
        if isWord(k, "of") { k += 1 }
        guard let endMonth = month(k) else { return nil }
        k = Lexicon.abbreviations.contains(tokens[k]) ? afterOptionalPeriod(k + 1) : k + 1
        if isWord(k, ",") { k += 1 }
        guard let y = year(k) else { return nil }
        return (endMonth, endDay) < (m, d) ? y - 1 : y
    }

    /// "Thursday, April 6", "Friday", "Tuesday morning" (the part of day is added by `extended`).
    func weekdayDate(_ i: Int) -> Parse? {
        guard let word = lower(i), let w = entry(Lexicon.weekdays, i), capitalized(i) else { return nil }
        // Three-letter forms ("Sun", "Sat") need a period or a following date to count ("Mon, July 8, 2024").
        let abbreviatedBare = word.count <= 4 && word != "tues" && !(isWord(i + 1, ".") && joined(i + 1))
        var j = afterOptionalPeriod(i + 1)
        if isWord(j, ",") { j += 1 }
        // "on Saturday (Nov 9)", "on Friday (1 November)": the date in brackets says which one.
        let bracketed = isWord(j, "(")
        if bracketed { j += 1 }
        if let date = monthFirst(j) ?? dayFirst(j), isDayLike(date.semantic), !bracketed || isWord(date.end, ")") {
            var semantic = date.semantic
            if case .monthDay(let m, let d, _) = semantic { semantic = .monthDay(month: m, day: d, weekday: w) }
            return Parse(start: i, end: bracketed ? date.end + 1 : date.end, semantic: semantic, type: .date)
        }
        // "on Sunday (17)", "this Monday (18)": Brazilian agencies give the day of the month alone.
        if bracketed, digits(j) <= 2, let d = number(j), (1...31).contains(d), isWord(j + 1, ")") {
            return Parse(start: i, end: j + 2, semantic: .dayOfMonth(d, weekday: w), type: .date)
        }
        if abbreviatedBare { return nil }
        return Parse(start: i, end: word.count <= 5 ? afterOptionalPeriod(i + 1) : i + 1, semantic: .weekday(w, shift: nil), type: .date)
    }

    /// A year in digits or in words ("January nineteen ninety-seven"), and the index after it.
    func writtenYear(_ i: Int) -> (year: Int, next: Int)? {
        if let y = year(i) { return (y, i + 1) }
        return spelledYear(i)
    }

    /// "2002", "fiscal 1989", "1990s", "the '90s".
    /// A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "nineteen
    /// hundred", "twenty twenty-four"; "two thousand (and) five" only after "year", "in", "since",
    /// "until" or "by" ("two thousand soldiers" is a count).
    func spelledYear(_ i: Int) -> (year: Int, next: Int)? {
        guard let first = lower(i) else { return nil }
        if first == "two", isWord(i + 1, "thousand") {
            guard isAny(i - 1, ["year", "in", "since", "until", "by"]) else { return nil }
            let k = isWord(i + 2, "and") ? i + 3 : i + 2
            if let (n, next) = spelledNumber(k), n < 100 { return (2000 + n, next) }
            return (2000, i + 2)
        }
        guard let century = entry(Grammar.spelledCenturies, i) else { return nil }
        if isWord(i + 1, "hundred") { return (century * 100, i + 2) }
        guard let (n, next) = spelledNumber(i + 1), (10...99).contains(n) else { return nil }
        return (century * 100 + n, next)
    }

    /// The first word of a year told in words: "nineteen ninety-six". A `WordTable`, as every list the rules
    /// ask at each candidate token: a `Dictionary` lookup hashes the word anew (8% of tagging time).
    static let spelledCenturies: WordTable<Int> = ["eighteen": 18, "nineteen": 19, "twenty": 20]

    /// "six", "twelve", "ninety-six", "ninety six": 1...99 in words.
    func spelledNumber(_ i: Int) -> (Int, Int)? {
        guard let n = entry(Lexicon.numberWords, i), n < 100,
              !isAny(i, ["a", "an", "single", "couple", "dozen"]) else { return nil }
        if n >= 20, n % 10 == 0 {
            let k = isWord(i + 1, "-") && joined(i + 1) ? i + 2 : i + 1
            if let unit = entry(Lexicon.numberWords, k), unit < 10, !isAny(k, ["a", "an", "single"]) {
                return (n + unit, k + 1)
            }
        }
        return (n, i + 1)
    }

    func yearOrDecade(_ i: Int) -> Parse? {
        var i = i
        let start = i
        if isWord(i, "fiscal") { i += 1 }
        if let y = year(i) {
            // "from around 2100 B.C.": a year before the era, which a calendar of days does not reach.
            if isAny(i + 1, ["b.c.", "b.c", "bc", "bce", "b.c.e.", "b.c.e"]) { return nil }
            // "(S/2024/286)", "A/RES/2023/4": a year between slashes is part of a document's symbol.
            if isWord(i - 1, "/"), joined(i), isWord(i + 1, "/"), joined(i + 1) { return nil }
            // Bare numbers far from the present are usually counts ("1200 people").
            if start == i, y < 1800 || y > 2100 {
                guard isAny(i - 1, ["in", "since", "of", "from", "until", "by", "year", "to", "before", "after"]) else { return nil }
            }
            if !isAny(i - 1, ["in", "since", "of", "from", "until", "by", "to", "before", "after", "during", "fiscal",
                              "year", ",", "(", "and", "or", "between", "mid", "early", "late", "the", "through"]),
               i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized,
               Grammar.countNouns.contains(tokens[i + 1]) {
                return nil
            }
            guard let v = DateValue.year(y) else { return nil }
            return Parse(start: start, end: i + 1, semantic: .absolute(v), type: .date)
        }
        if start == i, let (y, next) = spelledYear(i) {
            if next < tokens.count, tokens[next].kind == .word, Grammar.countNouns.contains(tokens[next]) { return nil }
            guard let v = DateValue.year(y) else { return nil }
            return Parse(start: start, end: next, semantic: .absolute(v), type: .date)
        }
        guard let word = lower(i), word.hasSuffix("s") else { return nil }
        // "the nineties", "the late sixties": a decade of the 1900s in words (not "in their twenties").
        let modifierBefore = isAny(i - 1, ["early", "mid", "late"]) || (isWord(i - 1, "-") && isAny(i - 2, ["early", "mid", "late"]))
        if let decade = entry(Lexicon.decadeWords, i), isWord(i - 1, "the") || modifierBefore, let v = DateValue.decade(190 + decade) {
            return Parse(start: start, end: i + 1, semantic: .absolute(v), type: .date)
        }
        let body = word.dropLast()
        if body.count == 4, let y = Int(body), y >= 1000, y % 10 == 0, let v = DateValue.decade(y / 10) {
            return Parse(start: start, end: i + 1, semantic: .absolute(v), type: .date)
        }
        if body.count == 3, body.first == "'", let yy = Int(body.dropFirst()), yy % 10 == 0 {
            let century = yy >= 30 ? 190 : 200
            if let v = DateValue.decade(century + yy / 10) {
                return Parse(start: start, end: i + 1, semantic: .absolute(v), type: .date)
            }
        }
        return nil
    }

    /// Nouns that make a four-digit number a count: "2000 troops".
    static let countNouns: WordSet = [
        "people", "troops", "soldiers", "workers", "jobs", "units", "cars", "tons", "tonnes", "dollars", "yen",
        "won", "euros", "miles", "kilometers", "km", "meters", "feet", "votes", "members", "residents",
        "homes", "houses", "shares", "barrels", "calories", "points", "copies", "hours", "pounds",
    ]

    /// "the third quarter", "third-quarter", "Q3", "the fourth quarter of 2023", "the first half".
    func quarter(_ i: Int) -> Parse? {
        let start = i
        var i = i
        if isWord(i, "fiscal") { i += 1 }
        // "Q3 2024": the tokenizer splits "Q" from its joined digit.
        if isWord(i, "q"), capitalized(i), joined(i + 1), digits(i + 1) == 1, let q = number(i + 1), (1...4).contains(q) {
            var j = i + 2
            var y: Int?
            if let yy = year(j) { y = yy; j += 1 }
            return Parse(start: start, end: j, semantic: .quarter(q, year: y, offset: 0), type: .date)
        }
        // "H1 2024", "H2": the tokenizer splits "H" from its joined digit too.
        if isWord(i, "h"), capitalized(i), joined(i + 1), digits(i + 1) == 1, let h = number(i + 1), (1...2).contains(h) {
            guard let y = year(i + 2) else { return nil }
            return Parse(start: start, end: i + 3, semantic: .half(h, year: y), type: .date)
        }
        // "the 1988 second quarter", "fiscal 1990 first half": the year before the ordinal.
        var y = year(i)
        if y != nil { i += 1 }
        // "the 1988 quarter", "the 1989 period": the quarter being reported, in that year.
        if let y, isWord(i, "quarter") || (isWord(i, "period") && isWord(start - 1, "the")) {
            return Parse(start: start, end: i + 1, semantic: .quarter(nil, year: y, offset: 0), type: .date)
        }
        guard var ordinal = entry(Lexicon.ordinals, i), ordinal >= 1 || ordinal == -1 else { return nil }
        var j = i + 1
        // "the first two quarters", "the last two quarters": a half.
        var isHalf = false
        if isWord(j, "two"), isWord(j + 1, "quarters"), ordinal == 1 || ordinal == -1 {
            isHalf = true
            j += 1
        }
        if isWord(j, "-"), joined(j) { j += 1 }
        if isWord(j, "fiscal") { j += 1 }
        if isWord(j, "half") { isHalf = true }
        guard isWord(j, "quarter") || isHalf else { return nil }
        // "the last half" is the second; "the last quarter" only with its year ("the last quarter of
        // 1989"): alone it is mostly the quarter before this one.
        if ordinal == -1 {
            // Not of a decade either: "the last half of the '80s".
            let ofYear = isWord(j + 1, "of") && year(j + 2) != nil
            guard ofYear || (isHalf && !isWord(j + 1, "of")) else { return nil }
            ordinal = isHalf ? 2 : 4
        }
        guard isHalf ? ordinal <= 2 : ordinal <= 4 else { return nil }
        j += 1
        // "the first quarter of next year", "the second half of last year".
        if y == nil, isWord(j, "of"), let shift = yearShift(j + 1) {
            return Parse(start: start, end: j + 3, semantic: .partOfYear(isHalf ? "H\(ordinal)" : "Q\(ordinal)", yearOffset: shift), type: .date)
        }
        // "the second half of the year": the narrative's year, said in full.
        if y == nil, isWord(j, "of"), isWord(j + 1, "the"), isWord(j + 2, "year"), !isWord(j + 3, "-"), !isWord(j + 3, "'s") {
            let semantic: Semantic = isHalf ? .half(ordinal, year: nil) : .quarter(ordinal, year: nil, offset: 0)
            return Parse(start: start, end: j + 3, semantic: semantic, type: .date)
        }
        if y == nil, isWord(j, "of"), let yy = year(j + 1) {
            y = yy
            j += 2
        } else if y == nil, isWord(j, "of"), isWord(j + 1, "fiscal"), let yy = year(j + 2) {
            // "the first half of fiscal 2023".
            y = yy
            j += 3
        } else if y == nil, !isHalf, let yy = year(j) {
            y = yy
            j += 1
        }
        let semantic: Semantic = isHalf ? .half(ordinal, year: y) : .quarter(ordinal, year: y, offset: 0)
        return Parse(start: start, end: j, semantic: semantic, type: .date)
    }

    /// "summer", "the fall of 2023", "spring 2024". "Winter Olympics" is a name, not a season.
    func season(_ i: Int) -> Parse? {
        guard let code = entry(Lexicon.seasons, i) else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].isCapitalized, tokens[i + 1].kind == .word, entry(Lexicon.months, i + 1) == nil { return nil }
        // "fall" is a verb unless a determiner or a year makes it the season.
        if lower(i) == "fall", !isAny(i - 1, ["the", "this", "last", "next", "in", "early", "late", "mid", "past"]), year(i + 1) == nil { return nil }
        var j = i + 1
        if isWord(j, "of"), writtenYear(j + 1) != nil { j += 1 }
        if let (y, next) = writtenYear(j) {
            guard let v = DateValue.season(year: y, code) else { return nil }
            return Parse(start: i, end: next, semantic: .absolute(v), type: .date)
        }
        // A bare season word needs a determiner to be a date ("in summer" is generic; "this summer" is not).
        guard isAny(i - 1, ["the", "this", "last", "next", "early", "late", "mid", "past", "coming"]) else { return nil }
        return Parse(start: i, end: i + 1, semantic: .season(code, year: nil, offset: nil), type: .date)
    }

    /// "New Year's Day", "New Year's Eve", "Christmas", "Thanksgiving", "Election Day", "Easter", "Lunar New Year".
    func namedDay(_ i: Int) -> Parse? {
        guard let word = lower(i), capitalized(i) else { return nil }
        var named: NamedDay?
        var j = i + 1
        switch Word(word) {
        case "new":
            guard let next = lower(i + 1), next == "year" || next == "years", capitalized(i + 1) else { return nil }
            let possessive = isWord(i + 2, "'s") || next == "years"
            j = isWord(i + 2, "'s") ? i + 3 : i + 2
            if isWord(j, "day") || isWord(j, "eve") {
                named = isWord(j, "day") ? .newYearsDay : .newYearsEve
                j += 1
            } else if isAny(j, ["speech", "address", "message"]) {
                // A New Year's address is given on New Year's Day itself.
                named = .newYearsDay
            } else if possessive {
                named = .newYearSeason
            } else {
                return nil
            }
        case "christmas":
            named = .christmas
            if isWord(j, "eve") { named = .christmasEve; j += 1 } else if isWord(j, "day") { j += 1 }
        case "thanksgiving": named = .thanksgiving; if isWord(j, "day") { j += 1 }
        case "easter": named = .easter; if isWord(j, "sunday") { j += 1 }
        case "halloween": named = .halloween
        case "lunar", "chinese":
            // "Lunar New Year", "Chinese New Year('s)", and its holiday.
            guard isWord(j, "new"), isWord(j + 1, "year"), capitalized(j), capitalized(j + 1) else { return nil }
            named = .lunarNewYear
            j += isWord(j + 2, "'s") ? 3 : 2
            if isWord(j, "day") { j += 1 }
        case "seollal": named = .lunarNewYear
        case "valentine":
            guard isWord(j, "'s"), isWord(j + 1, "day") else { return nil }
            named = .valentines; j += 2
        case "election", "independence", "labor", "memorial":
            guard isWord(j, "day"), capitalized(j) else { return nil }
            named = ["election": NamedDay.electionDay, "independence": .independenceDay, "labor": .laborDay, "memorial": .memorialDay][word]
            j += 1
        default: return nil
        }
        guard let named else { return nil }
        var y: Int?
        if let yy = year(j) { y = yy; j += 1 }
        // "Christmas last year", "Seollal this year".
        if y == nil, named != .newYearSeason, let shift = yearShift(j) {
            return Parse(start: i, end: j + 2, semantic: .namedDayOfYear(named, yearOffset: shift), type: .date)
        }
        // "Easter week", "Thanksgiving week": the week the day falls in.
        if isWord(j, "week"), named != .newYearSeason {
            return Parse(start: i, end: j + 1, semantic: .weekOf(.namedDay(named, year: y)), type: .date)
        }
        return Parse(start: i, end: j, semantic: .namedDay(named, year: y), type: .date)
    }

    /// "1:50 p.m.", "19:17", "9 a.m.", "noon", "midday", optionally followed by a time zone and a day ("9 a.m. EST Tuesday").
    func clock(_ i: Int) -> Parse? {
        guard var p = clockTime(i), case .clock(let h, let m, nil) = p.semantic else { return nil }
        var j = p.end
        // "6 a.m. local time Sunday", "noon Kyiv time Friday": the zone in words.
        if isWord(j, "local"), isWord(j + 1, "time"), weekdayDate(j + 2) != nil || isWord(j + 2, "on") { j += 2 }
        if isWord(j, "on") { j += 1 }
        // "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6": the day can follow a comma, when it is a date.
        if isWord(j, ","), let day = dated(j + 1), isDayLike(day.semantic) {
            return Parse(start: i, end: day.end, semantic: .clock(hour: h, minute: m, on: day.semantic), type: .time)
        }
        if let day = weekdayDate(j) ?? relativeDay(j) ?? dated(j), isDayLike(day.semantic) {
            p = Parse(start: i, end: day.end, semantic: .clock(hour: h, minute: m, on: day.semantic), type: .time)
        }
        return p
    }

    /// "mid-afternoon yesterday", "in mid morning", "midafternoon Friday": that part of the day named
    /// after it, or of the day the narrative is in.
    func midPartOfDay(_ i: Int) -> Parse? {
        var j = i
        let part: String
        switch word(j) {
        case "midafternoon": part = "AF"
        case "midmorning": part = "MO"
        case "mid":
            j += 1
            if isWord(j, "-"), joined(j) { j += 1 }
            guard let p = entry(Lexicon.partsOfDay, j), p == "AF" || p == "MO" else { return nil }
            part = p
        default: return nil
        }
        j += 1
        if let day = weekdayDate(j) ?? relativeDay(j), isDayLike(day.semantic) {
            return Parse(start: i, end: day.end, semantic: .partOfDay(part, on: day.semantic), type: .time)
        }
        return Parse(start: i, end: j, semantic: .partOfDay(part, on: .anaphoric(unitCode: "D", offset: 0)), type: .time)
    }

    func clockTime(_ i: Int) -> Parse? {
        if isAny(i, ["noon", "midday", "midnight"]) {
            // "High Noon", "high noon comes today": the idiom, no clock.
            if isWord(i, "noon"), isWord(i - 1, "high") { return nil }
            return Parse(start: i, end: i + 1, semantic: .clock(hour: isWord(i, "midnight") ? 0 : 12, minute: 0, on: nil), type: .time)
        }
        // "3pm", "11am": the tokenizer keeps the marker on the number.
        if let (h, isPM) = compactMeridiem(i), (1...12).contains(h) {
            let end = isAny(i + 1, Grammar.timeZones) ? i + 2 : i + 1
            return Parse(start: i, end: end, semantic: .clock(hour: Grammar.hour(h, pm: isPM), minute: 0, on: nil), type: .time)
        }
        // "1400 GMT": a four-digit clock needs its zone to be one. In brackets after a local time ("10:35
        // a.m. (0735 GMT)") it repeats that moment, as TimeBank reads it.
        if digits(i) == 4, !isWord(i - 1, "("), let hhmm = number(i), hhmm / 100 < 24, hhmm % 100 < 60, isAny(i + 1, Grammar.timeZones), !joined(i + 1) {
            return Parse(start: i, end: i + 2, semantic: .clock(hour: hhmm / 100, minute: hhmm % 100, on: nil), type: .time)
        }
        guard let h = number(i), digits(i) <= 2, h <= 24 else { return nil }
        var minute = 0
        var j = i + 1
        var hasMinutes = false
        if isWord(j, ":"), joined(j), digits(j + 1) == 2, joined(j + 1), let m = number(j + 1), m < 60 {
            minute = m
            j += 2
            hasMinutes = true
            // "07:04:11 PM": the seconds are read past (TIMEX3 values here stop at the minute).
            if isWord(j, ":"), joined(j), digits(j + 1) == 2, joined(j + 1), let sec = number(j + 1), sec < 60 { j += 2 }
        } else if isAny(j, [".", ":"]), joined(j), joined(j + 1), h >= 1, h <= 12, let (m, isPM) = compactMeridiem(j + 1), m < 60,
                  let digitsPart = lower(j + 1), digitsPart.prefix(while: \.isNumber).count == 2 {
            // "9.30am", the British clock, and "6:00pm".
            let end = isAny(j + 2, Grammar.timeZones) ? j + 3 : j + 2
            return Parse(start: i, end: end, semantic: .clock(hour: Grammar.hour(h, pm: isPM), minute: m, on: nil), type: .time)
        }
        // "4 in the morning", "9 in the evening": the hour with its part of the day.
        if !hasMinutes, (1...12).contains(h), isWord(j, "in"), isWord(j + 1, "the"), isAny(j + 2, ["morning", "afternoon", "evening"]),
           !isWord(j + 3, "of") {
            let pm = !isWord(j + 2, "morning")
            return Parse(start: i, end: j + 3, semantic: .clock(hour: Grammar.hour(h, pm: pm), minute: 0, on: nil), type: .time)
        }
        // "05.03 GMT": the Guardian's 24-hour clock, with its zone.
        if !hasMinutes, isWord(j, "."), joined(j), joined(j + 1), digits(j + 1) == 2, h < 24, let m = number(j + 1), m < 60,
           isAny(j + 2, Grammar.timeZones) {
            return Parse(start: i, end: j + 3, semantic: .clock(hour: h, minute: m, on: nil), type: .time)
        }
        // "Listen to this article · 6:12 min", "a 2:30 hours drive": a length of time, told the clock's way.
        if hasMinutes, isAny(j, ["min", "mins", "minute", "minutes", "sec", "secs", "seconds", "hours", "hrs"]) { return nil }
        var hour = h
        if let marker = lower(j), ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(marker) {
            guard h >= 1, h <= 12 else { return nil }
            hour = Grammar.hour(h, pm: marker.hasPrefix("p"))
            j += 1
        } else if !hasMinutes || h >= 24 {
            return nil
        }
        if isAny(j, Grammar.timeZones) { j += 1 }
        return Parse(start: i, end: j, semantic: .clock(hour: hour, minute: minute, on: nil), type: .time)
    }

    /// "March 26, 20241:12 AM": Reuters pages run the year into the clock when scraped. The year is the
    /// number's first four digits, the hour the rest.
    private func gluedYearAndClock(_ k: Int, month m: Int, day d: Int) -> (value: DateValue, end: Int)? {
        guard (5...6).contains(digits(k)), let n = number(k), isWord(k + 1, ":"), joined(k + 1), joined(k + 2), digits(k + 2) == 2,
              let minute = number(k + 2), minute < 60 else { return nil }
        let rest = digits(k) - 4
        var divisor = 1
        for _ in 0..<rest { divisor *= 10 }
        let y = n / divisor, h = n % divisor
        guard (1900...2099).contains(y), let day = Day(year: y, month: m, day: d) else { return nil }
        var end = k + 3
        var hour = h
        if let marker = lower(end), ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(marker) {
            guard (1...12).contains(h) else { return nil }
            hour = Grammar.hour(h, pm: marker.hasPrefix("p"))
            end += 1
        }
        guard hour < 24 else { return nil }
        if isAny(end, Grammar.timeZones) { end += 1 }
        return (.minute(day, hour: hour, minute: minute), end)
    }

    /// The 24-hour clock's hour for 1...12 a.m. or p.m.: 12 a.m. is midnight, 12 p.m. noon.
    static func hour(_ h: Int, pm: Bool) -> Int {
        pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
    }

    static let timeZones: [String] = ["est", "edt", "gmt", "utc", "kst", "jst", "pst", "pdt", "cst", "cdt", "bst", "cet"]

    /// A number with "am" or "pm" written onto it ("3pm", "30am"): the number and whether it is afternoon.
    func compactMeridiem(_ i: Int) -> (Int, Bool)? {
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].startsNumeric, let word = lower(i) else { return nil }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let n = Int(digits) else { return nil }
        switch word.dropFirst(digits.count) {
        case "am", "a.m.", "a.m": return (n, false)
        case "pm", "p.m.", "p.m": return (n, true)
        default: return nil
        }
    }
}
