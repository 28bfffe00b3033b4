import Chronology
import Foundation
import Articles

/// Writes a short headline for an event from its sentence: actor + action, present tense, the date
/// phrase removed ("Kim Yo Jong says North Korea is open to “a new future” with Japan").
enum EventTitler {
    static let presentTense: [String: String] = [
        "said": "says", "told": "tells", "warned": "warns", "announced": "announces", "stated": "states",
        "remarked": "remarks", "mentioned": "mentions", "declared": "declares", "noted": "notes", "added": "adds",
        "urged": "urges", "proposed": "proposes", "offered": "offers", "met": "meets", "sent": "sends",
        "reopened": "reopens", "fired": "fires", "called": "calls", "issued": "issues", "suggested": "suggests",
        "floated": "floats", "approved": "approves", "oversaw": "oversees", "reported": "reports", "welcomed": "welcomes",
        "acknowledged": "acknowledges", "recognized": "recognizes", "rejected": "rejects", "visited": "visits",
        "signed": "signs", "agreed": "agrees", "launched": "launches", "spoke": "speaks", "made": "makes",
        "held": "holds", "insisted": "insists", "expressed": "expresses", "conveyed": "conveys",
    ]

    /// The headline present of a past form, if known: "said" -> "says", "voted" -> "votes".
    static func presentForm(_ past: String) -> String? {
        if let present = presentTense[past] ?? regularPresent[past] ?? irregularPresent[past] ?? pastsLikeTheirBase[past] { return present }
        // "test-fired", "re-elected": the verb after the hyphen takes the tense.
        guard let hyphen = past.lastIndex(of: "-"), hyphen != past.startIndex,
              let present = presentForm(String(past[past.index(after: hyphen)...])) else { return nil }
        return past[...hyphen] + present
    }

    /// The present a plural subject takes: "says" -> "say", "launches" -> "launch", "carries" -> "carry".
    static func pluralPresent(_ singular: String) -> String {
        switch singular {
        case "has": return "have"
        case "goes": return "go"
        case "summons": return "summon"
        default: break
        }
        if singular.hasSuffix("ies"), singular.count > 4 { return singular.dropLast(3) + "y" }
        // ("vetoes", "echoes", "does": an "-o" verb takes "-es".)
        if ["sses", "ches", "shes", "xes", "oes"].contains(where: singular.hasSuffix) { return String(singular.dropLast(2)) }
        return String(singular.dropLast())
    }

    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "could", "can", "should", "must"]
    static let bullets: Set<String> = ["-", "–", "—", "•", "*", "·", "▪", "●"]
    static let leadingMarkers: Set<String> = ["however", "meanwhile", "but", "and", "also", "still", "yet", "then", "so", "moreover", "separately"]
    static let datePrepositions: Set<String> = [
        "on", "in", "at", "during", "by", "since", "from", "of", "late", "later", "earlier", "early", "until", "till", "before", "after",
        "over", "through", "throughout", "into", "within", "around", "for", "well", "between",
    ]

    /// Adverbs between a subject and its verb that date the verb: "They last met", "It previously said".
    private static let pastAdverbs: Set<String> = ["last", "previously", "once", "already", "first"]

    private static let seasonsAndMonths: Set<String> = [
        "spring", "summer", "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    ]

    /// Prepositions a verb's particle may look like ("sworn in on Jan. 20").
    private static let plainPrepositions: Set<String> = ["in", "on", "at"]

    /// Adverbs that measure a date's preposition: "shortly before 11:00", "just after midnight".
    private static let dateDegreeAdverbs: Set<String> = [
        "shortly", "just", "soon", "right", "immediately", "only", "long", "sometime", "about", "approximately", "roughly",
        "nearly", "almost",
    ]

    /// Words after "as" that make it open a clause rather than a comparison.
    private static let asClauseOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "his", "her", "their", "its", "part", "well", "tensions", "talks",
        "fighting", "officials", "both", "many", "some",
    ]

    /// Verbs that report a clause: "announces that Israel and Hezbollah had agreed".
    private static let reportingVerbs: Set<String> = [
        "says", "said", "announces", "announced", "confirms", "confirmed", "reports", "reported", "warns", "warned", "tells", "told",
        "states", "stated", "notes", "noted", "adds", "added", "believes", "believed",
    ]

    /// Lowercase words inside names: "Michel and von der Leyen will meet" is two people's subject.
    static let nameParticles: Set<String> = ["von", "der", "van", "de", "den", "da", "di", "du", "la", "le", "al", "bin", "ibn"]

    /// Outlets told something: what they were told is the news, not the telling.
    private static let mediaAudiences: Set<String> = [
        "agency", "newspaper", "daily", "outlet", "broadcaster", "television", "channel", "radio", "website", "magazine",
        "reporters", "journalists",
    ]

    /// Words that open a leading adverbial clause ("In a statement,", "Speaking to reporters,").
    static let adverbialStarts: Set<String> = [
        "in", "at", "on", "after", "before", "during", "with", "following", "despite", "amid", "under", "for", "as", "while",
        "when", "since", "earlier", "later", "asked", "speaking", "of", "ahead", "prior",
        // ("Instead, in July he made his first trip": a sentence adverb links to what came before.)
        "instead", "meanwhile", "however", "separately", "moreover", "nonetheless", "nevertheless", "still",
        // ("Besides this, he has two events at Blair House".)
        "besides", "additionally", "furthermore", "likewise", "similarly", "notably",
        // ("In fact, just to mention, he had fruitful meetings", "Just hours after the vote, Moscow ...".)
        "just",
        // ("Effective at 4 a.m. tomorrow local time, the fighting ... will end": when it takes effect.)
        "effective", "from", "until", "by",
    ]

    /// What one has rather than does: "had talks", "had lunch".
    private static let hadObjects: Set<String> = [
        "talks", "discussions", "consultations", "meetings", "lunch", "dinner", "breakfast", "bilateral", "phone", "telephone", "separate",
    ]

    /// Conjunctions opening a condition or a time before what someone says: "said that once approved, ...".
    private static let reportedConditions: Set<String> = ["once", "if", "when", "unless", "after", "before", "while", "although", "though"]

    /// Participles of speaking that open a sentence with where or to whom the subject spoke.
    static let speakingParticiples: Set<String> = ["speaking", "addressing", "responding", "answering", "talking", "writing"]

    /// A weekday as a bracket after a date writes it: "November 15 (Fri.)".
    static let weekdayAbbreviations: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Days a telling is dated by: "said on Thursday", "said today".
    static let weekdayNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"]
    /// Words dating a telling right after its verb: "said late on Thursday morning that".
    private static let tellingWords = weekdayNames.union(["on", "late", "early", "earlier", "that", "morning", "afternoon", "evening", "night",
                                                                        "last", "this", "week", "month"])

    /// The headline and its principal actor (the head of the subject, when the gazetteer knows it).
    static func title(sentence: String, timex: TimeExpression, sentenceStart: Int, gazetteer: Gazetteer) -> (String, String?) {
        if let clause = clauseOfTheTime(sentence, dateAt: timex.range.lowerBound - sentenceStart) {
            // The clause has no date of its own: an empty one at its end.
            var undated = timex
            undated.range = (sentenceStart + clause.upperBound)..<(sentenceStart + clause.upperBound)
            let text = capitalizingFirst(String(String.UnicodeScalarView(Array(sentence.unicodeScalars)[clause])))
            return title(sentence: text, timex: undated, sentenceStart: sentenceStart + clause.lowerBound, gazetteer: gazetteer)
        }
        // "The launch came days after the North fired 200 artillery rounds on Jan. 5": the date is the
        // clause's after "after", and so is the headline.
        // "Adeyemi, who joined the club in 2005, has now scored 33 goals": the subject and its relative clause.
        if let (text, dateAt) = quotedSentenceOfTheDate(sentence, dateAt: timex.range.lowerBound - sentenceStart, dateEnd: timex.range.upperBound - sentenceStart)
            ?? relativeClauseEvent(sentence, dateAt: timex.range.lowerBound - sentenceStart)
            ?? objectRelativeClauseEvent(sentence, dateAt: timex.range.lowerBound - sentenceStart)
            ?? namedSubjectRelativeClauseEvent(sentence, dateAt: timex.range.lowerBound - sentenceStart)
            ?? contrastedPredicateEvent(sentence, dateAt: timex.range.lowerBound - sentenceStart)
            ?? sinceWhenClauseEvent(sentence, dateAt: timex.range.lowerBound - sentenceStart, dateLength: timex.range.count) {
            return title(sentence: text, timex: timex, sentenceStart: timex.range.lowerBound - dateAt, gazetteer: gazetteer)
        }
        if let clause = leadingWhenClause(sentence, dateAt: timex.range.lowerBound - sentenceStart) {
            return title(sentence: clause.text, timex: timex, sentenceStart: sentenceStart + clause.start, gazetteer: gazetteer)
        }
        if let start = coordinatedClause(sentence, dateAt: timex.range.lowerBound - sentenceStart) {
            let rest = String(String.UnicodeScalarView(sentence.unicodeScalars.dropFirst(start)))
            return title(sentence: capitalizingFirst(rest), timex: timex, sentenceStart: sentenceStart + start, gazetteer: gazetteer)
        }
        if let clause = whenClauseNamingTheDate(sentence, dateAt: timex.range.lowerBound - sentenceStart, dateEnd: timex.range.upperBound - sentenceStart) {
            // The date lies before the clause: it has none of its own to remove.
            var undated = timex
            undated.range = (sentenceStart + clause)..<(sentenceStart + clause)
            let rest = String(String.UnicodeScalarView(sentence.unicodeScalars.dropFirst(clause)))
            return title(sentence: rest, timex: undated, sentenceStart: sentenceStart + clause, gazetteer: gazetteer)
        }
        if let clause = clauseAfterComesAfter(sentence, dateAt: timex.range.lowerBound - sentenceStart)
            ?? clauseAfterConjunction(sentence, dateAt: timex.range.lowerBound - sentenceStart)
            ?? clauseOfAReport(sentence, dateAt: timex.range.lowerBound - sentenceStart)
            ?? clauseOfAnAs(sentence, dateAt: timex.range.lowerBound - sentenceStart) {
            var rest = String(String.UnicodeScalarView(sentence.unicodeScalars.dropFirst(clause)))
            var restStart = sentenceStart + clause
            // "Yoon's first trip to Japan since he took office in May last year could mark ...": the sentence's own
            // verb after the date closes the clause.
            let dateEnd = timex.range.upperBound - restStart
            if dateEnd > 0, dateEnd < rest.unicodeScalars.count,
               let next = String(String.UnicodeScalarView(rest.unicodeScalars.dropFirst(dateEnd))).split(separator: " ").first,
               verbsResumingTheSentence.contains(String(next)) {
                rest = String(String.UnicodeScalarView(rest.unicodeScalars.prefix(dateEnd)))
            }
            // "Trump said ... after he is sworn in on Jan. 20": in what a speaker says, "he" is the speaker; in
            // what the subject's owner did ("Yoon's first trip ... since he took office"), the owner.
            if let pronoun = ["he ", "she "].first(where: rest.hasPrefix), let speaker = speaker(of: sentence) ?? possessorOpening(sentence) {
                rest = speaker + " " + rest.dropFirst(pronoun.count)
                restStart -= speaker.unicodeScalars.count + 1 - pronoun.unicodeScalars.count
            }
            return title(sentence: rest, timex: timex, sentenceStart: restStart, gazetteer: gazetteer)
        }
        // ("Hanoi, Vietnam, September 15 - The Foreign Ministers ...": a date inside the dateline goes with it.)
        let datelineEnd = Dateline.storyOffset(sentence)
        var words = datelineEnd > 0 && timex.range.upperBound - sentenceStart <= datelineEnd
            ? Dateline.wordsAfter(sentence.split(separator: " ").map(String.init))
            : Dateline.wordsAfter(wordsWithoutDate(sentence, timex: timex, sentenceStart: sentenceStart))
        // "Mao Ning: The conference will be held ...": a transcript's speaker label is not the sentence.
        if let colon = words.prefix(4).firstIndex(where: { $0.hasSuffix(":") }), colon + 3 < words.count,
           words[...colon].allSatisfy({ $0.first?.isUppercase == true }), words[colon + 1].first?.isUppercase == true {
            words.removeSubrange(...colon)
        }
        // "Two decades earlier, in 2000, the summit collapsed": a span measured from the story's time opens
        // the sentence as its date does.
        if let comma = words.prefix(4).firstIndex(where: { $0.hasSuffix(",") }), comma > 0, comma + 3 < words.count,
           ["earlier", "later", "ago"].contains(clean(words[comma]).lowercased()) {
            words.removeSubrange(...comma)
        }
        // "At the invitation of H.E. Bola Ahmed Tinubu, President of the Federal Republic of Nigeria, Prime
        // Minister Narendra Modi paid a State Visit": the courtesy runs to the comma after which the subject
        // comes to its verb.
        if words.count > 6, ["at", "on", "upon"].contains(words[0].lowercased()), words[1] == "the", words[2] == "invitation", words[3] == "of",
           let comma = words.indices.dropFirst(4).first(where: { c in
               guard words[c].hasSuffix(","), c + 3 < words.count else { return false }
               let rest = words[(c + 1)...].prefix(10)
               // ("..., Han Zheng, Member of the Standing Committee ... of the State Council, will attend": or a name
               // and its apposition before the verb.)
               guard let verb = rest.firstIndex(where: isVerb) else { return namedWithApposition(words, from: c + 1) }
               return (verb > c + 1 && !rest[..<verb].contains { $0.hasSuffix(",") }) || namedWithApposition(words, from: c + 1)
           }) {
            words.removeSubrange(...comma)
        }
        // Drop a leading adverbial clause with no actor in it ("Moving swiftly to back up his message,").
        // A place opening the sentence ("In New Delhi, residents ...") is where, not who.
        // "Announced in September 2021, AUKUS is ...": an opening participle's clause, too.
        // ("Beijing banned imports, after Tokyo began": a place ending in "-ing" is no participle.)
        // ("On November 15, commencing at 10:30 a.m. for approximately 30 minutes, Mr. Iwaya held": two of them.)
        // "In an Extraordinary Summit on the Situation in Niger, held on Sunday in Abuja, the leaders called": the
        // frame the sentence opens in, however long, and the participle describing it.
        if words.count > 8, ["In", "At", "During"].contains(words[0]),
           let comma = words.prefix(20).firstIndex(where: { $0.hasSuffix(",") }), comma >= 2, comma + 4 < words.count,
           !words[1..<comma].contains(where: isVerb), ["held", "hosted", "convened", "organized", "organised", "chaired"].contains(words[comma + 1]),
           let close = words[(comma + 1)...].prefix(10).firstIndex(where: { $0.hasSuffix(",") }), close + 3 < words.count {
            words.removeSubrange(...close)
        }
        var reopenedQuote = false
        for _ in 0..<2 {
            if let first = words.first.map({ clean($0).lowercased() }),
               (first.hasSuffix("ing") && gazetteer.actors(in: words[0]).isEmpty) || adverbialStarts.contains(first)
                || (first.hasSuffix("ed") && presentForm(first) != nil),
               let comma = words.prefix(speakingParticiples.contains(first) ? 16 : 10).firstIndex(where: { $0.hasSuffix(",") }), comma < words.count - 4,
               (["in", "at"].contains(first) && comma <= 3) || first == "of" || gazetteer.actors(in: words[...comma].joined(separator: " ")).isEmpty
                // ("Speaking at a press briefing in Dhaka, foreign minister AK Abdul Momen said": where the speaker
                // spoke, whatever place it names.)
                || speakingParticiples.contains(first)
                // "Following the admission that it had kidnapped 13 Japanese, North Korea permitted ...": the
                // clause names actors, but a named subject follows it; "Of the 17 people Japan says ..., five"
                // counts out of a whole, never the subject.
                || !gazetteer.actors(in: words[(comma + 1)...].prefix(3).joined(separator: " ")).isEmpty {
                let opening = words[...comma]
                words.removeSubrange(...comma)
                // ('"As I have already said, our ministries will meet," he said': the quotation still opens.)
                if let mark = opening.first?.first, mark == "“" || mark == "\"", !words.isEmpty {
                    words[0] = String(mark) + capitalizingFirst(words[0])
                    reopenedQuote = true
                }
                // "On January 26, in Istanbul, Turkey, Foreign Minister Hakan Fidan ... discussed": the city's
                // country goes with it.
                if opening.suffix(3).contains(where: { ["in", "at"].contains($0.lowercased()) }), words.count > 4,
                   let country = words.first, country.hasSuffix(","), case let names = gazetteer.actors(in: String(country.dropLast())),
                   names.count == 1, gazetteer.entries[names[0]]?.kind == .state, country.first?.isUppercase == true {
                    words.removeFirst()
                }
            } else {
                break
            }
        }
        // ("- His Excellency Mohamed Irfaan Ali ... was pleased to host": a list's bullet, too.)
        while let first = words.first, leadingMarkers.contains(clean(first).lowercased()) || bullets.contains(first) { words.removeFirst() }
        // "Scheduled from May 8 to 10, this historic visit ...": the participle its date leaves alone goes too.
        if words.count > 4, let first = words.first, first.hasSuffix(","), first.first?.isUppercase == true,
           case let word = clean(first).lowercased(), word.hasSuffix("ed") || word.hasSuffix("ing"), gazetteer.actors(in: first).isEmpty {
            words.removeFirst()
            words[0] = capitalizingFirst(words[0])
        }
        // "It could be recalled that the Vietnamese President extended an invitation": a reminder, no part of it.
        if words.count > 7, words[0] == "It", ["could", "will", "should", "may", "must", "can"].contains(words[1]), words[2] == "be",
           ["recalled", "remembered", "noted"].contains(words[3]), words[4] == "that" {
            words.removeFirst(5)
            words[0] = capitalizingFirst(words[0])
        }
        words = withoutCourtesies(withoutPleasure(words))
        words = withoutRelativeClauses(words)
        if let comma = strayCommaAfterSubject(words) { words[comma].removeLast() }
        words = withoutStrayCommaBeforeAuxiliary(withoutAsideBeforeVerb(words))
        if let (open, close) = counterpartInCommas(words) {
            words[open].removeLast()
            words[close].removeLast()
        }
        // "Sofia Han on Thursday said the association would expand screening on Monday": dated by what is
        // told, the headline leaves out when it was told.
        if let said = words.prefix(12).firstIndex(where: EventExtractor.speechVerbs.contains), said >= 3,
           words[said - 2] == "on", weekdayNames.contains(words[said - 1].lowercased()) {
            words.removeSubrange((said - 2)..<said)
        }
        guard !words.isEmpty else { return (sentence, nil) }
        if let attributed = attributedQuote(words, gazetteer: gazetteer) { return attributed }
        if let quoted = anonymouslyQuoted(words) { words = quoted }
        // (A quotation no one is named as saying reads as the story's own words, without the mark.)
        if reopenedQuote, let first = words.first?.first, first == "“" || first == "\"" { words[0].removeFirst() }

        if let clause = nounPhraseClause(words) { words = clause }
        // A regular "-ed" form heads the predicate only when no comma comes before it; otherwise it is
        // more likely a participle ("with their ties overshadowed by").
        let pastIndex = words.indices.first { i in
            (isVerb(words[i]) || isPastLikeItsBase(words, i)) && (!isRegularPast(words[i]) || !words[..<i].indices.contains { k in words[k].hasSuffix(",") && !isListComma(words, k, before: i) }
                                 || (words[i - 1].hasSuffix(",") && (isNamedSubjectWithApposition(words[..<i]) || subjectBeforeParticiplePhrase(words[..<i]) != nil)))
                // "The Sunshine Policy, launched by Kim Dae-jung in 1998, ended": a participle with its agent
                // after the subject's comma describes it.
                && !(i > 0 && i + 1 < words.count && words[i - 1].hasSuffix(",") && words[i + 1] == "by" && clean(words[i]).hasSuffix("ed"))
                && !(isRegularPast(words[i]) && i > 0 && modifiesNoun(words[i - 1]))
                // "Evans Revere, who took part in talks, said": a relative clause's verb is not the head.
                && !(i > 0 && ["who", "which"].contains(clean(words[i - 1]).lowercased()))
                // "A poll conducted by Gallup showed", "A study published in a journal found": a participle
                // with its agent, or after an indefinite subject when a verb follows, is not the head either
                // ("An Iranian delegation arrived in Moscow" has no other).
                && !(isRegularPast(words[i]) && i + 1 < words.count
                     && (words[i + 1] == "by" || (i <= 3 && ["a", "an"].contains(words[0].lowercased()) && datePrepositions.contains(words[i + 1])
                                                   && words[(i + 2)...].contains(where: { isVerb($0) }))))
                && !isParticipleAfterItsNoun(words, i)
        }
        // "The grain deal, brokered by the UN last July, expires on July 17": with no past form to head it, a
        // present one does (not one that is also a noun: "talks", "visits"); so does one before the past form
        // ("Japan begins releasing treated water": "treated" describes the water), unless a relative clause's.
        let presentIndex = words.indices.dropFirst().first { i in
            isUnambiguousPresent(words[i]) && !["who", "which", "that"].contains(clean(words[i - 1]).lowercased())
        }
        let verbIndex = pastIndex.map { past in presentIndex.map { min($0, past) } ?? past } ?? presentIndex
        if let verb = verbIndex, verb > 0 {
            var predicate = Array(words[verb...])
            // "said on Thursday that Russian forces had shelled Kherson on Wednesday": dated by what it
            // tells, the headline leaves out when it was told.
            if predicate.count > 3, EventExtractor.speechVerbs.contains(clean(predicate[0]).lowercased()) {
                let told = predicate[1...].prefix { tellingWords.contains(clean($0).lowercased()) }
                // ("says on Monday, the second time ...": a comma closes the attribution, which stays.)
                // ("said last week that 27 Russian diplomats ...": so is any time of the telling before its "that".)
                if told.contains(where: { weekdayNames.contains(clean($0).lowercased()) })
                    || (told.count <= 4 && told.count >= 2 && told.last == "that"),
                   !told.contains(where: { $0 != clean($0) }) {
                    predicate.removeSubrange(1..<(1 + told.count))
                }
            }
            if predicate.count > 1, clean(predicate[1]).lowercased() == "that" { predicate.remove(at: 1) }
            // "said that once approved, the TPP will be a major step": the condition opening what was said goes
            // (the comma after it had ended the headline at "says once approved").
            if predicate.count > 6, EventExtractor.speechVerbs.contains(clean(predicate[0]).lowercased()),
               reportedConditions.contains(predicate[1].lowercased()),
               let comma = predicate.prefix(10).firstIndex(where: { $0.hasSuffix(",") }), comma >= 2, comma + 3 < predicate.count {
                predicate.removeSubrange(1...comma)
            }
            // "told a joint news conference after the talks that the trade volume reached ... last year": what was
            // told an audience that has no name, and dated, is headed as what was said ("told Putin that" keeps
            // Putin; "told the forum on Sunday that" is the telling).
            if ["told", "tells"].contains(predicate[0]), let that = predicate.prefix(10).firstIndex(of: "that"), that > 1, that + 3 < predicate.count,
               predicate[1..<that].allSatisfy({ $0.first?.isLowercase == true && !$0.hasSuffix(",") })
                // ("told the RIA Novosti state media agency that": an outlet is an audience with a name; "told
                // reporters in Brussels on Thursday that": so are reporters where they were told.)
                || (mediaAudiences.contains(predicate[that - 1]) && !predicate[1..<that].contains { $0.hasSuffix(",") })
                || (predicate[1] == "reporters" && that <= 7 && !predicate[1..<that].contains { $0.hasSuffix(",") }),
               case let dateAt = timex.range.lowerBound - sentenceStart, dateAt > 0, dateAt <= sentence.unicodeScalars.count,
               FastText.contains(String(String.UnicodeScalarView(sentence.unicodeScalars.prefix(dateAt))), " that ") {
                predicate.replaceSubrange(0...that, with: ["said"])
            }
            // The head of the subject: its last person ("Kim Jong-un's sister Yo-jong" is Kim Yo Jong), else
            // its one state; a subject naming several states stays as written, up to an apposition's comma.
            // A person after a preposition is not the subject's head: "A phone call between Blinken and Qin".
            // "The sister of North Korean leader Kim Jong Un said": a relative or an aide of a person is
            // someone else, whom the subject does not name.
            let relation = (0..<verb - 1).first { relationNouns.contains(clean(words[$0]).lowercased()) && words[$0 + 1] == "of" } ?? verb
            let headPart = words[..<relation].prefix { !headEndingPrepositions.contains(clean($0).lowercased()) }
            let named = gazetteer.actors(in: headPart.joined(separator: " "))
            let people = named.filter { gazetteer.entries[$0]?.kind == .person }
            // "Rishi Sunak and Emmanuel Macron agreed": people joined by "and" are all the subject.
            // "Blinken and Wang last met": names joined by "and" are the subject even when one is unknown.
            let subjectWords = headPart.filter { !pastAdverbs.contains($0) && $0 != "also" }
            var coordinatedPeople = (people.count >= 2 && headPart.contains("and"))
                || (!people.isEmpty && subjectWords.count <= 6 && subjectWords.contains("and")
                    && subjectWords.allSatisfy { $0 == "and" || $0.first?.isUppercase == true || nameParticles.contains($0) })
            // "Japan's Defense Minister Kihara Minoru and his South Korean counterpart Shin Won-sik have agreed":
            // a name the gazetteer does not know, joined by "and" to the person it knows, shares the subject.
            var partner: [String]?
            var groupAndPerson = false
            if !coordinatedPeople, people.count == 1, let and = headPart.firstIndex(of: "and"),
               gazetteer.actors(in: headPart[(and + 1)...].joined(separator: " ")).contains(people[0]),
               let name = trailingName(words[..<and]), gazetteer.actors(in: name.joined(separator: " ")).isEmpty {
                partner = name
                coordinatedPeople = true
            }
            // "EU leaders and British Prime Minister Keir Starmer agreed": a group joined to the person shares
            // the subject too.
            if !coordinatedPeople, people.count == 1, let and = headPart.firstIndex(of: "and"), (1...3).contains(and),
               gazetteer.actors(in: headPart[(and + 1)...].joined(separator: " ")).contains(people[0]),
               let group = words[..<and].last, ["leaders", "ministers", "officials", "diplomats", "lawmakers", "envoys", "negotiators"].contains(group),
               gazetteer.actors(in: words[..<and].joined(separator: " ")).allSatisfy({ gazetteer.entries[$0]?.kind != .person }) {
                partner = Array(words[..<and])
                coordinatedPeople = true
                groupAndPerson = true
            }
            // "Kishida Fumio, Ishiba's predecessor, met Xi": a person named as an owner is not the head.
            let owners = gazetteer.owners(in: headPart.joined(separator: " "))
            let heads = people.filter { !owners.contains($0) }
            // "The Kingdom and the US signed": two names joined by "and" are the subject, even when only
            // one is known.
            // ("The EU and Mercosur first launched": an adverb of the verb is no part of it.)
            let coordinatedNames = people.isEmpty && named.count == 1 && joinsTwoNames(subjectWords[...])
            let actor = coordinatedPeople || coordinatedNames || ownsSubject(headPart, named: named, people: people, owners: owners)
                ? nil : heads.last ?? people.last ?? (named.count == 1 ? named[0] : nil)
            // A long subject is a phrase of its own ("Negotiations to salvage Iran's nuclear deal resumed"):
            // a state named inside it is not what acted.
            // "EU foreign ministers discussed": the ministers of a state or a bloc are not the bloc itself.
            // "The South Korean foreign minister is to stay", "The forthcoming Seoul meeting will be": nor is a
            // minister of a state, or a happening held there, the state.
            // ("South Korea's Supreme Court ordered": nor is its court, which rules apart from its government.)
            // ("The Suva Agreement was endorsed": nor is an agreement named after a place the place's state; "The
            // British-drafted resolution was adopted": nor a paper the state drafted.)
            // ("The Australian PM also met": the noun before the verb's adverb.)
            let noun = clean(words[verb - 1 - (verb >= 2 && ["also", "then", "later", "again"].contains(words[verb - 1]) ? 1 : 0)])
            let rankOfState = verb <= 6 && ([stateMembers, statePeople, happeningNouns].contains { $0.contains(noun) }
                                            || ["court", "tribunal"].contains(noun.lowercased())
                                            || paperNouns.contains(noun.lowercased())
                                            || (noun.first?.isUppercase == true && documentNames.contains(noun)))
            let stateInLongSubject = (verb > 6 || rankOfState) && actor.map { gazetteer.entries[$0]?.kind != .person } == true
            // "The Americans have been ordered to leave": a people named in the plural is its people, not its state.
            let peopleOfState = verb <= 2 && actor.map { actor in
                let last = clean(words[verb - 1])
                return gazetteer.entries[actor]?.kind == .state && last.count > 4 && last.hasSuffix("s") && last.first?.isUppercase == true
                    && !actor.hasSuffix(last) && (verb == 1 || words[0] == "The")
            } == true
            var head = partner.map { $0 + ["and", people[0]] }
                ?? actor.map { stateInLongSubject || peopleOfState ? Array(words[..<verb]) : [$0] } ?? Array(words[..<verb])
            // "French President Emmanuel Macron, German Chancellor Olaf Scholz and Polish Prime Minister Donald
            // Tusk will meet": a list of people, each with a title, is the list of their names.
            let listedNames = coordinatedPeople && partner == nil ? namesListed(words[..<verb], gazetteer: gazetteer) : nil
            if let listedNames { head = listedNames }
            // "They last met", "It previously said": the adverb dates the verb, which keeps its past.
            let pastAdverb = pastAdverbs.contains(clean(words[verb - 1]).lowercased())
            // "U.S. Secretary of State Antony Blinken arrived": a person the gazetteer does not know, named
            // at the end of the subject, is its head rather than the state before the title.
            // ("Foreign Minister of Armenia Edward Nalbandian met": the state closing the title is no part of the
            // name; "Minister of Foreign Affairs of Nigeria Geoffrey Onyeama" is the name however long the title.)
            if let actor, gazetteer.entries[actor]?.kind != .person, var name = trailingName(words[..<verb]) {
                let named = name.count
                while name.count > 2, !gazetteer.actors(in: name.joined(separator: " ")).isEmpty { name.removeFirst() }
                if !stateInLongSubject || name.count < named, gazetteer.actors(in: name.joined(separator: " ")).isEmpty { head = name }
            }
            // "The last truce, brokered by Qatar, Egypt and the United States, lasted": the participle's phrase
            // describes the subject, which the headline names alone.
            if actor == nil, let end = subjectBeforeParticiplePhrase(words[..<verb]) {
                head = Array(words[...end])
                head[head.count - 1].removeLast()
            }
            // "The UN Special Envoy for Yemen, Hans Grundberg, briefed": the name in apposition is the head.
            if actor.map({ gazetteer.entries[$0]?.kind != .person }) ?? true, let name = appositiveName(words[..<verb]) {
                head = name
            }
            // "Member of the Political Bureau of the CPC Central Committee and Director of the Office of the Central
            // Commission for Foreign Affairs Wang Yi had": a title of capitals and links, however long, closes with
            // the person, who is the head.
            if actor == nil, partner == nil, listedNames == nil, verb > 4,
               words[..<verb].allSatisfy({ $0.first?.isUppercase == true || ["of", "the", "and", "for", "on"].contains($0) }),
               case let known = gazetteer.actors(in: words[(verb - min(verb, 4))..<verb].joined(separator: " ")).filter({ gazetteer.entries[$0]?.kind == .person }),
               known.count == 1, known[0].split(separator: " ").contains(Substring(clean(words[verb - 1]))) {
                head = [known[0]]
            }
            // "Commencing at 9:15 a.m. (local time ...) for approximately 25 minutes, Mr. IWAYA Takeshi, Minister
            // for Foreign Affairs of Japan, ... held": in a subject that long, the name between commas is the head.
            // (Not a state listed in an apposition: "The bloc, a union between Bahrain, ..., Saudi Arabia, and the UAE, was".)
            if head.count > 12, let name = commaSegments(head).first(where: { part in
                guard (2...4).contains(part.count), part.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
                let named = gazetteer.actors(in: part.joined(separator: " "))
                return named.isEmpty || named.contains { gazetteer.entries[$0]?.kind == .person }
            }) {
                head = name
            }
            // "Japan, South Korea and the United States held": a list's comma is no apposition's.
            if listedNames == nil, actor == nil || stateInLongSubject, let comma = head.firstIndex(where: { $0.hasSuffix(",") }), comma < head.count - 1, comma <= 4,
               head[...comma].allSatisfy({ $0.first?.isUppercase == true }), !isListComma(head, comma, before: head.count) {
                head = Array(head[...comma])
                head[head.count - 1].removeLast()
            }
            // Headline present tense, for a single named actor ("Kim Yo Jong says").
            // Two named subjects joined by "and" ("Rishi Sunak and Emmanuel Macron agreed") are short enough too.
            let pairOfNames = listedNames != nil || groupAndPerson || (head.count <= 8 && head.contains("and") && head.allSatisfy { ["and", "the", "also"].contains($0) || $0.first?.isUppercase == true })
            if pastAdverb, head.last != words[verb - 1] { head.append(words[verb - 1]) }
            // ("The U.S. embassy in Kyiv closed": a short subject may say where; "A study published in a journal"
            // is a participle's phrase, and keeps the past.)
            // ("The foreign ministers of Japan and South Korea met": nor are the people a state sends, named by
            // rank in a phrase of nouns, with no verb or comma in it.)
            let nounPhrase = head.count <= 8 && head.first == "The" && head == Array(words[..<verb])
                && head.contains { stateMembers.contains($0) && $0.hasSuffix("s") }
                && !head.contains { isRegularPast($0) || isVerb($0) || $0.hasSuffix(",") || !clean($0).allSatisfy { $0.isLetter || $0 == "-" } }
            let shortSubject = head.count <= 3 || (headPart.count <= 3 && head.count <= 6 && !headPart.contains(where: isRegularPast)) || nounPhrase
            if actor != nil || shortSubject || pairOfNames, !pastAdverb, !auxiliaries.contains(clean(words[verb - 1]).lowercased()) {
                // "The two sides agree", "Foreign ministers meet": a plural subject keeps the plural.
                let plural = head != actor.map({ [$0] }) && isPlural(head)
                // "has met", "have signed": a perfect is the headline's present too ("meets", "sign").
                if predicate.count > 2, ["has", "have"].contains(predicate[0]), presentForm(clean(predicate[1]).lowercased()) != nil {
                    predicate.removeFirst()
                }
                // ("have officially concluded": the adverb goes before the verb, "officially conclude".)
                if predicate.count > 3, ["has", "have"].contains(predicate[0]), predicate[1].hasSuffix("ly"), predicate[1] == clean(predicate[1]),
                   presentForm(clean(predicate[2]).lowercased()) != nil {
                    head.append(predicate[1])
                    predicate.removeFirst(2)
                }
                // "had a joint press briefing", "had talks with": "had" before its object is no auxiliary.
                if predicate.count > 2, predicate[0] == "had",
                   nounModifiers.contains(predicate[1]) || hadObjects.contains(clean(predicate[1])) {
                    predicate[0] = plural ? "have" : "has"
                }
                // "met again and signed": the verbs joined to the head change with it, or none does.
                let joined = predicate.indices.filter { k in
                    k > 1 && ["and", "but"].contains(predicate[k - 1])
                        && (isRegularPast(predicate[k]) || ["was", "were", "had"].contains(predicate[k]) || presentForm(predicate[k]) != nil)
                }
                let presents = ([0] + joined).map { k in presentForm(clean(predicate[k]).lowercased()) }
                if presents.allSatisfy({ $0 != nil }) {
                    for (k, present) in zip([0] + joined, presents) {
                        // "ended, officials said", "arrived, Egypt's state-linked Al-Qahera News reported": the
                        // comma before an attribution stays with the verb.
                        let attribution = predicate[(k + 1)...].prefix(7).contains { ["said", "says", "told", "added", "reported"].contains(clean($0)) }
                        // ("began, when Japanese Prime Minister Fumio Kishida visited Manila": so does the comma before
                        // a side clause, where the headline ends.)
                        let sideClause = k + 1 < predicate.count && ["where", "while", "as", "after", "before", "which", "who", "since", "until"].contains(predicate[k + 1])
                        let mark = predicate[k].hasSuffix(",") && (attribution || sideClause) ? "," : ""
                        predicate[k] = (plural ? pluralPresent(present!) : present!) + mark
                    }
                }
            }
            return (finish(head + clip(predicate, after: head)), actor ?? (coordinatedPeople ? people.first : nil))
        }
        return (finish(clip(words)), nil)
    }

    /// "the sanctions imposed on UK parliamentarians", "the commitments made in Jeddah": a verb that
    /// cannot go without its object, with none after it, right after a common noun, is a participle
    /// describing the noun, not the verb of a clause ("China imposed sanctions" has its object).
    private static func isParticipleAfterItsNoun(_ words: [String], _ i: Int) -> Bool {
        guard i > 0, objectTakingParticiples.contains(words[i]), !words[i - 1].hasSuffix(",") else { return false }
        let before = clean(words[i - 1])
        guard before.first?.isLowercase == true, !before.hasSuffix("ly"), !nonNouns.contains(before), !isVerb(before) else { return false }
        return i + 1 == words.count || datePrepositions.contains(words[i + 1]) || ["against", "to", "with"].contains(words[i + 1])
    }

    /// "(a union of Bahrain, Kuwait and Oman) formed in 1981": a verb that takes an object, with none after it,
    /// describes the noun before it; it opens no clause of its own.
    private static func isBareParticiple(_ words: [String], _ k: Int) -> Bool {
        objectTakingParticiples.contains(clean(words[k])) && (k + 1 == words.count || datePrepositions.contains(words[k + 1]))
    }

    private static let objectTakingParticiples: Set<String> = [
        "imposed", "levied", "placed", "lifted", "signed", "adopted", "approved", "issued", "introduced", "seized", "made",
        "held", "taken", "reached", "concluded", "struck", "brokered", "negotiated", "unveiled", "enacted", "ratified", "granted",
        "formed", "founded", "established", "created",
    ]

    /// Words before a verb that are no noun it could describe: pronouns, relatives, adverbs of time.
    private static let nonNouns: Set<String> = [
        "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "also", "then", "later", "first", "jointly",
        "again", "once", "never", "recently", "previously", "finally", "together", "both", "all", "last", "earlier", "soon",
    ]

    /// Whether the subject is a thing an actor owns, or one of its people, rather than the actor:
    /// "Scholz's coalition government collapsed", "Japan's economy shrank", "a Japanese schoolboy was
    /// stabbed", "An Israeli airstrike killed". A state's institution speaks for it ("China's foreign
    /// ministry said" is China), and a person named in the subject is its head.
    private static func ownsSubject(_ headPart: ArraySlice<String>, named: [String], people: [String], owners: [String]) -> Bool {
        guard let last = headPart.last.map({ clean($0) }), let initial = last.first, initial.isLowercase else { return false }
        if !people.isEmpty { return people.allSatisfy(owners.contains) }
        if let first = headPart.first, ["a", "an"].contains(first.lowercased()) { return true }
        // "The Paris framework was hammered out", "The Ukraine war entered": a place naming an agreement,
        // a meeting or a war is not the state that acted.
        // "The Hamas delegation arrived", "The U.S. embassy closed": nor are the people or the building it sends.
        if let first = headPart.first, first.lowercased() == "the", people.isEmpty,
           namedThings.contains(last.lowercased()) || sentBodies.contains(last.lowercased()) { return true }
        guard named.count == 1, owners == named else { return false }
        return !stateInstitutions.contains(last.lowercased())
    }

    /// Agreements, meetings and wars, which a place's name can name: "the Paris framework".
    private static let namedThings: Set<String> = [
        "framework", "agreement", "agreements", "accord", "accords", "deal", "talks", "summit", "process", "plan",
        "proposal", "war", "conflict", "ceasefire", "truce", "crisis", "conference", "declaration", "format",
        "dialogue", "initiative", "negotiations", "protocol", "treaty", "memorandum", "roadmap", "communique", "pact",
    ]

    /// What a state or a group sends abroad, which acts there in its own name: "The Hamas delegation arrived".
    private static let sentBodies: Set<String> = ["delegation", "delegations", "embassy", "consulate", "team", "convoy", "warship", "warships"]

    /// Nouns for the bodies and people that speak for a state: "Japan's foreign ministry said" is Japan.
    private static let stateInstitutions: Set<String> = [
        "government", "ministry", "military", "army", "navy", "forces", "troops", "cabinet", "parliament",
        "legislature", "administration", "mission", "officials", "authorities", "media",
        "spokesman", "spokeswoman", "spokesperson", "office", "leader", "leadership", "president", "presidency",
        "regime", "council", "guard", "ambassador", "envoy", "diplomats", "negotiators", "agency", "premier",
    ]

    /// The sentence its subject's relative clause tells, when the date lies in ", who ... ," or ", which
    /// ... ," right after a short subject: "Adeyemi joined the club from Shanghai Giants in 2005", and where
    /// the date now stands in it.
    static func relativeClauseEvent(_ sentence: String, dateAt: Int) -> (String, Int)? {
        let scalars = Array(sentence.unicodeScalars)
        guard dateAt > 0, dateAt < scalars.count, let comma = scalars.prefix(min(dateAt, 80)).firstIndex(of: ",") else { return nil }
        let opener = String(String.UnicodeScalarView(scalars[comma...].prefix(8)))
        guard let marker = [", who ", ", which "].first(where: opener.hasPrefix) else { return nil }
        let clauseStart = comma + marker.unicodeScalars.count
        // (The date lies before the clause's closing comma: "Mr Lam, who arrived on Aug 18, was named on Aug 3".)
        guard clauseStart < dateAt, !scalars[clauseStart..<dateAt].contains(","), let close = scalars[dateAt...].firstIndex(of: ",") else { return nil }
        let subject = String(String.UnicodeScalarView(scalars[..<comma]))
        guard (1...8).contains(subject.split(separator: " ").count) else { return nil }
        let clause = String(String.UnicodeScalarView(scalars[clauseStart..<close]))
        // ("The exports, which Japan began in 2010, ...": a clause with a subject of its own has the noun for object.)
        guard namedSubjectVerb(clause.split(separator: " ").map(String.init)) == nil else { return nil }
        return (subject + " " + clause + ".", dateAt - clauseStart + subject.unicodeScalars.count + 1)
    }

    /// The sentence a relative clause after the main verb tells of its noun, when the date lies in it and
    /// the clause looks back: "... held talks on the Comprehensive Economic Partnership Agreement that came
    /// into force in May 2022" tells "The Comprehensive Economic Partnership Agreement came into force in May
    /// 2022", not the talks. The noun must be one the story knows ("the ...", a name): "signed a decree
    /// that took effect on Monday" is about the signing.
    static func objectRelativeClauseEvent(_ sentence: String, dateAt: Int) -> (String, Int)? {
        guard FastText.contains(sentence, " that ") || FastText.contains(sentence, " which ") else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        guard dateAt > 0, dateAt <= scalars.count else { return nil }
        let before = Array(scalars[..<dateAt])
        let found = [" that ", " which "].compactMap { word in FastText.lastOffset(of: word, in: before).map { (at: $0, word: word) } }
        guard let marker = found.max(by: { $0.at < $1.at }) else { return nil }
        let clauseStart = marker.at + marker.word.unicodeScalars.count
        guard !scalars[clauseStart..<dateAt].contains(","),
              let verb = FastText.string(scalars[clauseStart..<dateAt]).split(separator: " ").first.map(String.init),
              ["was", "were", "had"].contains(verb) || (isVerb(verb) && isRegularPast(verb)) else { return nil }
        let words = FastText.string(scalars[..<marker.at]).split(separator: " ").map(String.init)
        guard let subject = knownNounPhrase(endingWith: words) else { return nil }
        let end = scalars[dateAt...].firstIndex(of: ",") ?? scalars.count
        let clause = FastText.string(scalars[clauseStart..<end])
        let text = subject + " " + clause + (clause.hasSuffix(".") ? "" : ".")
        return (text, dateAt - clauseStart + subject.unicodeScalars.count + 1)
    }

    /// The noun phrase that ends `words`, back to the preposition or verb that takes it, capitalized as a
    /// subject, when it is one the story knows: "the ..." or a name ("The Comprehensive Economic Partnership
    /// Agreement"), not "a decree".
    static func knownNounPhrase(endingWith words: [String]) -> String? {
        var phrase: [String] = []
        for word in words.reversed() {
            guard phrase.count < 8, !word.hasSuffix(","), !isVerb(word), clean(word) == word || word.hasSuffix("'s") else { break }
            let lower = word.lowercased()
            if ["the", "a", "an"].contains(lower) {
                phrase.insert(word, at: 0)
                break
            }
            // ("the Treaty of Friendship": "of" between names is part of one.)
            if lower == "of", phrase.first?.first?.isUppercase == true { phrase.insert(word, at: 0); continue }
            guard !datePrepositions.contains(lower), !clauseLinks.contains(lower) else { break }
            phrase.insert(word, at: 0)
        }
        guard let first = phrase.first, !["a", "an"].contains(first.lowercased()), phrase.count >= 2 || first.first?.isUppercase == true,
              phrase.contains(where: { $0.first?.isUppercase == true }) || first.lowercased() == "the",
              phrase.count < words.count else { return nil }
        return first.prefix(1).uppercased() + first.dropFirst() + phrase.dropFirst().map { " " + $0 }.joined()
    }

    /// Whether words after a conjunction make a clause rather than a noun phrase: a known verb, a name
    /// and a word that is no preposition ("Stockholm Bears beat Nairobi Eagles"), or a word before a
    /// determiner that is no preposition ("the regulator cut its forecast"; "the formation of the new
    /// government" is a noun phrase).
    static func opensClause(_ words: [String]) -> Bool {
        if words.contains(where: isVerb) { return true }
        let start = words.first.map { $0.lowercased() == "the" } == true ? 1 : 0
        let name = words[start...].prefix { $0.first?.isUppercase == true }
        if !name.isEmpty, start + name.count < words.count {
            let next = words[start + name.count]
            // ("the U.S. election on Nov. 5": after "the", a name before a happening names it.)
            if next.first?.isLowercase == true, !clauseLinks.contains(next), next != "of", !nounModifiers.contains(next),
               !(start == 1 && happeningNouns.contains(next)) { return true }
        }
        return words.indices.dropLast().contains { k in
            k > start && words[k].first?.isLowercase == true && !clauseLinks.contains(words[k]) && words[k] != "of"
                && !determiners.contains(words[k]) && determiners.contains(words[k + 1])
        }
    }

    /// Prepositions and conjunctions that join a noun to what follows, not a verb to its object.
    static let clauseLinks = headEndingPrepositions.union(["into", "under", "during", "as", "than", "and", "or"])

    /// Where the clause after "came (days) after" / "comes (a week) before" begins, in scalars, when the
    /// date at `dateAt` lies in it and a subject and verb follow ("... after the North fired ...").
    private static func clauseAfterComesAfter(_ sentence: String, dateAt: Int) -> Int? {
        // Asked of every event: most sentences have no "came"/"comes"/"follow..." at all.
        guard [" came ", " comes ", " come ", " follow"].contains(where: { FastText.contains(sentence, $0) }),
              FastText.contains(sentence, " after ") || FastText.contains(sentence, " before ") else { return nil }
        let scalars = Array(sentence.unicodeScalars.prefix(max(0, dateAt)))
        guard scalars.count > 12 else { return nil }
        let text = String(String.UnicodeScalarView(scalars))
        var offset = 0
        var words: [(word: String, start: Int)] = []
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            words.append((String(piece), offset))
            offset += piece.unicodeScalars.count + 1
        }
        for (k, entry) in words.enumerated() where ["came", "comes", "come", "followed", "follows"].contains(entry.word) {
            guard let after = words[(k + 1)...].prefix(5).firstIndex(where: { ["after", "before"].contains($0.word) }),
                  words[(k + 1)..<after].allSatisfy({ measuresOfTime.contains($0.word) }),
                  after + 2 < words.count else { continue }
            // A clause: a verb comes within the next twelve words ("after the North fired", "after Serbian
            // President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti agreed"). Or a happening named
            // with its date ("more than four years after the deadly clash in Galwan Valley in June 2020").
            let clause = words[(after + 1)...].prefix(12).map(\.word)
            guard clause.dropFirst().contains(where: { isVerb($0) })
                    || (["the", "a", "an"].contains(clause[0]) && ["in", "on"].contains(words.last { !$0.word.isEmpty }?.word ?? "")
                        && clause.count <= 8 && !clause.contains { $0.hasSuffix(",") }) else { continue }
            return words[after + 1].start
        }
        return nil
    }

    /// Where the clause starts in "The last time a Japanese leader visited Beijing was in October 2018, when
    /// Shinzo Abe met Xi": a date that is only the complement of "was" is told by the "when" clause after it,
    /// when a name or "the" opens it and a verb follows.
    private static func whenClauseNamingTheDate(_ sentence: String, dateAt: Int, dateEnd: Int) -> Int? {
        // Asked of every event: most sentences have no ", when " at all.
        guard FastText.contains(sentence, ", when ") else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        let marker = Array(", when ".unicodeScalars)
        guard dateAt > 0, dateEnd + marker.count < scalars.count, Array(scalars[dateEnd..<(dateEnd + marker.count)]) == marker else { return nil }
        let before = FastText.string(scalars[..<dateAt]).split(separator: " ").suffix(2).map(String.init)
        guard before.count == 2, ["was", "were", "came"].contains(before[0]), datePrepositions.contains(before[1]) else { return nil }
        let start = dateEnd + marker.count
        let words = FastText.string(scalars[start...]).split(separator: " ").prefix(6).map(String.init)
        guard words.count >= 2, words[0] == "the" || words[0].first?.isUppercase == true, words.dropFirst().contains(where: isVerb) else { return nil }
        return start
    }

    /// The clause after an opening "When" or "While" that holds the date, up to its comma, with where it
    /// starts: "When the UAE and Israel signed the Abraham Accords in September 2020, the moment seemed to
    /// come out of nowhere" is the signing. (Its subject and verb make it a clause: "When asked on Monday,
    /// he said" is not one.)
    private static func leadingWhenClause(_ sentence: String, dateAt: Int) -> (text: String, start: Int)? {
        guard sentence.hasPrefix("When ") || sentence.hasPrefix("While ") else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        let start = sentence.hasPrefix("When ") ? 5 : 6
        guard let comma = scalars[start...].firstIndex(of: ","), dateAt > start, dateAt < comma else { return nil }
        let words = FastText.string(scalars[start..<comma]).split(separator: " ").map(String.init)
        guard words.count >= 3, words[0] == "the" || words[0].first?.isUppercase == true,
              let verb = words.firstIndex(where: isVerb), verb > 0 else { return nil }
        let clause = FastText.string(scalars[start..<comma])
        return (capitalizingFirst(clause), start)
    }

    /// Where the clause after ", and" or ", but" begins when the date lies in it and a subject of its own
    /// opens it: "Kamikawa stated that she valued the efforts, and the two ministers confirmed that they
    /// would hold the meeting again next year" is the ministers' plan. (A clause whose subject is a
    /// pronoun leans on the one before: "..., and they agreed on Friday" stays whole.)
    private static func coordinatedClause(_ sentence: String, dateAt: Int) -> Int? {
        // Asked of every event: most sentences have no ", and " before their date.
        guard FastText.contains(sentence, ", and ") || FastText.contains(sentence, ", but ") else { return nil }
        let scalars = Array(sentence.unicodeScalars.prefix(max(0, dateAt)))
        let found = [", and ", ", but "].compactMap { FastText.lastOffset(of: $0, in: scalars) }
        guard let comma = found.max() else { return nil }
        let start = comma + 6
        let words = FastText.string(scalars[start...]).split(separator: " ").prefix(8).map(String.init)
        guard words.count >= 3, let first = words.first, first == "the" || first.first?.isUppercase == true,
              !["He", "She", "It", "They", "We", "I"].contains(first), !isVerb(words[1]),
              let verb = words.firstIndex(where: isVerb), verb >= 1, !words[..<verb].contains(where: { $0.hasSuffix(",") }),
              // ("..., Saudi Arabia, and the UAE formed in 1981": a participle with no object ends a list, no clause.)
              !isBareParticiple(words, verb),
              // The clause before says something of its own: a subject and a verb.
              FastText.string(scalars[..<comma]).split(separator: " ").contains(where: { isVerb(String($0)) }) else { return nil }
        return start
    }

    /// What may stand between "came" and "after": "days", "barely three months", "less than a week".
    private static let measuresOfTime: Set<String> = [
        "days", "day", "a", "an", "hours", "weeks", "week", "just", "only", "shortly", "two", "three", "four", "five", "six",
        "months", "month", "mere", "barely", "nearly", "almost", "about", "less", "more", "than", "some", "few", "several", "years", "year",
    ]

    /// Where the clause after "since", "after" or "when" begins when the date lies in it: "their first
    /// encounter since they met in Bali last November" dates the meeting in Bali, "tensions between Paris
    /// and Berlin after Macron said on 26 February that ..." dates what Macron said, not the sentence's
    /// verb. A subject and its verb must follow the conjunction ("since the summit in June" is a noun
    /// phrase, and says when the main verb began).
    private static func clauseAfterConjunction(_ sentence: String, dateAt: Int) -> Int? {
        conjunctionClause(sentence, dateAt: dateAt)?.start
    }

    /// Who says what the sentence reports: the capitalized words right before its first speech verb
    /// ("Trump said ...", "Mexican President Claudia Sheinbaum said ...").
    private static func speaker(of sentence: String) -> String? {
        let words = sentence.split(separator: " ").prefix(12).map(String.init)
        guard let said = words.firstIndex(where: { EventExtractor.speechVerbs.contains($0) }), said > 0 else { return nil }
        let name = words[..<said].reversed().prefix { $0.first?.isUppercase == true && !$0.hasSuffix(",") }.reversed()
        return (1...4).contains(name.count) ? name.joined(separator: " ") : nil
    }

    /// Whether the date lies in a clause after "since" ("their first talks since Ishiba took office on
    /// October 1"): a time the sentence looks back to, not the one it tells.
    static func liesInSinceClause(_ sentence: String, dateAt: Int) -> Bool {
        conjunctionClause(sentence, dateAt: dateAt)?.conjunction == " since "
    }

    private static func conjunctionClause(_ sentence: String, dateAt: Int) -> (start: Int, conjunction: String)? {
        guard FastText.contains(sentence, " since ") || FastText.contains(sentence, " after ") || FastText.contains(sentence, " when ") else { return nil }
        let scalars = Array(sentence.unicodeScalars.prefix(max(0, dateAt)))
        let found = [" since ", " after ", " when "].compactMap { word in FastText.lastOffset(of: word, in: scalars).map { (at: $0, word: word) } }
        guard let conjunction = found.max(by: { $0.at < $1.at }) else { return nil }
        let clauseStart = conjunction.at + conjunction.word.unicodeScalars.count
        var clause = FastText.string(scalars[clauseStart...])
        var subjectReach = 6
        // ("since Putin and the 45th president of the United States, Donald Trump, met in Helsinki": a name in
        // apposition between two commas is no clause boundary.)
        if FastText.contains(clause, ","), case let parts = clause.split(separator: ",", omittingEmptySubsequences: false), parts.count == 3,
           case let name = parts[1].split(separator: " "), (2...4).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }) {
            clause = parts.joined()
            subjectReach = 12
        }
        let words = clause.split(separator: " ").map(String.init)
        // After "since" a pronoun stands for the sentence's own subject ("since they met"); after "after" or
        // "when" it may stand for anything ("sold out when they went on sale"), so a name must open the clause.
        // "since negotiations in Jeddah collapsed in December 2023": after "since" a bare noun opens a clause too.
        let since = conjunction.word == " since "
        // "Trump said ... that the tariffs would be among his first orders after he is sworn in on Jan. 20": in
        // what a speaker says, "he" after "after" or "when" is the speaker, and the date is the clause's.
        let head = since ? "" : FastText.string(scalars[..<conjunction.at])
        let reported = FastText.contains(head, " that ") && head.split(separator: " ").contains { EventExtractor.speechVerbs.contains(String($0)) }
        let pronouns = since ? ["they", "he", "she", "it", "we", "both"] : reported ? ["he", "she", "they"] : []
        guard words.count >= 2, !clause.contains(",") else { return nil }
        // ("Hopes for the first pause in fighting since November rose last week": "since November" is a time, no clause.)
        guard !MonthNames.full.contains(words[0]), !weekdays.contains(words[0].lowercased()) else { return nil }
        // ("will meet again next month, after talks on Monday ended without agreement": talks with a past verb
        // of their own after the date.)
        let talksThatEnded = conjunction.word == " after " && ["talks", "negotiations", "consultations", "discussions"].contains(words[0])
            && words.count <= 3 && String(String.UnicodeScalarView(sentence.unicodeScalars.dropFirst(dateAt).prefix(40))).split(separator: " ")
                .prefix(4).dropFirst().contains(where: { isRegularPast(String($0)) })
        guard talksThatEnded || words.prefix(subjectReach).dropFirst().contains(where: { isVerb($0) }),
              talksThatEnded || (pronouns + ["the"]).contains(words[0]) || words[0].first?.isUppercase == true
                || (since && words[0].first?.isLowercase == true && !words[0].hasSuffix("ing") && !isVerb(words[0]) && !["then", "last"].contains(words[0]))
        else { return nil }
        return (clauseStart, conjunction.word)
    }

    /// The short subject a following "It" stands for: "Iran" in "Iran retaliated a year later", "The
    /// seven-day truce" in "A seven-day truce in late November saw ...". Nil for a subject that is a
    /// person, a clause, a pronoun or longer than five words.
    static func subject(of sentence: String) -> String? {
        let words = Dateline.wordsAfter(sentence.split(separator: " ").map(String.init))
        // The subject ends at its verb, or at a preposition after a determiner's noun ("A seven-day truce in
        // late November 2023 saw ...").
        guard let end = words.prefix(6).firstIndex(where: { w in
            isVerb(w) || headEndingPrepositions.contains(clean(w).lowercased()) || datePrepositions.contains(clean(w).lowercased())
        }), end > 0, !words[..<end].contains(where: { $0.hasSuffix(",") }) else { return nil }
        var head = Array(words[..<end])
        guard let first = head.first, first.first?.isUppercase == true, isVerb(words[end]) || ["A", "An", "The"].contains(first),
              !["It", "He", "She", "They", "We", "I", "This", "That", "There", "But", "And"].contains(clean(first)) else { return nil }
        // "It" stands for one thing: "Officials said" is plural.
        if let last = head.last.map(clean), last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"), last.first?.isLowercase == true || head.count == 1 {
            return nil
        }
        if ["A", "An"].contains(first) { head[0] = "The" }
        return head.map(clean).joined(separator: " ")
    }

    /// The names of a subject that lists people, each part naming one person the gazetteer knows ("French
    /// President Emmanuel Macron, German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk" is
    /// "Emmanuel Macron, Olaf Scholz and Donald Tusk"); nil when a part names no one or several.
    private static func namesListed(_ subject: ArraySlice<String>, gazetteer: Gazetteer) -> [String]? {
        var parts: [[String]] = [[]]
        for word in subject {
            if word == "and" {
                if !parts[parts.count - 1].isEmpty { parts.append([]) }
            } else {
                parts[parts.count - 1].append(word.hasSuffix(",") ? String(word.dropLast()) : word)
                if word.hasSuffix(",") { parts.append([]) }
            }
        }
        // ("Japan's Defense Minister Kihara Minoru and his South Korean counterpart Shin Won-sik": two are a list too.)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        var names: [String] = []
        for part in parts {
            let people = gazetteer.actors(in: part.joined(separator: " ")).filter { gazetteer.entries[$0]?.kind == .person }
            guard people.count == 1, !names.contains(people[0]) else { return nil }
            names.append(people[0])
        }
        let listed = names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        return listed.split(separator: " ").map(String.init)
    }

    /// The words between commas, without the commas.
    private static func commaSegments(_ words: [String]) -> [[String]] {
        var segments: [[String]] = [[]]
        for word in words {
            if word.hasSuffix(",") {
                segments[segments.count - 1].append(String(word.dropLast()))
                segments.append([])
            } else {
                segments[segments.count - 1].append(word)
            }
        }
        return segments.filter { !$0.isEmpty }
    }

    /// "“...,” the defense chief Shin Won-sik said": a quotation attributed at the end of the sentence
    /// reads as "Shin Won-sik says ...".
    private static func attributedQuote(_ words: [String], gazetteer: Gazetteer) -> (String, String?)? {
        guard words.first?.first == "“" || words.first?.first == "\"" || words.contains(where: { $0.hasPrefix("“") }) else { return nil }
        // (A lone closing mark is left where the date before it was cut: "... term in October," he told.)
        guard let close = words.indices.last(where: { FastText.contains(words[$0], "”") || (words[$0].hasSuffix("\"") && (words[$0].count > 1 || $0 > 0)) }),
              let said = words.indices.last(where: { $0 > close && ["said", "says", "stated", "noted", "added", "told", "wrote", "tweeted"].contains(clean(words[$0]).lowercased()) }),
              let speaker = gazetteer.actors(in: words[(close + 1)..<said].joined(separator: " ")).last(where: { gazetteer.entries[$0]?.kind == .person })
                ?? unknownSpeaker(words[(close + 1)..<said]) ?? speakerAfter(words[(said + 1)...], gazetteer: gazetteer)
                // ("..., he told a press conference": the story names him before; see `EventExtractor`.)
                ?? pronounSpeaker(words[(close + 1)..<said]) ?? officeSpeaker(words[(close + 1)..<said]),
              let open = words.firstIndex(where: { $0.hasPrefix("“") || $0.hasPrefix("\"") }), open <= close else { return nil }
        // ("Zhang wrote on social media", "Jaishankar tweeted": what is written is written.)
        // (Not "posted on X": a post quoted beside the reporter's own sentence of the same happening stays the
        // reporter's to title, see `EventMerger`.)
        let verb = ["wrote", "tweeted"].contains(clean(words[said]).lowercased()) ? "writes" : "says"
        return (quotation(Array(words[open...close]), by: speaker, verb: verb), speaker)
    }

    /// "Shin Won-sik says “...”": the quoted words, curly marks whichever the page used, without their
    /// closing comma, clipped like any headline.
    static func quotation(_ words: [String], by speaker: String, verb: String = "says") -> String {
        var quote = words
        quote[0] = "“" + String(quote[0].drop { $0 == "“" || $0 == "\"" })
        var last = quote[quote.count - 1].replacingOccurrences(of: "”", with: "").replacingOccurrences(of: "\"", with: "")
        // (A lone closing mark goes with the word before it: "to do, "".)
        if last.allSatisfy({ $0 == "," }), quote.count > 1 {
            quote.removeLast()
            last = quote[quote.count - 1]
        }
        while last.hasSuffix(",") { last.removeLast() }
        quote[quote.count - 1] = last + "”"
        var clipped = clip(quote)
        // ("“We discovered it, and”": a quote cut before a side clause ends on the words before its link.)
        while clipped.count > 3, let end = clipped.last, ["and", "or", "so", "but"].contains(clean(end).lowercased()) || end.hasSuffix(",") {
            if end.hasSuffix(",") { clipped[clipped.count - 1].removeLast() } else { clipped.removeLast() }
        }
        return finish([speaker, verb] + clipped)
    }

    /// A word of a name: capitalized, or a lowercase article joined to a capital ("al-Hayya", "el-Sisi").
    private static func isCapitalizedName(_ word: String) -> Bool {
        if word.first?.isUppercase == true { return true }
        guard let hyphen = word.firstIndex(of: "-"), joinedNameArticles.contains(String(word[..<hyphen])) else { return false }
        return word[word.index(after: hyphen)...].first?.isUppercase == true
    }

    /// The auxiliaries that close a subject's restrictive clause.
    private static let subjectAuxiliaries: Set<String> = ["will", "would", "has", "have", "had", "is", "are", "was", "were", "could", "should", "must"]

    /// Articles an Arabic name joins to its next word: "al-Hayya", "el-Sisi", "ash-Shaibani".
    static let joinedNameArticles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "an", "at", "az"]

    /// "Sakie Yokota, whose daughter was taken in 1977, turned 88": a clause between commas that opens
    /// with "who", "whose" or "which" tells about the subject, not what it did.
    static func withoutRelativeClauses(_ words: [String]) -> [String] {
        var words = words
        var k = 1
        while k < words.count {
            if words[k - 1].hasSuffix(","), ["who", "whose", "which"].contains(clean(words[k]).lowercased()),
               let close = words[k...].prefix(25).firstIndex(where: { $0.hasSuffix(",") }), close + 1 < words.count {
                words.removeSubrange(k...close)
                words[k - 1].removeLast()
                continue
            }
            // "between Kim Jong Il, the late father of Kim Jong Un, and ...": an apposition that describes a
            // name (lowercase words in it; "Iran, the UK, France" is a list). ("in eastern Ukraine, the leaders of
            // Russia, Ukraine, France and Germany announced": a comma inside a list of names closes none.)
            // ("Delegations from Hamas, the U.S. and Qatar arrived in Cairo, raising hopes": words with a verb are
            // the sentence's own clause. "Khalil al-Hayya, a leader in the movement,": a name may open with "al-".)
            if words[k - 1].hasSuffix(","), isCapitalizedName(words[k - 1]), ["the", "a", "an"].contains(words[k]),
               let close = words[k...].prefix(8).firstIndex(where: { $0.hasSuffix(",") }), close + 1 < words.count, close - k >= 2,
               ["and", "or"].contains(words[close + 1]) || !isNameListComma(words, close),
               words[(k + 1)...close].contains(where: { w in w.first?.isLowercase == true && !["of", "and", "the", "in", "for"].contains(clean(w)) }),
               !words[(k + 1)...close].contains(where: { isVerb(clean($0)) }) {
                words.removeSubrange(k...close)
                words[k - 1].removeLast()
                continue
            }
            // "Putin and the 45th president of the United States, Donald Trump, met": the name in apposition
            // stands for the title before it.
            if words[k - 1].hasSuffix(","), let close = words[k...].prefix(4).firstIndex(where: { $0.hasSuffix(",") }), close > k,
               close + 1 < words.count, words[k...close].allSatisfy({ $0.first?.isUppercase == true }), isVerb(words[close + 1]),
               let and = words[..<(k - 1)].lastIndex(of: "and"), and >= 1, k - 1 - and <= 9, words[and + 1] == "the" {
                var name = Array(words[k...close])
                name[name.count - 1].removeLast()
                words.replaceSubrange((and + 1)...close, with: name)
                k = and + 1 + name.count
                continue
            }
            // "the founding members of Mercosur (Argentina, Brazil, Paraguay and Uruguay) reached": a list in
            // brackets spells out the words before it.
            if words[k].hasPrefix("("), !words[k].contains(")"), words[k].count > 1,
               let close = words[(k + 1)...].prefix(12).firstIndex(where: { $0.contains(")") }), close + 1 < words.count,
               words[k...close].contains(where: { $0.hasSuffix(",") }) {
                let trailing = String(words[close].drop { $0 != ")" }.dropFirst())
                words.removeSubrange(k...close)
                if !trailing.isEmpty { words[k - 1] += trailing }
                continue
            }
            // "The ambassadors of 10 countries who appealed for the release of Osman Kavala will be declared": a
            // subject's clause of who they are, closed by the auxiliary the subject takes.
            if k >= 2, k <= 16, words[k] == "who", !words[k - 1].hasSuffix(","), k + 2 < words.count, isPastForm(clean(words[k + 1])),
               !words[..<k].contains(where: { isVerb(clean($0)) || $0.hasSuffix(",") }),
               let aux = words[(k + 2)...].prefix(20).firstIndex(where: { subjectAuxiliaries.contains($0) }),
               !words[k..<aux].contains(where: { $0.hasSuffix(",") }), aux + 1 < words.count {
                words.removeSubrange(k..<aux)
                continue
            }
            // "The grain deal, brokered by the UN and Türkiye last July, expires": a participle with its agent
            // describes the subject. ("brokered by Qatar, Egypt and the United States, lasted": the phrase
            // closes at the comma before the verb, not inside its list of names.) ("announced that its delegation,
            // headed by Khalil al-Hayya, has arrived": the subject of what is reported, too.)
            if k <= 6 || words[max(0, k - 5)..<k].contains("that"), k + 1 < words.count, words[k - 1].hasSuffix(","),
               isRegularPast(words[k]) || ["led", "sent"].contains(words[k]), words[k + 1] == "by",
               let close = words[k...].prefix(12).indices.first(where: { words[$0].hasSuffix(",") && $0 + 1 < words.count && words[$0 + 1].first?.isLowercase == true }) {
                words.removeSubrange(k...close)
                words[k - 1].removeLast()
                continue
            }
            k += 1
        }
        return words
    }

    /// '"...," said Victor Cha, a former White House official': the name right after the verb, known or
    /// two to four capitalized words (only when nothing stands between the quote and the verb).
    private static func speakerAfter(_ words: ArraySlice<String>, gazetteer: Gazetteer) -> String? {
        var name: [String] = []
        for word in words.prefix(4) {
            let bare = clean(word)
            guard bare.first?.isUppercase == true, bare.count >= 2 else { break }
            name.append(bare)
            if word.hasSuffix(",") || word.hasSuffix(".") { break }
        }
        guard !name.isEmpty else { return nil }
        let joined = name.joined(separator: " ")
        if let person = gazetteer.actors(in: joined).first(where: { gazetteer.entries[$0]?.kind == .person }) { return person }
        return name.count >= 2 && name.allSatisfy({ $0.dropFirst().contains(where: \.isLowercase) }) ? joined : nil
    }

    /// '..." Yokota told reporters': a name the gazetteer does not know, capitalized right before the verb
    /// (one to three words, after the quote's close).
    /// "he" or "she" alone between the quote and its verb, as a headline's subject ("He").
    private static func pronounSpeaker(_ words: ArraySlice<String>) -> String? {
        guard words.count == 1, let word = words.first.map(clean), ["he", "she"].contains(word.lowercased()) else { return nil }
        return capitalizingFirst(word)
    }

    /// "“...,” the minister stated": the office the story gave someone before ("Foreign Minister, Mauro
    /// Vieira"), which `EventExtractor` reads as that person.
    private static func officeSpeaker(_ words: ArraySlice<String>) -> String? {
        guard (2...3).contains(words.count), words.first?.lowercased() == "the", let office = words.last.map(clean),
              speakingOffices.contains(office) else { return nil }
        return "The " + words.dropFirst().map(clean).joined(separator: " ")
    }

    private static let speakingOffices: Set<String> = [
        "minister", "president", "chancellor", "secretary", "premier", "ambassador", "envoy", "governor", "commissioner",
    ]

    private static func unknownSpeaker(_ words: ArraySlice<String>) -> String? {
        let name = words.reversed().prefix { $0.first?.isUppercase == true && !$0.hasSuffix(",") && !$0.contains("”") && !$0.contains("\"") }
        guard (1...3).contains(name.count), name.count == words.count || words.count - name.count <= 1 else { return nil }
        let cleaned = name.reversed().map(clean)
        guard cleaned.allSatisfy({ $0.count >= 2 && $0.dropFirst().contains(where: \.isLowercase) }) else { return nil }
        return cleaned.joined(separator: " ")
    }

    /// The sentence's words with the date phrase and its preposition removed.
    static func wordsWithoutDate(_ sentence: String, timex: TimeExpression, sentenceStart: Int) -> [String] {
        let scalars = FastText.scalars(sentence)
        let lo = min(scalars.count, max(0, timex.range.lowerBound - sentenceStart))
        let hi = max(lo, min(scalars.count, timex.range.upperBound - sentenceStart))
        // A date that is the subject stays: "This year marks the 70th anniversary".
        let opensSentence = FastText.string(scalars[..<lo]).allSatisfy { !$0.isLetter }
        let followedByComma = hi < scalars.count && scalars[hi] == ","
        // "• May 22, 2004: Koizumi makes a second visit", "1965 - Japan and South Korea normalise ties": a
        // list of dated entries; the entry follows its date's colon or dash.
        if lo < hi, opensSentence {
            var k = hi
            // "Feb. 27-28, 2019 – A second summit ...": the range's last day and its year come first.
            if k + 1 < scalars.count, ["-", "–"].contains(scalars[k]), FastText.isDigit(scalars[k + 1]) {
                k += 1
                while k < scalars.count, FastText.isDigit(scalars[k]) { k += 1 }
                if k < scalars.count, scalars[k] == "," { k += 1 }
                while k < scalars.count, scalars[k] == " " || FastText.isDigit(scalars[k]) { k += 1 }
            }
            while k < scalars.count, scalars[k] == " " { k += 1 }
            if k < scalars.count, [":", "-", "–", "—"].contains(scalars[k]) {
                return FastText.string(scalars[(k + 1)...]).split(separator: " ").map(String.init)
            }
        }
        // "said that this year marks the 10th anniversary": a date that is the subject of a reported clause stays.
        let wordsBefore = FastText.string(scalars[..<lo]).split(separator: " ")
        // ('said: "Today is a truly historic milestone."': so does one opening a quotation.)
        let opensQuote = lo > 0 && ["\"", "\u{201C}"].contains(scalars[lo - 1])
        let reportedSubject = (wordsBefore.last == "that" || opensQuote) && {
            let next = FastText.string(scalars[hi...]).split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            return isVerb(next) || ["marks", "saw", "sees", "brings", "brought"].contains(next)
        }()
        // "Next month's EU summit in Brussels will take up": a date in the possessive opening the sentence
        // determines the subject's noun, which takes "The".
        if lo < hi, opensSentence, case let rest = FastText.string(scalars[hi...]), rest.hasPrefix("'s ") || rest.hasPrefix("’s ") {
            return ["The"] + rest.dropFirst(3).split(separator: " ").map(String.init)
        }
        // ("Today I met Indonesian Foreign Minister Sugiono", "Last week Mr Manele hosted a delegation": a
        // pronoun or a name after a date in words is the subject, the date an adverb.)
        // (Read only for a date opening its sentence with no comma: this runs for every headline.)
        func beforeSubject() -> Bool {
            var end = hi
            while end < scalars.count, scalars[end] != " " { end += 1 }
            let next = end + 1 < scalars.count ? FastText.string(scalars[(end + 1)...].prefix { $0 != " " }) : ""
            let wordsDate = timex.text.first?.isLetter == true
            return ["I", "We", "we", "He", "he", "She", "she", "They", "they"].contains(next)
                // ("Yesterday the Secretary spoke with ...")
                || (next == "the" && wordsDate)
                || (next.first?.isUppercase == true && wordsDate && next.allSatisfy { $0.isLetter || $0 == "." })
        }
        guard lo < hi, !(opensSentence && !followedByComma && !beforeSubject()), !reportedSubject else {
            return sentence.split(separator: " ").map(String.init).drop { $0.allSatisfy { "•·▪‣◦*-".contains($0) } }.map { $0 }
        }
        var before = wordsBefore.map(String.init)
        var after = FastText.string(scalars[hi...]).split(separator: " ").map(String.init)
        // "shortly after noon local time": the zone goes with the clock.
        if after.count >= 2, after[0] == "local", clean(after[1]) == "time" {
            let trailing = String(after[1].drop { $0.isLetter })
            after.removeFirst(2)
            if !trailing.isEmpty { after.insert(trailing, at: 0) }
        }
        // "used his New Year's address": a named day owning the noun after a determiner names the noun.
        if let last = before.last, ["his", "her", "its", "their", "the", "a"].contains(last.lowercased()),
           timex.text.hasSuffix("'s") || timex.text.hasSuffix("’s"), after.first?.first?.isLowercase == true {
            return (before + timex.text.split(separator: " ").map(String.init) + after).filter { !$0.isEmpty }
        }
        // "met in Tokyo on Saturday (Mar 22)": a date in brackets restates the day and goes with it; so does
        // the weekday after "on November 15 (Fri.)".
        // ("at 10:30 a.m. (local time; 0:30 a.m. on November 16, Japan time)": the clock in another zone too.)
        if let first = after.first, first.hasPrefix("("), let close = after.prefix(12).firstIndex(where: { $0.contains(")") }),
           (close < 3 && after[...close].contains(where: { $0.contains(where: \.isNumber) }))
            || (close == 0 && weekdayAbbreviations.contains(first.lowercased().filter(\.isLetter)))
            || (after[...close].contains { $0.contains(where: \.isNumber) } && after[...close].contains { clean($0).lowercased() == "time" || ["GMT", "UTC"].contains(clean($0)) }) {
            let trailing = String(after[close].drop { $0 != ")" }.dropFirst())
            after.removeSubrange(0...close)
            if !trailing.isEmpty { after.insert(trailing, at: 0) }
        }
        // "fallen out after last year's counter-offensive": a date in the possessive determines its noun,
        // which keeps its preposition and takes "the".
        if let first = after.first, ["'s", "\u{2019}s"].contains(where: first.hasPrefix) {
            after[0] = "the" + first.dropFirst(2)
            return (before + after).filter { !$0.isEmpty }
        }
        // "shortly before 11:00", "just after midnight": the adverb goes with its preposition.
        // ("after he is sworn in on Jan. 20": "in" before the date's "on" is the verb's particle.)
        var removed: String?
        while let last = before.last, datePrepositions.contains(last.lowercased()) || dateDegreeAdverbs.contains(last.lowercased()) {
            if let removed, plainPrepositions.contains(removed), plainPrepositions.contains(last.lowercased()) { break }
            removed = last.lowercased()
            before.removeLast()
        }
        // "as early as May", "as soon as Tuesday": the comparison goes with the date.
        if before.count >= 3, before[before.count - 1] == "as", ["early", "late", "soon"].contains(before[before.count - 2]),
           before[before.count - 3] == "as" {
            before.removeLast(3)
        }
        // "leave the building no later than March 31": so does the deadline's comparison.
        if before.count >= 3, ["no", "not"].contains(before[before.count - 3].lowercased()), before[before.count - 2] == "later", before.last == "than" {
            before.removeLast(3)
        }
        // "on October 9 and 10 last year", "Nov. 3-4": the second day (and its year) go with the first.
        if let first = after.first, first.count > 1, ["-", "–"].contains(first.first!),
           case let digits = first.dropFirst().prefix(while: \.isNumber), !digits.isEmpty {
            // "May 26-27.": the sentence's last mark stays.
            var trailing = String(first.dropFirst(1 + digits.count))
            after.removeFirst()
            // "Dec. 26-30, 2023": and the year closing the range.
            if trailing == ",", let year = after.first, isYear(year) {
                trailing = String(year.drop { $0.isNumber })
                after.removeFirst()
            }
            if !trailing.isEmpty, !trailing.contains(where: { $0.isLetter || $0.isNumber }) { after.insert(trailing, at: 0) }
        } else if after.count >= 2, ["and", "or", "to", "-", "–"].contains(after[0]), let day = Int(clean(after[1])), (1...31).contains(day) {
            var last = after.count >= 4 && ["last", "this", "next"].contains(after[2]) && clean(after[3]) == "year" ? 3 : 1
            // "June 5 and 6, 2019".
            if last == 1, after[1].hasSuffix(","), after.count >= 3, isYear(after[2]) { last = 2 }
            // "on 24 and 25 June 2025": the day first, then its month and year.
            if last == 1, !after[1].contains(where: { !$0.isNumber }), after.count >= 3,
               MonthNames.full.contains(clean(after[2])) || MonthNames.short.contains(clean(after[2])) {
                last = after.count >= 4 && isYear(after[3]) && !after[2].hasSuffix(",") ? 3 : 2
            }
            let trailing = String(after[last].drop { $0.isLetter || $0.isNumber })
            after.removeSubrange(0...last)
            if !trailing.isEmpty { after.insert(trailing, at: 0) }
        } else if after.count >= 2, ["and", "or", "to", "through", "until"].contains(after[0]),
                  case let day = after.count >= 3 && ["next", "this", "last"].contains(after[1]) ? 2 : 1,
                  weekdays.contains(clean(after[day]).lowercased()) {
            // "on Monday and Tuesday", "from Tuesday to Thursday", "from Wednesday to next Tuesday": the second
            // day goes with the first.
            let trailing = String(after[day].drop { $0.isLetter })
            after.removeSubrange(0...day)
            if !trailing.isEmpty { after.insert(trailing, at: 0) }
        }
        // "in the 1970s and 1980s", "in 2002 or 2004": the second decade or year goes with the first.
        if after.count >= 2, ["and", "or", "to"].contains(after[0]), [.year, .decade].contains(timex.date.precision),
           case let second = after[1] == "the" && after.count >= 3 ? 2 : 1, isYear(after[second]) || isDecade(after[second]) {
            let trailing = String(after[second].drop { $0.isLetter || $0.isNumber || $0 == "'" })
            after.removeSubrange(0...second)
            if !trailing.isEmpty { after.insert(trailing, at: 0) }
        }
        // "in the spring or early summer", "in May or June": the second season or month goes with the first.
        if after.count >= 2, ["or", "and"].contains(after[0]),
           let season = after.indices.dropFirst().prefix(3).first(where: { seasonsAndMonths.contains(clean(after[$0]).lowercased()) }),
           after[1..<season].allSatisfy({ ["the", "early", "late", "mid", "next", "this"].contains($0.lowercased()) }) {
            let trailing = String(after[season].drop { $0.isLetter })
            after.removeSubrange(0...season)
            if !trailing.isEmpty { after.insert(trailing, at: 0) }
        }
        if let first = after.first, first == "," || first.hasPrefix(",") {
            after[0] = String(first.dropFirst())
            if after[0].isEmpty { after.removeFirst() }
            // "met in January, officials said": the clause boundary stays with the words before it.
            if let last = before.last, !last.hasSuffix(",") { before[before.count - 1] = last + "," }
        }
        if before.isEmpty, let first = after.first, first.hasPrefix(",") { after.removeFirst() }
        return (before + after).filter { !$0.isEmpty && $0 != "," }
    }

    /// "Kim Jong Un, general secretary of the WPK,": the words before a verb are a short named subject
    /// and its apposition, with no verb in either, so an "-ed" word after them is the predicate. "The
    /// sanctions, imposed in 2019, were lifted" has one comma before "imposed", and stays a participle.
    /// "The UN Special Envoy for Yemen, Hans Grundberg," is such a subject too: a short description,
    /// then the name between commas.
    static func isNamedSubjectWithApposition(_ head: ArraySlice<String>) -> Bool {
        guard let subjectEnd = head.dropLast().firstIndex(where: { $0.hasSuffix(",") }), !head.contains(where: { isVerb($0) }) else { return false }
        if subjectEnd - head.startIndex < 6, head[...subjectEnd].allSatisfy({ $0.first?.isUppercase == true }) { return true }
        return appositiveName(head) != nil
    }

    /// The name after a subject's description: "Hans Grundberg" in "The UN Special Envoy for Yemen, Hans
    /// Grundberg,".
    static func appositiveName(_ head: ArraySlice<String>) -> [String]? {
        guard let comma = head.dropLast().firstIndex(where: { $0.hasSuffix(",") }), comma - head.startIndex < 16,
              head.first.map({ ["The", "the"].contains($0) }) == true else { return nil }
        let name = head[(comma + 1)...]
        guard name.last?.hasSuffix(",") == true else { return nil }
        // ("The foreign ministers of Russia and the United States, Sergey Lavrov and Mike Pompeo,": two names.)
        let names = name.split(separator: "and", maxSplits: 1, omittingEmptySubsequences: false)
        guard names.allSatisfy({ (2...4).contains($0.count) && $0.allSatisfy { $0.first?.isUppercase == true } }),
              names.count == 1 || comma - head.startIndex >= 3 else { return nil }
        return name.map { clean($0) }
    }

    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// "1980s", "1980s." or "'80s": a decade written in digits.
    private static func isDecade(_ word: String) -> Bool {
        let bare = word.drop { $0 == "'" }
        let digits = bare.prefix(while: \.isNumber)
        return [2, 4].contains(digits.count) && digits.last == "0" && bare.dropFirst(digits.count).hasPrefix("s")
            && bare.dropFirst(digits.count + 1).allSatisfy { !$0.isLetter && !$0.isNumber }
    }

    /// "2019", "2019." or "2019,": a year written in digits.
    private static func isYear(_ word: String) -> Bool {
        let digits = word.prefix(while: \.isNumber)
        return digits.count == 4 && word.dropFirst(4).allSatisfy { !$0.isLetter && !$0.isNumber }
    }

    /// A finite verb: a known past form, "says"-style present forms, or an auxiliary. Capitalized words
    /// are names ("United States"), never verbs here.
    static func isVerb(_ word: String) -> Bool {
        let w = clean(word)
        guard let first = w.first, first.isLowercase else { return false }
        if presentTense[w] != nil || ["says", "tells", "warns", "urges"].contains(w) || auxiliaries.contains(w) { return true }
        // ("used" is too short for the "-ed" rule below.)
        if irregularPresent[w] != nil || regularPresent[w] != nil { return true }
        // Regular past forms ("arrived", "condemned"), except participles used as adjectives.
        return w.hasSuffix("ed") && w.count > 4 && !["expected", "united", "related", "based", "limited", "disputed", "armed", "advanced", "detailed", "unprecedented", "escalated", "isolated"].contains(w)
    }

    /// A past form heading a predicate: "restored", "froze", "met"; not an auxiliary.
    static func isPastForm(_ word: String) -> Bool {
        isVerb(word) && (word.hasSuffix("ed") || presentForm(word) != nil) && !auxiliaries.contains(word)
    }

    /// A present form that is no noun as well: "expires", "begins", not "talks" or "visits".
    static func isUnambiguousPresent(_ word: String) -> Bool {
        let w = clean(word)
        return w.first?.isLowercase == true && presentForms.contains(w) && !nounHomographs.contains(w)
    }

    private static let presentForms: Set<String> = Set(presentTense.values).union(regularPresent.values).union(irregularPresent.values)

    /// Present forms that are plural nouns too.
    private static let nounHomographs: Set<String> = [
        "talks", "visits", "calls", "offers", "appeals", "rules", "signs", "leads", "sanctions", "attacks", "strikes", "bans",
        "drafts", "tables", "debates", "targets", "damages", "plans", "remarks", "notes", "reports", "states", "issues", "fires",
        "falls", "rises", "draws", "awards", "pauses", "halts", "crosses", "sacks", "downs", "retreats", "claims", "demands",
        "threats", "protests", "concerns", "hopes", "fears",
    ]

    private static func modifiesNoun(_ word: String) -> Bool {
        word.hasSuffix("'s") || word.hasSuffix("’s") || nounModifiers.contains(word.lowercased())
    }

    /// Two to four capitalized words ending the subject that look like a person's name: no title, no
    /// body, no possessive ("Antony Blinken" in "U.S. Secretary of State Antony Blinken").
    private static func trailingName(_ subject: ArraySlice<String>) -> [String]? {
        var name: [String] = []
        for word in subject.reversed() {
            let w = clean(word)
            guard name.count < 4, word == w, let first = w.first, first.isUppercase, w.count > 1,
                  w.allSatisfy({ $0.isLetter || $0 == "-" }), !notNames.contains(w), w != w.uppercased() else { break }
            name.insert(w, at: 0)
        }
        // The name must be preceded by something (a title): a bare name is already the subject.
        return name.count >= 2 && name.count < subject.count ? name : nil
    }

    /// A subject that is plural: a lower-case noun in "-s" at its end ("the two sides", "foreign
    /// ministers"), or two subjects joined by "and".
    private static let countWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds",
        "thousands", "both", "many", "several", "few", "some", "others", "all",
    ]

    private static func isPlural(_ head: [String]) -> Bool {
        // The noun that heads the subject ends before its complement: "Negotiations to salvage the deal".
        var core = Array(head.prefix { !subjectComplements.contains(clean($0).lowercased()) })
        // ("European Union foreign ministers meeting in Brussels": a participle after the noun opens its complement.)
        // (Not a possessive's noun: "The G20 foreign ministers' meeting of 20 countries begins".)
        if core.count >= 2, core.count < head.count, let last = core.last, last.hasSuffix("ing"), last.first?.isLowercase == true,
           case let noun = core[core.count - 2], noun.first?.isLowercase == true, noun.last?.isLetter == true {
            core.removeLast()
        }
        // "They last met": an adverb between the subject and its verb is not the subject.
        while core.count > 1, let last = core.last, subjectAdverbs.contains(last.lowercased()) { core.removeLast() }
        if core.contains(where: { $0.lowercased() == "and" }) { return true }
        if core.count == 1, ["they", "we"].contains(clean(core[0]).lowercased()) { return true }
        // "Five returned home", "Both agreed", "12 were injured": a count stands for a plural.
        if core.count == 1, countWords.contains(clean(core[0]).lowercased()) || Int(clean(core[0])).map({ $0 > 1 }) == true { return true }
        // "The two met", "The three agreed": a count after its article too.
        if core.count == 2, core[0].lowercased() == "the", countWords.contains(clean(core[1]).lowercased()) { return true }
        // "The two Koreas", "Both Koreas", "the two foreign ministers": a count before any noun.
        if core.count >= 2, core.dropLast().contains(where: { ["two", "three", "four", "both"].contains($0.lowercased()) }) { return true }
        guard let last = core.last.map(clean), let first = last.first else { return false }
        // A capitalized word is a name ("Reuters"), unless it opens a longer subject or is a common plural.
        guard first.isLowercase || (core.count == 1 && head.count > 1) || commonPlurals.contains(last.lowercased()) else { return false }
        if irregularPlurals.contains(last.lowercased()) { return true }
        return last.hasSuffix("s") && !last.hasSuffix("ss") && !last.hasSuffix("us") && !last.hasSuffix("is") && !last.hasSuffix("'s")
    }

    static func isRegularPast(_ word: String) -> Bool {
        let w = clean(word)
        return presentTense[w] == nil && (w.hasSuffix("ed") || irregularPresent[w] != nil || pastsLikeTheirBase[w] != nil)
    }

    /// "Riyadh cut ties", "The two countries shut their embassies": see `pastsLikeTheirBase`.
    private static func isPastLikeItsBase(_ words: [String], _ i: Int) -> Bool {
        guard i > 0, pastsLikeTheirBase[words[i]] != nil else { return false }
        let before = clean(words[i - 1])
        guard !words[i - 1].hasSuffix(","), let first = before.first else { return false }
        return first.isUppercase || subjectAdverbs.contains(before)
            || (before.hasSuffix("s") && !before.hasSuffix("'s") && !before.hasSuffix("ss") && !modifiesNoun(before) && !auxiliaries.contains(before))
    }

    /// Words a headline cut short does not end with.
    private static let clipEndings: Set<String> = [
        "the", "of", "and", "or", "a", "an", "to", "in", "on", "with", "for", "by", "at", "from", "over", "as", "his", "her",
        "their", "its", "our", "this", "that", "these", "those", "between", "into", "about", "against", "than",
    ]

    /// At most 14 words, cut at a clause boundary when one comes after the fourth word (counting the
    /// `after` words of the subject that comes before them).
    private static func clip(_ words: [String], after subject: [String] = []) -> [String] {
        var result: [String] = []
        // A comma inside a quotation ("very, very close") is the quote's, not a clause boundary.
        var quoteOpen = subject.reduce(false) { quoteState(after: $1, open: $0) }
        var skipThrough = -1
        for (i, var word) in words.enumerated() where i > skipThrough {
            if result.count >= 14 {
                // ("... to resolve the …": the cut falls after a word that cannot end a phrase; it goes too.)
                while let last = result.last, result.count > 8, clipEndings.contains(clean(last).lowercased()) { result.removeLast() }
                return result + ["…"]
            }
            quoteOpen = quoteState(after: word, open: quoteOpen)
            // "normalized ties in 1965—$500 million or more": what follows a dash is an aside.
            if i + subject.count >= 3, word.hasPrefix("—") || word.hasPrefix("\u{2015}") { return result }
            // "visited Osaka in 2019, but that trip was for a summit": a contrast after the comma is another clause.
            if word.hasSuffix(","), !quoteOpen, i + 1 < words.count, ["but", "though", "although", "whereas"].contains(words[i + 1]) {
                return result + [String(word.dropLast())]
            }
            // "visited Moscow in September, when he held talks": a comma's "when" opens a side clause too.
            let opener = clean(word).lowercased()
            if opener == "when" ? result.last?.hasSuffix(",") == true
                : i >= 4 && ["because", "which", "while", "but", "if", "although", "amid", "after", "despite"].contains(opener) {
                // "a security partnership under which ...": the preposition goes with its clause.
                while let last = result.last, opener == "which", datePrepositions.contains(last.lowercased()) || last == "under" {
                    result.removeLast()
                }
                if opener == "after" { dropMeasureOfTime(&result) }
                return result
            }
            // "visited Washington and Starmer met Trump on Thursday": a second clause with its own subject.
            // ("announces that Israel and Hezbollah had agreed": names joined after a saying are what it reports.)
            // ("both Prime Minister Modi and President Trump had spoken": "both" joins the two names.)
            if i + subject.count >= 3, word == "and", i + 2 < words.count, words[i + 1].first?.isUppercase == true, words[i + 1] != "I",
               !result.suffix(4).contains(where: { $0.lowercased() == "both" }),
               !(result.count >= 2 && result.count <= 6 && reportingVerbs.contains(clean(result[0]).lowercased())
                 && result.dropFirst().allSatisfy { $0 == "that" || $0.first?.isUppercase == true }) {
                let name = words[(i + 1)...].prefix(3).prefix { $0.first?.isUppercase == true && !$0.hasSuffix(",") }
                let next = i + 1 + name.count
                if !name.isEmpty, next < words.count, !words[next - 1].hasSuffix(","), isVerb(words[next]), !isBareParticiple(words, next) { return result }
            }
            // "The border standoff began in May 2020, and the two sides have held 21 rounds of talks": a
            // second clause with a subject of its own.
            // ("says 27 Russian diplomats and their families were being expelled": what a saying reports has its
            // subject yet to come to its verb.)
            if i + subject.count >= 3, word == "and", i + 2 < words.count, ["the", "its", "their", "his", "her"].contains(words[i + 1]),
               !(result.count >= 2 && reportingVerbs.contains(clean(result[0]).lowercased()) && !result.dropFirst().contains(where: isVerb)),
               let verb = words[(i + 2)...].prefix(3).firstIndex(where: { isVerb($0) }), verb > i + 2,
               words[(i + 2)..<verb].allSatisfy({ $0.first?.isLetter == true && !$0.hasSuffix(",") }), !isBareParticiple(words, verb) {
                return result
            }
            // "..., as tensions rose", "as the talks opened", "as Kyiv came from behind" open a side clause;
            // "sees it as unlikely" does not.
            if i >= 4, clean(word).lowercased() == "as",
               result.last?.hasSuffix(",") == true
                || (i + 1 < words.count && (asClauseOpeners.contains(clean(words[i + 1]).lowercased()) || isVerb(words[i + 1])
                                             || words[i + 1].first?.isUppercase == true)) {
                return result
            }
            result.append(word)
            // "A verdict is expected, the court said": a short attribution closing the sentence stays.
            if word.hasSuffix(","), i + 5 >= words.count, i + 1 < words.count, words.count + subject.count <= 14,
               words[(i + 1)...].contains(where: { ["said", "says", "told", "added", "reported", "announced"].contains(clean($0)) }) {
                continue
            }
            // "a Russian patrol ship, the Sergei Kotov, had been sunk": a name in apposition goes, the clause goes on.
            if word.hasSuffix(","), !quoteOpen, let close = appositionEnd(words, after: i) {
                word.removeLast()
                result[result.count - 1] = word
                skipThrough = close
                continue
            }
            // "agreements on energy, transport and trade": a list of nouns goes on to its last.
            if word.hasSuffix(","), !quoteOpen, isNounListComma(words, i) || isNameListComma(words, i) { continue }
            if i + subject.count >= 3, !quoteOpen, word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(":") { return result }
        }
        return result
    }

    /// "The Kingdom and the US", "Washington and Riyadh": a short subject of two capitalized names.
    private static func joinsTwoNames(_ subject: ArraySlice<String>) -> Bool {
        guard subject.count <= 8, let and = subject.firstIndex(of: "and"), and > subject.startIndex else { return false }
        let after = subject[(and + 1)...].drop { $0 == "the" }
        return subject[subject.index(before: and)].first?.isUppercase == true && after.first?.first?.isUppercase == true
            && subject.allSatisfy { $0 == "and" || $0.lowercased() == "the" || $0.first?.isUppercase == true }
    }

    /// Whether the comma closing word `i` separates plain nouns up to an "and" or "or": "energy, transport
    /// and trade", not "held talks, signed deals and ...".
    private static func isNounListComma(_ words: [String], _ i: Int) -> Bool {
        func plainWord(_ word: String) -> Bool {
            let bare = word.hasSuffix(",") ? String(word.dropLast()) : word
            return !bare.isEmpty && bare.allSatisfy { $0.isLetter && $0.isLowercase } && !isVerb(bare) && !nounModifiers.contains(bare) && !auxiliaries.contains(bare)
        }
        guard plainWord(words[i]) else { return false }
        var j = i + 1
        while j + 2 < words.count, j <= i + 4 {
            guard plainWord(words[j]) else { return false }
            if !words[j].hasSuffix(",") { return ["and", "or"].contains(words[j + 1]) && plainWord(words[j + 2]) }
            j += 1
        }
        return false
    }

    /// Whether the comma closing word `i` separates names up to an "and" or "or": "New Zealand, Australia
    /// and Malaysia".
    private static func isNameListComma(_ words: [String], _ i: Int) -> Bool {
        func capitalized(_ word: String) -> Bool { word.first?.isUppercase == true }
        guard capitalized(words[i]) else { return false }
        var j = i + 1
        while j + 1 < words.count, j <= i + 8 {
            // ("Bahrain, Kuwait, Oman, Qatar, Saudi Arabia, and the UAE")
            if ["and", "or"].contains(words[j]) { return capitalized(words[j + 1]) || (words[j + 1] == "the" && j + 2 < words.count && capitalized(words[j + 2])) }
            guard capitalized(words[j]) else { return false }
            j += 1
        }
        return false
    }

    /// The index of the word closing a name in apposition after word `i` ("ship, the Sergei Kotov, had"):
    /// "the" or a capital, up to four more capitalized words, a comma, then a verb.
    private static func appositionEnd(_ words: [String], after i: Int) -> Int? {
        guard i + 3 < words.count, words[i + 1] == "the" || words[i + 1].first?.isUppercase == true else { return nil }
        for close in (i + 2)..<min(i + 6, words.count - 1) {
            guard words[close].first?.isUppercase == true else { return nil }
            if words[close].hasSuffix(",") { return isVerb(words[close + 1]) ? close : nil }
        }
        return nil
    }

    private static let measuredUnits: Set<String> = ["minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                                                     "year", "years", "shortly", "soon", "moments"]
    private static let measureWords: Set<String> = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                    "ten", "several", "few", "some", "less", "more", "than", "just", "only", "nearly",
                                                    "about", "barely", "almost", "mere"]

    /// "fired missiles into the East Sea a week after it launched ...": cut before "after", the measure of
    /// time ("a week", "two days", "shortly") goes with the clause it measures.
    /// ("closed for the day after receiving ...": a unit after "the" is the object's, no measure.)
    private static func dropMeasureOfTime(_ words: inout [String]) {
        guard let last = words.last, measuredUnits.contains(last.lowercased()),
              words.count < 2 || !["the", "that", "this"].contains(words[words.count - 2].lowercased()) else { return }
        words.removeLast()
        while let word = words.last, measureWords.contains(word.lowercased()) || word.allSatisfy(\.isNumber) { words.removeLast() }
    }

    /// "The leaders of Australia, Britain and the United States unveiled": a comma of a list of names
    /// that an "and" closes before the verb at `verb`.
    private static func isListComma(_ words: [String], _ k: Int, before verb: Int) -> Bool {
        // "South Korea, the United States and Japan": a name in the list may take its article.
        let item = k + 1 < verb && words[k + 1] == "the" ? k + 2 : k + 1
        return item < verb && words[item].first?.isUppercase == true && words[(k + 1)..<verb].contains("and")
    }

    /// Whether a quotation is open after `word`: a straight mark opening a word opens one, anywhere else
    /// it closes one.
    private static func quoteState(after word: String, open: Bool) -> Bool {
        var open = open
        for (k, scalar) in word.unicodeScalars.enumerated() where scalar == "\"" || scalar == "“" || scalar == "”" {
            open = scalar == "“" || (scalar == "\"" && k == 0 && word.unicodeScalars.count > 1)
        }
        return open
    }

    /// A phrase as a headline: clipped, capitalized, without trailing punctuation.
    static func headline(_ words: [String]) -> String { finish(clip(words)) }

    private static func finish(_ words: [String]) -> String {
        var text = words.joined(separator: " ")
        // "likely to be held (beginning with breakfast) at a city hotel": a short aside in brackets goes.
        if let open = text.range(of: " ("), let close = text[open.upperBound...].firstIndex(of: ")"),
           text[open.upperBound..<close].split(separator: " ").count <= 6, !text[open.upperBound..<close].contains("(") {
            text.removeSubrange(open.lowerBound...close)
        }
        // (A date cut from the end leaves its sentence's period behind a space.)
        while let last = text.last, ",;:. ".contains(last) { text.removeLast() }
        // Balance quotes a cut left open.
        var opens = 0, closes = 0
        for scalar in text.unicodeScalars {
            if scalar == "“" { opens += 1 } else if scalar == "”" { closes += 1 }
        }
        if opens > closes { text += "”" }
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return text
    }

    /// The word without punctuation at either end (quotes included), scalar by scalar: Foundation's
    /// `trimmingCharacters(in:)` goes through NSString and was a fifth of the titling time.
    static func clean(_ word: String) -> String {
        let scalars = word.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isPunctuation(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isPunctuation(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return start == scalars.startIndex && end == scalars.endIndex ? word : String(scalars[start..<end])
    }

    /// Unicode's punctuation categories (CharacterSet.punctuationCharacters), with an ASCII fast path.
    private static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return asciiPunctuation[Int(c.value)] }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    private static let asciiPunctuation: [Bool] = (0..<128).map { value in
        "!\"#%&'()*,-./:;?@[\\]_{}".unicodeScalars.contains(Unicode.Scalar(UInt8(value)))
    }
}
