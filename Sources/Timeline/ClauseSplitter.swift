import Chronology

/// Splits a sentence that tells two dated happenings into its clauses: "In 1991, the two Koreas signed
/// a basic agreement, and in 2018 leaders Moon Jae-in and Kim Jong Un declared at Panmunjom ..." is two
/// events, each with its own date and actors.
enum ClauseSplitter {
    /// The clauses of `sentence`: split after ", and", ", but", ", while" or ";" only where the clauses on both
    /// sides each hold a date of their own (`dated`, the ranges of the sentence's calendar dates), the
    /// second one a date of a happening (`happenings`: not "since 2000"), and the second has a subject
    /// and a verb. Outside quotations only: a quoted list of dates is one saying. Nor inside brackets:
    /// "at 10:30 a.m. (local time; 0:30 a.m. on November 16, Japan time)" gives one time twice.
    static func split(_ sentence: Range<Int>, scalars: [Unicode.Scalar], dated: [Range<Int>], happenings: [Range<Int>]) -> [Range<Int>] {
        guard dated.count >= 2, !happenings.isEmpty else { return [sentence] }
        var clauses: [Range<Int>] = []
        var start = sentence.lowerBound
        var quoteOpen = false
        var bracketDepth = 0
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            defer { i += 1 }
            let c = scalars[i]
            if c == "\"" || c == "\u{201C}" || c == "\u{201D}" { quoteOpen.toggle() }
            if c == "(" { bracketDepth += 1 } else if c == ")" { bracketDepth = max(0, bracketDepth - 1) }
            guard !quoteOpen, bracketDepth == 0, c == "," || c == ";", let next = clauseStart(after: i, scalars: scalars, end: sentence.upperBound) else { continue }
            let left = start..<i, right = next..<sentence.upperBound
            guard dated.contains(where: { left.contains($0.lowerBound) }), happenings.contains(where: { right.contains($0.lowerBound) }),
                  wordCount(left, scalars) >= 4, hasVerb(right, scalars: scalars, dated: dated) else { continue }
            clauses.append(left)
            start = next
        }
        clauses.append(start..<sentence.upperBound)
        return clauses
    }

    /// Where the next clause starts after the punctuation at `i`: past "; " or past ", and " / ", but " / ", while ".
    private static func clauseStart(after i: Int, scalars: [Unicode.Scalar], end: Int) -> Int? {
        guard i + 1 < end, scalars[i + 1] == " " else { return nil }
        if scalars[i] == ";" { return i + 2 }
        // (", while the council will convene in Ankara next spring": a clause of its own too.)
        for conjunction in ["and ", "but ", "while ", "whereas "] {
            let word = Array(conjunction.unicodeScalars)
            if i + 2 + word.count <= end, Array(scalars[(i + 2)..<(i + 2 + word.count)]) == word { return i + 2 + word.count }
        }
        return nil
    }

    private static func wordCount(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int {
        FastText.string(scalars[range]).split(separator: " ").count
    }

    /// A verb outside the clause's dates, after a subject of its own: "in 2018 leaders ... declared", not
    /// "on March 3 and April 5".
    private static func hasVerb(_ range: Range<Int>, scalars: [Unicode.Scalar], dated: [Range<Int>]) -> Bool {
        var text = ""
        var k = range.lowerBound
        for date in dated where range.contains(date.lowerBound) {
            text += FastText.string(scalars[k..<date.lowerBound]) + " "
            k = min(date.upperBound, range.upperBound)
        }
        text += FastText.string(scalars[k..<range.upperBound])
        let clause = text.split(separator: " ").map(String.init)
        // "..., and have not reached a final since 2000": a verb right after "and" shares the subject.
        guard clause.count >= 4, let first = clause.first, !EventTitler.isVerb(first) else { return false }
        return clause.contains { EventTitler.isVerb($0) }
    }
}
