/// One recognized expression: the tokens it covers (`start..<end`) and what it means.
struct Parse {
    var start: Int
    var end: Int
    var semantic: Semantic
    var type: TimexType
}

/// A token's lowercase text as a `switch` subject (and for `isWord`/`isAny`). Its cases compare byte
/// counts before bytes: a `switch` over a `String` calls the general string comparison once per case,
/// for every word the rules look at.
struct Word {
    let text: String

    init(_ text: String?) { self.text = text ?? "" }

    @inline(__always) static func ~= (pattern: String, word: Word) -> Bool {
        pattern.utf8.count == word.text.utf8.count && pattern == word.text
    }
}

/// A hand-written recursive-descent grammar over tokens. Each rule looks at token `i` and returns the
/// longest expression it can read there, or nil. Rules never throw and never index outside `tokens`.
struct Grammar {
    let tokens: [Token]
    /// Tokens where an expression may start, decided once per text (see `mayStart`).
    private let startable: [Bool]
    /// How this text writes "12/03/2024" (see `NumericDateOrder`).
    var numericDateOrder = NumericDateOrder.monthFirst

    init(tokens: [Token]) {
        self.tokens = tokens
        startable = Grammar.mayStart(tokens)
    }

    // MARK: - Token helpers

    func lower(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].lower : nil }
    /// The word at `i` for a `switch` over literals (an empty word outside the text).
    func word(_ i: Int) -> Word { Word(lower(i)) }
    /// Compared in place: wrapping the token's text first (as `word(i)` does) costs a retain per call.
    @inline(__always) func isWord(_ i: Int, _ literal: String) -> Bool {
        guard i >= 0, i < tokens.count else { return literal.isEmpty }
        return tokens[i].is(literal)
    }
    /// Words that open a noun phrase: "three quarters of the vote" is a fraction.
    static let determiners = ["the", "a", "an", "its", "their", "his", "her", "our", "all", "those", "these", "this", "that"]

    /// An array, not a set: the word lists are short literals, and a set literal is hashed anew on every call.
    func isAny(_ i: Int, _ literals: [String]) -> Bool {
        guard i >= 0, i < tokens.count else { return literals.contains("") }
        return literals.contains { isWord(i, $0) }
    }

    /// What `table` says of the word at `i`, found by the hash the tokenizer computed.
    func entry<Value>(_ table: WordTable<Value>, _ i: Int) -> Value? {
        i >= 0 && i < tokens.count ? table[tokens[i]] : nil
    }
    func joined(_ i: Int) -> Bool { i < tokens.count && tokens[i].isJoinedToPrevious }
    func capitalized(_ i: Int) -> Bool { i < tokens.count && tokens[i].isCapitalized }
    func number(_ i: Int) -> Int? { i < tokens.count ? tokens[i].number : nil }
    func digits(_ i: Int) -> Int { i < tokens.count ? tokens[i].digitCount : 0 }

    /// Skips an abbreviation's period: "Jan." reads as "Jan".
    func afterOptionalPeriod(_ i: Int) -> Int { isWord(i, ".") && joined(i) ? i + 1 : i }

    /// "before" or "after" at `i` with nothing after it in the phrase ("The day after, officials met"):
    /// counted from the date last mentioned, not from a date that follows.
    func standsAloneAfter(_ i: Int) -> Bool {
        isAny(i, ["before", "after"]) && (i + 1 >= tokens.count || (tokens[i + 1].kind == .punctuation && !isWord(i + 1, "'s")))
    }

    /// A plausible four-digit year at `i`.
    func year(_ i: Int) -> Int? {
        guard digits(i) == 4, let y = number(i), (1000...2199).contains(y) else { return nil }
        // "$2000", "2000%" and "2000-page" are amounts, not years.
        if isAny(i - 1, ["$", "£", "€", "¥", "#", "no"]) && joined(i) { return nil }
        if isWord(i + 1, "%") { return nil }
        // "resolution 2729 (2024)": the year is part of a UN resolution's number.
        if isWord(i - 1, "("), number(i - 2) != nil, isAny(i - 3, ["resolution", "resolutions"]) { return nil }
        // "Agenda 2063", "Saudi Vision 2030", "the 2030 Agenda", "the Master Plan on ASEAN Connectivity (MPAC)
        // 2025": a plan's name, not its date.
        if isAny(i - 1, Grammar.planNames), capitalized(i - 1) { return nil }
        if isAny(i + 1, Grammar.planNames), capitalized(i + 1) { return nil }
        // ("the NATO 2030 initiative", "the Europe 2020 strategy": a name before the year and a plan after it.)
        if isAny(i + 1, Grammar.planNouns), tokens.indices.contains(i - 1), tokens[i - 1].kind == .word, capitalized(i - 1), !joined(i),
           month(i - 1) == nil, !isAny(i - 1, ["in", "by", "since", "until", "from", "for", "of", "to", "before", "after", "through", "during"]) {
            return nil
        }
        if isWord(i - 1, ")"), i >= 3, isWord(i - 3, "("), tokens[i - 2].kind == .word, tokens[i - 2].isCapitalized,
           tokens[i - 2].end - tokens[i - 2].start >= 2, !tokens[i - 2].lower.contains(where: \.isNumber) { return nil }
        // "(1830 GMT)": a clock in a zone, never a year.
        if isAny(i + 1, Grammar.timeZones), !joined(i + 1) { return nil }
        // "close at 2082.1": an index level.
        if isWord(i + 1, "."), joined(i + 1), joined(i + 2), number(i + 2) != nil { return nil }
        return y
    }

    /// Capitalized words that make a year part of a plan's name.
    static let planNames = ["agenda", "vision", "horizon", "blueprint", "blueprints", "roadmap"]
    /// Nouns that make a year between a name and them a plan's name ("the NATO 2030 initiative").
    static let planNouns = ["initiative", "agenda", "strategy", "plan", "programme", "program", "framework", "goals", "targets"]

    /// A day of the month: "5", "05", "5th", "3rd".
    func dayOfMonth(_ i: Int) -> Int? {
        guard let word = lower(i) else { return nil }
        if let n = number(i), digits(i) <= 2, (1...31).contains(n) { return n }
        // Only a word that starts with a digit can be "5th".
        guard let first = word.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            if let n = Int(word.dropLast(2)), (1...31).contains(n) { return n }
        }
        return nil
    }

    /// A count: digits, number words ("two", "twenty-five"), "a"/"an", or a fraction ("5 1/2").
    /// Returns the count as TIMEX3 text ("2", "5.5") or "X" for vague quantities, and the next index.
    func quantity(_ i: Int) -> (text: String, next: Int)? {
        guard let word = lower(i) else { return nil }
        var value: Double
        var j = i + 1
        if let n = number(i), digits(i) <= 4 {
            value = Double(n)
            if isWord(j, "."), joined(j), let fraction = number(j + 1), joined(j + 1) {
                value = Double("\(n).\(fraction)") ?? value
                j += 2
            }
        } else if let n = entry(Lexicon.numberWords, i) {
            value = Double(n)
            // "twenty-five", "twenty five"
            if n >= 20, n < 100, n % 10 == 0 {
                let k = isWord(j, "-") && joined(j) ? j + 1 : j
                if let unit = entry(Lexicon.numberWords, k), unit < 10, lower(k) != "a" {
                    value += Double(unit)
                    j = k + 1
                }
            }
            if word == "a" || word == "an" {
                // "a few", "a couple of"
                if isWord(j, "few") { return ("X", j + 1) }
            }
            if (word == "a" || word == "an"), isWord(j, "couple") { value = 2; j += 1 }
            if word == "couple" || word == "dozen" || lower(j - 1) == "couple" { if isWord(j, "of") { j += 1 } }
        } else if Lexicon.vagueQuantities.contains(tokens[i]) {
            return ("X", j)
        } else {
            return nil
        }
        // "5 1/2 hours"
        if let numerator = number(j), isWord(j + 1, "/"), let denominator = number(j + 2), denominator > 0 {
            value += Double(numerator) / Double(denominator)
            j += 3
        }
        if isWord(j, "and"), isWord(j + 1, "a"), isWord(j + 2, "half") {
            value += 0.5
            j += 3
        }
        let text = value == value.rounded() ? String(Int(value)) : String(value)
        return (text, j)
    }

    // MARK: - Entry point

    /// The longest expression starting at token `i`.
    func parse(at i: Int) -> Parse? {
        guard i < tokens.count else { return nil }
        guard startable[i] else { return nil }
        // Every rule is tried and the longest reading wins. Plain calls, not an array of closures: this
        // runs at most words of the text.
        var best: Parse?
        func consider(_ p: Parse?) {
            if let p, p.end > (best?.end ?? i) { best = p }
        }
        consider(modified(i))
        consider(withThe(i))
        consider(clock(i))
        consider(dated(i))
        consider(relative(i))
        consider(quantityExpression(i))
        consider(set(i))
        consider(reference(i))
        consider(yearAgoAdjective(i))
        consider(yearEnd(i))
        consider(midPartOfDay(i))
        // Before "on the 9th" alone: "on the 9th and 10th of July" is in July.
        consider(leadingDayOfRange(i))
        consider(dayOfMonthAlone(i))
        return best.map(extended)
    }

    /// Adds what may follow a date: a clock time ("Feb. 16, 2024 - 19:17"), a part of the day
    /// ("Wednesday night").
    private func extended(_ p: Parse) -> Parse {
        guard p.type == .date, isDayLike(p.semantic) else { return p }
        var j = p.end
        if isAny(j, [",", "-", "–", "—", "at"]) { j += 1 }
        if let c = clockTime(j), case .clock(let h, let m, nil) = c.semantic {
            return Parse(start: p.start, end: c.end, semantic: .clock(hour: h, minute: m, on: p.semantic), type: .time)
        }
        if let part = entry(Lexicon.partsOfDay, p.end) {
            // TimeBank values "Friday evening" as the evening (TEV), but a night or a morning mostly as the
            // day itself: measured on the TempEval corpus, the evening alone gains (3 values, 2 types).
            if part == "EV" { return Parse(start: p.start, end: p.end + 1, semantic: .partOfDay(part, on: p.semantic), type: .time) }
            return Parse(start: p.start, end: p.end + 1, semantic: p.semantic, type: .date)
        }
        return p
    }

    func isDayLike(_ s: Semantic) -> Bool {
        switch s {
        case .monthDay, .weekday, .dayOfMonth: return true
        case .absolute(let v): return v.precision == .day
        case .deictic(let unit, _), .anaphoric(let unit, _): return unit == "D"
        case .namedDay, .daysFrom: return true
        default: return false
        }
    }

    /// Words at which some rule can start; a cheap filter that keeps the tagger fast.
    /// Where an expression may start: a number or a word of `startWords`; and for the function words of
    /// `leadWords` ("the", "a", "for", "about"), only with a temporal word a few tokens ahead ("the
    /// year", "about three weeks"). Most tokens of a text are ruled out here, before any rule runs.
    static func mayStart(_ tokens: [Token]) -> [Bool] {
        var opens = [Bool](repeating: false, count: tokens.count)
        var core = [Bool](repeating: false, count: tokens.count)
        // By index, not `enumerated()`: iterating copies every token, a retain and a release each.
        for i in tokens.indices {
            let kind = tokens[i].kind
            let first = tokens[i].lower.utf8.first
            if kind == .punctuation {
                opens[i] = first == UInt8(ascii: "'") && tokens[i].lower.utf8.count == 1
                continue
            }
            // One hash per word: every class a word belongs to, from one table.
            let classes = kind == .word ? wordClasses[tokens[i]] ?? [] : []
            opens[i] = kind == .number || tokens[i].startsNumeric || classes.contains(.start) || first == UInt8(ascii: "'")
                || (tokens[i].lower.utf8.count == 1 && (first == UInt8(ascii: "q") || first == UInt8(ascii: "h")))
            core[i] = (opens[i] && !classes.contains(.lead)) || classes.contains(.target)
        }
        var nextCore = Int.max
        for i in tokens.indices.reversed() {
            if opens[i], !core[i], nextCore - i > leadReach { opens[i] = false }
            if core[i] { nextCore = i }
        }
        return opens
    }

    struct WordClasses: OptionSet {
        let rawValue: UInt8
        static let start = WordClasses(rawValue: 1)
        static let lead = WordClasses(rawValue: 2)
        static let target = WordClasses(rawValue: 4)
    }

    static let wordClasses: WordTable<WordClasses> = {
        var table: [String: WordClasses] = [:]
        for word in startWords { table[word, default: []].insert(.start) }
        for word in leadWords { table[word, default: []].insert(.lead) }
        for word in Lexicon.units.keys + Lexicon.partsOfDay.keys + leadTargets {
            table[word, default: []].insert(.target)
        }
        return WordTable(table)
    }()

    /// How far ahead of a lead word its temporal word may be: "the end of the year" is four tokens.
    static let leadReach = 6

    /// Words that complete a lead word besides numbers, units and start words ("the second half").
    static let leadTargets: [String] = ["half", "ago", "period", "future", "past", "present", "latest", "term", "holidays", "time"]

    /// Function words that start expressions only together with a temporal word after them.
    static let leadWords: Set<String> = [
        "the", "a", "an", "this", "last", "next", "previous", "coming", "following", "early", "mid", "middle", "late",
        "end", "beginning", "start", "turn", "nearly", "almost", "about", "around", "roughly", "approximately", "some",
        "more", "less", "over", "under", "at", "up", "within", "several", "few", "many", "couple", "dozen", "that",
        "same", "for", "these", "near", "foreseeable", "distant", "per", "comparable", "fiscal", "new", "election",
        "independence", "labor", "memorial", "every", "each", "first", "second", "third", "fourth", "half",
    ]

    static let startWords: Set<String> = {
        var words: Set<String> = [
            "the", "a", "an", "this", "last", "next", "past", "previous", "coming", "following", "current",
            "early", "mid", "middle", "late", "later", "earlier", "end", "beginning", "start", "turn",
            "today", "yesterday", "tomorrow", "tonight", "now", "currently", "presently", "nowadays",
            "recently", "recent", "lately", "previously", "formerly", "soon", "future", "present",
            "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "quarterly", "nightly", "hourly",
            "fiscal", "new", "lunar", "chinese", "seollal", "christmas", "thanksgiving", "easter", "halloween", "valentine's", "election",
            "independence", "labor", "memorial", "noon", "midday", "midnight", "nearly", "almost", "about", "around",
            "roughly", "approximately", "some", "more", "less", "over", "under", "at", "up", "within",
            "several", "few", "many", "couple", "dozen", "that", "same", "first", "second", "third", "fourth",
            "half", "for", "years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes",
            "comparable", "once", "twice", "per", "these", "near", "foreseeable", "distant", "year", "midafternoon", "midmorning", "overnight",
        ]
        words.formUnion(Lexicon.months.keys)
        words.formUnion(Lexicon.weekdays.keys)
        words.formUnion(Lexicon.numberWords.keys)
        words.formUnion(Lexicon.seasons.keys)
        words.formUnion(Lexicon.ordinals.keys)
        words.formUnion(Lexicon.centuryOrdinals.keys)
        words.formUnion(Lexicon.decadeWords.keys)
        return words
    }()
}
