import Chronology
import Articles

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
        guard sentence.lowerBound + 4 <= lo, lo < hi, hi <= sentence.upperBound, scalars[lo - 1] == " " else { return nil }
        guard scalars[lo - 2] == "e" || scalars[lo - 2] == "E" else {
            return postposedNominalEvent(scalars: scalars, sentence: sentence, lo: lo, hi: hi)
                ?? happeningBeforeThis(scalars: scalars, sentence: sentence, lo: lo)
                ?? heldHappening(scalars: scalars, sentence: sentence, lo: lo)
        }
        guard hi < sentence.upperBound, scalars[hi] == " " else { return nil }
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
        // One modifier may come before the noun: "the 2015 nuclear deal between Iran and world powers".
        guard phrase.count >= 3, phrasePrepositions.contains(phrase[1].lowercased())
                || (phrase.count >= 4 && phrasePrepositions.contains(phrase[2].lowercased()) && phrase[1].first?.isLowercase == true
                    && !notNouns.contains(phrase[1].lowercased()) && !isVerbForm(phrase[1]))
        else { return nil }
        return phrase
    }

    /// The last word of a document's or a body's name: "the Suva Agreement", "the Camp David Accords".
    static let documentNames: Set<String> = [
        "Agreement", "Agreements", "Accord", "Accords", "Declaration", "Treaty", "Pact", "Protocol", "Convention", "Charter",
        "Communique", "Communiqué", "Initiative", "Process", "Format", "Plan", "Framework", "Summit", "Forum", "Dialogue",
    ]

    /// Papers a state drafts or backs, and its symbols, which act as themselves: "The British-drafted
    /// resolution was adopted" (not the United Kingdom), "The U.S. flag will be raised".
    static let paperNouns: Set<String> = [
        "resolution", "resolutions", "draft", "proposal", "proposals", "text", "statement", "bill", "plan", "report", "declaration",
        "communique", "communiqué", "letter", "initiative", "amendment", "amendments", "motion", "flag", "flags",
    ]

    /// Nouns of happenings that a date after them can belong to: "a meeting on Feb. 28 between ...".
    static let happeningNouns: Set<String> = [
        "meeting", "summit", "talks", "visit", "call", "conversation", "election", "elections", "vote", "referendum",
        "attack", "attacks", "strike", "strikes", "raid", "invasion", "incident", "clash", "clashes", "speech", "address",
        "launch", "test", "ceremony", "signing", "agreement", "deal", "ceasefire", "truce", "coup", "bombing", "protest",
        "inauguration", "funeral", "wedding", "coronation", "swearing-in",
    ]

    /// The happening a date follows inside a phrase that the sentence looks back or ahead to: "the first
    /// meeting since a disastrous Oval Office meeting on Feb. 28 between President Donald Trump and ..." dates
    /// that meeting, not the talks the sentence is about; so does "days before a summit on March 3 in Hanoi".
    /// The phrase must say which one it is: with a complement after the date ("between ...", "in Hanoi") or
    /// a name before it ("the inauguration of President-elect Donald Trump on Jan. 20").
    private static func postposedNominalEvent(scalars: [Unicode.Scalar], sentence: Range<Int>, lo: Int, hi: Int) -> [String]? {
        guard lo - 4 >= sentence.lowerBound, scalars[lo - 3] == "o", scalars[lo - 2] == "n", scalars[lo - 4] == " " else { return nil }
        let clause = clauseBefore(scalars, from: lo - 3, limit: sentence.lowerBound).words
        // The noun, or the noun of a name: "the inauguration of U.S. President-elect Donald Trump on Jan. 20".
        var head = clause.count - 1
        while head > 0, clause.count - head <= 5, clause[head].first?.isUppercase == true { head -= 1 }
        if head < clause.count - 1, head > 0, clause[head] == "of" { head -= 1 } else { head = clause.count - 1 }
        guard head >= 0, happeningNouns.contains(clause[head]) else { return nil }
        // Back from the noun over its modifiers ("disastrous Oval Office") to the article and the preposition before it.
        var k = head - 1
        while k >= 0, !["a", "an", "the"].contains(clause[k]), head - 1 - k < 4,
              clause[k].last?.isLetter == true, !notNouns.contains(clause[k].lowercased()), !isVerbForm(clause[k]) { k -= 1 }
        guard k >= 1, ["a", "an", "the"].contains(clause[k]) else { return nil }
        // "After a meeting on Monday, he said ...": a phrase opening the sentence sets the time of its verb.
        let preposition = clause[k - 1], lookingAhead = preposition == "of" && k >= 2 && clause[k - 2] == "ahead"
        // ("focusing on Niger following the military coup on July 26 that ousted ...": what came before, too.)
        guard ["since", "before", "following"].contains(preposition) || lookingAhead, k - 1 > (lookingAhead ? 1 : 0) else { return nil }
        let after = FastText.string(scalars[hi..<min(sentence.upperBound, hi + 400)]).split(separator: " ").map(String.init)
        let complement = after.first.map { phrasePrepositions.contains(clean($0).lowercased()) && $0.last?.isLetter == true } ?? false
        // ("the military coup on July 26 that ousted the president": or a relative clause saying which one.)
        guard complement || head < clause.count - 1 || (preposition == "following" && ["that", "which"].contains(after.first ?? "")) else { return nil }
        var phrase = Array(clause[(k + 1)...])
        for (i, word) in after.enumerated() where complement {
            let bare = clean(word)
            if i > 0, word.first?.isLowercase == true, isVerbForm(word) || ["that", "which", "who", "where", "when"].contains(bare) { break }
            if i > 0, bare == "and", i + 1 < after.count, after[i + 1].first?.isLowercase == true, isVerbForm(after[i + 1]) { break }
            phrase.append(bare.isEmpty ? word : bare)
            if word.last.map({ ",;:.!?”\")".contains($0) }) == true || phrase.count == 16 { break }
        }
        return phrase
    }

    /// The happening that came before the one the sentence is about, named with its place and date:
    /// "It was their third face-to-face meeting, after talks in Bali in November 2022" or "The meeting
    /// followed talks in Bali in November 2022" dates the talks in Bali; the sentence's own verb ("was",
    /// "followed") takes no date. Nil unless a happening noun opens the phrase and a place or party follows it.
    static func happeningBeforeThis(scalars: [Unicode.Scalar], sentence: Range<Int>, lo: Int) -> [String]? {
        // Asked of every date: most follow no " in " or " on ", and no words are built for those.
        guard lo - 4 >= sentence.lowerBound, scalars[lo - 1] == " ", scalars[lo - 2] == "n", scalars[lo - 4] == " ",
              scalars[lo - 3] == "i" || scalars[lo - 3] == "o" else { return nil }
        // (A place may have its country in apposition: "talks in Bali, Indonesia, in November 2022".)
        let start = max(sentence.lowerBound, lo - 160)
        let window = Array(scalars[start..<lo])
        guard FastText.lastOffset(of: " after ", in: window) != nil || FastText.lastOffset(of: " follow", in: window) != nil else { return nil }
        let clause = FastText.string(scalars[start..<lo]).split(separator: " ").map(String.init)
        guard let last = clause.last, ["in", "on"].contains(last), clause.count >= 4,
              let marker = clause.lastIndex(where: { ["after", "followed", "follows", "following"].contains($0) }), marker > 0,
              clause.count - marker <= 8 else { return nil }
        var phrase = Array(clause[(marker + 1)..<(clause.count - 1)])
        if let article = phrase.first, ["a", "an", "the"].contains(article) { phrase.removeFirst() }
        guard let noun = phrase.firstIndex(where: happeningNouns.contains), noun <= 2, noun + 1 < phrase.count,
              phrasePrepositions.contains(phrase[noun + 1]),
              !phrase.contains(where: { isVerbForm($0) && !happeningNouns.contains($0) }),
              !phrase.dropLast().contains(where: { $0.hasSuffix(",") && $0.first?.isUppercase != true }) else { return nil }
        if let end = phrase.last, end.hasSuffix(",") { phrase[phrase.count - 1] = String(end.dropLast()) }
        // "after": only behind a copula's clause ("It was their third meeting, after talks in Bali ..."); a
        // verb's own time may follow it ("Kishida left Lima after talks on Saturday").
        if clause[marker] == "after" || clause[marker] == "following" {
            // (The main clause is read within its first 300 scalars: a megabyte-long line is no sentence.)
            guard clause[marker - 1].hasSuffix(","),
                  let comma = scalars[sentence.lowerBound..<min(lo, sentence.lowerBound + 300)].firstIndex(of: ",") else { return nil }
            let main = FastText.string(scalars[sentence.lowerBound..<comma]).split(separator: " ").map { clean(String($0)).lowercased() }
            guard main.contains(where: { ["was", "is", "were", "are", "marked", "marks"].contains($0) }),
                  !main.contains(where: { isVerbForm($0) && !["was", "is", "were", "are", "marked", "marks"].contains($0) }) else { return nil }
        }
        return phrase
    }

    /// The happening a reduced relative clause dates: "welcomed the summit between President Yoon and Prime
    /// Minister Ishiba held in Laos on October 10" is the summit, "the commitments made in Jeddah on 11 May
    /// 2023" the commitments, "the first meeting of the business council held in Cairo last month" the
    /// meeting; the sentence's verb ("welcomed", "called on") takes no date. Nil unless such a participle
    /// (with its place) comes right before the date, and a noun of a happening or of what one produces, with
    /// its article, before that.
    static func heldHappening(scalars: [Unicode.Scalar], sentence: Range<Int>, lo: Int) -> [String]? {
        // Asked of every date: the words before it are read back one by one, and most dates stop at the first.
        guard lo - 6 >= sentence.lowerBound, scalars[lo - 1] == " " else { return nil }
        var cursor = lo - 1, read = 0, found = false, lowercaseRead = false
        while !found, read < 7, cursor > sentence.lowerBound {
            var wordStart = cursor
            while wordStart > sentence.lowerBound, scalars[wordStart - 1] != " " { wordStart -= 1 }
            let word = FastText.string(scalars[wordStart..<cursor])
            if heldParticiples.contains(word) || imposedParticiples.contains(word) {
                found = true
            } else if (read == 0 && word == "on") || word == "in" || word == "at" || (word.first?.isUppercase == true && word.last?.isLetter == true) {
            } else if read > 0, word.first?.isLowercase == true, word.last?.isLetter == true {
                // ("imposed on UK parliamentarians in 2021": whom a measure was laid on, checked below.)
                lowercaseRead = true
            } else {
                return nil
            }
            read += 1
            cursor = wordStart - 1
            guard cursor >= sentence.lowerBound, scalars[cursor] == " " else { return nil }
        }
        guard found else { return nil }
        let start = max(sentence.lowerBound, lo - 200)
        var clause = FastText.string(scalars[start..<lo]).split(separator: " ").map(String.init)
        if let last = clause.last, ["on", "in"].contains(last) { clause.removeLast() }
        guard let held = clause.lastIndex(where: { heldParticiples.contains($0) || imposedParticiples.contains($0) }), clause.count - held <= 6, held >= 2
        else { return nil }
        let after = clause[(held + 1)...]
        // "held in Laos", "made in Jeddah", "held last week": the participle, then at most its place in capitals;
        // "imposed on UK parliamentarians", "lifted against Iran": a measure, then whom it fell on.
        if lowercaseRead || after.first.map({ ["on", "against"].contains($0) }) == true {
            guard imposedParticiples.contains(clause[held]), let first = after.first, ["on", "against"].contains(first),
                  after.dropFirst().allSatisfy({ $0.last?.isLetter == true && !isVerbForm($0) && !notNouns.contains($0) })
            else { return nil }
        } else {
            guard after.allSatisfy({ ["in", "at"].contains($0) || ($0.first?.isUppercase == true && $0.last?.isLetter == true) }) else { return nil }
        }
        guard let noun = clause[..<held].lastIndex(where: { producedNouns.contains(clean($0).lowercased()) }), held - noun <= 14,
              let article = clause[..<noun].lastIndex(where: { ["the", "a", "an"].contains($0) }), noun - article <= 3, article > 0,
              !clause[(article + 1)..<held].contains(where: { $0.hasSuffix(",") || ($0.first?.isLowercase == true && isVerbForm($0)) })
        else { return nil }
        return clause[(article + 1)...].map { clean($0).isEmpty ? $0 : clean($0) }
    }

    private static let heldParticiples: Set<String> = ["held", "made", "signed", "reached", "adopted", "struck", "concluded"]
    /// Measures laid on someone: "the sanctions imposed on UK parliamentarians in 2021".
    private static let imposedParticiples: Set<String> = ["imposed", "levied", "placed", "lifted"]

    /// Happenings, and what they produce, that such a participle can date.
    private static let producedNouns: Set<String> = happeningNouns.union([
        "commitments", "commitment", "declaration", "resolution", "pledge", "pledges", "accord", "accords", "pact",
        "treaty", "communique", "communiqué", "agreements", "deals", "decision", "consensus", "understanding",
        "sanctions", "tariffs", "tariff", "ban", "embargo", "restrictions", "curbs", "duties", "penalties",
    ])

    /// Nouns an apposition sums up the clause before it with: "..., a development announced on Friday".
    private static let summingNouns: Set<String> = [
        "development", "move", "step", "decision", "milestone", "breakthrough", "announcement", "outcome", "result",
        "shift", "turnaround", "reversal",
    ]

    /// Prepositions before "the 2018 summit" that make the named happening the sentence's time ("at the 2018
    /// summit, Kim pledged ..."); after a verb the phrase is only the verb's object.
    private static let framingPrepositions: Set<String> = [
        "in", "at", "during", "on", "after", "before", "following", "since", "until", "by", "from", "throughout", "amid",
        "ahead", "for", "to", "around", "between",
    ]

    /// A date that dates something other than the sentence's verb: the object's modifier in "threatened to
    /// scrap the 1953 armistice" or "aimed at reviving the 2015 nuclear deal", or the time of a reduced
    /// relative clause set off by a comma ("..., a format created in 1991").
    static func datesSomethingElse(scalars: [Unicode.Scalar], sentence: Range<Int>, timex: TimeExpression) -> Bool {
        var lo = timex.range.lowerBound
        let hi = timex.range.upperBound
        // "Japan's 1910-45 colonial rule": the range's second year is read from where the first begins.
        var timex = timex
        if timex.text.count == 2, timex.text.allSatisfy(\.isNumber), lo - 5 >= sentence.lowerBound, scalars[lo - 1] == "-" || scalars[lo - 1] == "\u{2013}",
           scalars[(lo - 5)..<(lo - 1)].allSatisfy(FastText.isDigit) {
            lo -= 5
            timex.text = FastText.string(scalars[lo..<(lo + 4)])
        }
        guard lo < hi, lo > sentence.lowerBound else { return false }
        // Asked of every date of every sentence: the clause is read word by word back from the date, with
        // no string built for the window.
        let (clause, comma) = clauseBefore(scalars, from: lo, limit: sentence.lowerBound)
        let afterComma = comma != nil
        if let determiner = clause.last, ["the", "a", "an"].contains(determiner), clause.count >= 2, hi < sentence.upperBound, scalars[hi] == " " {
            let verb = clause[clause.count - 2]
            var end = hi + 1
            while end < min(sentence.upperBound, hi + 40), scalars[end] != " " { end += 1 }
            let noun = FastText.string(scalars[(hi + 1)..<end])
            if noun.first?.isLowercase == true, !notNouns.contains(clean(noun).lowercased()), !isVerbForm(noun),
               verb.first?.isLowercase == true, verb.last?.isLetter == true, !framingPrepositions.contains(verb),
               // "to prevent a recurrence of a 2018 radar incident": an indefinite noun's complement, too ("at
               // the beginning of the Thursday talks" frames the sentence).
               isVerbForm(verb) || verb.hasSuffix("ing") || (clause.count >= 3 && clause[clause.count - 3] == "to")
                || (verb == "of" && determiner != "the")
                // "suspended over a 2018 radar incident": a year describing an indefinite noun after a preposition
                // that frames nothing ("walked into a New Year's Eve celebration" is when he walked in).
                || (determiner != "the" && timex.text.count == 4 && timex.text.allSatisfy(\.isNumber)
                    && ["over", "about", "with", "against", "into", "under", "for", "to", "by"].contains(verb)) {
                return true
            }
            // "commitment under the 1951 Mutual Defense Treaty", "returned to the 2015 Paris Agreement": a year
            // naming a treaty or a law after a verb or a preposition that takes it.
            if determiner == "the", noun.first?.isUppercase == true, timex.text.count == 4, timex.text.allSatisfy(\.isNumber),
               // ("based on the 2002 North Korea-Japan Pyongyang Declaration".)
               isVerbForm(verb) || ["under", "to", "with", "from", "against", "into", "by"].contains(verb)
                || (verb == "on" && clause.count >= 3 && clause[clause.count - 3] == "based") {
                return true
            }
        }
        // "issues related to Japan's 1910-45 colonial rule": a year its owner's noun is described by.
        // ("after Russia's February invasion of its neighbor": so is a month.)
        if let owner = clause.last, owner.hasSuffix("'s") || owner.hasSuffix("\u{2019}s"),
           (timex.text.count == 4 && timex.text.allSatisfy(\.isNumber)) || MonthNames.full.contains(timex.text) {
            var end = hi
            if end + 1 < sentence.upperBound, scalars[end] == "-" || scalars[end] == "\u{2013}", FastText.isDigit(scalars[end + 1]) {
                end += 1
                while end < sentence.upperBound, FastText.isDigit(scalars[end]) { end += 1 }
            }
            if end < sentence.upperBound, scalars[end] == " " {
                var next = end + 1
                while next < min(sentence.upperBound, end + 40), scalars[next] != " " { next += 1 }
                let noun = FastText.string(scalars[(end + 1)..<next])
                if noun.first?.isLowercase == true, !notNouns.contains(clean(noun).lowercased()), !isVerbForm(noun) { return true }
            }
        }
        // "The voting concerned the Letter dated 3 April 2024 from the Secretary-General": the date a paper bears.
        if clause.last == "dated", clause.count >= 2 { return true }
        // "held last November, weeks after the Oct. 7 Hamas attack": a date some weeks off is not the
        // sentence's own.
        let beforeDate = clause.last == "the" ? clause.dropLast() : clause[...]
        if beforeDate.count >= 2, ["after", "before"].contains(beforeDate.last!),
           ["hours", "days", "weeks", "months", "years"].contains(beforeDate[beforeDate.endIndex - 2]) {
            return true
        }
        // "the Emir's visit, his second this year after his visit in June": the happening of someone's
        // before or after, not the sentence's.
        if clause.count >= 4, ["in", "on"].contains(clause[clause.count - 1]), happeningNouns.contains(clause[clause.count - 2]),
           ["his", "her", "their", "its"].contains(clause[clause.count - 3]),
           ["after", "before", "since", "following"].contains(clause[clause.count - 4]) {
            return true
        }
        if reducedRelativeBefore(clause),
           !(clause.first.map(isParticiple) == true
             && comma.map { closesAnApposition(scalars, sentence: sentence, comma: $0, dateEnd: hi) || describesTheOpeningFrame(scalars, sentence: sentence, comma: $0) } == true) {
            return true
        }
        // "Kishida said his heart aches for the many people who endured ... during Japan's colonial rule from
        // 1910 to 1945": a relative clause set off by no comma, after the sentence's verb, dates its own verb.
        // (The sentence's verb may lie beyond the words read back.)
        if let who = clause.lastIndex(of: "who"), who >= 2, clause[who - 1].first?.isLowercase == true,
           clause[..<who].contains(where: { isVerb($0) }) || (comma == nil && clause.count >= 24), clause[(who + 1)...].contains(where: { isVerb($0) }) {
            return true
        }
        guard afterComma, let first = clause.first else { return false }
        // "discussed the recent launches, including the ICBM test on April 13": an example's own date; "the
        // quake, which hit on Monday, ...": a relative clause's that does not tell its subject's event.
        // ("an official state visit to the US, which will include a state dinner on June 22": a part's date is
        // within its whole's.)
        if first == "which", clause.count >= 3, clause.prefix(3).contains(where: { ["include", "includes", "included"].contains($0) }) { return false }
        if ["including", "notably", "especially", "like", "whose"].contains(first)
            || (["who", "which"].contains(first) && relativeClauseEvent(FastText.string(scalars[sentence]), dateAt: lo - sentence.lowerBound) == nil
                && namedSubjectRelativeClauseEvent(FastText.string(scalars[sentence]), dateAt: lo - sentence.lowerBound) == nil)
            || (first == "such" && clause.count > 1 && clause[1] == "as") {
            return true
        }
        // ", a format created in 1991", ", an accord signed on June 12": the apposition's own past. (", a
        // development announced on December 6, 2024": a noun that sums up the clause before dates that clause.)
        guard first == "a" || first == "an", clause.count >= 3, clause.count <= 8, !summingNouns.contains(clause[1]),
              let last = clause.last, framingPrepositions.contains(last) else { return false }
        return clause.dropFirst().dropLast().contains { isParticiple($0) }
    }

    /// "In an Extraordinary Summit on the Situation in Niger, held on Sunday in Abuja, the leaders called for
    /// ...": a participle describing the summit the sentence opens in dates what the sentence tells there.
    private static func describesTheOpeningFrame(_ scalars: [Unicode.Scalar], sentence: Range<Int>, comma: Int) -> Bool {
        let opening = FastText.string(scalars[sentence.lowerBound..<comma]).split(separator: " ")
        guard let first = opening.first, ["In", "At", "During"].contains(first), (3...20).contains(opening.count) else { return false }
        return !opening.dropFirst().contains { isVerbForm(String($0)) || $0.hasSuffix(",") }
    }

    /// "Kim Jong Un, general secretary of the WPK, inspected munitions factories on Monday.": after a named
    /// subject and its apposition, a clause running to the sentence's end is the predicate, not a
    /// participle's ("The sanctions, imposed in July 2019, were lifted"). So is one that a present
    /// participle's comma ends ("..., briefed the Council on 10 January, noting progress").
    private static func closesAnApposition(_ scalars: [Unicode.Scalar], sentence: Range<Int>, comma: Int, dateEnd: Int) -> Bool {
        if let next = scalars[dateEnd..<sentence.upperBound].firstIndex(of: ",") {
            let rest = FastText.string(scalars[(next + 1)..<sentence.upperBound]).split(separator: " ")
            let word = rest.first ?? ""
            // (", Egypt's state-linked Al-Qahera News reported.": or the sentence closes with its source.)
            let attribution = rest.count <= 8 && rest.contains { EventExtractor.speechVerbs.contains(clean(String($0))) }
            guard attribution || (word.count > 4 && word.hasSuffix("ing") && word.first?.isLowercase == true) else { return false }
        }
        let head = Dateline.wordsAfter(FastText.string(scalars[sentence.lowerBound...comma]).split(separator: " ").map(String.init))
        if isNamedSubjectWithApposition(head[...]) || subjectBeforeParticiplePhrase(head[...]) != nil { return true }
        // "Sergey Lavrov and Mike Pompeo, during a telephone conversation, discussed ... on Thursday": an aside
        // between the subject and its verb, which is the sentence's.
        guard let open = head.dropLast().lastIndex(where: { $0.hasSuffix(",") }), asidePrepositions.contains(head[open + 1].lowercased()) else { return false }
        let subject = head[...open]
        guard !subject.contains(where: { isVerb($0) }), subject.first?.first?.isUppercase == true else { return false }
        return isNamedSubjectWithApposition(subject) || (subject.count <= 8 && !subject.dropLast().contains { $0.hasSuffix(",") })
    }

    /// "The delegation, led by deputy Gaza chief Khalil al-Hayya,": a short subject and a phrase opened by a
    /// participle, set off by commas; the verb after them is the sentence's. The index of the subject's last
    /// word (with its comma).
    static func subjectBeforeParticiplePhrase(_ head: ArraySlice<String>) -> Int? {
        guard let subjectEnd = head.dropLast().firstIndex(where: { $0.hasSuffix(",") }), subjectEnd - head.startIndex < 6,
              head.last?.hasSuffix(",") == true, !head[...subjectEnd].contains(where: { isVerb($0) }),
              isParticiple(head[subjectEnd + 1]) || head[subjectEnd + 1] == "led" else { return nil }
        let phrase = head[(subjectEnd + 2)...]
        // "Foreign Minister Mohammad Ishaq Dar, received a telephone call from ...": a verb taking an object
        // is the sentence's own, after a stray comma; a participle of a phrase takes none ("led by").
        if let next = phrase.first, determiners.contains(next) { return nil }
        return phrase.count <= 12 && !phrase.contains { isVerb($0) && !isParticiple($0) } ? subjectEnd : nil
    }

    /// The words before `lo`, back to the last comma (at most 24, within 160 scalars), and where that comma is.
    private static func clauseBefore(_ scalars: [Unicode.Scalar], from lo: Int, limit: Int) -> (words: [String], comma: Int?) {
        var words: [String] = []
        var k = lo - 1
        let floor = max(limit, lo - 160)
        while words.count < 24 {
            while k >= floor, scalars[k] == " " { k -= 1 }
            guard k >= floor else { break }
            // A word ending in a comma closes the clause before the date.
            if scalars[k] == "," { return (words.reversed(), k) }
            let end = k + 1
            while k >= floor, scalars[k] != " " { k -= 1 }
            words.append(FastText.string(scalars[(k + 1)..<end]))
        }
        return (words.reversed(), nil)
    }

    /// Participles that announce a schedule: "the meeting scheduled for Monday" is when the sentence's
    /// happening takes place too.
    private static let scheduleParticiples: Set<String> = ["scheduled", "planned", "set", "slated", "expected", "due"]

    private static let irregularParticiples: Set<String> = [
        "held", "signed", "made", "taken", "given", "built", "sent", "lost", "struck", "begun", "brought", "shot",
        "seen", "known", "written", "spoken", "fought", "laid", "paid", "sold", "told", "drawn", "thrown", "imposed",
    ]

    /// Prepositions whose object a reduced relative may describe: "the reopening of ties severed in 1961".
    private static let nounTakers: Set<String> = ["of", "with", "for", "over", "about", "on"]

    private static func isParticiple(_ word: String) -> Bool {
        guard word.first?.isLowercase == true, word.allSatisfy(\.isLetter) else { return false }
        return (word.hasSuffix("ed") && word.count > 4) || irregularParticiples.contains(String(word))
    }

    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "these", "those"]

    /// ", imposed in July 2019": a clause opened by a participle; "similar to the talks held in Istanbul in"
    /// and "implementing the agreements reached during": a participle after a preposition's or a verb's
    /// object. Either way the date that follows is the participle's, not the sentence verb's.
    private static func reducedRelativeBefore(_ clause: [String]) -> Bool {
        var window = clause.suffix(12)
        // "abducted by Pyongyang in the 1970s and [1980s]": the second date of a pair reads as the first.
        if let and = window.last, and == "and" || and == "or",
           let preposition = window.indices.suffix(5).last(where: { framingPrepositions.contains(String(window[$0])) }) {
            window = window[...preposition]
        }
        guard let last = window.last else { return false }
        // (", first proposed in 1989,": an adverb may come first; ", signed a decade ago,": the date may
        // follow the participle directly.)
        let opening = clause.first.map { ["first", "originally", "initially", "previously", "jointly", "later", "also"].contains(String($0)) } == true
            ? clause.dropFirst() : clause[...]
        if opening.count <= 6, let first = opening.first, isParticiple(first), !scheduleParticiples.contains(String(first)),
           framingPrepositions.contains(String(last)) || opening.count == 1 {
            return true
        }
        // "restoring diplomatic ties severed more than five decades ago", "the reopening of ties severed in": a
        // participle right after the noun that an "-ing" form or a preposition takes, the date right after it.
        // ("The talks ended two days ago", "said the talks ended": a subject's verb.)
        if window.count >= 3, isParticiple(last), !scheduleParticiples.contains(String(last)) {
            let words = Array(window)
            let noun = words[words.count - 2]
            var k = words.count - 3
            while k > 0, words.count - 3 - k < 3, words[k].first?.isLowercase == true, !words[k].hasSuffix("ing"),
                  !nounTakers.contains(words[k]), !isVerbForm(words[k]) { k -= 1 }
            if noun.first?.isLowercase == true, noun.allSatisfy(\.isLetter), !notNouns.contains(noun), !isVerbForm(noun),
               k >= 0, words[k].hasSuffix("ing") || nounTakers.contains(words[k]) {
                return true
            }
        }
        guard framingPrepositions.contains(String(last)) else { return false }
        let words = Array(window)
        for p in stride(from: words.count - 2, through: 2, by: -1) where isParticiple(words[p]) && !scheduleParticiples.contains(String(words[p])) {
            let noun = words[p - 1]
            // ("trade between the two countries reached $85 billion in 2022": a participle with an object
            // is a finite verb; a reduced relative's runs into its preposition, "the accord reached in Paris in".)
            let next = words[p + 1]
            guard p + 1 == words.count - 1 || framingPrepositions.contains(next) || phrasePrepositions.contains(next)
                    || ["by", "at", "on", "with", "for"].contains(next) || next.hasSuffix("ly") else { continue }
            guard noun.first?.isLowercase == true, noun.allSatisfy(\.isLetter), !noun.hasSuffix("ly"),
                  !notNouns.contains(String(noun)),
                  !["be", "been", "being", "it", "they", "he", "she", "we", "who", "not", "first", "also", "then", "later", "now", "once",
                    "already", "still", "just", "recently"].contains(String(noun))
            else { continue }
            // The noun phrase opens with a determiner, or with nothing after its preposition: "the issue of
            // Japanese nationals abducted by Pyongyang in the 1970s".
            let plural = noun.count > 3 && noun.hasSuffix("s") && !noun.hasSuffix("ss")
            let opening = (max(0, p - 4)..<(p - 1)).last { determiners.contains(String(words[$0])) }
                ?? (plural ? (max(0, p - 3)..<(p - 1)).last { k in k > 0 && phrasePrepositions.contains(String(words[k - 1])) } : nil)
            guard let d = opening, d > 0 else { continue }
            let governor = words[d - 1]
            if phrasePrepositions.contains(String(governor)) || ["to", "like", "from", "than", "about", "into", "under"].contains(governor)
                || (governor.hasSuffix("ing") && governor.count > 4) {
                return true
            }
        }
        return false
    }

    /// A finite verb or an "-ing" form that continues the clause ("raised", "says", "showing").
    private static func isVerbForm(_ word: String) -> Bool {
        let w = clean(word).lowercased()
        return isVerb(w) || (w.hasSuffix("ing") && w.count > 5 && !["meeting", "hearing", "bombing", "shooting", "uprising", "briefing", "signing", "opening", "gathering", "ruling", "killing", "landing", "offering", "building"].contains(w))
    }
}
