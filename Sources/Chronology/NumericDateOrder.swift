/// How a document writes numeric dates: "12/03/2024" is 3 December in American wire copy and 12 March on
/// France 24's or The Times of India's pages. One page keeps one convention, so the page decides.
public enum NumericDateOrder: Sendable {
    case monthFirst, dayFirst

    /// The page's convention: a numeric date that only reads one way ("16/02/2024", "02/16/2024") settles it;
    /// otherwise dates written out with the day first ("12 March 2024") outnumbering those with the month first
    /// ("March 12, 2024") make it day-first, and so does, when they tie, a 24-hour clock after a numeric date
    /// ("11/03/2024 - 18:22": American pages write "6:22 p.m."). Month-first, the wire convention, when
    /// nothing tells.
    public static func of(_ scalars: [Unicode.Scalar]) -> NumericDateOrder { of(scalars, tokens: nil) }

    /// The same; `tokens`, when the caller has them, spares tokenizing the text again.
    static func of(_ scalars: [Unicode.Scalar], tokens: [Token]?) -> NumericDateOrder {
        var ambiguous = false, dayClock = false
        for (first, second, end) in numericDates(scalars) {
            if first > 12 && second <= 12 { return .dayFirst }
            if second > 12 && first <= 12 { return .monthFirst }
            ambiguous = true
            dayClock = dayClock || startsAfternoonClock(scalars, from: end)
        }
        // Most pages have no numeric date at all: only those that do are tokenized a second time.
        guard ambiguous else { return .monthFirst }
        return writtenOrder(Grammar(tokens: tokens ?? Tokenizer.tokenize(scalars))) ?? (dayClock ? .dayFirst : .monthFirst)
    }

    /// Whether a clock past noon without "a.m." or "p.m." ("18:22", "13:05 GMT") follows `start`, after at most
    /// a separator ("11/03/2024 - 18:22", "11/03/2024, 18:22", "11/03/2024 at 18:22").
    static func startsAfternoonClock(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var i = start
        while i < scalars.count, i - start < 5, !FastText.isDigit(scalars[i]), [" ", "-", "–", ",", "|", "a", "t", "\u{A0}"].contains(scalars[i]) { i += 1 }
        guard let (hour, colon) = number(scalars, from: i, maxDigits: 2), colon < scalars.count, scalars[colon] == ":",
              let (minute, end) = number(scalars, from: colon + 1, maxDigits: 2), end - colon == 3 else { return false }
        return (13...23).contains(hour) && minute < 60
    }

    /// The first two numbers of each "a/b/yyyy", "a/b/yy" or "a-b-yyyy" in the text, with where it ends,
    /// found without tokenizing.
    static func numericDates(_ scalars: [Unicode.Scalar]) -> [(Int, Int, end: Int)] {
        var found: [(Int, Int, end: Int)] = []
        var i = 0
        while i < scalars.count {
            defer { i += 1 }
            let separator = scalars[i]
            guard separator == "/" || separator == "-", i > 0, FastText.isDigit(scalars[i - 1]) else { continue }
            var start = i - 1, first = Int(scalars[i - 1].value - 48)
            if start > 0, FastText.isDigit(scalars[start - 1]) {
                start -= 1
                first += 10 * Int(scalars[start].value - 48)
            }
            guard start == 0 || !FastText.isLetterOrDigit(scalars[start - 1]),
                  let (second, afterSecond) = number(scalars, from: i + 1, maxDigits: 2),
                  afterSecond < scalars.count, scalars[afterSecond] == separator,
                  let (_, end) = number(scalars, from: afterSecond + 1, maxDigits: 4),
                  (separator == "/" ? [2, 4] : [4]).contains(end - afterSecond - 1), end == scalars.count || !FastText.isLetterOrDigit(scalars[end]) else { continue }
            found.append((first, second, end))
            i = end - 1
        }
        return found
    }

    /// "12 March" against "March 12": which way the page writes a day and its month in words; nil when
    /// neither way outnumbers the other.
    static func writtenOrder(_ grammar: Grammar) -> NumericDateOrder? {
        var dayFirst = 0, monthFirst = 0
        for i in grammar.tokens.indices where grammar.month(i) != nil {
            if grammar.dayOfMonth(i - 1) != nil { dayFirst += 1 } else if grammar.dayOfMonth(grammar.afterOptionalPeriod(i + 1)) != nil { monthFirst += 1 }
        }
        return dayFirst == monthFirst ? nil : dayFirst > monthFirst ? .dayFirst : .monthFirst
    }

    private static func number(_ scalars: [Unicode.Scalar], from start: Int, maxDigits: Int) -> (Int, Int)? {
        var end = start, value = 0
        while end < scalars.count, FastText.isDigit(scalars[end]), end - start < maxDigits {
            value = value * 10 + Int(scalars[end].value - 48)
            end += 1
        }
        guard end > start, end == scalars.count || !FastText.isDigit(scalars[end]) else { return nil }
        return (value, end)
    }
}
