import Chronology

/// Dates for sentences that have none of their own: a live page's entries take their stamp's day, and a
/// story's undated lead the day the page was published.
extension EventExtractor {
    /// An undated first sentence told in the past is the news of the day the article was published: "Vladimir
    /// Putin, who is in Kazakhstan on an official visit, held talks with President Kassym-Jomart Tokayev." under
    /// the Kremlin's "November 9, 2023". Only with a publication date the page states (or the editor gives) to
    /// the day, a verb in the past, a kind of event and someone acting (the caller's check: "The negotiations
    /// began on a hopeful note" opens a narrative); a plan ("will meet") is not the day's news.
    static func leadDate(of text: String, at start: Int, published: DateValue?) -> (TimeExpression, DateValue)? {
        guard let published, [.stated, .given].contains(published.basis.kind), published.precision.rank <= Precision.day.rank,
              let day = published.start, EventKind.classify(text) != .other,
              ![" will ", " would ", " expected to ", " plans to ", " set to ", " due to ", " could ", " may "].contains(where: { FastText.contains(text, $0) }),
              // ("have clashed repeatedly", "have long disputed": what keeps happening is background, not the day's news.)
              !EventExtractor.backgroundAdverbs.contains(where: { FastText.containsWholePhrase(text, $0) }),
              text.split(separator: " ").prefix(25).contains(where: { EventTitler.isPastForm(EventTitler.clean(String($0))) })
        else { return nil }
        let date = DateValue.day(day, basis: Basis(.inferred, "no date in the story's first sentence: the news of the day it was published"))
        return (TimeExpression(range: start..<start, text: "", type: .date, date: date, nominalPrecision: .day), date)
    }

    private static let backgroundAdverbs = ["repeatedly", "long", "often", "for years", "for decades", "for months", "frequently",
                                            "traditionally", "historically", "increasingly", "always", "never", "since"]

    /// A live page's entry stamps: times alone on their lines ("14:05 GMT" over each entry), when the page
    /// has several (one such line is more likely the page's own date).
    static func entryStamps(_ timexes: [TimeExpression], scalars: [Unicode.Scalar]) -> [TimeExpression] {
        let stamps = timexes.filter { t in
            t.type == .time && t.date.precision.rank <= Precision.day.rank && t.date.start != nil && aloneOnItsLine(t, scalars: scalars)
        }
        return stamps.count >= 2 ? stamps : []
    }

    /// A listing's entries, each under its day alone on a line ("26 May 2017" / "The Security Council today
    /// decided ..." / "24 May 2017" / ...): what an entry tells as "today" or "on Monday" is anchored to its own
    /// day, not the page's. The dates of each entry are read again from that day; a page with fewer than two
    /// such days is returned as it was tagged.
    static func anchoredToDayStamps(_ timexes: [TimeExpression], scalars: [Unicode.Scalar], tagger: TemporalTagger) -> [TimeExpression] {
        let stamps = timexes.filter { t in
            t.type == .date && t.date.precision == .day && t.date.basis.kind == .stated && t.date.start != nil
                && aloneOnItsLine(t, scalars: scalars)
        }
        guard stamps.count >= 2, Set(stamps.map(\.date.start)).count >= 2 else { return timexes }
        var result = Array(timexes.prefix { $0.range.lowerBound < stamps[0].range.upperBound })
        for (k, stamp) in stamps.enumerated() {
            let entry = stamp.range.upperBound..<(k + 1 < stamps.count ? stamps[k + 1].range.lowerBound : scalars.count)
            let shifted = tagger.tag(scalars: Array(scalars[entry]), reference: stamp.date).map { t -> TimeExpression in
                var t = t
                t.range = (t.range.lowerBound + entry.lowerBound)..<(t.range.upperBound + entry.lowerBound)
                return t
            }
            result += shifted
            if k + 1 < stamps.count { result.append(stamps[k + 1]) }
        }
        return result
    }

    /// Only blank space between the expression and the line breaks around it.
    private static func aloneOnItsLine(_ t: TimeExpression, scalars: [Unicode.Scalar]) -> Bool {
        func blank(from start: Int, step: Int) -> Bool {
            var k = start
            while k >= 0, k < scalars.count, scalars[k] != "\n" {
                guard FastText.isSpace(scalars[k]) else { return false }
                k += step
            }
            return true
        }
        return blank(from: t.range.lowerBound - 1, step: -1) && blank(from: t.range.upperBound, step: 1)
    }

    /// An undated sentence of a live page's entry happened on the day of the entry's stamp ("16:40 GMT /
    /// Blinken meets Sisi / ... Blinken has met ... al-Sisi in Cairo"); a plan it tells has a date of its own.
    static func entryDate(of text: String, at start: Int, stamps: [TimeExpression]) -> (TimeExpression, DateValue)? {
        guard let stamp = stamps.last(where: { $0.range.upperBound <= start }), let day = stamp.date.start,
              ![" will ", " would ", " expected to ", " plans to ", " set to ", " due to "].contains(where: { FastText.contains(text, $0) })
        else { return nil }
        // The stamp lies outside the sentence: an empty expression at its start stands for it.
        var entry = stamp
        entry.range = start..<start
        entry.type = .date
        entry.date = DateValue.day(day, basis: Basis(.relative, "the day of the live page's entry stamped '\(stamp.text)'"))
        return (entry, entry.date)
    }
}
