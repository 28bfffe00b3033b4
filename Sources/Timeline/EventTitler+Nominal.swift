import Chronology

extension EventTitler {
    /// Words that cannot open the noun a date modifies ("the 2018 summit"): what follows the date is a
    /// clause or a preposition, not a noun.
    private static let notNouns: Set<String> = [
        "and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "from", "with", "after", "before", "since", "until",
        "that", "which", "who", "when", "where", "as", "than", "is", "was", "were", "are", "will", "would", "has", "had", "have",
        "the", "a", "an", "this", "last", "next", "local", "time", "gmt", "utc", "until", "through", "deadline",
    ]

    private static let phrasePrepositions: Set<String> = [
        "between", "with", "in", "near", "at", "of", "on", "over", "against", "by", "among", "for", "off", "along", "across",
    ]

    /// The event a date names inside a noun phrase: "the November 15 meeting between President Biden and
    /// President Xi in Woodside, California" is a meeting on November 15, whatever the sentence's own
    /// verb tells ("discussed the need ... following" it). Nil when the date is not such a modifier.
    /// Reads only a window around the expression: it is asked for every date of a sentence, and a
    /// sentence can be a megabyte-long line.
    static func nominalEvent(scalars: [Unicode.Scalar], sentence: Range<Int>, timex: TimeExpression) -> [String]? {
        let lo = timex.range.lowerBound, hi = timex.range.upperBound
        guard sentence.lowerBound + 4 <= lo, lo < hi, hi < sentence.upperBound, scalars[hi] == " ", scalars[lo - 1] == " ",
              scalars[lo - 2] == "e" || scalars[lo - 2] == "E" else { return nil }
        let before = FastText.string(scalars[max(sentence.lowerBound, lo - 12)..<lo]).split(separator: " ")
        // "the" points back to a happening of its own; "walked into a New Year's Eve celebration" is where
        // the sentence's own event took place.
        guard let determiner = before.last, determiner.lowercased() == "the" else { return nil }
        let after = FastText.string(scalars[hi..<min(sentence.upperBound, hi + 400)]).split(separator: " ").map(String.init)
        guard let noun = after.first, noun.first?.isLetter == true, !notNouns.contains(clean(noun).lowercased()),
              noun.first?.isLowercase == true, !isVerbForm(noun) else { return nil }
        var phrase: [String] = []
        for (i, word) in after.enumerated() {
            let bare = clean(word)
            if i > 0, word.first?.isLowercase == true, isVerbForm(word) || ["that", "which", "who", "where", "when"].contains(bare) { break }
            if i > 0, bare == "and", i + 1 < after.count, after[i + 1].first?.isLowercase == true, isVerbForm(after[i + 1]) { break }
            phrase.append(bare.isEmpty ? word : bare)
            if word.last.map({ ",;:.!?”\")".contains($0) }) == true || phrase.count == 14 { break }
        }
        // The noun needs what says which one it is: "the 2018 summit in Singapore", "the December 10
        // incident near the shoal". A bare noun ("the 1953 armistice", "the 1961 election left ...") says
        // too little, or is the subject of the sentence's own verb.
        guard phrase.count >= 3, phrasePrepositions.contains(phrase[1].lowercased()) else { return nil }
        return phrase
    }

    /// A finite verb or an "-ing" form that continues the clause ("raised", "says", "showing").
    private static func isVerbForm(_ word: String) -> Bool {
        let w = clean(word).lowercased()
        return isVerb(w) || (w.hasSuffix("ing") && w.count > 5 && !["meeting", "hearing", "bombing", "shooting", "uprising", "briefing", "signing", "opening", "gathering", "ruling", "killing", "landing", "offering", "building"].contains(w))
    }
}
