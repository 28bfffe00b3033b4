/// Rules for expressions that need an anchor, durations, sets and references.
extension Grammar {
    /// "early January", "mid-2023", "late Thursday", "the end of 1990", "the late 1990s", "later Thursday".
    func modified(_ i: Int) -> Parse? {
        var j = i
        var modifier: Modifier?
        if isWord(j, "the"), isAny(j + 1, ["early", "late", "mid"]) { j += 1 }
        switch word(j) {
        case "early", "late", "mid", "middle":
            modifier = isWord(j, "early") ? .start : (isWord(j, "late") ? .end : .mid)
            j += 1
            if isWord(j, "-"), joined(j) { j += 1 }
        case "the":
            guard let word = lower(j + 1), isWord(j + 2, "of") else { return nil }
            switch Word(word) {
            case "end", "close": modifier = .end
            case "beginning", "start", "dawn": modifier = .start
            case "middle": modifier = .mid
            default: return nil
            }
            j += 3
        case "later", "earlier":
            // "earlier in the day": the day last mentioned.
            if isWord(j + 1, "in"), isWord(j + 2, "the"), isWord(j + 3, "day"), !isWord(j + 4, "'s") {
                return Parse(start: j + 2, end: j + 4, semantic: .anaphoric(unitCode: "D", offset: 0), type: .date)
            }
            // "later Thursday", "earlier today": the same day, said from within it; the adverb stays
            // outside the expression, as TimeML marks it.
            guard let inner = weekdayDate(j + 1) ?? relativeDay(j + 1), isDayLike(inner.semantic) else { return nil }
            return Parse(start: j + 1, end: inner.end, semantic: inner.semantic, type: inner.type)
        default: return nil
        }
        // "the end of the decade", "the beginning of the century": the document's.
        if modifier != nil, isWord(j, "the"), isAny(j + 1, ["decade", "century"]), !isWord(j + 2, "-") {
            let unit = isWord(j + 1, "decade") ? "DE" : "CE"
            return Parse(start: i, end: j + 2, semantic: .part(modifier!, .deictic(unitCode: unit, offset: 0)), type: .date)
        }
        // "the end of that month": the period of the date last mentioned.
        if isAny(j, ["this", "next", "last", "that"]), let inner = relative(j) {
            return Parse(start: i, end: inner.end, semantic: .part(modifier!, inner.semantic), type: inner.type)
        }
        // "the end of the 1990s" reads through "the"; "the beginning of the Thursday talks" does not.
        let throughThe = isWord(j, "the") ? dated(j + 1).flatMap { p -> Parse? in
            if case .absolute(let v) = p.semantic, v.precision.rank >= Precision.year.rank { return p }
            if case .quarter = p.semantic { return p }
            if case .season = p.semantic { return p }
            return nil
        } ?? periodOfNarrative(j).flatMap { $0.type == .date ? $0 : nil } : nil
        guard let inner = dated(j) ?? throughThe ?? relativeDay(j), inner.type == .date else { return nil }
        return Parse(start: i, end: inner.end, semantic: .part(modifier!, inner.semantic), type: .date)
    }

    /// Expressions that include their article: "the weekend", "the future", "the past two months",
    /// "the next day", "the same day", "the latest quarter", "the year-earlier quarter".
    func withThe(_ i: Int) -> Parse? {
        guard isWord(i, "the") else { return nil }
        if let period = periodOfNarrative(i) { return period }
        let j = i + 1
        // "the first week of March", "the last week of January 2024".
        if let ordinal = entry(Lexicon.ordinals, j), (1...5).contains(ordinal) || ordinal == -1, isWord(j + 1, "week"), isWord(j + 2, "of"),
           let month = dated(j + 3) {
            switch month.semantic {
            case .month, .monthOfYear: return Parse(start: i, end: month.end, semantic: .weekOfMonth(month.semantic, ordinal: ordinal), type: .date)
            case .absolute(let v) where v.precision == .month:
                return Parse(start: i, end: month.end, semantic: .weekOfMonth(month.semantic, ordinal: ordinal), type: .date)
            default: break
            }
        }
        switch word(j) {
        case "morning", "afternoon", "evening":
            // "talks resumed in the morning": a part of the day the narrative is in. Not "the morning of
            // March 3" (the day is named), "the morning session", or "the evening news".
            guard isAny(i - 1, ["in", "during"]), !isAny(j + 1, ["of", "-", "news", "session", "sessions", "paper", "papers", "edition", "show", "prayers", "star"]),
                  let part = entry(Lexicon.partsOfDay, j) else { return nil }
            // "4 in the morning" is a clock, read by `clockTime`.
            if i >= 2, number(i - 2) != nil { return nil }
            return Parse(start: i, end: j + 1, semantic: .partOfDay(part, on: .anaphoric(unitCode: "D", offset: 0)), type: .time)
        case "weekend":
            // "the weekend of March 9-10": the days named are the date.
            if isWord(j + 1, "of"), dated(j + 2) != nil { return nil }
            return Parse(start: i, end: j + 1, semantic: .deictic(unitCode: "WE", offset: 0), type: .date)
        case "future":
            return Parse(start: i, end: j + 1, semantic: .reference("FUTURE_REF"), type: .date)
        case "eve":
            // "on the eve of the New Year", "the eve of Christmas", "the eve of Monday's vote": the day before.
            // ("the eve of the summit" names no day.)
            guard isWord(j + 1, "of") else { return nil }
            if isWord(j + 2, "the"), isWord(j + 3, "new"), isWord(j + 4, "year"), capitalized(j + 3) {
                return Parse(start: i, end: j + 5, semantic: .namedDay(.newYearsEve, year: nil), type: .date)
            }
            guard let day = dated(j + 2) ?? relative(j + 2), isDayLike(day.semantic) else { return nil }
            return Parse(start: i, end: day.end, semantic: .daysFrom(day.semantic, days: -1), type: .date)
        case "day":
            // "The day after, officials met again": the day after the one last mentioned.
            if standsAloneAfter(j + 1) {
                return Parse(start: i, end: j + 2, semantic: .daysFrom(.anaphoric(unitCode: "D", offset: 0), days: isWord(j + 1, "before") ? -1 : 1),
                             type: .date)
            }
            // "the day before last Tuesday's hearing", "the day after Christmas".
            guard isAny(j + 1, ["before", "after"]), let day = relative(j + 2) ?? dated(j + 2), isDayLike(day.semantic) else { return nil }
            return Parse(start: i, end: day.end, semantic: .daysFrom(day.semantic, days: isWord(j + 1, "before") ? -1 : 1), type: .date)
        case "week":
            // "the week after next": two weeks on.
            if isWord(j + 1, "after"), isWord(j + 2, "next") {
                return Parse(start: i, end: j + 3, semantic: .deictic(unitCode: "W", offset: 2), type: .date)
            }
            // "the week of March 6": the week that day falls in.
            guard isWord(j + 1, "of"), let day = dated(j + 2), isDayLike(day.semantic) else { return nil }
            return Parse(start: i, end: day.end, semantic: .weekOf(day.semantic), type: .date)
        case "near", "short":
            // "in the near term", "for the short term", "the near future": the time just ahead.
            guard isWord(j + 1, "term") || (isWord(j, "near") && isWord(j + 1, "future")) else { return nil }
            return Parse(start: i, end: j + 2, semantic: .reference("FUTURE_REF"), type: .date)
        case "days", "weeks", "months", "years":
            // "in the weeks ahead": some of them, as "the coming weeks" are.
            guard isWord(j + 1, "ahead"), let unit = entry(Lexicon.units, j) else { return nil }
            return Parse(start: i, end: j + 2, semantic: .duration(Grammar.durationValue("X", unit)), type: .duration)
        case "past", "present":
            if let inner = relative(j) ?? quantityExpression(j) { return Parse(start: i, end: inner.end, semantic: inner.semantic, type: inner.type) }
            // "the past three summers" counts something else: no past in general.
            if quantity(j + 1) != nil { return nil }
            return Parse(start: i, end: j + 1, semantic: .reference(isWord(j, "past") ? "PAST_REF" : "PRESENT_REF"), type: .date)
        case "next", "following", "previous", "preceding", "same":
            let word = lower(j)!
            // "the next morning": that day, as "Friday morning" is (the evening apart).
            if word != "same", let part = entry(Lexicon.partsOfDay, j + 1) {
                let day: Semantic = .anaphoric(unitCode: "D", offset: word == "previous" || word == "preceding" ? -1 : 1)
                return part == "EV" ? Parse(start: i, end: j + 2, semantic: .partOfDay(part, on: day), type: .time)
                    : Parse(start: i, end: j + 2, semantic: day, type: .date)
            }
            // "Two weeks earlier, Burns had flown to Doha ... The following Monday, Israel rejected the draft":
            // the Monday after the narrative's date, not the document's.
            if word != "same", let w = entry(Lexicon.weekdays, j + 1), capitalized(j + 1) {
                let end = (lower(j + 1)?.count ?? 0) <= 5 ? afterOptionalPeriod(j + 2) : j + 2
                return Parse(start: i, end: end, semantic: .weekdayOfNarrative(w, offset: word == "previous" || word == "preceding" ? -1 : 1), type: .date)
            }
            if let unit = entry(Lexicon.units, j + 1), !unit.isTime, !lower(j + 1)!.hasSuffix("s") {
                let offset = word == "same" ? 0 : (word == "previous" || word == "preceding" ? -1 : 1)
                return Parse(start: i, end: j + 2, semantic: .anaphoric(unitCode: unit.code, offset: offset), type: .date)
            }
            return quantityExpression(j).map { Parse(start: i, end: $0.end, semantic: $0.semantic, type: $0.type) }
        case "latest", "current", "recent":
            // "the latest fiscal year": the last one finished.
            if isWord(j, "latest"), isWord(j + 1, "fiscal"), isWord(j + 2, "year") {
                return Parse(start: i, end: j + 3, semantic: .deictic(unitCode: "Y", offset: -1), type: .date)
            }
            // "the latest period" of a company's results is its latest quarter.
            if isWord(j + 1, "quarter") || (isWord(j, "latest") && isWord(j + 1, "period")) {
                let semantic: Semantic = lower(j) == "current" ? .quarter(nil, year: nil, offset: 0) : .quarter(nil, year: nil, offset: -1)
                return Parse(start: i, end: j + 2, semantic: semantic, type: .date)
            }
            // "the current fiscal year" keeps its article, as "the past two years" does.
            if isWord(j, "current"), let inner = relative(j) {
                return Parse(start: i, end: inner.end, semantic: inner.semantic, type: inner.type)
            }
            return nil
        case "quarter":
            // "the quarter century history": twenty-five years, not a quarter.
            if let end = centuryAfterQuarter(j) {
                return Parse(start: i, end: end, semantic: .duration("P25Y"), type: .duration)
            }
            return Parse(start: i, end: j + 1, semantic: .quarter(nil, year: nil, offset: -1), type: .date)
        case "year" where isWord(j + 1, "-") && isAny(j + 2, ["earlier", "ago"]):
            // "the year-earlier quarter", "the year-ago period", "the year-ago third quarter", "the
            // year-earlier nine months"; before another noun ("the year-ago results") only the adjective
            // is the expression.
            if isAny(j + 3, ["quarter", "period"]) {
                return Parse(start: i, end: j + 4, semantic: .anaphoric(unitCode: "Y", offset: -1), type: .date)
            }
            if let named = quarter(j + 3), case .quarter(let q?, nil, _) = named.semantic {
                return Parse(start: i, end: named.end, semantic: .quarter(q, year: nil, offset: -1), type: .date)
            }
            if let span = quantityExpression(j + 3), span.start == j + 3, case .duration = span.semantic {
                return Parse(start: i, end: span.end, semantic: span.semantic, type: .duration)
            }
            return yearAgoAdjective(j)
        case "comparable" where isWord(j + 1, "year") && isWord(j + 2, "-") && isAny(j + 3, ["earlier", "ago"]):
            guard isAny(j + 4, ["quarter", "period"]) else { return nil }
            return Parse(start: i, end: j + 5, semantic: .anaphoric(unitCode: "Y", offset: -1), type: .date)
        default:
            guard let inner = dated(j) ?? quantityExpression(j) else { return nil }
            switch inner.semantic {
            case .absolute(let v) where v.precision == .decade || v.precision == .century || v.precision == .season:
                return Parse(start: i, end: inner.end, semantic: inner.semantic, type: inner.type)
            case .duration where joined(inner.start + 1):
                // "the eight-year [freeze]": an adjective, the article belongs to the noun.
                return nil
            case .quarter, .half, .partOfYear, .duration, .season:
                return Parse(start: i, end: inner.end, semantic: inner.semantic, type: inner.type)
            default:
                return nil
            }
        }
    }

    /// "today", "yesterday", "tomorrow", "tonight", "this morning", "that day".
    func relativeDay(_ i: Int) -> Parse? {
        switch word(i) {
        case "today":
            // "USA Today", "This is VOA Today": a name.
            if capitalized(i), i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, tokens[i - 1].sentence == tokens[i].sentence,
               !tokens[i - 1].lower.hasSuffix("day") {
                return nil
            }
            return Parse(start: i, end: i + 1, semantic: .deictic(unitCode: "D", offset: 0), type: .date)
        case "yesterday": return Parse(start: i, end: i + 1, semantic: .deictic(unitCode: "D", offset: -1), type: .date)
        case "tomorrow": return Parse(start: i, end: i + 1, semantic: .deictic(unitCode: "D", offset: 1), type: .date)
        case "tonight": return Parse(start: i, end: i + 1, semantic: .partOfDay("NI", on: .deictic(unitCode: "D", offset: 0)), type: .time)
        case "overnight":
            // "Overnight, talks stalled": last night. "An overnight stay", "overnight talks" are adjectives.
            guard !isAny(i - 1, ["an", "the", "a"]), i + 1 >= tokens.count || tokens[i + 1].kind == .punctuation
                || isAny(i + 1, ["and", "in", "on", "as", "when", "after", "before", "to", "from", "into"]) else { return nil }
            return Parse(start: i, end: i + 1, semantic: .partOfDay("NI", on: .deictic(unitCode: "D", offset: -1)), type: .time)
        case "this":
            if let part = entry(Lexicon.partsOfDay, i + 1) {
                return Parse(start: i, end: i + 2, semantic: .partOfDay(part, on: .deictic(unitCode: "D", offset: 0)), type: .time)
            }
            return nil
        case "that":
            guard isWord(i + 1, "day") else { return nil }
            return Parse(start: i, end: i + 2, semantic: .anaphoric(unitCode: "D", offset: 0), type: .date)
        default: return nil
        }
    }

    /// "last week", "this year", "next Friday", "last November", "last fall", "earlier this month",
    /// "this year's", plus the single-day words of `relativeDay`.
    func relative(_ i: Int) -> Parse? {
        if let day = relativeDay(i) { return day }
        guard let word = lower(i) else { return nil }
        var start = i
        var j = i
        // "earlier this year", "later this month": the period itself.
        if (word == "earlier" || word == "later"), isAny(i + 1, ["this", "that"]) { j += 1 }
        let shift: Int
        switch self.word(j) {
        case "last", "past", "previous": shift = -1
        case "this", "current": shift = 0
        case "next", "coming": shift = 1
        case "that":
            // "that October": the month in the narrative's year.
            // ("That may be true" in a capitalized headline: "May" and "March" before a lowercase word are verbs.)
            if let m = entry(Lexicon.months, j + 1), capitalized(j + 1), !isWord(j + 2, "-"), number(j + 2) == nil,
               !(isAny(j + 1, ["may", "march"]) && j + 2 < tokens.count && tokens[j + 2].kind == .word && !capitalized(j + 2)) {
                return Parse(start: start, end: j + 2, semantic: .monthOfNarrative(m), type: .date)
            }
            // "that evening", "that morning": a part of the day last mentioned.
            if let part = entry(Lexicon.partsOfDay, j + 1), !isWord(j + 2, "-") {
                return Parse(start: start, end: j + 2, semantic: .partOfDay(part, on: .anaphoric(unitCode: "D", offset: 0)), type: .time)
            }
            // "that year", "later that month": the period of the date last mentioned.
            guard let unit = entry(Lexicon.units, j + 1), !unit.isTime, ["Y", "M", "W", "Q"].contains(unit.code),
                  !isWord(j + 2, "-") else { return nil }
            return Parse(start: start, end: j + 2, semantic: .anaphoric(unitCode: unit.code, offset: 0), type: .date)
        default: return nil
        }
        if isWord(i - 1, "this"), lower(j) == "past" { start = i - 1 }
        j += 1
        // "the current fiscal year", "last fiscal year": the year (Annals keeps no fiscal calendar).
        if isWord(j, "fiscal"), isAny(j + 1, ["year", "quarter"]) { j += 1 }
        guard let target = lower(j) else { return nil }
        // ABC's "This Week": capitals opened by a quotation mark inside a sentence make a title (a
        // title-case headline's "Next Week" stays a date).
        if capitalized(j), capitalized(start), start > 1, isAny(start - 1, ["\"", "``", "“"]),
           tokens[start - 2].sentence == tokens[start].sentence, Lexicon.units[target] != nil { return nil }
        let unitWord = target.hasSuffix("'s") ? String(target.dropLast(2)) : target
        // "the past quarter-century" is twenty-five years, read as a span.
        if let end = centuryAfterQuarter(j) { return Parse(start: start, end: end, semantic: .duration("P25Y"), type: .duration) }
        if let unit = Lexicon.units[unitWord], !unit.isTime, !unitWord.hasSuffix("s") {
            if unitWord == "night", shift == -1, start == i, word == "last", !isWord(i - 1, "the"), !isWord(j + 1, "of") {
                // "last night" is yesterday's night ("the last night of the festival" is not).
                return Parse(start: i, end: j + 1, semantic: .partOfDay("NI", on: .deictic(unitCode: "D", offset: -1)), type: .time)
            }
            if unitWord == "day" || unitWord == "night" { return nil }
            if unitWord == "year", isWord(j + 1, "'s"), let part = quarterOfPossessiveYear(j + 2, shift: shift) {
                return Parse(start: start, end: part.end, semantic: part.semantic, type: .date)
            }
            return Parse(start: start, end: j + 1, semantic: .deictic(unitCode: unit.code, offset: shift), type: .date)
        }
        if let w = entry(Lexicon.weekdays, j), capitalized(j) {
            // "this Monday (18)", "last Friday (Nov. 8)": the date in brackets says which one.
            if let dated = weekdayDate(j), isWord(dated.end - 1, ")") {
                return Parse(start: start, end: dated.end, semantic: dated.semantic, type: .date)
            }
            let end = target.count <= 5 ? afterOptionalPeriod(j + 1) : j + 1
            return Parse(start: start, end: end, semantic: .weekday(w, shift: shift), type: .date)
        }
        if let m = entry(Lexicon.months, j), capitalized(j) {
            // "last Oct. 23" is a day, read by itself ("last" is a past cue for its year).
            if let day = monthFirst(j), isDayLike(day.semantic) { return nil }
            // "this September" is this year's, whatever the tense ("the election due this September").
            let semantic: Semantic = shift == 0 ? .monthOfYear(m, yearOffset: 0) : .month(m, shift: shift)
            return Parse(start: start, end: j + 1, semantic: semantic, type: .date)
        }
        if let named = namedDay(j), case .namedDay(let day, nil) = named.semantic {
            return Parse(start: start, end: named.end, semantic: .namedDayShifted(day, shift: shift), type: .date)
        }
        if let code = entry(Lexicon.seasons, j) {
            return Parse(start: start, end: j + 1, semantic: .season(code, year: nil, offset: shift), type: .date)
        }
        return nil
    }

    /// Counts of units: durations ("nearly two years", "the past two months", "16-hour") and offsets
    /// ("two years ago", "a day earlier", "three days later").
    func quantityExpression(_ i: Int) -> Parse? {
        var j = i
        var modifier: Modifier?
        switch word(j) {
        case "nearly", "almost", "about", "around", "roughly", "approximately", "some", "up":
            if isWord(j, "up") { guard isWord(j + 1, "to") else { return nil }; j += 1 }
            modifier = isWord(j, "up") || isWord(j, "to") ? .lessThan : .approx
            if isWord(j, "some"), quantity(j + 1) == nil { break }
            j += 1
        case "more", "less", "fewer":
            guard isWord(j + 1, "than") else { return nil }
            modifier = isWord(j, "more") ? .moreThan : .lessThan
            j += 2
        case "under", "within":
            modifier = .lessThan
            j += 1
        case "over":
            // "over an hour" is more than one; "over three years" is mostly "during" in news, and TimeBank
            // leaves that "over" outside.
            guard isAny(j + 1, ["a", "an"]) else { return nil }
            modifier = .moreThan
            j += 1
        case "at":
            guard isAny(j + 1, ["least", "most"]) else { return nil }
            modifier = isWord(j + 1, "least") ? .moreThan : .lessThan
            j += 2
        default: break
        }
        // TimeML leaves approximating adverbs outside the span ("about [five hours]") but keeps
        // comparatives inside ("[more than sixty days]"); TimeBank keeps "nearly" inside (7 of 8).
        let spanStart = ((modifier == .approx && !isWord(i, "nearly")) || isWord(i, "within")) ? j : i
        var isBounded = false
        if isAny(j, ["past", "last", "next", "first", "coming", "previous", "following", "final"]) {
            j += 1
            isBounded = true
        }
        // "the coming weeks", "the next months": some of them, as "the next few weeks" is.
        if isBounded, modifier == nil, isAny(j - 1, ["coming", "next", "past"]), let word = lower(j), word.hasSuffix("s"),
           let unit = entry(Lexicon.units, j), !unit.isTime {
            return Parse(start: spanStart, end: j + 1, semantic: .duration(Grammar.durationValue("X", unit)), type: .duration)
        }
        // "just months ago": some time back.
        if !isBounded, modifier == nil, let word = lower(j), word.hasSuffix("s"), let unit = entry(Lexicon.units, j), !unit.isTime,
           isWord(j + 1, "ago") {
            return Parse(start: j, end: j + 2, semantic: .reference("PAST_REF"), type: .date)
        }
        // A bare plural after a preposition: "for years", "in recent months".
        if !isBounded, modifier == nil, let word = lower(j), let unit = entry(Lexicon.units, j), word.hasSuffix("s") || word == "centuries",
           isAny(j - 1, ["for", "over", "within", "in", "after", "past", "many", "recent"]) {
            if isWord(j - 1, "recent") || isWord(j - 1, "past") { return nil }
            return Parse(start: j, end: j + 1, semantic: .duration(Grammar.durationValue("X", unit)), type: .duration)
        }
        guard let (countText, afterCount) = quantity(j) else { return nil }
        var count = countText
        var k = afterCount
        if isWord(k, "-"), joined(k) { k += 1 }
        // "20 more years", "an additional year", "eight trading days": the count is still of the unit.
        if isAny(k, ["more", "additional", "extra", "further", "trading", "business", "working"]), entry(Lexicon.units, k + 1) != nil {
            k += 1
        }
        guard let unitWord = lower(k), var unit = entry(Lexicon.units, k) else { return nil }
        var end = k + 1
        // "a quarter century", "the past quarter-century", "a quarter of a century": 25 years each.
        if let afterCentury = centuryAfterQuarter(k), let n = Double(count), let century = Lexicon.units["century"] {
            count = String(n / 4)
            unit = century
            end = afterCentury
        }
        // A fortnight counts in weeks, two each.
        if unitWord.hasPrefix("fortnight"), let n = Double(count) {
            count = n * 2 == (n * 2).rounded() ? String(Int(n * 2)) : String(n * 2)
        }
        // A year before a singular unit names the year: "the 1988 second quarter" is not 1,988 seconds.
        if year(j) != nil, afterCount == j + 1, !unitWord.hasSuffix("s") { return nil }
        // "a day" without a quantity word is too vague unless bounded or modified: "one day" is usually "someday".
        if (lower(j) == "a" || lower(j) == "an"), !isBounded, modifier == nil, isAny(k + 1, ["of"]), unit.code != "CE" { return nil }
        // "a week or so ago", "the next year or so": about that many.
        if isWord(end, "or"), isWord(end + 1, "so") {
            end += 2
            if modifier == nil { modifier = .approx }
        }
        // "a year and a half", "a minute and a half": the half comes after the unit.
        if let n = Double(count), isWord(end, "and"), isAny(end + 1, ["a", "one"]), isWord(end + 2, "half") {
            count = String(n + 0.5)
            end += 3
        }
        // Ages are not time expressions: "10-year-old", "70 years old".
        if isWord(end, "old") || (isWord(end, "-") && isWord(end + 1, "old")) { return nil }
        if unitWord == "weekend" || unitWord == "weekends" { return nil }
        // "three-quarters of the vote" is a fraction; "a second time" an ordinal.
        // "more than a quarter of the vote" is a fraction.
        if unitWord == "quarter", unit.code == "Q", isWord(end, "of") { return nil }
        // "several quarters of losses" is time.
        if unitWord == "quarters", isWord(k - 1, "-") || (isWord(end, "of") && isAny(end + 1, Grammar.determiners)) { return nil }
        if unit.code == "S", lower(j) == "a" || lower(j) == "an" { return nil }
        // "several years ago", "a few weeks ago": some time back, how far unknown.
        if !isBounded, count == "X", isWord(end, "ago") {
            return Parse(start: i, end: end + 1, semantic: .reference("PAST_REF"), type: .date)
        }
        // "in two years' time", "in a week's time": the date that far ahead.
        if !isBounded, modifier == nil, !unit.isTime, isAny(end, ["'", "'s"]), isWord(end + 1, "time"),
           let n = Double(count), n == n.rounded(), n >= 1, n <= 100, ["D", "W", "M", "Y"].contains(unit.code) {
            return Parse(start: i, end: end + 2, semantic: .deictic(unitCode: unit.code, offset: Int(n)), type: .date)
        }
        if !isBounded, count != "X" {
            // "a minute and a half later" is a span of time: the narrative rarely gives a clock to count from.
            switch unit.isTime && !isWord(end, "ago") ? Word(nil) : word(end) {
            case "ago":
                // TimeBank keeps "about", "almost" inside a date counted back: "[almost two years ago]".
                let n = Int(Double(count) ?? 1)
                // "Seventy years ago today", "30 years ago this month": that day or month, years back.
                if unit.code == "Y", modifier == nil, Double(count) == Double(n) {
                    if isWord(end + 1, "today") {
                        return Parse(start: i, end: end + 2, semantic: .yearsBefore(.deictic(unitCode: "D", offset: 0), years: n), type: .date)
                    }
                    if isWord(end + 1, "this"), isWord(end + 2, "month") {
                        return Parse(start: i, end: end + 3, semantic: .yearsBefore(.deictic(unitCode: "M", offset: 0), years: n), type: .date)
                    }
                }
                return Parse(start: i, end: end + 1, semantic: .ago(unitCode: unit.code, count: n).withApprox(modifier), type: .date)
            case "earlier", "before", "previously":
                if isWord(end, "before"), !(isAny(end + 1, [".", ",", ";"]) || end + 1 >= tokens.count) { break }
                let n = Int(Double(count) ?? 1)
                return Parse(start: spanStart, end: end + 1, semantic: .anaphoric(unitCode: unit.code, offset: -n), type: .date)
            case "later", "afterwards", "afterward":
                let n = Int(Double(count) ?? 1)
                return Parse(start: spanStart, end: end + 1, semantic: .anaphoric(unitCode: unit.code, offset: n), type: .date)
            default: break
            }
        }
        // "a year" after an amount is a rate: "$5 a year" is a set.
        if lower(j) == "a" || lower(j) == "per", isAny(j - 1, ["times", "twice", "once", "thrice"]) || tokens[max(j - 1, 0)].kind == .number {
            return Parse(start: j, end: end, semantic: .set(Grammar.durationValue("1", unit)), type: .set)
        }
        let value = Grammar.durationValue(count, unit)
        let semantic: Semantic = modifier.map { .part($0, .duration(value)) } ?? .duration(value)
        return Parse(start: spanStart, end: end, semantic: semantic, type: .duration)
    }

    /// Where "century" ends after the "quarter" at `k` ("quarter century", "quarter-century", "quarter of
    /// a century"), or nil when none follows.
    func centuryAfterQuarter(_ k: Int) -> Int? {
        guard isAny(k, ["quarter", "quarters"]) else { return nil }
        if isWord(k + 1, "century") { return k + 2 }
        if isWord(k + 1, "-"), joined(k + 1), isWord(k + 2, "century") { return k + 3 }
        if isWord(k + 1, "of"), isWord(k + 2, "a"), isWord(k + 3, "century") { return k + 4 }
        return nil
    }

    /// The TIMEX3 value of `count` units. Decades and centuries counted in numbers are years ("two
    /// decades" is P20Y, as ISO 8601 has no decade unit; "decades" stays PXDE); a half goes to the next
    /// smaller unit ("2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M).
    static func durationValue(_ count: String, _ unit: Lexicon.Unit) -> String {
        if let n = Double(count), n > 0 {
            switch unit.code {
            case "DE", "CE":
                let years = n * (unit.code == "DE" ? 10 : 100)
                if years == years.rounded(), years < 1e6 { return "P\(Int(years))Y" }
            default:
                let whole = n.rounded(.down)
                if whole != n, let (smaller, factor) = (unit.isTime ? smallerTimeUnits : smallerDateUnits)[unit.code], whole < 1e6,
                   case let fraction = (n - whole) * factor, fraction == fraction.rounded() {
                    let head = whole > 0 ? "\(Int(whole))\(unit.code)" : ""
                    return unit.isTime ? "PT\(head)\(Int(fraction))\(smaller)" : "P\(head)\(Int(fraction))\(smaller)"
                }
            }
        }
        return unit.isTime ? "PT\(count)\(unit.code)" : "P\(count)\(unit.code)"
    }

    /// For a fractional count: the next smaller unit in the same part (date or time) and how many make one.
    private static let smallerDateUnits: [String: (String, Double)] = ["Y": ("M", 12)]
    private static let smallerTimeUnits: [String: (String, Double)] = ["H": ("M", 60), "M": ("S", 60)]

    /// "every year", "each Monday", "daily", "annually", "twice a year".
    private static let setAdverbs: WordTable<String> = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H",
    ]

    func set(_ i: Int) -> Parse? {
        guard let word = lower(i) else { return nil }
        if let value = entry(Grammar.setAdverbs, i) {
            return Parse(start: i, end: i + 1, semantic: .set(value), type: .set)
        }
        guard word == "every" || word == "each" else { return nil }
        var j = i + 1
        if isWord(j, "other") { j += 1 }
        let step = isWord(i + 1, "other") ? "2" : "1"
        if let w = entry(Lexicon.weekdays, j) {
            return Parse(start: i, end: j + 1, semantic: .set("XXXX-WXX-\(w)"), type: .set)
        }
        // "each July": that month of every year.
        if let m = entry(Lexicon.months, j), capitalized(j) {
            return Parse(start: i, end: j + 1, semantic: .set("XXXX-\(pad(m, 2))"), type: .set)
        }
        if let unit = entry(Lexicon.units, j) {
            return Parse(start: i, end: j + 1, semantic: .set(Grammar.durationValue(step, unit)), type: .set)
        }
        if let (count, next) = quantity(j), let unit = entry(Lexicon.units, next) {
            return Parse(start: i, end: next + 1, semantic: .set(Grammar.durationValue(count, unit)), type: .set)
        }
        return nil
    }

    /// PRESENT_REF, PAST_REF and FUTURE_REF words: "now", "currently", "recently", "soon", "in the future".
    func reference(_ i: Int) -> Parse? {
        guard let word = lower(i) else { return nil }
        switch Word(word) {
        case "now", "currently", "presently", "nowadays":
            // "now-defunct" and "now that" still refer to the present.
            return Parse(start: i, end: i + 1, semantic: .reference("PRESENT_REF"), type: .date)
        case "current":
            if let unit = entry(Lexicon.units, i + 1), !unit.isTime {
                return Parse(start: i, end: i + 2, semantic: .deictic(unitCode: unit.code, offset: 0), type: .date)
            }
            return Parse(start: i, end: i + 1, semantic: .reference("PRESENT_REF"), type: .date)
        case "recently", "lately":
            return Parse(start: i, end: i + 1, semantic: .reference("PAST_REF"), type: .date)
        case "later":
            // "at a later date": some time to come.
            guard isWord(i + 1, "date"), isWord(i - 1, "a") else { return nil }
            return Parse(start: i - 1, end: i + 2, semantic: .reference("FUTURE_REF"), type: .date)
        case "soon":
            // Not the conjunction ("as soon as", "how soon") nor a time after another ("soon after the vote").
            guard !isAny(i - 1, ["as", "how", "too"]), !isAny(i + 1, ["after", "afterwards", "afterward", "thereafter"]) else { return nil }
            // "He was soon released", "a trickle that soon became a flood": soon after, in the past told.
            if isAny(i - 1, ["was", "were", "had"]) || (i + 1 < tokens.count && (Lexicon.pastCues.contains(tokens[i + 1])
                || (lower(i + 1)!.hasSuffix("ed") && !Lexicon.edNotPast.contains(tokens[i + 1])))) {
                return nil
            }
            return Parse(start: i, end: i + 1, semantic: .reference("FUTURE_REF"), type: .date)
        case "recent":
            if isAny(i + 1, ["years", "months", "weeks", "days", "decades"]) {
                return Parse(start: i, end: i + 2, semantic: .reference("PAST_REF"), type: .date)
            }
            return nil
        case "these":
            guard isWord(i + 1, "days") else { return nil }
            return Parse(start: i, end: i + 2, semantic: .reference("PRESENT_REF"), type: .date)
        case "near", "foreseeable", "distant":
            guard isWord(i + 1, "future") else { return nil }
            return Parse(start: i, end: i + 2, semantic: .reference("FUTURE_REF"), type: .date)
        default:
            return nil
        }
    }
}

extension Semantic {
    func withApprox(_ modifier: Modifier?) -> Semantic {
        modifier == .approx ? .part(.approx, self) : self
    }
}
