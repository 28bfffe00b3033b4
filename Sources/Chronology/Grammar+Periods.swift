/// Periods of the narrative and of company reports: "the year", "year-ago results", "year-end", "this
/// year's third quarter".
extension Grammar {
    /// "the year", "the full year", "the fiscal year", "the week": the year or week the narrative is in
    /// ("sales for the year rose", "for the week, the index dropped"). Before "ended" or "ending" the
    /// phrase is the length of an accounting period ("the year ended Sept. 30": P1Y, the date apart).
    func periodOfNarrative(_ i: Int) -> Parse? {
        var j = i + 1
        if isAny(j, ["full", "fiscal"]) { j += 1 }
        let unitCode: String
        if isWord(j, "year") {
            unitCode = "Y"
        } else if j == i + 1, isWord(j, "week") {
            unitCode = "W"
        } else if j == i + 1, isWord(j, "month") {
            unitCode = "M"
        } else {
            return nil
        }
        // "by the year's end", "the year-end": the end of the document's year.
        if unitCode == "Y", let end = yearEnd(j) { return Parse(start: i, end: end.end, semantic: end.semantic, type: .date) }
        // "the year 2000", "the year two thousand": the year named.
        if unitCode == "Y", let named = dated(j + 1), case .absolute(let v) = named.semantic, v.precision == .year {
            return Parse(start: i, end: named.end, semantic: named.semantic, type: .date)
        }
        // "The week before, negotiators had met": the week before the one last mentioned. ("The year
        // before" mostly compares figures, "down from $450 million the year before": TimeBank leaves it.)
        if unitCode != "Y", standsAloneAfter(j + 1) {
            return Parse(start: i, end: j + 2, semantic: .anaphoric(unitCode: unitCode, offset: isWord(j + 1, "before") ? -1 : 1), type: .date)
        }
        // "the year before", "the year of the dragon", "the week-long talks": other readings.
        if isAny(j + 1, ["before", "after", "earlier", "later", "of", "-", "in", "when", "that", "which"]) || number(j + 1) != nil
            || entry(Lexicon.numberWords, j + 1) != nil {
            return nil
        }
        if isAny(j + 1, ["ended", "ending", "to"]) {
            return Parse(start: i, end: j + 1, semantic: .duration("P1\(unitCode)"), type: .duration)
        }
        return Parse(start: i, end: j + 1, semantic: .anaphoric(unitCode: unitCode, offset: 0), type: .date)
    }

    /// "year-earlier results", "year-ago profit": a year before the period being reported, that is before
    /// the document (the same quarter a year before, when the narrative is in a quarter).
    func yearAgoAdjective(_ i: Int) -> Parse? {
        // Read from the article too, or "a year" would be taken for a length first.
        if isWord(i, "a"), isWord(i + 1, "year") { return yearAgoAdjective(i + 1) }
        guard isWord(i, "year"), isWord(i + 1, "-"), joined(i + 1), isAny(i + 2, ["earlier", "ago"]), joined(i + 2) else { return nil }
        // "a year-earlier" stands alone only as a misspelt "a year earlier" (not before a noun: "a
        // year-earlier loss"); "one year-ago" is a count.
        if isWord(i - 1, "a"), !(i + 3 < tokens.count && tokens[i + 3].kind == .word) { return nil }
        if isWord(i - 1, "one") || number(i - 1) != nil || isWord(i - 1, "-") { return nil }
        return Parse(start: i, end: i + 3, semantic: .ago(unitCode: "Y", count: 1), type: .date)
    }

    /// "year-end", "year end", "year's end": the end of the document's year ("complete the deal by
    /// year-end"); "since year-end" looks back to the last one.
    func yearEnd(_ i: Int) -> Parse? {
        // "a year-end rally" is no year long: the article stays outside, as with other dates.
        if isWord(i, "a") { return yearEnd(i + 1) }
        let end: Int
        if isWord(i, "year"), isWord(i + 1, "'s"), isWord(i + 2, "end") {
            end = i + 3
        } else if isWord(i, "year"), isWord(i + 1, "-"), joined(i + 1), isWord(i + 2, "end"), joined(i + 2) {
            end = i + 3
        } else if isWord(i, "year"), isWord(i + 1, "end") {
            end = i + 2
        } else {
            return nil
        }
        // "each year-end" is a set, read elsewhere; "since (the) year-end" is the last one.
        if isAny(i - 1, ["each", "every"]) { return nil }
        let before = isWord(i - 1, "the") ? i - 2 : i - 1
        let year: Semantic = .deictic(unitCode: "Y", offset: isWord(before, "since") ? -1 : 0)
        return Parse(start: i, end: end, semantic: .part(.end, year), type: .date)
    }

    /// After "this year's", "last year's": "third quarter", "first half" ("this year's third quarter");
    /// a bare "quarter" or "period" is the quarter being reported, a year back ("last year's quarter").
    func quarterOfPossessiveYear(_ i: Int, shift: Int) -> Parse? {
        if isAny(i, ["quarter", "period"]) {
            guard shift == -1 else { return nil }
            return Parse(start: i, end: i + 1, semantic: .quarter(nil, year: nil, offset: -5), type: .date)
        }
        guard let ordinal = entry(Lexicon.ordinals, i) else { return nil }
        var j = i + 1
        if isWord(j, "-"), joined(j) { j += 1 }
        if isWord(j, "fiscal") { j += 1 }
        switch word(j) {
        case "quarter" where (1...4).contains(ordinal):
            return Parse(start: i, end: j + 1, semantic: .partOfYear("Q\(ordinal)", yearOffset: shift), type: .date)
        case "half" where (1...2).contains(ordinal) || ordinal == -1:
            return Parse(start: i, end: j + 1, semantic: .partOfYear(ordinal == 1 ? "H1" : "H2", yearOffset: shift), type: .date)
        default: return nil
        }
    }
}
