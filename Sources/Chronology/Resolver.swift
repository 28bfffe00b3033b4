/// Turns what the grammar read into anchored `DateValue`s. Deictic expressions ("yesterday", "last
/// week", weekdays) resolve against the document date; anaphoric ones ("a day earlier", "the next day")
/// against the latest date in the narrative. Without any reference, unknown parts stay `X`.
struct Resolver {
    /// The document creation time.
    let reference: DateValue?
    /// The latest anchored date mentioned, at any precision.
    var anchor: DateValue?
    /// The latest date mentioned at day precision or finer.
    var dayAnchor: DateValue?
    /// The latest month named ("in March", "on March 3", "March 2023"): "on the 15th" is a day of it. A
    /// month counted ("18 months ago") is not one.
    var monthAnchor: (value: DateValue, sentence: Int)?
    /// The latest month or day written with its year that opens a sentence ("On Nov. 29, 2021", "In
    /// August 2022"): a story told in the past, whose next dates without a year belong to it.
    var storyAnchor: (value: DateValue, sentence: Int)?
    /// A past year opening the sentence ("In 2018, the two Koreas marched ... weeks after Kim's New Year's
    /// address") or closing a clause of it ("He met Kim three times in 2018, first at Panmunjom on April 27"):
    /// the sentence's days without a year are that year's.
    var yearStory: (value: DateValue, sentence: Int)?
    /// The sentence being resolved (for how far back `monthAnchor` was named).
    var sentence = 0
    /// Whether the expression being resolved opens its sentence (only such a date sets `storyAnchor`: one
    /// inside a clause is mostly background, "the August 1988 cease-fire").
    var opensSentence = false
    /// Whether "in" comes just before the expression and a comma after it ("three times in 2018, first ...").
    var followsIn = false
    /// Whether the expression is all of its line ("14:05 GMT" over a live blog's entry): a stamp of the
    /// page's day, not of the day the story last named.
    var standsAlone = false
    /// Whether the clause is told in the present perfect ("have pushed to finish the deal by the end of
    /// the year"): the situation now, so "the year" is the document's, not a year the story went back to.
    var presentPerfect = false

    init(reference: DateValue?) {
        self.reference = reference
        self.anchor = reference
        self.dayAnchor = reference.flatMap { $0.precision.rank <= Precision.day.rank ? $0 : nil }
    }

    /// "a year ago", "a year earlier": a comparison with the period being reported, which the next
    /// comparison is made with too ("up from $3 million a year ago ... compared with $2 million a year
    /// earlier" are the same year), so it does not become the anchor. So is "the year-ago second quarter".
    static func isYearComparison(_ semantic: Semantic) -> Bool {
        switch semantic {
        case .anaphoric("Y", _), .ago("Y", _): true
        case .quarter(.some, _, let yearOffset): yearOffset != 0
        // "the 1988 quarter" is compared with, not reported.
        case .quarter(nil, .some, _): true
        default: false
        }
    }

    static func namesAMonth(_ semantic: Semantic) -> Bool {
        switch semantic {
        case .month, .monthOfYear, .monthDay, .monthDayOfYear, .dayOfMonth: true
        case .absolute(let v): v.precision == .month || v.precision == .day
        case .clock(_, _, let on?): namesAMonth(on)
        default: false
        }
    }

    private var referenceText: String { reference.map { "the document date \($0.value)" } ?? "" }

    /// `anchoring: false` resolves without making the value the narrative's anchor (a deadline or a
    /// starting point).
    mutating func resolve(_ semantic: Semantic, text: String, tense: Tense, anchoring: Bool = true) -> DateValue? {
        guard let value = value(of: semantic, text: text, tense: tense) else { return nil }
        if anchoring, value.isAnchored, Resolver.namesAMonth(semantic) { monthAnchor = (value, sentence) }
        if anchoring, opensSentence || followsIn, case .absolute = semantic, value.precision == .year {
            yearStory = (value, sentence)
        }
        if anchoring, opensSentence, case .absolute = semantic, value.precision == .month || value.precision == .day {
            storyAnchor = (value, sentence)
        } else if anchoring, let story = storyAnchor, let day = value.start, let storyDay = story.value.start,
                  value.precision.rank <= Precision.day.rank, (storyDay.year...storyDay.year + 1).contains(day.year), let now = reference?.start, day < now {
            // "Five days later", "They resumed on Dec. 9": a day still in the story's time carries it on.
            storyAnchor = (value, sentence)
        }
        if anchoring, value.isAnchored, !value.value.contains("X"), !Resolver.isYearComparison(semantic) {
            anchor = value
            if value.precision.rank <= Precision.day.rank {
                dayAnchor = value
            } else if [.month, .quarter, .season, .half, .year].contains(value.precision), opensSentence, let day = dayAnchor, !day.isWithin(value) {
                // "In March 2022, Russia demanded guarantees. Two days later, ...": the days counted now
                // are March's, not those of a day named before it (nor those of the page's date: "In the
                // summer of 2000, Kim flew to Pyongyang. Three days later ..."). A month inside a clause is
                // background ("the ban, introduced in August 2023"): "later in the day" is still the day last named.
                dayAnchor = nil
            }
        }
        return value
    }

    /// The day `dayIn` gives in the year of a story told in a past year, or the year after, whichever is
    /// nearer the date that set the story; nil when no such story was set in the last sentences.
    private func inStory(text: String, _ dayIn: (Int) -> Day?) -> DateValue? {
        if let year = yearStory, year.sentence == sentence, let start = year.value.start, let now = reference?.start, start.year < now.year,
           let day = dayIn(start.year) {
            return DateValue.day(day, basis: Basis(.relative, "'\(text)' in \(year.value.value), the year its sentence opens with"))
        }
        guard let story = storyAnchor, sentence - story.sentence <= 4, let storyDay = story.value.start,
              let now = reference?.start, storyDay.year < now.year,
              let nearest = (storyDay.year...storyDay.year + 1).compactMap(dayIn)
                  .min(by: { abs($0.serial - storyDay.serial) < abs($1.serial - storyDay.serial) }) else { return nil }
        return DateValue.day(nearest, basis: Basis(.relative, "'\(text)' in the story of \(story.value.value), told just before"))
    }

    // MARK: - Semantics

    private func value(of semantic: Semantic, text: String, tense: Tense) -> DateValue? {
        let relativeBasis = Basis(.relative, "'\(text)' relative to \(referenceText)")
        switch semantic {
        case .absolute(let v):
            return v
        case .monthDay(let m, let d, let weekday):
            // A date without its year is read from the document's date; with none, the year stays unknown.
            guard let base = reference?.start else { return .unanchored("XXXX-\(pad(m, 2))-\(pad(d, 2))", precision: .day) }
            // "On Nov. 29, 2021, diplomats gathered in Vienna. ... They resumed on Dec. 9": a story told in a
            // past year keeps its year for the days that follow, the nearest to the date that set it. (A
            // sentence ending its line counts twice: its period and its line break each end one.)
            if weekday == nil, tense != .future, let day = inStory(text: text, { Day(year: $0, month: m, day: d) }) { return day }
            var candidates = (base.year - 1...base.year + 1).compactMap { Day(year: $0, month: m, day: d) }.map { DateValue.day($0) }
            // "Monday, Oct. 26": the weekday names the year.
            if let weekday, candidates.contains(where: { $0.start!.weekday == weekday }) {
                candidates = candidates.filter { $0.start!.weekday == weekday }
            }
            return choose(candidates, around: reference!, tense: tense)?.with(basis: relativeBasis)
        case .dayOfMonth(let d, let weekday):
            // The month named in this sentence or the two before, else the document's; the day itself may
            // fall in the month before or after, as the tense says.
            let base = monthAnchor.flatMap { sentence - $0.sentence <= 2 ? $0.value : nil } ?? reference
            guard let base, let start = base.start else { return .unanchored("XXXX-XX-\(pad(d, 2))", precision: .day) }
            let months = [start.adding(months: -1), start, start.adding(months: 1)]
            var candidates = months.compactMap { Day(year: $0.year, month: $0.month, day: d) }.map { DateValue.day($0) }
            // "Sunday (17)": the weekday says which month's 17th.
            if let weekday, candidates.contains(where: { $0.start!.weekday == weekday }) {
                candidates = candidates.filter { $0.start!.weekday == weekday }
            }
            let basis = Basis(.relative, "'\(text)' in the month of \(base.value)")
            return choose(candidates, around: base, tense: tense)?.with(basis: basis)
        case .monthDayOfYear(let m, let d, let offset):
            guard let base = reference?.start else { return .unanchored("XXXX-\(pad(m, 2))-\(pad(d, 2))", precision: .day) }
            return Day(year: base.year + offset, month: m, day: d).map { DateValue.day($0, basis: relativeBasis) }
        case .monthOfYear(let m, let offset):
            guard let base = reference?.start else { return .unanchored("XXXX-\(pad(m, 2))", precision: .month) }
            return DateValue.month(year: base.year + offset, month: m, basis: relativeBasis)
        case .namedDayOfYear(let named, let offset):
            guard let base = reference?.start else { return value(of: .namedDay(named, year: nil), text: text, tense: tense) }
            return named.day(in: base.year + offset).map { DateValue.day($0, basis: relativeBasis) }
        case .namedDayShifted(let named, let shift):
            guard let pivot = reference, let base = pivot.start else { return value(of: .namedDay(named, year: nil), text: text, tense: tense) }
            let days = (base.year - 1...base.year + 1).compactMap { named.day(in: $0) }
            let pick: Day?
            switch shift {
            case ..<0: pick = days.last { $0 < base }
            case 1...: pick = days.first { $0 > base }
            default: pick = days.first { $0.year == base.year }
            }
            return pick.map { DateValue.day($0, basis: relativeBasis) }
        case .month(let m, let shift):
            // "elections scheduled for December 2024 ... the elections in December": the month just named.
            if shift == nil, let named = monthAnchor, sentence - named.sentence <= 2, let day = named.value.start,
               day.month == m, named.value.precision.rank <= Precision.month.rank {
                return DateValue.month(year: day.year, month: m, basis: Basis(.relative, "'\(text)' as \(named.value.value), named just before"))
            }
            guard let base = reference?.start else { return .unanchored("XXXX-\(pad(m, 2))", precision: .month) }
            let candidates = (base.year - 1...base.year + 1).compactMap { DateValue.month(year: $0, month: m) }
            let direction: Tense = shift.map { $0 < 0 ? .past : .future } ?? tense
            let pivot = reference!
            let pool = shift == nil ? candidates : candidates.filter { c in
                shift! < 0 ? c.end! < pivot.start! : c.start! > pivot.end!
            }
            return choose(pool, around: pivot, tense: direction, monthAlone: true)?.with(basis: relativeBasis)
        case .weekday(let w, let shift):
            return weekday(w, shift: shift, tense: tense, basis: relativeBasis)
        case .deictic(let unit, let offset):
            guard let reference else { return .unanchored(Resolver.unknownValue(unit), precision: Resolver.precision(unit)) }
            return shifted(reference, unit: unit, by: offset, tense: tense)?.with(basis: relativeBasis)
        case .ago(let unit, let count):
            if unit == "Y", let anchor, anchor.precision == .quarter, anchor.basis.kind != .given, let start = anchor.start,
               let sameQuarter = DateValue(parsing: Resolver.replaceYear(anchor.value, start.year - count)) {
                return sameQuarter.with(basis: Basis(.relative, "'\(text)' relative to \(anchor.value), the quarter last mentioned"))
            }
            return value(of: .deictic(unitCode: unit, offset: -count), text: text, tense: tense)
        case .anaphoric(let unit, let offset):
            var base = (unit == "D" || unit == "W" || unit == "WE") ? (dayAnchor ?? anchor) : anchor
            // "talks will last until the end of the week" after "met on Sunday": a period still to come
            // cannot be one already over, so it is the document's.
            // So is "the day" of a plan when the day last mentioned is gone ("Leaders are expected to issue a
            // communique later in the day" after "weeks after the Oct. 7 attack"; "Later in the day, Wong is
            // expected to meet officials" after "the working group meeting on Monday" in a Tuesday story).
            if offset == 0, tense == .future || presentPerfect, let reference, let baseEnd = base?.end, let now = reference.start,
               baseEnd < now, Resolver.precision(unit).rank > Precision.day.rank || baseEnd.adding(days: 7) < now || tense == .future {
                base = reference
            }
            // ("returning to Seoul later that day" after "Japan's 1910-45 colonial rule", "by the end of the year"
            // after "in the 1970s": a day is never counted from a year, nor a year from a decade; the document's
            // date is the time of the telling, else the unit stays unknown.)
            let finest = max(Precision.half.rank, Resolver.precision(unit).rank)
            if let coarse = base, coarse.precision.rank > finest {
                base = reference.flatMap { $0.precision.rank <= finest ? $0 : nil }
            }
            guard let base else { return .unanchored(Resolver.unknownValue(unit), precision: Resolver.precision(unit)) }
            let basis = Basis(.relative, "'\(text)' relative to \(base.value), the date last mentioned")
            // "the year" itself is the year, whatever part of it was last mentioned.
            if unit == "Y", offset != 0, [.month, .quarter].contains(base.precision), let start = base.start,
               let sameSpan = DateValue(parsing: Resolver.replaceYear(base.value, start.year + offset)) {
                // "a year earlier" after "the third quarter" is the same quarter a year before.
                return sameSpan.with(basis: basis)
            }
            return shifted(base, unit: unit, by: offset, tense: tense)?.with(basis: basis)
        case .weekdayOfNarrative(let w, let offset):
            // The week last told counts as well as a day ("Two weeks earlier ... The following Monday").
            guard let base = anchor.flatMap({ $0.precision.rank <= Precision.week.rank ? $0 : nil }) ?? dayAnchor,
                  let start = base.start, let end = base.end else { return .unanchored("XXXX-WXX-\(w)", precision: .day) }
            let basis = Basis(.relative, "'\(text)' relative to \(base.value), the date last mentioned")
            if offset > 0 {
                let ahead = (w - end.weekday + 7) % 7
                return .day(end.adding(days: ahead == 0 ? 7 : ahead), basis: basis)
            }
            let back = (start.weekday - w + 7) % 7
            return .day(start.adding(days: -(back == 0 ? 7 : back)), basis: basis)
        case .season(let code, let year, let offset):
            if let year { return DateValue.season(year: year, code) }
            guard let reference, let base = reference.start else { return .unanchored("XXXX-\(code)", precision: .season) }
            let candidates = (base.year - 2...base.year + 1).compactMap { DateValue.season(year: $0, code) }
            let pool: [DateValue]
            switch offset {
            case .some(-1): pool = candidates.filter { $0.end! < base && !($0.start! <= base && base <= $0.end!) }
            case .some(1): pool = candidates.filter { $0.start! > base }
            // "this summer" is this year's, whether it is over or to come.
            case .some(0): pool = candidates.filter { $0.start!.year == base.year || ($0.start! <= base && base <= $0.end!) }
            default: pool = candidates
            }
            let direction: Tense = offset.map { $0 < 0 ? .past : ($0 > 0 ? .future : .unknown) } ?? tense
            return choose(pool, around: reference, tense: direction)?.with(basis: relativeBasis)
        case .quarter(let q, let year, let offset):
            if let q, let year { return DateValue.quarter(year: year, quarter: q) }
            if q == nil, let year {
                // "the 1988 quarter": the quarter being reported (the one last mentioned, or the latest
                // finished), in that year.
                let reported = anchor.flatMap { $0.precision == .quarter ? $0.start.map { ($0.month - 1) / 3 + 1 } : nil }
                    ?? reference?.start.map { (($0.year * 4 + ($0.month - 1) / 3 - 1) % 4) + 1 }
                guard let reported else { return .unanchored("\(pad(year, 4))-QX", precision: .quarter) }
                return DateValue.quarter(year: year, quarter: reported, basis: relativeBasis)
            }
            guard let reference, let base = reference.start else { return .unanchored("XXXX-Q\(q.map(String.init) ?? "X")", precision: .quarter) }
            let current = (base.month - 1) / 3 + 1
            guard let q else {
                // "the latest quarter": the last one finished before the document; "the current quarter".
                let index = base.year * 4 + current - 1 + offset
                return DateValue.quarter(year: index / 4, quarter: index % 4 + 1, basis: relativeBasis)
            }
            // News reports finished quarters: a later quarter of the year is last year's unless the clause looks ahead.
            let y = (tense != .future && q > current) ? base.year - 1 : base.year
            return DateValue.quarter(year: y + offset, quarter: q, basis: relativeBasis)
        case .partOfYear(let code, let offset):
            guard let base = reference?.start else { return .unanchored("XXXX-\(code)", precision: code.hasPrefix("H") ? .half : .quarter) }
            return DateValue(parsing: "\(pad(base.year + offset, 4))-\(code)")?.with(basis: relativeBasis)
        case .half(let h, let year):
            if let year { return DateValue.half(year: year, half: h) }
            guard let base = reference?.start else { return .unanchored("XXXX-H\(h)", precision: .half) }
            // "growth slowed in the second half" told in February: last year's, as with quarters.
            let y = (tense == .past && h == 2 && base.month <= 6) ? base.year - 1 : base.year
            return DateValue.half(year: y, half: h, basis: relativeBasis)
        case .namedDay(let named, let year):
            if named == .newYearSeason {
                // "New Year's" on its own means the first days of January.
                let inner: Semantic = year.map { .absolute(DateValue.month(year: $0, month: 1)!) } ?? .month(1, shift: nil)
                return value(of: inner, text: text, tense: tense == .unknown ? .past : tense)?.with(modifier: .start)
            }
            if let year, let d = named.day(in: year) { return .day(d) }
            if tense != .future, let day = inStory(text: text, named.day(in:)) { return day }
            guard let pivot = reference, let base = pivot.start else {
                let fixed = named.day(in: 2000).flatMap { named.fallsOnAFixedDate ? "XXXX-\(pad($0.month, 2))-\(pad($0.day, 2))" : nil } ?? "XXXX-XX-XX"
                return .unanchored(fixed, precision: .day)
            }
            let candidates = (base.year - 1...base.year + 1).compactMap { named.day(in: $0) }.map { DateValue.day($0) }
            return choose(candidates, around: pivot, tense: tense)?.with(basis: relativeBasis)
        case .part(let modifier, let inner):
            guard let v = value(of: inner, text: text, tense: tense) else { return nil }
            // Days keep their value: "late Thursday" is still that Thursday.
            if v.precision.rank <= Precision.day.rank { return v }
            return v.with(modifier: modifier)
        case .daysFrom(let inner, let days):
            guard let day = value(of: inner, text: text, tense: tense) else { return nil }
            guard day.precision == .day, let d = day.start else { return day }
            return .day(d.adding(days: days), basis: day.basis)
        case .monthOfNarrative(let m):
            // "U.S. forces landed at Inchon in September 1950, and Chinese troops entered the war that
            // October": the year of the date last told.
            guard let year = anchor?.start?.year else { return .unanchored("XXXX-\(pad(m, 2))", precision: .month) }
            return DateValue.month(year: year, month: m, basis: Basis(.relative, "'\(text)' in the year of \(anchor!.value)"))
        case .yearsBefore(let inner, let years):
            guard let now = value(of: inner, text: text, tense: tense), let d = now.start, now.isAnchored else { return nil }
            let basis = Basis(.relative, "'\(text)': \(years) years before \(now.value)")
            if now.precision == .month { return DateValue.month(year: d.year - years, month: d.month, basis: basis) }
            guard now.precision == .day else { return nil }
            // February 29 falls back on the 28th in a common year.
            let day = Day(year: d.year - years, month: d.month, day: d.day) ?? Day(year: d.year - years, month: d.month, day: d.day - 1)
            return day.map { DateValue.day($0, basis: basis) }
        case .weekOfMonth(let inner, let ordinal):
            // The month's weeks are those whose Thursday falls in it, as ISO counts a year's: the first
            // holds the 4th, the last the day three before the month's end.
            guard let month = value(of: inner, text: text, tense: tense) else { return nil }
            guard month.precision == .month, let first = month.start, let last = month.end else {
                return .unanchored("XXXX-WXX", precision: .week)
            }
            let day = ordinal > 0 ? first.adding(days: 3 + 7 * (ordinal - 1)) : last.adding(days: -3)
            let week = DateValue.week(containing: day, basis: month.basis)
            // A fifth week only when the month has a fifth Thursday.
            guard let monday = week.start, monday.adding(days: 3) <= last else { return nil }
            return week
        case .weekOf(let inner):
            guard let day = value(of: inner, text: text, tense: tense) else { return nil }
            guard day.precision == .day, let d = day.start else { return day }
            return .week(containing: d, basis: day.basis)
        case .clock(let h, let m, let on):
            let pageDay = standsAlone ? reference.flatMap { $0.precision.rank <= Precision.day.rank ? $0 : nil } : nil
            let day = on.flatMap { value(of: $0, text: text, tense: tense) } ?? pageDay ?? dayAnchor
            guard let day, day.precision.rank <= Precision.day.rank, let d = day.start else {
                // ("Nov. 23 06:30 am JST" with no year known: the day stays told, "XXXX-11-23T06:30".)
                if let day, day.value.hasPrefix("XXXX-"), day.value.count == 10 {
                    return .unanchored("\(day.value)T\(pad(h, 2)):\(pad(m, 2))", precision: .minute)
                }
                return .unanchored("XXXX-XX-XXT\(pad(h, 2)):\(pad(m, 2))", precision: .minute)
            }
            return .minute(d, hour: h, minute: m, basis: on == nil ? relativeBasis : day.basis)
        case .partOfDay(let part, let on):
            guard let day = value(of: on, text: text, tense: tense) else { return nil }
            guard day.precision == .day, let d = day.start else { return day }
            return .partOfDay(d, part, basis: day.basis)
        case .duration(let v), .set(let v):
            return .unanchored(v)
        case .reference(let v):
            return .unanchored(v)
        }
    }

    // MARK: - Helpers

    /// Picks the candidate year for a date written without one: the one the tense points to ("said in
    /// December" from January is last December) when it lies in the document's year or within about eight
    /// months (a month named alone and told as past: always), else the nearest, preferring the document's
    /// own year on a tie.
    private func choose(_ candidates: [DateValue], around pivot: DateValue, tense: Tense, monthAlone: Bool = false) -> DateValue? {
        guard let p = pivot.start else { return candidates.first }
        let pEnd = pivot.end ?? p
        var directed: DateValue?
        switch tense {
        case .past: directed = candidates.last(where: { $0.start! <= pEnd })
        case .future: directed = candidates.first(where: { $0.end! >= p })
        default: break
        }
        // Within the document's year the tense decides ("stepped down in March" in a November piece);
        // across a year boundary only within about eight months ("was shot on Oct. 23" in a May piece is
        // last October), as a year would be written out beyond that. Five months was too short: the
        // nearer date then overrode a plain past or future tense.
        // (A pivot known only as a year or month has no before and after within it.)
        if let directed, distance(directed, p) <= 240 || (p == pEnd && directed.start!.year == p.year) { return directed }
        // A month named alone and told as past is the past one beyond that too ("opened a centre in Vienna in
        // March" in a February piece is last March): a month to come would be told with "will" or "next". (A
        // plan misread as told ahead is more common: "agreed to arrange visits during their summit in
        // November" is last November. So is the month the story is written in: "mid-November" is this one.)
        if let directed, monthAlone, tense == .past, p == pEnd, directed.start!.month != p.month { return directed }
        // News mostly reports what has happened: without a tense cue, a date ahead wins only when it is
        // less than half as far ("from $29.75 in March" in an October piece is this past March). Measured on
        // the TempEval corpus: +3 values at twice the distance, fewer at 1.25x, 1.5x, 3x and 4x.
        func weighted(_ v: DateValue) -> Int { v.start! > pEnd && tense == .unknown ? distance(v, p) * 2 : distance(v, p) }
        return candidates.min { a, b in
            let da = weighted(a), db = weighted(b)
            return da != db ? da < db : a.start!.year == p.year
        }
    }

    private func distance(_ v: DateValue, _ p: Day) -> Int {
        if v.start! <= p && p <= v.end! { return 0 }
        return min(abs(v.start!.serial - p.serial), abs(v.end!.serial - p.serial))
    }

    private func weekday(_ w: Int, shift: Int?, tense: Tense, basis: Basis) -> DateValue? {
        guard let reference, let refDay = reference.start else { return .unanchored("XXXX-WXX-\(w)", precision: .day) }
        guard reference.precision.rank <= Precision.day.rank else {
            // The document date is only known as an interval: the weekday lies somewhere in it.
            let note = "a \(MonthNames.weekdays[w - 1]) near the document date \(reference.value), itself \(reference.basis.kind.rawValue)"
            return reference.with(basis: Basis(.inferred, note))
        }
        let r = refDay.weekday
        let day: Day
        switch shift {
        case .some(-1): day = refDay.adding(days: -((r - w + 7) % 7 == 0 ? 7 : (r - w + 7) % 7))
        case .some(1): day = refDay.adding(days: (w - r + 7) % 7 == 0 ? 7 : (w - r + 7) % 7)
        case .some(0): day = refDay.adding(days: w - r)
        default:
            let ahead = (w - r + 7) % 7, back = (r - w + 7) % 7
            switch tense {
            case .future: day = refDay.adding(days: ahead)
            case .past: day = refDay.adding(days: -back)
            // No tense cue: the nearer one, the past on a tie ("Tuesday" in Monday's paper is tomorrow).
            default: day = refDay.adding(days: ahead <= 1 && ahead < back ? ahead : -back)
            }
        }
        return .day(day, basis: basis)
    }

    /// `base` moved by `offset` units, at the unit's precision.
    private func shifted(_ base: DateValue, unit: String, by offset: Int, tense: Tense) -> DateValue? {
        guard let start = base.start, let end = base.end else { return nil }
        let unitPrecision = Resolver.precision(unit)
        // A base coarser than the unit cannot place it exactly ("yesterday" in an article known only by
        // its month): keep the base's interval and say so.
        if base.precision.rank > unitPrecision.rank, unit != "Y", unit != "DE", unit != "CE" {
            guard let a = at(start, unit: unit, offset: offset, tense: tense), let b = at(end, unit: unit, offset: offset, tense: tense) else { return nil }
            if a.value == b.value { return a }
            // The honest answer is the span of every place the unit could be.
            // A span of possible places is no finer than what it was computed from.
            var v = a.through(b)
            v.precision = base.precision
            v.basis = Basis(.inferred, "somewhere in \(a.start!.iso)..\(b.end!.iso), as the document date is only known as \(base.value)")
            return v
        }
        return at(start, unit: unit, offset: offset, tense: tense)
    }

    private func at(_ d: Day, unit: String, offset: Int, tense: Tense) -> DateValue? {
        switch unit {
        case "D": return .day(d.adding(days: offset))
        case "W": return .week(containing: d.adding(days: 7 * offset))
        case "WE":
            if offset == 0 {
                // "the weekend": the one just past in a past-tense clause, unless we are in it.
                if tense == .past || (tense != .future && d.weekday < 6) {
                    return d.weekday >= 6 ? .weekend(containing: d) : .weekend(containing: d.adding(days: -7))
                }
                return .weekend(containing: d)
            }
            return .weekend(containing: d.adding(days: 7 * offset))
        case "M":
            let m = d.adding(months: offset)
            return .month(year: m.year, month: m.month)
        case "Q":
            let index = d.year * 4 + (d.month - 1) / 3 + offset
            return .quarter(year: index / 4, quarter: index % 4 + 1)
        case "Y": return .year(d.year + offset)
        case "DE": return .decade(d.year / 10 + offset)
        case "CE": return .century(d.year / 100 + offset)
        default: return nil
        }
    }

    static func precision(_ unit: String) -> Precision {
        switch unit {
        case "D": return .day
        case "W": return .week
        case "WE": return .weekend
        case "M": return .month
        case "Q": return .quarter
        case "Y": return .year
        case "DE": return .decade
        case "CE": return .century
        default: return .minute
        }
    }

    static func unknownValue(_ unit: String) -> String {
        switch unit {
        case "D": return "XXXX-XX-XX"
        case "W": return "XXXX-WXX"
        case "WE": return "XXXX-WXX-WE"
        case "M": return "XXXX-XX"
        case "Q": return "XXXX-QX"
        case "DE": return "XXX"
        case "CE": return "XX"
        default: return "XXXX"
        }
    }

    static func replaceYear(_ value: String, _ year: Int) -> String {
        pad(year, 4) + value.dropFirst(4)
    }
}
