import Chronology

/// A happening told by how long before the sentence's own it came: "Blinken met Netanyahu on Wednesday,
/// hours after Hamas delivered its response", "Modi and Putin held talks on Tuesday, a day after Modi
/// arrived in Moscow". TimeML tags "a day" as a length; the timeline still owes the reader the earlier
/// happening, dated from the sentence's day.
enum OffsetClause {
    /// The clause after the measured "after", where it starts and ends in `sentence` (scalar offsets),
    /// the measure's own offsets, and how long before the sentence's day it happened. Only after the
    /// sentence's date, and only a clause with a subject and a verb ("a day after meeting Qatari officials"
    /// has none).
    /// With `afterComing`, the measure must follow "came" or "comes" ("The meeting came a day after ...").
    /// A clause may also be a happening someone owns: "a week after Chancellor Olaf Scholz's phone call with
    /// Russian President Vladimir Putin" (`isNounPhrase`).
    static func find(in sentence: String, after dateEnd: Int, afterComing: Bool = false)
        -> (clause: Range<Int>, measure: Range<Int>, span: Span, isNounPhrase: Bool)? {
        // Asked of every dated sentence: most have no measured "after" at all.
        guard FastText.contains(sentence, " after ") else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        for (measure, span) in measures {
            let marker = " " + measure + " after "
            guard let at = FastText.lastOffset(of: marker, in: scalars), at >= dateEnd else { continue }
            if afterComing, !["came", "comes"].contains(FastText.string(scalars[..<at]).split(separator: " ").last.map(String.init) ?? "") { return nil }
            let start = at + marker.unicodeScalars.count
            // The clause ends at its comma ("83,105" is a number).
            let end = (start..<scalars.count).first { k in
                [",", ";", "\u{2014}"].contains(scalars[k]) && (k + 1 == scalars.count || !FastText.isDigit(scalars[k + 1]))
            } ?? scalars.count
            let words = FastText.string(scalars[start..<end]).split(separator: " ").map(String.init)
            guard words.count >= 3, opensWithSubject(words) else { return nil }
            if words.prefix(7).dropFirst().contains(where: EventTitler.isVerb) { return (start..<end, (at + 1)..<(start - 1), span, false) }
            guard ownedHappening(words) else { return nil }
            return (start..<end, (at + 1)..<(start - 1), span, true)
        }
        return nil
    }

    /// How far back a measure counts: days ("hours after" is the same day) or months.
    enum Span {
        case days(Int)
        case months(Int)
    }

    /// Measures of time before "after", and how far back they count.
    private static let measures: [(String, Span)] = [
        ("a day", .days(1)), ("one day", .days(1)), ("two days", .days(2)), ("three days", .days(3)), ("four days", .days(4)),
        ("five days", .days(5)), ("a week", .days(7)), ("one week", .days(7)), ("two weeks", .days(14)), ("a fortnight", .days(14)),
        ("three weeks", .days(21)), ("hours", .days(0)), ("just hours", .days(0)), ("only hours", .days(0)),
        ("a month", .months(1)), ("one month", .months(1)), ("two months", .months(2)), ("a year", .months(12)), ("one year", .months(12)),
    ]

    /// "Chancellor Olaf Scholz's phone call with ...", "Putin's visit to Pyongyang": a name in the possessive,
    /// then within two words a happening noun.
    private static func ownedHappening(_ words: [String]) -> Bool {
        guard let owner = words.prefix(5).firstIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") }),
              words[...owner].allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        return words[(owner + 1)...].prefix(2).contains { EventTitler.happeningNouns.contains(EventTitler.clean($0).lowercased()) }
    }

    /// A name, an article or a personal pronoun opens the clause: "North Korea claimed", "a Chinese coast
    /// guard vessel fired", "he attended"; not a participle ("meeting Qatari officials").
    private static func opensWithSubject(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return first.first?.isUppercase == true || ["the", "a", "an", "he", "she", "they", "it"].contains(first)
    }
}

extension EventExtractor {
    /// The earlier happening a dated sentence measures itself from ("..., a day after Modi arrived in
    /// Moscow"), as a candidate of its own quoting the same sentence; nil when there is none.
    /// With no `timex`, the sentence has no date of its own and `date` is the day of the event told just
    /// before ("The meeting came a day after Kishida wrapped up a visit to Seoul").
    /// `quote` (the sentence quoted) is built only for a clause found: this is asked of every sentence.
    /// `dates` are the sentence's date phrases: a clause naming its own day ("a day after Kim arrived on
    /// Sunday") is dated by it, not measured.
    func offsetEvent(in text: String, textStart: Int, after timex: TimeExpression?, date: DateValue, dates: [TimeExpression],
                     principal: String?, quoted: Range<Int>, quote: @autoclosure () -> String, article: ArticleRef, reference: DateValue?, confidence: Double,
                     actorsOf: (String) -> [String]) -> EventCandidate? {
        guard date.precision.rank <= Precision.day.rank, let day = date.start, date.isAnchored,
              let found = OffsetClause.find(in: text, after: timex.map { $0.range.upperBound - textStart } ?? 0, afterComing: timex == nil),
              !dates.contains(where: { $0.date.precision.rank <= Precision.day.rank && found.clause.contains($0.range.lowerBound - textStart) })
        else { return nil }
        let scalars = Array(text.unicodeScalars)
        var clause = FastText.string(scalars[found.clause])
        // "a day after he attended a conservative conference", "a week after it launched a missile": the
        // pronoun stands for whom the sentence is about.
        if let pronoun = ["he ", "she ", "it "].first(where: clause.hasPrefix) {
            guard let principal, (gazetteer.entries[principal]?.kind == .person) == (pronoun != "it ") else { return nil }
            clause = principal + " " + clause.dropFirst(pronoun.count)
        }
        // (The measure's offsets run through its "after": "a day after".)
        let phrase = FastText.string(scalars[found.measure])
        let basis = Basis(.relative, "'\(phrase)' \(timex.map { "'\($0.text)'" } ?? "the day told before")")
        // ("a week after" is rarely seven days to the day: the week it fell in; "a year after", the month.)
        let earlier: DateValue
        switch found.span {
        case .months(let months):
            let then = day.adding(months: -months)
            earlier = DateValue.month(year: then.year, month: then.month, basis: basis) ?? DateValue.day(then, basis: basis)
        case .days(let days) where days >= 7:
            earlier = DateValue.week(containing: day.adding(days: -days), basis: basis)
        case .days(let days):
            earlier = DateValue.day(day.adding(days: -days), basis: basis)
        }
        let start = textStart + found.measure.lowerBound
        let measure = TimeExpression(range: start..<(start + phrase.unicodeScalars.count), text: phrase, type: .date, date: earlier, tense: .past)
        // The clause holds no date phrase of its own to leave out of its headline.
        var undated = measure
        undated.range = (textStart + found.clause.lowerBound)..<(textStart + found.clause.lowerBound)
        let (title, clausePrincipal) = found.isNounPhrase
            ? (EventTitler.headline(clause.split(separator: " ").map(String.init)), nil)
            : EventTitler.title(sentence: clause, timex: undated, sentenceStart: textStart + found.clause.lowerBound, gazetteer: gazetteer)
        let actors = actorsOf(clause)
        let kind = EventKind.classify(title)
        return EventCandidate(
            article: article, sentence: quoted, text: quote(), timex: measure, date: earlier, actors: actors,
            kind: kind == .other ? EventKind.classify(clause) : kind,
            status: EventExtractor.status(of: clause, timex: measure, date: earlier, reference: reference),
            title: title, principal: clausePrincipal, confidence: confidence, words: EventMatcher.contentWords(clause),
            people: actors.filter { gazetteer.entries[$0]?.kind == .person },
            states: actors.filter { gazetteer.entries[$0]?.kind == .state }, namedDay: nil)
    }
}
