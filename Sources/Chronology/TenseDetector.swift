/// Decides whether the clause around an expression talks about the past or the future, from the
/// nearest tense cue in the same sentence ("said Friday" -> past; "will meet on Monday" -> future).
struct TenseDetector {
    let tokens: [Token]

    /// Looks up to 12 words left and 8 right of `start..<end`, within the sentence; the nearest cue wins,
    /// and a cue on the left wins a tie (English puts auxiliaries before the verb). Distances count
    /// words only: "840.8 million" or "U.S." must not push the verb out of reach.
    func tense(start: Int, end: Int) -> Tense {
        guard start < tokens.count else { return .unknown }
        // "as soon as Tuesday", "as soon as trading opened Monday": the earliest of what is to come.
        if let soon = (max(0, start - 6)..<start).last(where: { tokens[$0].is("soon") }),
           soon > 0, soon + 1 < tokens.count, tokens[soon - 1].is("as"), tokens[soon + 1].is("as"),
           tokens[soon...start].allSatisfy({ $0.sentence == tokens[start].sentence }) {
            return .future
        }
        if postponedUntil(start) || effectiveFrom(start) || presentInTemporalClause(start) { return .future }
        // "the war since October 7", "ever since Monday": what has been going on since is over.
        if start > 0, tokens[start - 1].is("since") { return .past }
        if isDeadline(start) || isDeadlineOfAnOrder(start) { return .future }
        let sentence = tokens[start].sentence
        // "would look for ways to get around Wednesday's ruling": a day named as a happening's is that
        // happening's, not the one a modal looks ahead to.
        let possessive = end < tokens.count && tokens[end].is("'s")
        var best: (distance: Int, tense: Tense)?
        var k = start - 1, words = 0
        while k >= 0, words < 12, tokens[k].sentence == sentence {
            if tokens[k].kind == .word { words += 1 }
            if let t = cue(at: k), !(possessive && tokens[k].isAny(["would", "could", "might"])) {
                best = (words, t)
                break
            }
            k -= 1
        }
        // "Russia told the United States on Wednesday it would throw out ...": a telling's date, with the told
        // clause opening after it; the clause's modal is the words', not the date's.
        let tellingBefore = best?.tense == .past && k >= 0 && TenseDetector.tellingVerbs.contains(tokens[k].lower)
        let leftStop = (k, words)
        k = end
        words = 0
        // "In January, a week after the anniversary of the Roe vs. Wade decision, a bombing killed ...": an
        // expression opening its sentence is told by the main clause's verb, however far it comes.
        let opensSentence = best == nil && (start == 0 || tokens[start - 1].sentence != sentence
            || ((start == 1 || tokens[start - 2].sentence != sentence) && tokens[start - 1].kind == .word))
        let rightWindow = opensSentence ? 25 : 8
        // A quotation mark ends the clause: in "will leave at 4 a.m. Thursday,'' Castro said" the verb
        // after the quote reports the quote, it does not date it.
        while k < tokens.count, words < rightWindow, tokens[k].sentence == sentence, !isQuotationMark(k) {
            // "flew to Kyiv over the weekend and will travel on": a verb on the left keeps its clause.
            if best != nil, tokens[k].isAny(["and", "but", "while", "whereas"]) { break }
            // "agreed to hold a dialogue in the second half of the year, the ministry said": past a comma
            // comes the clause reporting the words, not their time; past "if" or "as" a clause of its own
            // ("would hold a final vote in 2007 if no agreement was reached").
            if best != nil, tokens[k].is(",") || tokens[k].isAny(TenseDetector.subordinators) { break }
            if tokens[k].kind == .word { words += 1 }
            if tellingBefore, k > end, tokens[k - 1].isAny(["it", "he", "she", "they", "we", "that"]) { break }
            if let t = cue(at: k) {
                if best == nil || words < best!.distance { best = (words, t) }
                break
            }
            k += 1
        }
        // "is expected to hold a bilateral meeting with President Xi Jinping on the sidelines of the summit
        // on Wednesday": with no cue near, the plan the long complement hangs on, further left.
        if best == nil {
            (k, words) = leftStop
            while k >= 0, words < 24, tokens[k].sentence == sentence {
                if tokens[k].kind == .word { words += 1 }
                // Only a plan reaches that far: a past verb there is mostly another clause's ("announced in
                // Washington that the father would be traveling ... Thursday").
                if let t = cue(at: k) { return t == .future ? t : .unknown }
                k -= 1
            }
        }
        // "the exercise, which runs through Saturday", "is open until Friday": a span ends ahead unless told
        // as past.
        // ("$4.1 million by 2030", "a target of 50 percent by 2030": a deadline, unless told as past: "by 2010
        // exports had doubled".)
        if best == nil || best?.tense == .present, start > 0, tokens[start - 1].isAny(["through", "until", "till", "by"]) { return .future }
        return best?.tense ?? .unknown
    }

    private static let tellingVerbs: Set<String> = ["told", "said", "informed", "assured", "warned", "notified", "announced"]

    private static let subordinators = ["if", "unless", "as", "because", "although", "though"]

    /// Headline presents that are also plural nouns: "heads", "visits", "meets".
    private static let nounLikePresents: WordSet = ["heads", "visits", "meets", "ends", "starts", "opens", "begins", "hosts", "chairs", "addresses"]
    private static let determinersBeforeNouns = ["the", "two", "three", "both", "its", "their", "his", "her", "our", "these", "those", "several", "many", "all"]

    private enum Cue {
        case past, present, future, intentMarker, notPast
    }

    /// Every cue word in one table, so a token costs one lookup. Future cues win over past ones, as
    /// they did when the lists were tried in turn.
    private static let cues: WordTable<Cue> = {
        var table: [String: Cue] = [:]
        for word in Lexicon.futureCues.words { table[word] = .future }
        for word in Lexicon.pastCues.words where table[word] == nil { table[word] = .past }
        for word in ["is", "are", "says", "am"] where table[word] == nil { table[word] = .present }
        for word in ["to", "for"] { table[word] = .intentMarker }
        for word in Lexicon.edNotPast.words where table[word] == nil { table[word] = .notPast }
        return WordTable(table)
    }()

    private func cue(at k: Int) -> Tense? {
        let token = tokens[k]
        guard token.kind == .word else { return nil }
        let word = token.lower
        switch TenseDetector.cues[token] {
        case .intentMarker?:
            // Intent: "set to meet", "expected to", "due to", "scheduled for"; not "went to Seoul", not
            // "vacation plans for the holiday".
            guard k > 0, token.is("to") ? Lexicon.intentVerbs.contains(tokens[k - 1]) || headlineInfinitive(at: k) || directed(at: k)
                    : Lexicon.intentVerbsBeforeFor.contains(tokens[k - 1])
            else { return nil }
            // A plan told in the past perfect is over: "it had been due to expire Friday"; so is one told
            // as the original plan: "the trip was originally scheduled for February".
            // ("had ordered the diplomats to leave by April 5": so is an order told so.)
            return hadBefore(k - 1) || formerPlan(k - 1) || orderedBefore(k) ? .past : .future
        case .future?:
            // "next to the embassy" is a place; "vacation plans" are a noun, "plans to" a verb.
            let followedByTo = k + 1 < tokens.count && tokens[k + 1].is("to")
            // "the two heads of state held a meeting", "their visits": a headline's present that is a plural noun
            // here, after a determiner or before "of".
            if TenseDetector.nounLikePresents.contains(token),
               (k > 0 && (tokens[k - 1].isAny(TenseDetector.determinersBeforeNouns) || tokens[k - 1].kind == .number))
                || (k + 1 < tokens.count && tokens[k + 1].is("of")) {
                return nil
            }
            if token.is("next"), followedByTo { return nil }
            // ("North Korea plans a weapons test Saturday": a verb with its object looks ahead too.)
            if token.is("plans"), !followedByTo {
                let verb = k > 0 && k + 1 < tokens.count && tokens[k + 1].isAny(["a", "an", "another", "new"])
                    && !tokens[k - 1].isAny(["the", "its", "his", "her", "their", "our", "these", "those", "of", "and"])
                return verb ? .future : nil
            }
            // "as previously planned", "the hastily planned trip": a plan told as done.
            if token.is("planned"), k > 0, tokens[k - 1].is("as") || tokens[k - 1].lower.hasSuffix("ly") { return .past }
            if formerPlan(k) { return .past }
            // "The council scheduled a meeting later Friday", "had scheduled a vote on Friday": the verb of a
            // scheduling told as done says nothing of when its meeting falls (or, in the past perfect, that it
            // fell before); "is scheduled", "has scheduled" and "scheduled for" still look ahead.
            if token.isAny(["scheduled", "planned"]), k + 1 < tokens.count, tokens[k + 1].isAny(["a", "an", "the", "its", "their", "his", "her"]) {
                if hadBefore(k) { return .past }
                if k > 0, !tokens[k - 1].isAny(["is", "are", "was", "were", "be", "been", "has", "have", "'s"]) { return nil }
            }
            if token.isAny(["would", "could", "might"]), k + 1 < tokens.count {
                // "could not be reached Monday", "would not comment on Tuesday": a refusal reported, told as
                // past; "would have met in May": what did not happen.
                if tokens[k + 1].isAny(["not", "n't", "never", "have", "'ve"]) { return tokens[k + 1].isAny(["have", "'ve"]) ? .past : nil }
            }
            return .future
        case .past?:
            // "were planning to drive", "was going to": the plan is the clause's tense, not the auxiliary.
            if token.is("was") || token.is("were"), k + 1 < tokens.count, tokens[k + 1].isAny(["planning", "going"]) {
                return nil
            }
            // "will last until the end of the week", "expected to last": the verb, not "last week".
            if token.is("last"), k > 0, Lexicon.modalsBeforeVerb.contains(tokens[k - 1]) { return nil }
            // "their last meeting before Trump takes office in January": the final one, told in no tense.
            if token.is("last"), k > 0, tokens[k - 1].isAny(["their", "his", "her", "its", "our", "my", "your"]) { return nil }
            // "to spend 1.8 billion won by 2030": Korea's currency.
            if token.is("won"), k > 0, tokens[k - 1].kind == .number || tokens[k - 1].isAny(["million", "billion", "trillion"]) { return nil }
            if participleWithAgent(at: k) { return nil }
            return passive(at: k) ?? .past
        case .present?:
            // "Later in the day, Wong is expected to meet officials": "is" opening a plan ("is expected to",
            // "is set to", "is to") is the plan's tense.
            if k + 2 < tokens.count, tokens[k + 1].is("to") || (Lexicon.intentVerbs.contains(tokens[k + 1]) && tokens[k + 2].isAny(["to", "for"])) {
                return .future
            }
            return .present
        case .notPast?: return nil
        case nil:
            // "-ed" is a past unless the word is an "un-" adjective: "a still unspecified date in January".
            guard word.utf8.count > 4, word.hasSuffix("ed") else { return nil }
            if word.hasPrefix("un"), !word.hasPrefix("under"), !Lexicon.unPrefixedVerbs.contains(token) { return nil }
            // After an article it is an adjective: "to the occupied West Bank on Thursday", "the disputed
            // islands", "an embattled leader".
            if k > 0, tokens[k - 1].isAny(["the", "a", "an"]) { return nil }
            // So it is after a verb that follows a modal: "would publish updated guidelines in 2018".
            // ("could be located Wednesday" is a passive, "would have met" a perfect.)
            if k > 1, tokens[k - 1].kind == .word, !tokens[k - 1].isAny(["be", "have", "'ve", "been", "not", "never"]),
               tokens[k - 2].isAny(["would", "could", "might", "will", "'ll", "shall", "can", "may", "must", "should", "to"]) {
                return nil
            }
            if participleWithAgent(at: k) { return nil }
            return passive(at: k) ?? .past
        }
    }

    /// "urged residents to get vaccinated before May", "called on both sides to return to talks in March":
    /// what someone was told to do lies ahead of the telling. (Someone between the verb and "to": "declined
    /// when asked to comment on Friday" asks nothing ahead.)
    private func directed(at k: Int) -> Bool {
        var j = k - 1
        while j >= max(0, k - 4), tokens[j].kind == .word {
            if j < k - 1, Lexicon.directiveVerbs.contains(tokens[j]) { return true }
            j -= 1
        }
        return false
    }

    /// "had ordered the diplomats to": the directive verb before an infinitive, told in the past perfect.
    private func orderedBefore(_ k: Int) -> Bool {
        var j = k - 1
        while j >= max(1, k - 4), tokens[j].kind == .word {
            if j < k - 1, Lexicon.directiveVerbs.contains(tokens[j]) { return hadBefore(j) }
            j -= 1
        }
        return false
    }

    /// "will attend a dinner hosted by King Willem-Alexander on Tuesday evening": a participle after its
    /// noun, with its agent, describes the noun; the clause's tense is the verb's before it. ("Prices rose
    /// by 5%" is a past: a number follows "by"; so does a noun's past after a pronoun or a name.)
    private func participleWithAgent(at k: Int) -> Bool {
        guard k > 0, k + 2 < tokens.count, tokens[k + 1].is("by"), tokens[k + 2].kind == .word,
              tokens[k + 2].isCapitalized || tokens[k + 2].isAny(["the", "a", "an", "his", "her", "their", "its"]),
              tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized,
              !tokens[k - 1].isAny(["he", "she", "it", "they", "we", "i", "who", "which", "that", "and", "also", "then", "later", "first"])
        else { return false }
        // The word before is a noun: not an adverb ("jointly hosted by") nor an auxiliary.
        let before = tokens[k - 1].lower
        return !before.hasSuffix("ly") && TenseDetector.cues[tokens[k - 1]] == nil
    }

    /// A double quotation mark, or a single one that pairs up ("''") or follows punctuation (",'"); a
    /// lone apostrophe after a word is a plural possessive ("students' union").
    private func isQuotationMark(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .punctuation else { return false }
        switch Word(token.lower) {
        case "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}": return true
        case "'", "`":
            // (Typographic apostrophes are folded to "'" by the tokenizer.)
            if k + 1 < tokens.count, tokens[k + 1].isJoinedToPrevious, tokens[k + 1].is("'") || tokens[k + 1].is("`") { return true }
            return k > 0 && token.isJoinedToPrevious && tokens[k - 1].kind == .punctuation
        default: return false
        }
    }

    /// "before Trump takes office in January", "when he visits Seoul in May": a temporal clause tells what
    /// is to come in the present tense (a past one would read "before Trump took office").
    private static let temporalConjunctions = ["before", "until", "till", "once", "when", "after"]
    private static let subjectPronouns = ["he", "she", "it"]

    private func presentInTemporalClause(_ start: Int) -> Bool {
        let sentence = tokens[start].sentence
        // Most dates follow no such conjunction: find it first, and only then read the clause.
        var conjunction = start - 1
        while conjunction > 0, start - conjunction <= 8, tokens[conjunction].sentence == sentence, tokens[conjunction].kind == .word,
              !tokens[conjunction].isAny(TenseDetector.temporalConjunctions), !tokens[conjunction].isAny(TenseDetector.relativePronouns) {
            conjunction -= 1
        }
        guard conjunction > 0, start - conjunction <= 8 else { return false }
        if tokens[conjunction].isAny(TenseDetector.relativePronouns) { return presentInRelativeClause(after: conjunction, before: start) }
        guard tokens[conjunction].isAny(TenseDetector.temporalConjunctions) else { return false }
        var verbAt: Int?
        for k in (conjunction + 2)..<max(conjunction + 2, start) {
            if cue(at: k) != nil { return false }
            let word = tokens[k].lower
            // A present "-s" verb right after its subject: a name or "he", "she", "it".
            if verbAt == nil, word.utf8.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !tokens[k].isCapitalized,
               tokens[k - 1].isCapitalized || tokens[k - 1].isAny(TenseDetector.subjectPronouns) {
                verbAt = k
            }
        }
        return verbAt != nil
    }

    private static let relativePronouns = ["who", "which"]

    /// "Mr. Trump, who takes office on Jan. 20, has threatened ...", "the truce, which takes effect on
    /// Sunday": a relative clause in the present tells what is scheduled, whatever the main verb's tense.
    private func presentInRelativeClause(after pronoun: Int, before start: Int) -> Bool {
        let verb = pronoun + 1
        guard verb < start, pronoun > 0, tokens[pronoun - 1].is(",") else { return false }
        let word = tokens[verb].lower
        guard tokens[verb].kind == .word, !tokens[verb].isCapitalized, word.utf8.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"),
              !word.hasSuffix("us") else { return false }
        return ((verb)..<start).allSatisfy { cue(at: $0) == nil }
    }

    /// Whether the nearest verb before `start` in its sentence is a present perfect: "have pushed", "has
    /// long sought" (an adverb may stand between).
    func isPresentPerfect(before start: Int) -> Bool {
        var k = start - 1, words = 0
        while k > 0, words < 12, tokens[k].sentence == tokens[start].sentence {
            if tokens[k].kind == .word { words += 1 }
            if cue(at: k) != nil {
                let auxiliary = tokens[k - 1].lower.hasSuffix("ly") || tokens[k - 1].isAny(["long", "also", "already"]) ? k - 2 : k - 1
                return auxiliary >= 0 && tokens[auxiliary].isAny(["has", "have"])
            }
            k -= 1
        }
        return false
    }

    /// "originally scheduled", "initially planned": the plan that was, not the one to come.
    private func formerPlan(_ k: Int) -> Bool {
        k > 0 && tokens[k - 1].isAny(["originally", "initially", "previously", "once"])
    }

    /// "had" or "had been" right before the word at `k`.
    private func hadBefore(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        if tokens[k - 1].is("had") { return true }
        return k > 1 && tokens[k - 1].is("been") && tokens[k - 2].is("had")
    }

    /// "Blinken to visit China next week", "Beijing to host the derby in 2026": a headline's plan, its subject's
    /// capitalized words opening the line and a verb after "to" (not "Japan to Korea flights").
    private func headlineInfinitive(at k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized else { return false }
        // ("Talking to reporters on Thursday, Alam said", "According to officials": a participle or a preposition
        // opening a sentence is capitalized too.)
        if k > 0, tokens[k - 1].lower.hasSuffix("ing") || tokens[k - 1].isAny(["according", "thanks", "prior", "next", "close", "contrary", "compared"]) {
            return false
        }
        var j = k - 1
        while j >= 0, tokens[j].sentence == tokens[k].sentence {
            guard tokens[j].kind == .word, tokens[j].isCapitalized else { return false }
            j -= 1
        }
        return k - 1 - j <= 4
    }

    /// "A final report is due in 2022", "a verdict is expected by March": what is due or expected is to come,
    /// unless it was due once ("had been due by Friday", "originally expected in May").
    private func isDeadline(_ start: Int) -> Bool {
        var k = start - 1
        if k >= 0, tokens[k].isAny(["by", "in", "on", "before", "until"]) { k -= 1 }
        guard k >= 0, tokens[k].isAny(["due", "expected"]) else { return false }
        return !hadBefore(k) && !formerPlan(k) && !(k > 0 && tokens[k - 1].isAny(["was", "were"]))
    }

    /// "ordered 60 diplomats to leave by April 5", "ordering staff to fly home by Jan. 31": the deadline of an
    /// order is to come, whatever the tense of the ordering (not one told as over: "had ordered them to
    /// leave by May").
    private func isDeadlineOfAnOrder(_ start: Int) -> Bool {
        guard start > 1, tokens[start - 1].isAny(["by", "before"]) else { return false }
        let sentence = tokens[start].sentence
        // The infinitive within six words of the deadline ("to fly home by"), its order within six words before
        // it ("ordering U.S. Embassy staff to").
        var k = start - 2, words = 0
        while k > 0, words < 6, tokens[k].sentence == sentence, !tokens[k].is(",") {
            if tokens[k].kind == .word { words += 1 }
            if tokens[k].is("to"), tokens[k + 1].kind == .word, !OrderVerbs.determiners.contains(tokens[k + 1].lower) {
                var j = k - 1, before = 0
                while j >= 0, before < 6, tokens[j].sentence == sentence {
                    if tokens[j].kind == .word { before += 1 }
                    if OrderVerbs.words.contains(tokens[j].lower) { return !hadBefore(j) }
                    j -= 1
                }
                return false
            }
            k -= 1
        }
        return false
    }

    /// "effective Feb. 1", "effective from June 1": announcements name the date a change takes hold.
    private func effectiveFrom(_ start: Int) -> Bool {
        var k = start - 1
        if k >= 0, tokens[k].is("on") || tokens[k].is("from") { k -= 1 }
        return k >= 0 && tokens[k].is("effective") && tokens[k].sentence == tokens[start].sentence
    }

    /// "postponed until Tuesday", "delayed to Monday", "put off until Friday": the new date is to come,
    /// whatever the tense of the verb.
    private func postponedUntil(_ start: Int) -> Bool {
        var k = start - 1
        if k >= 0, tokens[k].is("on") { k -= 1 }
        guard k > 0 else { return false }
        switch Word(tokens[k].lower) {
        case "until", "till", "to": break
        default: return false
        }
        var words = 0
        k -= 1
        while k >= 0, words < 6, tokens[k].sentence == tokens[start].sentence {
            if tokens[k].kind == .word {
                words += 1
                if Lexicon.postponingVerbs.contains(tokens[k]) { return !hadBefore(k) }
            }
            k -= 1
        }
        return false
    }

    /// A participle after a present or future "be" is a passive, not a past: "will be named for a
    /// mission in December", "would be paid in January", "when the case is heard in May". After "was"
    /// or "been" it stays past; after "could be" or "must be" it tells nothing.
    private func passive(at k: Int) -> Tense? {
        guard k > 0, tokens[k - 1].kind == .word else { return nil }
        switch Word(tokens[k - 1].lower) {
        case "be":
            guard k > 1 else { return .unknown }
            switch Word(tokens[k - 2].lower) {
            // ("can be resolved in October", "may be signed in May": a modal's passive looks ahead too; "could
            // be located Wednesday" is as often past.)
            case "will", "'ll", "shall", "would", "to", "can", "may", "might", "should": return .future
            default: return .unknown
            }
        case "is", "are", "am", "being": return .present
        default: return nil
        }
    }
}
