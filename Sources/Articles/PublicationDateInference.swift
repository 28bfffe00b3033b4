import Chronology
import Foundation

/// Estimates when an undated article was published from the evidence its text holds, as an interval
/// with a confidence. It prefers an honest month or year to a confident wrong day.
///
/// Evidence, strongest first: a copyright year ("©2024"); the latest explicit date the story tells in
/// the past; dates it names without a year (month names, holidays) told in the past or the future; and
/// dates in the page furniture around the story (a sidebar's "Jan. 15 – 21"), which were current when
/// the page was captured.
struct PublicationDateInference {
    /// Reads the body and the furniture apart, so it is told how the whole page writes numeric dates.
    var tagger = TemporalTagger()

    struct Estimate {
        var date: DateValue
        var confidence: Double
        var explanation: String
    }

    func estimate(body: String, boilerplate: [String], fullText: String) -> Estimate? {
        let found = tagger.tag(body, reference: nil)
        // (Named with its number: "a year earlier" is a year before some other date, maybe one to come.)
        let explicitPast = found.filter {
            $0.type == .date && $0.date.isAnchored && !$0.value.hasPrefix("X") && $0.tense != .future && !$0.value.contains("/")
                && $0.text.contains(where: \.isNumber)
        }
        let latest = explicitPast.max { $0.date.end! < $1.date.end! }
        let unyearedPast = found.filter { $0.value.hasPrefix("XXXX-") && $0.tense == .past && PublicationDateInference.isCalendarPosition($0.value) }
        // Only month names bound the date from above: a holiday's name is often used attributively
        // ("since the New Year's message") whatever the tense of the clause.
        let unyearedFuture = found.filter { $0.value.hasPrefix("XXXX-") && $0.value.count == 7 && $0.tense == .future }

        let weekdayDates = PublicationDateInference.weekdayDates(in: found)
        // ("A final report is due in 2022": the story was told no later than a year it looks ahead to.)
        let earliestFutureYear = weekdayDates.isEmpty ? nil : found.lazy.filter { $0.type == .date && $0.tense == .future && $0.date.isAnchored && !$0.value.hasPrefix("X") }
            .compactMap { t in t.date.start.map(\.year).flatMap { t.text.contains(String($0)) ? $0 : nil } }.min()

        var year: Int
        var confidence: Double
        var reasons: [String] = []
        var weekdayConfirmed = false
        let copyright = PublicationDateInference.copyrightYear(in: fullText)
        if let copyright {
            year = copyright
            confidence = 0.6
            reasons.append("the page's copyright year ©\(copyright)")
        } else if let latest, latest.date.precision == .year, !unyearedPast.isEmpty, let y = latest.date.start?.year {
            // A past year named in full, with later happenings named without a year ("his New Year's
            // speech"): the story was written the year after.
            year = y + 1
            confidence = 0.35
            reasons.append("'\(latest.text)' is the latest year the story tells as past, and '\(unyearedPast[0].text)' comes after it without a year")
        } else if let latest, latest.date.precision.rank <= Precision.month.rank, let end = latest.date.end,
                  // ("from 28 to 29 September 2016" and "the visit on September 28-29": a day named without its year
                  // in the two weeks before the latest day named with it is told again, not a year later.)
                  case let after = latest.date.precision == .day ? latest.date.start!.adding(days: -14) : end,
                  let (told, day) = unyearedPast.lazy.compactMap({ t in self.occurrence(of: t.value, after: after).map { (t, $0) } }).first {
            // "met in November 2023" and "won the Nov. 5 election": the next Nov. 5 after it has passed.
            // ("last December" after it: the story is told in the year after that December.)
            year = isOver(told) ? occurrence(of: told.value, in: day.year)?.end?.adding(days: 1).year ?? day.year : day.year
            confidence = 0.35
            let relation = day < end ? "tells a day just before it" : "comes after it"
            reasons.append("'\(latest.text)' is the latest date the story tells as past, and '\(told.text)' \(relation) without a year")
        } else if let latest, !weekdayDates.isEmpty, latest.date.precision.rank <= Precision.year.rank, let y = latest.date.start?.year {
            // ("a rally on Wednesday, Sept. 1" told in no tense after "since 2019": the weekday picks among the years
            // after it. A decade told as past, "the 2000s", leaves too many years open for a weekday to choose from.)
            year = y
            confidence = 0.35
            reasons.append("'\(latest.text)' is the latest date the story tells as past")
        } else {
            return nil
        }
        // (Every branch but the copyright's read `latest` at a year or finer.)
        if copyright == nil, let lowest = latest?.date.start?.year,
           let y = PublicationDateInference.weekdayYear(weekdayDates, lower: lowest, preferred: year, upper: earliestFutureYear) {
            if y != year { reasons.append("'\(weekdayDates[0].text)' is a \(MonthNames.weekdays[weekdayDates[0].weekday - 1]) in \(y)") }
            year = y
            confidence = 0.45
            weekdayConfirmed = true
        }

        var lower = Day(year: year, month: 1, day: 1)!
        var upper = Day(year: year, month: 12, day: 31)!
        // A day its weekday places in `year` is told no later than the story if told as past, no earlier if
        // ahead: "expected to publish figures in April" after "the announcement came on Monday, Dec. 10" is
        // the next April.
        if weekdayConfirmed {
            let told = weekdayDates.compactMap { d in Day(year: year, month: d.month, day: d.day).map { (d.tense, $0) } }
            if let past = told.filter({ $0.0 == .past }).map(\.1).max() { lower = past }
            if let ahead = told.filter({ $0.0 == .future }).map(\.1).min(), ahead >= lower { upper = ahead }
        }
        if let latest, let end = latest.date.start, end.year == year, end > lower {
            lower = end
            reasons.append("it tells '\(latest.text)' as past")
        }
        // ("The previous meeting took place last September": that September is over, so the story is later.)
        // (Once weekdays have placed a day in `year`, a month told as past without its year may be either side of
        // New Year: "rose in March" told after "Monday, Jan. 30" is the March before. A month ahead of that day
        // still bounds the story.)
        let pastStarts = weekdayConfirmed ? [] : unyearedPast.compactMap { t -> Day? in
            guard let told = occurrence(of: t.value, in: year) else { return nil }
            // (A December that is over is the year before's: the story is in `year`.)
            return isOver(t) ? told.end.map { $0.adding(days: 1) }.map { $0.year > year ? Day(year: year, month: 1, day: 1)! : $0 } : told.start
        }.sorted()
        let futureEnds = unyearedFuture.compactMap { occurrence(of: $0.value, in: year)?.end }.sorted()
        var furniture: [Day] = []
        for text in boilerplate {
            for t in tagger.tag(text, reference: nil) where t.type == .date {
                if t.value.hasPrefix("XXXX-"), let d = occurrence(of: t.value, in: year)?.start { furniture.append(d) }
                if let d = t.date.start, t.date.precision == .day, d.year == year { furniture.append(d) }
            }
        }
        if let firstFuture = futureEnds.first, firstFuture >= lower, firstFuture < upper {
            upper = firstFuture
            reasons.append("it looks ahead to '\(unyearedFuture[0].text)'")
        }
        let upperEvidence = futureEnds.first ?? furniture.min()
        // Past references named without a year bound the date from below; with nothing bounding it from
        // above, the earliest is the safe bound (a late-December reference may belong to the year before).
        if let bound = upperEvidence.flatMap({ u in pastStarts.last(where: { $0 <= u }) }) ?? pastStarts.first, bound > lower {
            lower = bound
            reasons.append("it tells '\(unyearedPast[0].text)' as past")
        }
        if let page = furniture.first(where: { $0 >= lower && $0 <= upper }) {
            let monthStart = Day(year: page.year, month: page.month, day: 1)!
            lower = max(lower, monthStart)
            upper = min(upper, Day.lastDay(year: page.year, month: page.month))
            confidence = min(confidence + 0.1, 0.7)
            reasons.append("the page around it carries \(DateValue.dayText(page))")
        }
        guard lower <= upper else { return nil }
        var date: DateValue
        if lower.year == upper.year, lower.month == upper.month {
            date = DateValue.month(year: lower.year, month: lower.month)!
        } else {
            date = DateValue.year(year)!
        }
        date.start = lower
        date.end = upper
        let explanation = "inferred from " + reasons.joined(separator: "; ")
        date.basis = Basis(.inferred, explanation)
        return Estimate(date: date, confidence: confidence, explanation: explanation)
    }

    /// "Iwaya and Li Qiang meet at the Great Hall of the People in Beijing on Dec. 25, 2024. (Kyodo)" under a
    /// story telling "began talks in Beijing on Wednesday": a photo's caption dates the day the story tells
    /// when that day is the weekday the story names, and no date the story tells as past is later.
    /// So does an embedded post's stamp ("— Spokesperson MoFA (@ForeignOfficePk) August 3, 2023") over a story
    /// telling "held talks on Thursday".
    func captionDay(captions: [String], body: String, of source: String = "the photo caption's") -> (day: Day, explanation: String)? {
        // (Most pages have no caption to read: the story is tagged only for one.)
        guard captions.contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
        let told = tagger.tag(body, reference: nil)
        let weekdays = Set(told.compactMap { t -> Int? in
            guard t.value.hasPrefix("XXXX-WXX-"), let w = Int(t.value.dropFirst(9).prefix(1)) else { return nil }
            return w
        })
        guard !weekdays.isEmpty else { return nil }
        // ("a visit from August 02-04, 2023": a range told as past may still be under way; its end is no bound.)
        let scalars = Array(body.unicodeScalars)
        let rangeEnds = Set(zip(told, told.dropFirst()).filter { before, after in
            let between = FastText.string(scalars[before.range.upperBound..<after.range.lowerBound]).trimmingCharacters(in: .whitespaces)
            return ["-", "–", "—", "to", "through", "until"].contains(between)
        }.map(\.1.range.lowerBound))
        let latestPast = told.filter { $0.date.isAnchored && !$0.value.hasPrefix("X") && $0.tense != .future && !rangeEnds.contains($0.range.lowerBound) }
            .compactMap(\.date.start).max()
        for caption in captions {
            for t in tagger.tag(caption, reference: nil) where t.date.precision == .day && !t.value.hasPrefix("X") {
                guard let day = t.date.start, weekdays.contains(day.weekday), latestPast.map({ $0 <= day }) ?? true else { continue }
                return (day, "\(source) '\(t.text)' is the \(MonthNames.weekdays[day.weekday - 1]) the story tells")
            }
        }
        return nil
    }

    /// "— Spokesperson MoFA (@ForeignOfficePk) August 3, 2023": the line under an embedded post, its author's
    /// handle and the day it was posted.
    static func isEmbeddedPostStamp(_ line: String) -> Bool {
        guard line.utf8.count <= 200, let handle = line.range(of: "(@"), let close = line[handle.upperBound...].firstIndex(of: ")")
        else { return false }
        return line[close...].contains(where: \.isNumber)
    }

    /// "last September": a date named without its year that was over when the story was told.
    private func isOver(_ told: TimeExpression) -> Bool { FastText.lowercased(told.text).hasPrefix("last ") }

    /// The day of a wire dateline that names no year ("MOSCOW, June 5. /TASS/.", "Pyongyang, January 10
    /// (KCNA) --"): its first occurrence on or after the latest date the story tells as past. Only dates
    /// named with their month count: a recent happening is told by its month or day, history mostly by
    /// its year alone ("the 1953 armistice"). A weekday the lead tells as past may move it to the next year
    /// that fits, where the day falls on it. A date the story still looks ahead to must not come before it.
    func datelineDay(month: Int, day: Int, body: String) -> (day: Day, explanation: String)? {
        let tagged = tagger.tag(body, reference: nil)
        let found = tagged.filter {
            $0.type == .date && $0.date.isAnchored && !$0.value.hasPrefix("X") && !$0.value.contains("/")
                && ($0.date.precision == .day || $0.date.precision == .month)
        }
        guard var latest = found.filter({ $0.tense != .future }).max(by: { $0.date.end! < $1.date.end! }),
              var past = latest.date.end else { return nil }
        // A year told as past is no later than the story either ("The last was held in Berlin in 2016"):
        // the dateline's day comes after that year began.
        if let year = tagged.filter({ $0.type == .date && $0.date.isAnchored && $0.date.precision == .year && $0.tense == .past && !$0.value.hasPrefix("X") })
            .max(by: { $0.date.start! < $1.date.start! }), let start = year.date.start, start > past {
            (latest, past) = (year, start)
        }
        let fitting = (past.year...(past.year + 8)).compactMap { Day(year: $0, month: month, day: day) }.filter { $0 >= past }
        guard var candidate = fitting.first else { return nil }
        // "Tokyo, March 22 (Jiji Press)--The foreign ministers ... on Saturday confirmed": the lead's weekday is the
        // dateline's day's, which picks between the first year that fits and the next.
        var weekdayNote = ""
        // (A day the lead looks ahead to is another: "Biden and Xi will meet on Saturday".)
        if let lead = tagged.first(where: { $0.range.lowerBound < 300 && $0.value.hasPrefix("XXXX-WXX-") && $0.value.count == 10 }), lead.tense != .future,
           let weekday = Int(lead.value.suffix(1)), candidate.weekday != weekday,
           let next = fitting.dropFirst().first, next.weekday == weekday {
            candidate = next
            weekdayNote = "; '\(lead.text)' in the lead is a \(MonthNames.weekdays[weekday - 1]) in \(next.year)"
        }
        // ("* June 18-19, 2023 - Blinken visits Beijing": a dated entry of a list is told in the historical
        // present, and looks ahead to nothing. Its date may be the second half of a range.)
        let scalars = Array(body.unicodeScalars)
        func opensEntry(_ t: TimeExpression) -> Bool {
            var k = t.range.lowerBound - 1
            while k >= 0, scalars[k] != "\n" {
                if let earlier = tagged.last(where: { $0.range.contains(k) }) {
                    k = earlier.range.lowerBound - 1
                    continue
                }
                guard " *•·-–".unicodeScalars.contains(scalars[k]) else { return false }
                k -= 1
            }
            return true
        }
        if found.contains(where: { $0.tense == .future && $0.date.end! < candidate && !opensEntry($0) }) { return nil }
        return (candidate, "year from '\(latest.text)', the latest date the story tells as past" + weekdayNote)
    }

    /// `XXXX-02`, `XXXX-12-31`, `XXXX-01-01`: a month or day named without its year.
    static func isCalendarPosition(_ value: String) -> Bool {
        let rest = value.dropFirst(5)
        return rest.count == 2 || rest.count == 5 ? rest.allSatisfy { $0.isNumber || $0 == "-" } : false
    }

    /// The first day of the next occurrence of a yearless date ("XXXX-11-05") on or after `day`, within a
    /// year: "met on 31 July 2019" and "issued on July 31" name the same day.
    private func occurrence(of value: String, after day: Day) -> Day? {
        [day.year, day.year + 1].lazy.compactMap { self.occurrence(of: value, in: $0)?.start }.first { $0 >= day }
    }

    private func occurrence(of value: String, in year: Int) -> DateValue? {
        DateValue(parsing: String(format4(year)) + value.dropFirst(4))
    }

    private func format4(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// "copyright" in any case at `i`, compared scalar by scalar: a string per position cost more than the
    /// rest of the inference.
    private static func startsCopyright(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        for (k, letter) in "copyright".unicodeScalars.enumerated() {
            let c = scalars[i + k].value
            guard c == letter.value || c + 32 == letter.value else { return false }
        }
        return true
    }

    /// The year of a North Korean stamp line, "Juche 114 (2025)": the Juche calendar counts from 1912, so
    /// Juche N is N + 1911 (the Gregorian year in brackets, when given, must agree).
    /// ("calendar>>April 14. 2023 Juche 112 |": or inside a short stamp line.)
    static func jucheYear(in text: String) -> Int? {
        // (Asked of every undated page: most have no Juche stamp to look for.)
        guard FastText.contains(text, "Juche") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("Juche ") && line.count <= 20 {
            let parts = line.split(separator: " ")
            guard parts.count >= 2, let n = Int(parts[1]), (1...300).contains(n) else { continue }
            if parts.count == 3, parts[2] != "(\(n + 1911))" { continue }
            if parts.count <= 3 { return n + 1911 }
        }
        for line in text.split(separator: "\n") where line.count <= 60 && !line.hasPrefix("Juche ") {
            let parts = line.split(separator: " ")
            guard let k = parts.firstIndex(of: "Juche"), k + 1 < parts.count, let n = Int(parts[k + 1].filter(\.isNumber)),
                  parts[k + 1].allSatisfy({ $0.isNumber || $0 == "|" }), (1...300).contains(n) else { continue }
            return n + 1911
        }
        return nil
    }

    /// KCNA's stamp under a story, "www.kcna.kp (Juche113.3.26.)": the Juche year, the month and the day.
    static func jucheStamp(in text: String) -> Day? {
        guard FastText.contains(text, "(Juche"), let open = text.range(of: "(Juche"), let close = text[open.upperBound...].firstIndex(of: ")") else { return nil }
        let parts = text[open.upperBound..<close].split(separator: ".")
        guard parts.count == 3, let n = Int(parts[0]), (1...300).contains(n), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return Day(year: n + 1911, month: m, day: d)
    }

    /// "©2024", "© 2024", "Copyright 2024", "(c) 2024", a holder before the year ("© TASS 2024",
    /// "Copyright © The Japan Times 2024"), and a span of years, whose last is the page's ("© 2003-2024").
    static func copyrightYear(in text: String) -> Int? {
        let scalars = FastText.scalars(text)
        var i = 0
        while i < scalars.count {
            var j = -1
            if scalars[i] == "©" { j = i + 1 }
            if j < 0, i + 3 <= scalars.count, scalars[i] == "(", scalars[i + 1] == "c" || scalars[i + 1] == "C", scalars[i + 2] == ")" { j = i + 3 }
            if j < 0, i + 9 <= scalars.count, startsCopyright(scalars, at: i) { j = i + 9 }
            if j >= 0, let year = yearAfterCopyrightMark(scalars, from: j) { return year }
            i += 1
        }
        return nil
    }

    /// The year a copyright mark stamps: after spaces, a second mark and up to four capitalized words of
    /// the holder. A lowercase word ends the search ("copyrighted in 1999", "copyright law of 1998").
    private static func yearAfterCopyrightMark(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        var holderWords = 0
        while j < scalars.count, holderWords <= 4 {
            while j < scalars.count, scalars[j] == " " || scalars[j] == "©" { j += 1 }
            guard j < scalars.count else { return nil }
            if let (year, end) = fourDigitYear(scalars, at: j) {
                var k = end
                while k < scalars.count, scalars[k] == " " { k += 1 }
                if k < scalars.count, "-–—".unicodeScalars.contains(scalars[k]) {
                    k += 1
                    while k < scalars.count, scalars[k] == " " { k += 1 }
                    if let (last, _) = fourDigitYear(scalars, at: k), last > year { return last }
                }
                return year
            }
            guard scalars[j].properties.isUppercase else { return nil }
            while j < scalars.count, scalars[j] != " ", scalars[j] != "\n" { j += 1 }
            holderWords += 1
        }
        return nil
    }

    /// A year 1900-2200 written as exactly four digits at `i`, and where it ends.
    private static func fourDigitYear(_ scalars: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        guard i + 4 <= scalars.count, scalars[i..<i + 4].allSatisfy({ $0.properties.numericType != nil }) else { return nil }
        if i + 4 < scalars.count, scalars[i + 4].properties.numericType != nil { return nil }
        guard let y = Int(String(String.UnicodeScalarView(scalars[i..<i + 4]))), (1900...2200).contains(y) else { return nil }
        return (y, i + 4)
    }
}
