import Chronology

extension EventTitler {
    /// "South Korea had opposed the bid since 2022, but dropped its objection this month": the date lies in
    /// the predicate after "but", which tells the happening of the sentence's subject ("South Korea dropped
    /// its objection this month"); what came before is the background it turns from.
    static func contrastedPredicateEvent(_ sentence: String, dateAt: Int) -> (String, Int)? {
        guard FastText.contains(sentence, " but ") else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        guard dateAt > 0, dateAt <= scalars.count, let but = FastText.lastOffset(of: " but ", in: Array(scalars[..<dateAt])) else { return nil }
        let restStart = but + " but ".unicodeScalars.count
        let rest = FastText.string(scalars[restStart...])
        // A verb in the past opens the second predicate ("but dropped", "but agreed"); "but also", "but the
        // talks ..." open no predicate of the same subject.
        // ("The package's details have not been revealed yet but were approved Thursday": or an auxiliary and its
        // participle.)
        let opening = rest.split(separator: " ").prefix(2).map(String.init)
        guard let verb = opening.first, isVerb(verb),
              presentForm(clean(verb)) != nil || (clean(verb).hasSuffix("ed") && !auxiliaries.contains(clean(verb)))
                || (["was", "were", "will"].contains(verb) && opening.count == 2 && isVerb(opening[1]) && !auxiliaries.contains(opening[1]))
        else { return nil }
        // The subject is what comes before the first predicate's verb: short, and no clause of its own.
        let before = FastText.string(scalars[..<but]).split(separator: " ").map(String.init)
        guard let first = before.firstIndex(where: isVerb), first > 0, first <= 8,
              !before[..<first].contains(where: { $0.hasSuffix(",") }) else { return nil }
        let subject = before[..<first].joined(separator: " ")
        return (subject + " " + rest, dateAt - restStart + subject.unicodeScalars.count + 1)
    }

    /// "the North's first launch since July 24, when it fired two short-range missiles": the clause after
    /// "when" tells what happened on the date "since" looks back to. The clause alone, with its date.
    static func sinceWhenClauseEvent(_ sentence: String, dateAt: Int, dateLength: Int) -> (String, Int)? {
        guard dateAt >= 0, FastText.contains(sentence, " since ") || FastText.contains(sentence, "Since ") else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        guard let clause = whenClause(scalars, after: dateAt + dateLength),
              scalars[..<dateAt].split(separator: " ").last.map({ FastText.lowercased(FastText.string($0)) }) == "since" else { return nil }
        let date = FastText.string(scalars[dateAt..<dateAt + dateLength])
        // "The manuscript had been missing since 1980, when it disappeared": the pronoun is the sentence's subject.
        // ("It was the North's first launch since July 24, when it fired": a pronoun standing for another's
        // possessive is left unread rather than pinned on the wrong actor.)
        var told = clause
        let words = sentence.split(separator: " ").map(String.init)
        if let pronoun = clause.split(separator: " ").first, ["It", "He", "She", "They"].contains(pronoun) {
            guard let verb = words.firstIndex(where: isVerb), verb > 0, verb <= 6, !words[..<verb].contains(where: { $0.hasSuffix(",") }),
                  !["It", "He", "She", "They", "This", "That", "There"].contains(words[0]) else { return nil }
            told = words[..<verb].joined(separator: " ") + clause.dropFirst(pronoun.count)
        }
        return (told + " in " + date + ".", told.unicodeScalars.count + 4)
    }

    /// Whether `timex` dates a clause after "when" that `sinceWhenClauseEvent` reads: then it dates the
    /// sentence's event although "since" comes before it.
    static func datesSinceWhenClause(scalars: [Unicode.Scalar], sentence: Range<Int>, timex: TimeExpression) -> Bool {
        guard opensWhenClause(scalars, at: timex.range.upperBound) else { return false }
        return sinceWhenClauseEvent(FastText.string(scalars[sentence]), dateAt: timex.range.lowerBound - sentence.lowerBound,
                                    dateLength: timex.range.count) != nil
    }

    /// The clause after ", when " at `offset`, up to its next comma or the sentence's end, when it has a
    /// subject and a verb ("it fired two short-range missiles"); nil otherwise.
    static func whenClause(_ scalars: [Unicode.Scalar], after offset: Int) -> String? {
        guard opensWhenClause(scalars, at: offset) else { return nil }
        let start = offset + whenMarker.count
        let end = scalars[start...].firstIndex(where: { $0 == "," || $0 == ";" }) ?? scalars.count
        var clause = FastText.string(scalars[start..<end])
        while clause.hasSuffix(".") { clause.removeLast() }
        let words = clause.split(separator: " ").map(String.init)
        guard words.count >= 3, !isVerb(words[0]), words.prefix(9).dropFirst().contains(where: isVerb) else { return nil }
        return words[0].prefix(1).uppercased() + clause.dropFirst()
    }

    private static let whenMarker = Array(", when ".unicodeScalars)

    /// ", when " at `offset`: asked of every date of every sentence, so it compares in place.
    private static func opensWhenClause(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        offset >= 0 && offset + whenMarker.count < scalars.count && scalars[offset..<offset + whenMarker.count].elementsEqual(whenMarker)
    }

    /// The sentence a relative clause with a named subject tells of the noun before it: "... resume imports
    /// of Japanese seafood, which China halted in August last year" tells "China halted imports of
    /// Japanese seafood in August last year", and where the date now stands in it.
    static func namedSubjectRelativeClauseEvent(_ sentence: String, dateAt: Int) -> (String, Int)? {
        guard FastText.contains(sentence, ", which ") else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        guard dateAt > 0, dateAt <= scalars.count, let at = FastText.lastOffset(of: ", which ", in: Array(scalars[..<dateAt])) else { return nil }
        let clauseStart = at + ", which ".unicodeScalars.count
        guard clauseStart < dateAt, !scalars[clauseStart..<dateAt].contains(",") else { return nil }
        let clauseWords = FastText.string(scalars[clauseStart..<dateAt]).split(separator: " ").map(String.init)
        guard let verb = namedSubjectVerb(clauseWords) else { return nil }
        let before = FastText.string(scalars[..<at]).split(separator: " ").map(String.init)
        guard let object = objectPhrase(endingWith: before) else { return nil }
        let head = clauseWords[...verb].joined(separator: " ")
        let restStart = clauseStart + head.unicodeScalars.count
        let end = scalars[dateAt...].firstIndex(of: ",") ?? scalars.count
        let rest = FastText.string(scalars[restStart..<end])
        let text = head + " " + object + rest + (rest.hasSuffix(".") ? "" : ".")
        return (text, head.unicodeScalars.count + 1 + object.unicodeScalars.count + (dateAt - restStart))
    }

    /// Where the verb of a clause opening with a named subject stands: one to three capitalized words, then
    /// a verb in the past ("China halted", "South Korea imposed").
    static func namedSubjectVerb(_ clause: [String]) -> Int? {
        guard let verb = clause.prefix(4).firstIndex(where: { $0.first?.isUppercase != true }), (1...3).contains(verb),
              clause[..<verb].allSatisfy({ clean($0) == $0 }), isVerb(clause[verb]), isRegularPast(clause[verb]) else { return nil }
        return verb
    }

    /// The noun phrase that ends `words`, back to its determiner or to the verb or preposition that takes
    /// it: "imports of Japanese seafood" in "to gradually resume imports of Japanese seafood".
    static func objectPhrase(endingWith words: [String]) -> String? {
        var phrase: [String] = []
        var innerPreposition: Int?
        for k in words.indices.reversed() {
            let word = words[k], lower = word.lowercased()
            guard phrase.count < 8, clean(word) == word || word.hasSuffix("'s"), !isVerb(word) else { break }
            // ("the ban on Japanese seafood": a preposition inside the phrase when a determiner opens it, checked below.)
            if lower != "of", datePrepositions.contains(lower) || clauseLinks.contains(lower) {
                guard innerPreposition == nil, ["on", "against", "for", "with", "to"].contains(lower) else { break }
                innerPreposition = phrase.count
            }
            // ("to gradually resume imports": an infinitive's verb, after "to" or an adverb, is not the noun's.)
            if k > 0, words[k - 1].lowercased() == "to" || words[k - 1].hasSuffix("ly") { break }
            phrase.insert(word, at: 0)
            if ["the", "a", "an", "its", "their", "his", "her", "our"].contains(lower) { break }
        }
        if let inner = innerPreposition, !["the", "a", "an", "its", "their", "his", "her", "our"].contains(phrase.first?.lowercased() ?? "") {
            phrase.removeFirst(phrase.count - inner)
        }
        guard let first = phrase.first, first.lowercased() != "of", phrase.count >= 2 || first.first?.isUppercase == true else { return nil }
        // ("The country's exports of scallops, which Japan began": the phrase is an object now.)
        if ["The", "A", "An", "Its", "Their", "His", "Her", "Our"].contains(first) { phrase[0] = first.lowercased() }
        return phrase.joined(separator: " ")
    }

    /// "(comes after) more than four years of a military standoff that began in May 2020": a noun phrase and
    /// its relative clause tell "A military standoff began"; the time it has lasted goes. (Only a clause taken
    /// from inside a sentence opens in lower case, with no verb of its own before "that".)
    static func nounPhraseClause(_ words: [String]) -> [String]? {
        guard words.first?.first?.isLowercase == true,
              let that = words.prefix(12).firstIndex(where: { $0 == "that" || $0 == "which" }), that >= 2, that + 1 < words.count,
              isPastForm(words[that + 1]), !words[..<that].contains(where: { isVerb($0) || isUnambiguousPresent($0) || $0.hasSuffix(",") }),
              // ("The talks that began in Geneva ended on Friday": the clause's noun is the subject of a verb after it.)
              !words[(that + 2)...].contains(where: { isPastForm($0) }) else { return nil }
        var clause = words
        clause.remove(at: that)
        let measure = clause.prefix(6).firstIndex(of: "of").flatMap { of in
            of >= 2 && of + 1 < that && ["years", "months", "weeks", "days", "decades"].contains(clause[of - 1]) ? of + 1 : nil
        } ?? 0
        clause.removeFirst(measure)
        if measure > 0 { clause[0] = capitalizingFirst(clause[0]) }
        return clause
    }

    /// "Foreign Minister Mohammad Ishaq Dar, received a telephone call from ...", "The minister, visited Kabul":
    /// a comma the writer put between a short subject and its past verb, which an object follows. The index of
    /// the word carrying it. (Not "The deal, signed the year before, expires": a participle's phrase closes with
    /// a comma before the verb.)
    static func strayCommaAfterSubject(_ words: [String]) -> Int? {
        guard let c = words.prefix(6).firstIndex(where: { $0.hasSuffix(",") }), c >= 1, c + 2 < words.count,
              words[...c].allSatisfy({ $0.first?.isUppercase == true }) || (["The", "A", "An"].contains(words[0]) && c <= 2),
              isPastForm(words[c + 1]), !auxiliaries.contains(clean(words[c + 1])),
              determiners.contains(words[c + 2]) || words[c + 2].first?.isUppercase == true,
              !words[...c].contains(where: { isVerb($0) || adverbialStarts.contains(clean($0).lowercased()) || datePrepositions.contains(clean($0).lowercased()) }),
              !words.indices.dropFirst(c + 2).contains(where: { k in words[k].hasSuffix(",") && k + 1 < words.count && isVerb(words[k + 1]) })
        else { return nil }
        return c
    }

    /// Prepositions opening an aside between a subject and its verb: "during a telephone conversation".
    static let asidePrepositions: Set<String> = ["during", "in", "at", "on", "via", "through", "over", "amid", "after", "following", "including"]

    /// "Sergey Lavrov and Mike Pompeo, during a telephone conversation, discussed": the aside set off by commas
    /// between the subject and its verb goes, with the subject's comma unless an apposition closes with it
    /// ("The heads of the agencies, Sergey Lavrov and Mike Pompeo, discussed").
    static func withoutAsideBeforeVerb(_ words: [String]) -> [String] {
        guard let open = words.indices.prefix(24).first(where: { k in
                  words[k].hasSuffix(",") && k + 3 < words.count && asidePrepositions.contains(words[k + 1].lowercased())
              }), open >= 1,
              let close = words[(open + 2)...].prefix(8).firstIndex(where: { $0.hasSuffix(",") }), close + 1 < words.count,
              isVerb(words[close + 1]), !words[...close].contains(where: { isVerb($0) || $0.contains("\"") || $0.contains("“") })
        else { return words }
        // ("The heads of the agencies, Sergey Lavrov and Mike Pompeo, during ...": the aside follows the apposition.)
        let subject = words[...open]
        var result = Array(subject) + words[(close + 1)...]
        if !subject.dropLast().contains(where: { $0.hasSuffix(",") }) { result[open].removeLast() }
        return result
    }

    /// "Negotiations for a deal that would bring about the release of hostages, are to resume": a comma the writer
    /// put between a long subject and its auxiliary goes, and so does a relative clause running up to it (the
    /// headline had ended with the subject).
    static func withoutStrayCommaBeforeAuxiliary(_ words: [String]) -> [String] {
        guard let comma = words.indices.prefix(30).first(where: { words[$0].hasSuffix(",") }), comma >= 2, comma + 2 < words.count,
              ["are", "is", "was", "were", "will", "has", "have"].contains(words[comma + 1]),
              words[comma + 2].first?.isLowercase == true, words[0].first?.isUppercase == true else { return words }
        let subject = words[..<comma]
        let relative = subject.firstIndex { ["that", "which", "who"].contains($0) }
        guard !subject[..<(relative ?? comma)].contains(where: { isVerb($0) || $0.contains("\"") || $0.contains("“") }) else { return words }
        var result = Array(words[..<(relative ?? comma + 1)]) + words[(comma + 1)...]
        if relative == nil { result[comma].removeLast() }
        return result
    }

    /// Whether a name opens at `start`, its apposition after it, and the verb after the apposition's comma: "Han
    /// Zheng, Member of the Standing Committee ... and Vice Premier of the State Council, will attend".
    static func namedWithApposition(_ words: [String], from start: Int) -> Bool {
        guard let nameEnd = words[start...].prefix(5).firstIndex(where: { $0.hasSuffix(",") }), (start + 1...start + 3).contains(nameEnd),
              words[start...nameEnd].allSatisfy({ $0.first?.isUppercase == true }),
              let close = words[(nameEnd + 1)...].prefix(30).firstIndex(where: { $0.hasSuffix(",") }), close + 1 < words.count,
              isVerb(words[close + 1]) else { return false }
        return !words[(nameEnd + 1)...close].contains { isVerb($0) }
    }

    /// "Foreign Minister Cho Tae-yul and his Japanese counterpart, Takeshi Iwaya, have held talks": the name
    /// a counterpart is given between commas, before the verb. The indices of the two words carrying them.
    static func counterpartInCommas(_ words: [String]) -> (Int, Int)? {
        guard let open = words.prefix(10).firstIndex(of: "counterpart,"), open >= 2,
              words[max(0, open - 3)..<open].contains(where: { ["his", "her", "their"].contains($0) }),
              let close = words[(open + 1)...].prefix(4).firstIndex(where: { $0.hasSuffix(",") }), close - open >= 2,
              words[(open + 1)...close].allSatisfy({ $0.first?.isUppercase == true }),
              close + 1 < words.count, isVerb(words[close + 1]) || auxiliaries.contains(words[close + 1]) else { return nil }
        return (open, close)
    }

    /// "The meeting also followed a report that Seoul and Tokyo are in talks to arrange a visit ... later
    /// this month": a date inside what a report says dates what it says. Where that clause starts, in scalars.
    static func clauseOfAReport(_ sentence: String, dateAt: Int) -> Int? {
        // Asked of every event: most sentences report no report.
        let patterns = reportOpenings.filter { FastText.contains(sentence, $0) }
        guard !patterns.isEmpty else { return nil }
        let scalars = Array(sentence.unicodeScalars.prefix(max(0, dateAt)))
        let found = patterns.compactMap { pattern in FastText.lastOffset(of: pattern, in: scalars).map { $0 + pattern.unicodeScalars.count } }
        guard let starts = found.max(), starts < scalars.count else { return nil }
        let clause = FastText.string(scalars[starts...]).split(separator: " ").prefix(10).map(String.init)
        // The clause has its own subject and verb ("Seoul and Tokyo are in talks"), and no side clause of its own
        // comes before the date.
        guard clause.count >= 3, clause[0].first?.isUppercase == true || ["the", "a", "an"].contains(clause[0]),
              clause.dropFirst().contains(where: { isVerb($0) || auxiliaries.contains($0) }),
              !clause.contains(where: { $0.hasSuffix(",") }) else { return nil }
        return starts
    }

    private static let reportOpenings = [" report that ", " reports that ", " news that ", " announcement that ", " rumours that ", " rumors that "]

    /// "This has raised concerns in Tokyo, as many Japanese citizens were abducted by North Korean agents in
    /// the 1970s": a date inside a clause of reason after the comma dates that clause. Where it starts, in
    /// scalars. (A pronoun opening it stands for someone named before: left to the main clause.)
    static func clauseOfAnAs(_ sentence: String, dateAt: Int) -> Int? {
        guard FastText.contains(sentence, ", as ") else { return nil }
        let scalars = Array(sentence.unicodeScalars.prefix(max(0, dateAt)))
        guard let comma = FastText.lastOffset(of: ", as ", in: scalars), comma >= 12 else { return nil }
        let start = comma + ", as ".unicodeScalars.count
        guard start < scalars.count else { return nil }
        let clause = FastText.string(scalars[start...]).split(separator: " ").prefix(8).map(String.init)
        guard let first = clause.first, !asClausePronouns.contains(first.lowercased()),
              let verb = clause.indices.dropFirst().first(where: { isVerb(clause[$0]) || auxiliaries.contains(clause[$0]) }),
              !clause[..<verb].contains(where: { $0.hasSuffix(",") || isVerb($0) }) else { return nil }
        return start
    }

    /// Words opening an "as" that is no clause of its own with a subject the headline can name: "as he said",
    /// "as well as", "as part of", "as soon as".
    private static let asClausePronouns: Set<String> = [
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "well", "part", "soon", "long",
        "early", "much", "far", "such", "of", "a", "expected", "planned", "scheduled", "usual",
    ]

    /// Verbs after which a sentence goes on past a clause inside its subject: "... since he took office in May
    /// last year could mark".
    static let verbsResumingTheSentence: Set<String> = [
        "could", "would", "will", "may", "might", "can", "should", "must", "is", "was", "are", "were", "has", "have",
        "had", "marks", "marked", "comes", "came",
    ]

    /// "Yoon's first trip to Japan ...": the name owning the sentence's subject.
    static func possessorOpening(_ sentence: String) -> String? {
        var words = sentence.split(separator: " ").prefix(6)
        // ("This is Turnbull's first bilateral visit to India since he assumed office": the owner after a copula.)
        if words.count > 3, ["This", "It", "That"].contains(words[words.startIndex]), ["is", "was"].contains(words[words.startIndex + 1]) {
            words = words.dropFirst(2)
        }
        words = words.prefix(4)
        guard let owner = words.firstIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") }),
              words[...owner].allSatisfy({ $0.first?.isUppercase == true }), !["It's", "It\u{2019}s", "That's", "There's"].contains(words[owner]) else { return nil }
        return String(words[...owner].joined(separator: " ").dropLast(2))
    }

    /// "The last time he visited Beijing was in October 2023, when the city hosted ...": the time the date
    /// names is that of the clause before "was". Where that clause lies in the sentence, in scalars.
    static func clauseOfTheTime(_ sentence: String, dateAt: Int) -> Range<Int>? {
        guard let opener = ["The last time ", "The first time ", "The previous time ", "The only other time "].first(where: sentence.hasPrefix) else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        guard dateAt > 0, dateAt <= scalars.count else { return nil }
        // (Empty words kept: the clause's offsets count every space.)
        var words = String(String.UnicodeScalarView(scalars[..<dateAt])).split(separator: " ", omittingEmptySubsequences: false)
        while words.last?.isEmpty == true { words.removeLast() }
        // The copula closes the clause right before the date: "was", "was in", "was back in".
        guard let was = words.lastIndex(of: "was"), words.count - was <= 3,
              words[(was + 1)...].allSatisfy({ ["in", "on", "at", "back", "during"].contains($0) }) else { return nil }
        var start = opener.unicodeScalars.count
        let openerWords = opener.split(separator: " ").count
        var clause = words[openerWords..<was]
        if clause.first == "that" {
            start += 5
            clause = clause.dropFirst()
        }
        // ("The last time a Japanese leader visited Beijing ... was in October 2018, when Shinzo Abe met Xi": an
        // indefinite subject leaves the happening to the "when" clause, which names it.)
        guard clause.count >= 2, clause.contains(where: { isPastForm(String($0)) }),
              let subject = clause.first, !["a", "an", "any"].contains(subject.lowercased()) else { return nil }
        let end = start + clause.map(\.unicodeScalars.count).reduce(0, +) + clause.count - 1
        return start..<end
    }
}
