import Chronology

/// Splits paragraphs into sentences, surviving news text: abbreviations ("U.S.", "Jan. 3", "Mr Abe",
/// "p.m."), initials, decimals, and quotations that run over several sentences.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "gov", "sen", "rep", "st", "rev",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "no", "inc", "corp", "co", "ltd", "jr", "sr", "mt", "ft", "approx", "est", "dept", "govt", "u.s",
        "u.n", "u.k", "e.u", "a.m", "p.m", "i.e", "e.g", "etc", "al", "ave", "blvd", "fig", "vol", "h.e",
    ]

    /// Sentence ranges (Unicode-scalar offsets) within `range` of `scalars`, trimmed of spaces.
    public static func split(_ scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        let closesLater = quotesThatClose(scalars, range: range)
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var inQuote = false
        var i = range.lowerBound
        while i < range.upperBound {
            let c = scalars[i]
            if c == "“" || (c == "\"" && !inQuote) {
                if closesLater.contains(i) { inQuote = true }
            } else if c == "”" || c == "\"" {
                // A quotation that ends a sentence inside it: "... We won.” Then he left."
                if inQuote, i > range.lowerBound, ".!?".unicodeScalars.contains(scalars[i - 1]),
                   isBoundary(scalars, period: i - 1, after: i + 1, limit: range.upperBound) {
                    inQuote = false
                    appendTrimmed(scalars, start..<(i + 1), to: &sentences)
                    start = i + 1
                    i += 1
                    continue
                }
                inQuote = false
            }
            if !inQuote, c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < range.upperBound, "”\"’')".unicodeScalars.contains(scalars[end]) { end += 1 }
                if isBoundary(scalars, period: i, after: end, limit: range.upperBound) {
                    appendTrimmed(scalars, start..<end, to: &sentences)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        appendTrimmed(scalars, start..<range.upperBound, to: &sentences)
        return sentences
    }

    /// Offsets of opening quotes whose closing quote is in the same paragraph: only those suspend
    /// splitting (a quote left open to the paragraph's end is split as usual).
    private static func quotesThatClose(_ scalars: [Unicode.Scalar], range: Range<Int>) -> Set<Int> {
        var result: Set<Int> = []
        var open: Int?
        for i in range {
            let c = scalars[i]
            if c == "“" || (c == "\"" && open == nil) { open = i } else if c == "”" || c == "\"", let o = open { result.insert(o); open = nil }
        }
        return result
    }

    private static func isBoundary(_ scalars: [Unicode.Scalar], period: Int, after: Int, limit: Int) -> Bool {
        guard after < limit else { return true }
        guard FastText.isSpace(scalars[after]) else { return false }
        var next = after
        while next < limit, FastText.isSpace(scalars[next]) { next += 1 }
        guard next < limit else { return true }
        // "the U.S. and Japan": a lowercase word goes on with the same sentence.
        if scalars[next].properties.isLowercase { return false }
        // "WOODSIDE, Calif. — President Biden ...": a dash after the period goes on with the dateline.
        if scalars[next] == "—" || scalars[next] == "–" || scalars[next] == "-" { return false }
        // "MOSCOW, June 5. /TASS/.": an agency's mark after the period goes on with the dateline too.
        if scalars[next] == "/" { return false }
        if scalars[period] == "." {
            // "/TASS/. Russian ...": the agency's mark ends the dateline, not a sentence.
            if period > 0, scalars[period - 1] == "/" { return false }
            let word = wordBefore(scalars, period)
            // "J. Smith": a single capital initial.
            if word.count == 1, word.first!.isUppercase { return false }
            if isAbbreviation(word) { return false }
        }
        return true
    }

    private static func isAbbreviation(_ word: String) -> Bool {
        abbreviations.contains(word.lowercased())
    }

    private static func wordBefore(_ scalars: [Unicode.Scalar], _ i: Int) -> String {
        var j = i
        while j > 0, scalars[j - 1].properties.isAlphabetic || scalars[j - 1] == "." { j -= 1 }
        return FastText.string(scalars[j..<i])
    }

    private static func appendTrimmed(_ scalars: [Unicode.Scalar], _ r: Range<Int>, to list: inout [Range<Int>]) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, FastText.isSpace(scalars[lo]) { lo += 1 }
        while hi > lo, FastText.isSpace(scalars[hi - 1]) { hi -= 1 }
        if lo < hi { list.append(lo..<hi) }
    }
}
