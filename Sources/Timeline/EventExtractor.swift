import Articles
import Chronology

/// What merging needs of a candidate's article, shared by reference: candidates are copied and
/// compared often, and a whole `Article` value costs a dozen reference counts per copy.
final class ArticleRef: @unchecked Sendable {
    let id: String
    let title: String
    let source: String?
    let published: DateValue?

    init(_ article: Article, published: DateValue?) {
        id = article.id
        title = article.title
        source = article.source
        self.published = published
    }
}

/// One event as told by one sentence of one article, before merging. A class: merging copies
/// candidates between groups, and a reference is one count instead of one per field.
final class EventCandidate {
    let article: ArticleRef
    let sentence: Range<Int>
    let text: String
    let timex: TimeExpression
    let date: DateValue
    let actors: [String]
    let kind: EventKind
    let status: EventStatus
    let title: String
    /// The actor heading the sentence's subject ("Kim Yo Jong" in "Kim Jong-un's sister Yo-jong said").
    let principal: String?
    let confidence: Double
    /// Content words of the sentence, computed once for the similarity checks of merging.
    let words: ContentWords
    /// The actors split by kind, computed once: merging compares every pair of nearby candidates. Arrays,
    /// not sets: a sentence names a handful, and a set's table costs more memory than the names.
    let people: [String]
    let states: [String]
    /// The lowercased phrase when it names a day in words ("on Monday"), for "the same named day".
    let namedDay: String?
    /// The names and figures of the sentence as one order-free hash, for telling near-verbatim
    /// sentences about other places or sums apart (computed once: merging compares many pairs).
    let namesAndFigures: UInt64
    /// Where the sentence says it happened ("in Paris"), for telling one leader's meetings apart.
    let place: String?
    /// The days the date covers (its effective interval, as day serials), for merging's quick test.
    let days: ClosedRange<Int>?

    init(article: ArticleRef, sentence: Range<Int>, text: String, timex: TimeExpression, date: DateValue, actors: [String],
         kind: EventKind, status: EventStatus, title: String, principal: String?, confidence: Double, words: ContentWords,
         people: [String], states: [String], namedDay: String?) {
        self.article = article
        self.sentence = sentence
        self.text = text
        self.timex = timex
        self.date = date
        self.actors = actors
        self.kind = kind
        self.status = status
        self.title = title
        self.principal = principal
        self.confidence = confidence
        self.words = words
        self.people = people
        self.states = states
        self.namesAndFigures = EventMatcher.namesAndFigures(text)
        self.place = EventMatcher.place(in: text)
        self.days = date.effectiveInterval.map { $0.lowerBound.serial...$0.upperBound.serial }
        self.namedDay = namedDay
    }
}

/// Turns an article's dated sentences into event candidates: a sentence whose predicate is anchored by a
/// temporal expression tells an event on that date.
struct EventExtractor {
    let gazetteer: Gazetteer
    let tagger = TemporalTagger()

    static let peopleNouns: Set<String> = ["leaders", "ministers", "men", "women", "presidents", "premiers", "diplomats", "envoys",
                                                   "counterparts", "chiefs", "officials", "heads"]

    /// A phrase that stands for two states named before: "The two countries", "Both governments",
    /// "foreign ministers of the two countries", "The two sides" (as the subject).
    static func standsForTwoStates(_ title: String) -> Bool {
        let lower = FastText.lowercased(title)
        // Most sentences have neither opener: one byte search each before the nouns are tried.
        let openers = ["the two ", "both "].filter { FastText.contains(lower, $0) }
        guard !openers.isEmpty else { return false }
        let nouns = ["countries", "nations", "governments", "neighbors", "neighbours"]
        if nouns.contains(where: { noun in openers.contains { FastText.contains(lower, $0 + noun) } }) { return true }
        return lower.hasPrefix("the two sides ") || lower.hasPrefix("both sides ")
    }

    /// A subject that stands for two people named before (`MentionTracker.latestPair`): "They", "The leaders", "The two Ministers",
    /// "Both foreign ministers" (not "The two countries": states are named, not stood for).
    static func standsForTwoPeople(_ title: String) -> Bool {
        if title.hasPrefix("They ") || pairSubject(title) != nil { return true }
        let lower = title.lowercased()
        guard let opener = ["the two ", "both "].first(where: lower.hasPrefix) else { return false }
        let next = lower.dropFirst(opener.count).split(separator: " ").prefix(2).map(String.init)
        // "The two last held the dialogue", "Both agreed": the count alone stands for them.
        if let first = next.first, EventTitler.isVerb(first) || ["last", "first", "previously", "also", "later"].contains(first) { return true }
        return next.contains { peopleNouns.contains($0) }
    }

    private static let officesHeldInPairs: Set<String> = ["leaders", "ministers", "presidents", "premiers", "envoys", "counterparts", "pair", "duo"]
    private static let officeModifiers: Set<String> = ["two", "foreign", "defense", "defence", "finance", "trade"]
    private static let functionWords: Set<String> = ["of", "from", "in", "at", "and", "or", "who", "whom", "whose", "which", "that",
                                                     "with", "for", "on", "to", "by", "as", "like", "than"]

    /// The subject naming two people by the office they share, which their names can stand in for: "The
    /// leaders", "The ministers", "The two foreign ministers" (not "The officials": those are mostly unnamed).
    static func pairSubject(_ title: String) -> Substring? {
        guard title.hasPrefix("The ") else { return nil }
        let words = title.split(separator: " ", maxSplits: 5)
        var nounAt = 1
        while nounAt < 3, nounAt < words.count, officeModifiers.contains(String(words[nounAt])) { nounAt += 1 }
        guard nounAt + 1 < words.count, officesHeldInPairs.contains(String(words[nounAt])) else { return nil }
        // "The leaders met", "The ministers also agreed"; not "The leaders of Australia, Britain and ...".
        // (Headlines put the verb in the present: "The two leaders condemn", which `isVerb` does not know.)
        let next = String(words[nounAt + 1])
        guard !next.isEmpty, next.allSatisfy({ $0.isLetter && $0.isLowercase }), !functionWords.contains(next) else { return nil }
        return title.prefix(upTo: words[nounAt].endIndex)
    }

    /// The article's date expressions (kept for its page) and the candidates they date.
    func extract(from article: Article, reference: DateValue?) -> (timexes: [TimeExpression], candidates: [EventCandidate]) {
        let scalars = FastText.scalars(article.text)
        // People the story introduces by office are known for this story only.
        let introduced = TitledPeople.discover(in: article.paragraphs.map { FastText.string(scalars[$0]) }, gazetteer: gazetteer)
        guard introduced.isEmpty else {
            var extended = gazetteer
            for person in introduced { extended.add(person) }
            return EventExtractor(gazetteer: extended).extract(scalars: scalars, from: article, reference: reference)
        }
        return extract(scalars: scalars, from: article, reference: reference)
    }

    private func extract(scalars: [Unicode.Scalar], from article: Article, reference: DateValue?)
        -> (timexes: [TimeExpression], candidates: [EventCandidate]) {
        let timexes = EventExtractor.anchoredToDayStamps(tagger.tag(scalars: scalars, reference: reference), scalars: scalars, tagger: tagger)
        let stamps = EventExtractor.entryStamps(timexes, scalars: scalars)
        var result: [EventCandidate] = []
        var cursor = 0
        var mentioned = MentionTracker(gazetteer: gazetteer)
        mentioned.noteHeadline(article.title)
        let ref = ArticleRef(article, published: reference)
        var previousSentence = 0..<0
        // Where the story's first sentence starts: undated, it tells the news of the day (`leadDate`). So does
        // a standfirst over it.
        let leads = article.standfirst == nil ? 1 : 2
        var leadStarts = Set(article.paragraphs.prefix(leads).map(\.lowerBound))
        var referentBefore: (pronoun: String, person: String)?
        let turns = TranscriptTurns(paragraphs: article.paragraphs, scalars: scalars, title: article.title)
        let signatories = FastText.contains(article.text, "We, the ") ? Signatories.named(in: article.text) : nil
        for (index, whole) in article.paragraphs.enumerated() {
            // ("With Russia's veto power ..., the resolution was always doomed to fail." over "Russia vetoed a UN
            // Security Council resolution ...": a lead that told no event leaves the lead to the next paragraph.)
            if index == leads, result.isEmpty { leadStarts.insert(whole.lowerBound) }
            let turn = turns.byParagraph[whole.lowerBound]
            let paragraph = turns.spoken(whole)
            for (sentence, borrowed) in clauses(of: paragraph, scalars: scalars, timexes: timexes) {
                defer { previousSentence = borrowed.map { $0.lowerBound..<sentence.upperBound } ?? sentence }
                while cursor < timexes.count, timexes[cursor].range.lowerBound < sentence.lowerBound { cursor += 1 }
                var inside: [TimeExpression] = []
                var k = cursor
                while k < timexes.count, timexes[k].range.upperBound <= sentence.upperBound {
                    inside.append(timexes[k])
                    k += 1
                }
                // A clause sharing the verb before it ("and with Britain in January 2023") is told with the words it
                // borrows ("Japan signed a similar agreement with Britain in January 2023"), and quotes the sentence.
                // (A subject borrowed from before its relative clause ends without the space: "Prabowo".)
                let borrowedWords = borrowed.map { FastText.string(scalars[$0]) }.map { $0.hasSuffix(" ") ? $0 : $0 + " " } ?? ""
                let text = EventExtractor.joining(borrowedWords, FastText.string(scalars[sentence]))
                let quoted = borrowed.map { $0.lowerBound..<sentence.upperBound } ?? sentence
                let textStart = sentence.lowerBound - borrowedWords.unicodeScalars.count
                // "where he is scheduled to meet Biden ... He will then attend": a "he" opening the sentence after
                // one that opened with "he" is the same man, not the last one named.
                let sameReferent = referentBefore
                referentBefore = nil
                let personBefore = mentioned.latestPerson
                let pairBefore = mentioned.latestPair
                let statePairBefore = mentioned.latestStatePair
                let mentionedBefore = mentioned
                // "SEOUL/TOKYO, March 26 (Reuters) -" names where the story was filed, not who acted.
                let datelineLength = Dateline.storyOffset(text)
                var actors = mentioned.actors(in: datelineLength == 0 ? text : String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(datelineLength))))
                // ("WASHINGTON, February 4 – RIA Novosti.": a dateline alone, its story in the next sentence, tells nothing.)
                guard datelineLength < text.unicodeScalars.count else { continue }
                // "Does China expect foreign investment to increase this year?": a question asserts nothing.
                guard !EventExtractor.isQuestion(text) else { continue }
                // "ADDIS ABABA (HAN) January 27, 2016 – Public Diplomacy and Regional Stability Initiatives News.": a
                // section's name after the dateline tells nothing.
                guard !EventExtractor.isLabel(datelineLength == 0 ? Substring(text) : Substring(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(datelineLength)))))
                else { continue }
                // A transcript's question or its moderator tells no event; a speaker's words are theirs.
                if let turn, turn.speaker == nil { continue }
                // ("Matthew Miller (00:00):": the label's clock is the recording's, not a date.)
                if let turn, turn.spokenFrom >= sentence.upperBound { continue }
                let spoken = turn.flatMap { turn in turn.spokenFrom < sentence.upperBound ? max(turn.spokenFrom, sentence.lowerBound) : nil }
                // "The meeting came a day after Kishida wrapped up a visit to Seoul, his last before stepping down
                // later this month": the happening is dated from the day of the event told just before; the
                // sentence's other dates are asides.
                if let last = result.last,
                   let earlier = offsetEvent(in: text, textStart: textStart, after: nil, date: last.date, dates: inside, principal: last.principal,
                                             quoted: quoted, quote: FastText.string(scalars[quoted]), article: ref, reference: reference,
                                             confidence: last.confidence, actorsOf: { mentioned.actors(in: $0) }) {
                    result.append(earlier)
                    continue
                }
                guard let (timex, date) = governingDate(inside, scalars: scalars, sentence: sentence, storyStart: sentence.lowerBound + datelineLength)
                        ?? borrowed.flatMap({ _ in happeningDate(inside, scalars: scalars, sentence: sentence) })
                        ?? EventExtractor.entryDate(of: text, at: sentence.lowerBound, stamps: stamps)
                        ?? (leadStarts.contains(sentence.lowerBound) && !actors.isEmpty ? EventExtractor.leadDate(of: text, at: sentence.lowerBound, published: reference) : nil)
                else { continue }
                let status = EventExtractor.status(of: text, timex: timex, date: date, reference: reference)
                // "They also discussed ... the priorities of the Philippine chairmanship of ASEAN in 2017", told in a
                // story of December 2016: a year still to come, in a sentence telling what was done, dates a
                // noun, not the happening. (A date that says it is ahead is: "said that next year marks". A day is
                // left be: the story's date may be a day its lead names, "met on March 1" before "on March 9".)
                if status == .scheduled, timex.tense == .past, date.precision == .year, let reference, reference.basis.kind != .inferred,
                   let start = date.start, let end = reference.end, start > end, !EventExtractor.saysItIsAhead(timex.text) { continue }
                let confidence = EventExtractor.confidence(date: date, reference: reference, article: article)
                var (title, principal) = EventTitler.title(sentence: text, timex: timex, sentenceStart: textStart, gazetteer: gazetteer)
                var spokenWords = false
                if let spoken, let speaker = turn?.speaker, borrowed == nil, timex.range.lowerBound >= spoken,
                   let quoted = EventTitler.spokenTitle(sentence: FastText.string(scalars[spoken..<sentence.upperBound]), timex: timex,
                                                        sentenceStart: spoken, speaker: speaker) {
                    (title, principal) = (quoted, nil)
                    spokenWords = true
                    for actor in mentioned.actors(in: speaker) where !actors.contains(actor) { actors.append(actor) }
                } else if !EventTitler.datesSinceWhenClause(scalars: scalars, sentence: sentence, timex: timex),
                   !EventExtractor.liesInSceneBeforeMainClause(timex, scalars: scalars, sentence: sentence),
                   let phrase = EventTitler.nominalEvent(scalars: scalars, sentence: sentence, timex: timex) {
                    (title, principal, actors) = nounPhraseEvent(phrase, sentenceActors: actors)
                    // "It was their third meeting, after talks in Bali": theirs, the pair named before.
                    if let pair = pairBefore, FastText.contains(text, " their ") { add(pair, to: &actors) }
                } else if let pronoun = ["He ", "She "].first(where: title.hasPrefix), let name = EventExtractor.closingSpeaker(text),
                          let person = mentioned.actors(in: name).first(where: { gazetteer.entries[$0]?.kind == .person }) {
                    // "He hopes Kerry's visit will ..., said Wang.": the one the sentence names as saying it.
                    (title, principal, actors) = told(by: person, title: String(title.dropFirst(pronoun.count)), actors: actors)
                } else if let (pronoun, person) = sameReferent, title.hasPrefix(pronoun) {
                    (title, principal, actors) = told(by: person, title: String(title.dropFirst(pronoun.count)), actors: actors)
                    referentBefore = (pronoun, person)
                } else if let pronoun = ["He ", "She "].first(where: title.hasPrefix),
                          let named = EventExtractor.personWithRole(in: FastText.string(scalars[previousSentence]), gazetteer: gazetteer) {
                    // "..., noted analyst Moon Seong Mook. He indicated ...": the person the gazetteer does not know.
                    title = named + " " + title.dropFirst(pronoun.count)
                } else if let pronoun = ["He ", "She "].first(where: title.hasPrefix),
                          let name = unknownNameOpening(FastText.string(scalars[previousSentence]), article: article.text, tracked: mentionedBefore) {
                    // "Harris arrived in Bangkok late Thursday. She is set to ...": not Xi, named before her.
                    title = name + " " + title.dropFirst(pronoun.count)
                } else if let pronoun = ["He ", "She "].first(where: title.hasPrefix),
                          let person = subjectPerson(of: FastText.string(scalars[previousSentence]), tracked: mentionedBefore) {
                    // "Grossi arrived in Tehran ... since the election of President Masoud Pezeshkian. He is also
                    // scheduled to meet with Pezeshkian": the person the sentence before was about, not the last named.
                    (title, principal, actors) = told(by: person, title: String(title.dropFirst(pronoun.count)), actors: actors)
                    referentBefore = (pronoun, person)
                } else if let person = personBefore, let pronoun = ["He ", "She "].first(where: title.hasPrefix),
                          !namesSomeoneUnknown(FastText.string(scalars[previousSentence]), tracked: mentionedBefore) {
                    (title, principal, actors) = told(by: person, title: String(title.dropFirst(pronoun.count)), actors: actors)
                    referentBefore = (pronoun, person)
                } else if let state = principal, case let subject = EventExtractor.subjectAfterOpener(text),
                          let opening = [state, subject ?? state].first(where: { title.hasPrefix($0 + " ") }),
                          let person = mentionedBefore.latestPerson(of: state),
                          EventExtractor.describesRole(subject: subject, state: state, gazetteer: gazetteer) {
                    // "Blinken met Netanyahu ... The top US diplomat is expected to travel": the description
                    // stands for the person of that state named last (the headline names the state, or keeps the
                    // description when the state's rank heads it: "The South Korean foreign minister").
                    (title, principal, actors) = told(by: person, title: String(title.dropFirst(opening.count + 1)), actors: actors)
                } else if let (words, person) = mentioned.offices.person(opening: title, isVerb: { EventTitler.isVerb($0) || EventTitler.isUnambiguousPresent($0) }) {
                    // "German Chancellor Olaf Scholz ... The chancellor told reporters": the one the story gave the office.
                    (title, principal, actors) = told(by: person, title: String(title.dropFirst(words.count + 1)), actors: actors)
                } else if title.hasPrefix("We "), let signatories {
                    // "We underlined the need ...": the communiqué's signatories, named once ("We, the Foreign Ministers ...").
                    title = signatories + title.dropFirst(2)
                } else if title.hasPrefix("I "), article.authors.count == 1 {
                    // "Today I met Indonesian Foreign Minister Sugiono": a minister's release, told by its writer.
                    (title, principal, actors) = told(by: article.authors[0], title: String(title.dropFirst(2)), actors: actors)
                } else if title.hasPrefix("It "), !["It is ", "It was ", "It remains ", "It seems ", "It appears "].contains(where: title.hasPrefix),
                          let subject = EventTitler.subject(of: FastText.string(scalars[previousSentence])) {
                    // ("It was not clear whether ...": an "it" of the copula stands for nothing.)
                    // "A seven-day truce saw Hamas release 105 captives. It collapsed on December 1": the truce.
                    title = subject + " " + title.dropFirst(3)
                    for actor in gazetteer.actors(in: subject) where !actors.contains(actor) { actors.append(actor) }
                    if principal == nil, let only = gazetteer.actors(in: subject).first { principal = only }
                }
                // ("Happy Monday.", "You all look very chipper on a Monday.": a greeting or a word to the audience tells nothing.)
                guard title.contains(" "), !title.hasPrefix("You ") else { continue }
                title = EventTitler.capped(EventTitler.withoutUnclosedQuote(title))
                // "Mr Li arrived in Adelaide": the headline names him in full, as the story did first.
                if let (honorific, person) = EventExtractor.personByHonorific(title, actors: actors, gazetteer: gazetteer) {
                    title = person + title.dropFirst(honorific.count)
                    if principal == nil { principal = person }
                } else if let (surname, person) = EventExtractor.personBySurname(title, actors: actors, gazetteer: gazetteer) {
                    title = person + title.dropFirst(surname.count)
                }
                // "The two countries established a partnership in 2013. They normalized relations in 1995": they
                // are the states, not the last two people named.
                if title.hasPrefix("They "),
                   case let opening = FastText.string(scalars[previousSentence]).split(separator: " ").prefix(4).joined(separator: " "),
                   EventExtractor.standsForTwoStates(opening + " ") {
                    title = "The two countries " + title.dropFirst(5)
                }
                // "The two leaders first met in Singapore": the pair named before are the actors.
                if let pair = pairBefore, EventExtractor.standsForTwoPeople(title),
                   case let people = actors.filter({ gazetteer.entries[$0]?.kind == .person }), people.count < 2 || pair.allSatisfy(people.contains) {
                    // "They meet in Bali" reads better with their names.
                    if let subject = title.hasPrefix("They ") ? title.prefix(4) : EventExtractor.pairSubject(title) {
                        var rest = title.dropFirst(subject.count).split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                        // ("The pair meets" names two: "Keir Starmer and Xi Jinping meet".)
                        if rest.count == 2, rest[0].isEmpty, let verb = rest[1].split(separator: " ").first.map(String.init),
                           subject.hasSuffix("pair") || subject.hasSuffix("duo"), EventTitler.isUnambiguousPresent(verb) {
                            rest[1] = EventTitler.pluralPresent(verb) + rest[1].dropFirst(verb.count)
                        }
                        title = pair.joined(separator: " and ") + rest.joined(separator: " ")
                    }
                    add(pair, to: &actors)
                }
                // "The two countries cut off those channels": the two states named together before.
                if let pair = statePairBefore, EventExtractor.standsForTwoStates(title),
                   actors.filter({ gazetteer.entries[$0]?.kind == .state }).count < 2 {
                    for state in pair where !actors.contains(state) { actors.append(state) }
                }
                // The headline holds the main clause: its kind wins over a side clause's ("met ... after a missile launch").
                var titleKind = EventKind.classify(title)
                if titleKind == .other, EventKind.receivesSomeone(title) { titleKind = .meeting }
                if titleKind == .statement, callsOnSomeone(title) { titleKind = .meeting }
                // "Ukraine's Navy said a Russian patrol ship had been sunk on March 5": dated by what it tells,
                // the event is of that kind, not a statement.
                let toldDate = EventExtractor.isToldDate(timex, scalars: scalars, sentence: sentence)
                if titleKind == .statement, toldDate, case let toldKind = EventKind.classify(text), toldKind != .other, toldKind != .statement {
                    titleKind = toldKind
                }
                // "Claudia Sheinbaum says she would send a letter and warns that tariffs would be answered": a
                // headline whose verb is the saying is a statement, whatever it tells of.
                if !toldDate, EventExtractor.headedBySaying(title) { titleKind = .statement }
                // "Matthew Miller says “The United States is imposing sanctions ...”": the date is in the words
                // quoted, and what they tell is the event's kind (as far as the title quotes them: a war named later
                // as a topic of talks is not the news).
                if spokenWords, let open = title.firstIndex(of: "“"), case let toldKind = EventKind.classify(String(title[open...])),
                   toldKind != .other { titleKind = toldKind }
                // ("Sharif and Erdogan reaffirm their commitment to ...": a position restated, when the sentence tells
                // no other kind.)
                if titleKind == .other { titleKind = EventKind.classify(text) }
                if titleKind == .other, EventKind.restates(title) { titleKind = .statement }
                // "It is known that on Wednesday.": a headline left hanging on its conjunction tells nothing.
                if title.hasSuffix(" that") || title.hasSuffix(" whether") { continue }
                let startsWithDigit = timex.text.unicodeScalars.first.map(FastText.isDigit) ?? false
                result.append(EventCandidate(
                    article: ref, sentence: quoted, text: FastText.string(scalars[quoted]), timex: timex, date: date, actors: actors,
                    kind: titleKind, status: status,
                    title: title, principal: principal, confidence: confidence, words: EventMatcher.contentWords(text),
                    people: actors.filter { gazetteer.entries[$0]?.kind == .person },
                    states: actors.filter { gazetteer.entries[$0]?.kind == .state },
                    namedDay: timex.date.precision == .day && !startsWithDigit ? FastText.lowercased(timex.text) : nil))
                if let earlier = offsetEvent(in: text, textStart: textStart, after: timex, date: date, dates: inside, principal: principal, quoted: quoted,
                                             quote: FastText.string(scalars[quoted]), article: ref, reference: reference, confidence: confidence,
                                             actorsOf: { mentioned.actors(in: $0) }) {
                    result.append(earlier)
                }
            }
        }
        return (timexes, result)
    }

    /// A clause with the words it borrows: before it ("Prabowo" + "will be sworn in ..."), or after the verb
    /// of its named subject, whose object they are ("China halted" + "imports of Japanese seafood" + "in
    /// August last year"). Either way the borrowed words come before the clause's dates.
    static func joining(_ borrowed: String, _ clause: String) -> String {
        guard !borrowed.isEmpty else { return clause }
        let words = clause.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let verb = EventTitler.namedSubjectVerb(words) else { return borrowed + clause }
        return words[...verb].joined(separator: " ") + " " + borrowed + words[(verb + 1)...].joined(separator: " ")
    }

    /// The paragraph's sentences, a sentence telling two dated happenings split into its clauses, each with
    /// what it borrows from the clause before when it shares that one's verb (see `GappedClause`).
    private func clauses(of paragraph: Range<Int>, scalars: [Unicode.Scalar], timexes: [TimeExpression]) -> [(Range<Int>, borrowed: Range<Int>?)] {
        // The paragraph's first date, found by bisection: articles hold hundreds of dates.
        var low = 0, high = timexes.count
        while low < high {
            let mid = (low + high) / 2
            if timexes[mid].range.lowerBound < paragraph.lowerBound { low = mid + 1 } else { high = mid }
        }
        var result: [(Range<Int>, borrowed: Range<Int>?)] = []
        var k = low
        for sentence in SentenceSplitter.split(scalars, range: paragraph) {
            var dated: [Range<Int>] = [], happenings: [Range<Int>] = [], ownHappenings: [Range<Int>] = []
            while k < timexes.count, timexes[k].range.lowerBound < sentence.upperBound {
                let t = timexes[k]
                if t.range.lowerBound >= sentence.lowerBound, t.type == .date || t.type == .time, t.date.isAnchored {
                    dated.append(t.range)
                    // ("since 2000", "until 2030" date no happening of their clause: see `governingDate`.)
                    if !EventExtractor.precededBy(["since", "until", "till"], t, scalars: scalars, sentence: sentence)
                        || EventTitler.datesSinceWhenClause(scalars: scalars, sentence: sentence, timex: t) {
                        happenings.append(t.range)
                        // ("his first visit since being re-elected in March": the happening "since" looks back to.)
                        if !EventExtractor.looksBackAfterSince(t, scalars: scalars, sentence: sentence) { ownHappenings.append(t.range) }
                    }
                }
                k += 1
            }
            let split = ClauseSplitter.split(sentence, scalars: scalars, dated: dated, happenings: happenings)
            if split.count == 1, let last = dated.last, happenings.last == last,
               let gapped = GappedClause.find(in: sentence, scalars: scalars, dated: dated)
                    ?? GappedClause.findSharedSubject(in: sentence, scalars: scalars, dated: dated) {
                result += [(gapped.left, nil), (gapped.right, gapped.borrowed)]
            } else if split.count == 1, let relative = RelativeClause.clauses(of: sentence, scalars: scalars, happenings: ownHappenings) {
                result += relative
            } else {
                result += split.map { ($0, nil) }
            }
        }
        return result
    }

    /// "the November 15 meeting between Biden and Xi": the date's event is the noun phrase's, with the
    /// phrase's actors, not the sentence's verb's.
    private func nounPhraseEvent(_ phrase: [String], sentenceActors: [String]) -> (String, String?, [String]) {
        let named = gazetteer.actorsWithStates(in: phrase.joined(separator: " "))
        return (EventTitler.headline(phrase), nil, sentenceActors.filter(named.contains) + named.filter { !sentenceActors.contains($0) })
    }

    /// Whether `timex` lies in a clause "that will ..." or "which will ..." with no comma between.
    static func liesInPlannedRelativeClause(_ timex: TimeExpression, scalars: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        let before = Array(scalars[max(sentence.lowerBound, timex.range.lowerBound - 120)..<timex.range.lowerBound])
        guard let marker = [" that will ", " which will "].compactMap({ FastText.lastOffset(of: $0, in: before) }).max() else { return false }
        return !before[marker...].contains(",")
    }

    /// Words in title case with no verb among them: a label ("Public Diplomacy and Regional Stability
    /// Initiatives News."), not a sentence. (A dated entry in title case has one: "Koizumi Visits Pyongyang".)
    static func isLabel(_ text: Substring) -> Bool {
        var count = 0
        // Word by word rather than split: asked of every sentence, most of which stop at their second word.
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            let word = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
            guard !word.isEmpty else { continue }
            let bare = EventTitler.clean(String(word))
            guard let first = bare.first else { continue }
            if first.isLowercase { guard ["and", "of", "the", "for", "in", "on"].contains(bare) else { return false }; continue }
            let lower = bare.lowercased()
            if !first.isUppercase || EventTitler.isVerb(lower) || presentForms.contains(lower) { return false }
            count += 1
        }
        return count >= 3
    }

    /// "visits", "meets", "signs": the present forms a headline in title case uses.
    private static let presentForms = Set(EventTitler.presentTense.values).union(EventTitler.regularPresent.values)
        .union(EventTitler.irregularPresent.values)

    /// A sentence ending in a question mark, before any closing quotes or brackets.
    static func isQuestion(_ sentence: String) -> Bool {
        let closing: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", " "]
        return sentence.unicodeScalars.reversed().first { !closing.contains($0) && !FastText.isSpace($0) } == "?"
    }

    /// Role nouns that, after "the" and a state's adjective, describe one person: "the top US diplomat",
    /// "the Chinese leader", "the South Korean foreign minister".
    private static let roleNouns: Set<String> = [
        "diplomat", "leader", "president", "minister", "envoy", "premier", "chancellor", "secretary", "ambassador",
        "negotiator", "monarch", "king", "queen", "emperor", "dictator", "strongman", "chief",
    ]

    /// Whether `subject` ("The top US diplomat") describes someone of `state` by role: a definite subject
    /// ending in a role noun that names no one but the state.
    /// ("The President of Russia was welcomed": or one naming the state after the role.)
    static func describesRole(subject: String?, state: String, gazetteer: Gazetteer) -> Bool {
        guard let subject, subject.hasPrefix("The ") else { return false }
        let words = subject.split(separator: " ")
        let role = words.firstIndex(of: "of").map { words[$0 - 1] } ?? words[words.count - 1]
        return roleNouns.contains(role.lowercased()) && gazetteer.actors(in: subject) == [state]
    }

    /// The subject of `text`, after an opening phrase and its comma ("Earlier today, the Ukrainian
    /// president met ...": "The Ukrainian president").
    /// ("The President of Russia was welcomed": with the state its office is of.)
    static func subjectAfterOpener(_ text: String) -> String? {
        var clause = text
        if EventTitler.subject(of: text) == nil {
            let words = text.split(separator: " ", maxSplits: 6)
            guard let comma = words.prefix(5).firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count,
                  !words[...comma].contains(where: { EventTitler.isVerb(String($0)) }) else { return nil }
            let rest = words[(comma + 1)...].joined(separator: " ")
            clause = EventTitler.capitalizingFirst(rest)
        }
        guard let subject = EventTitler.subject(of: clause) else { return nil }
        let words = clause.split(separator: " ", maxSplits: 8).map(String.init)
        let length = subject.split(separator: " ").count
        guard words.count > length + 2, words[length] == "of",
              let verb = words[(length + 1)...].prefix(4).firstIndex(where: EventTitler.isVerb),
              words[(length + 1)..<verb].allSatisfy({ $0.first?.isUppercase == true || $0 == "the" }) else { return subject }
        return subject + " " + words[length..<verb].map(EventTitler.clean).joined(separator: " ")
    }

    /// "..., said Wang.", "..., Wang said.": the name attributing a sentence at its end.
    static func closingSpeaker(_ sentence: String) -> String? {
        var words = sentence.split(separator: " ").map(String.init)
        guard words.count >= 4, let last = words.last, last.hasSuffix(".") else { return nil }
        words[words.count - 1].removeLast()
        guard let comma = words.suffix(4).lastIndex(where: { $0.hasSuffix(",") }), comma + 2 < words.count else { return nil }
        let name: ArraySlice<String>
        if words[comma + 1] == "said" {
            name = words[(comma + 2)...]
        } else if words.last == "said" {
            name = words[(comma + 1)..<(words.count - 1)]
        } else {
            return nil
        }
        guard (1...3).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return name.joined(separator: " ")
    }

    /// "He said: ..." after a sentence about Kim Jong Un is Kim Jong Un's (the caller checks that no one
    /// the gazetteer does not know was named in between: "noted analyst Moon Seong Mook. He ...").
    private func told(by person: String, title rest: String, actors: [String]) -> (String, String?, [String]) {
        var actors = actors
        add([person], to: &actors)
        return (person + " " + rest, person, actors)
    }

    /// Adds `people` to `actors`, each with their state, leaving out those already there.
    private func add(_ people: [String], to actors: inout [String]) {
        for person in people {
            if !actors.contains(person) { actors.append(person) }
            if let state = gazetteer.entries[person]?.state, !actors.contains(state) { actors.append(state) }
        }
    }

    /// The first date of a happening in a clause that borrows its subject: the splitter found it there, and
    /// the clause alone ("arrived in Canberra on Tuesday", cut from "Prabowo, who ..., arrived") reads to
    /// `governingDate` like a participle's.
    private func happeningDate(_ timexes: [TimeExpression], scalars: [Unicode.Scalar], sentence: Range<Int>) -> (TimeExpression, DateValue)? {
        timexes.first { t in
            (t.type == .date || t.type == .time) && t.date.isAnchored
                && !EventExtractor.precededBy(["since", "until", "till"], t, scalars: scalars, sentence: sentence)
                && !EventExtractor.looksBackAfterSince(t, scalars: scalars, sentence: sentence)
        }.map { ($0, $0.date) }
    }

    /// The expression that dates the sentence: the finest anchored calendar date, a range "from 1910 to
    /// 1945", "February 16-18", "from 3 to 5 March" read as one span. Durations, sets and PRESENT_REF-style
    /// references date nothing.
    private func governingDate(_ timexes: [TimeExpression], scalars: [Unicode.Scalar], sentence: Range<Int>,
                               storyStart: Int) -> (TimeExpression, DateValue)? {
        // "since the New Year's message", "until 2030": such dates belong to another happening.
        var calendar = timexes.filter { t in
            guard (t.type == .date || t.type == .time) && t.date.isAnchored else { return false }
            // ("since July 24, when it fired two missiles": the clause after "when" is that date's.)
            if EventTitler.datesSinceWhenClause(scalars: scalars, sentence: sentence, timex: t) { return true }
            // ("deepening democracy ... during the past decade": a span reaching to now sums up; it dates no happening.)
            if [.decade, .century].contains(t.date.precision),
               ["the past ", "the last ", "past ", "last "].contains(where: FastText.lowercased(t.text).hasPrefix) { return false }
            return !EventExtractor.precededBy(["since", "until", "till"], t, scalars: scalars, sentence: sentence)
                && !EventExtractor.looksBackAfterSince(t, scalars: scalars, sentence: sentence)
                && !EventExtractor.liesInComingClauseOfAPast(t, scalars: scalars, sentence: sentence)
        }
        // A wire dateline's date ("WASHINGTON, Jan 26 (Reuters) -") is the telling's: the story's own
        // "on Friday" dates the event, the dateline only when the story gives none.
        if calendar.contains(where: { $0.range.lowerBound >= storyStart }) { calendar.removeAll { $0.range.lowerBound < storyStart } }
        guard !calendar.isEmpty else { return nil }
        // "Friday's meeting came after the board passed a resolution last week": the subject's day names
        // the meeting told before; the sentence tells what it came after, on that clause's date.
        if calendar.count > 1, let first = calendar.first, first.range.lowerBound == storyStart,
           case let text = FastText.string(scalars[first.range.upperBound..<sentence.upperBound]),
           text.hasPrefix("'s ") || text.hasPrefix("’s "),
           [" came after ", " comes after ", " came before ", " comes before "].contains(where: { FastText.contains(text, $0) }) {
            calendar.removeFirst()
        }
        for (a, b) in zip(calendar, calendar.dropFirst()) where a.date.precision == b.date.precision
            && [.day, .month, .year].contains(a.date.precision) && a.date.start! < b.date.start! {
            let between = FastText.string(scalars[a.range.upperBound..<b.range.lowerBound]).trimmingCharacters(in: .whitespaces)
            // Days and months joined by "and" are a span only after "between" or when they follow each other:
            // "on Monday and Thursday" tells two days, "between 3 and 5 March" and "on Thursday and Friday"
            // one stretch.
            let joins = between == "and"
                ? a.date.precision == .year || EventExtractor.precededBy(["between"], a, scalars: scalars, sentence: sentence)
                    || (a.date.precision == .day && a.date.start!.adding(days: 1) == b.date.start!)
                : ["to", "-", "–", "through", "until"].contains(between)
            // ("The measure, first proposed between 1960 and 1996, ...": the range is the participle's.)
            // ("arrived on March 19 after visiting New Zealand from March 17 to 19": a date as fine before the
            // span dates the sentence.)
            if joins, !EventTitler.datesSomethingElse(scalars: scalars, sentence: sentence, timex: a),
               !calendar.contains(where: { $0.range.upperBound <= a.range.lowerBound && $0.date.precision.rank <= a.date.precision.rank }) {
                var span = a
                span.range = a.range.lowerBound..<b.range.upperBound
                // (The phrase as written: "1910-45", "March 3 to 5".)
                span.text = FastText.string(scalars[a.range.lowerBound..<b.range.upperBound])
                return (span, a.date.through(b.date))
            }
        }
        // A trailing attribution (", two officials said on Tuesday") dates the telling, not the happening:
        // it dates the sentence only when nothing else does.
        // (Read from the story's start: a wire dateline's comma, "MOSCOW, Dec 1 (Reuters) - Russia said on
        // Wednesday", opens no attribution.)
        let attributions = calendar.filter {
            EventExtractor.isAttribution($0, scalars: scalars, sentence: min(storyStart, $0.range.lowerBound)..<sentence.upperBound)
        }
        // "has ordered 60 U.S. diplomats to leave by April 5, the ministry said on Thursday": the deadline set
        // is no day of the sentence's happening, the order's, while another date tells that.
        let deadlines = calendar.filter { EventExtractor.isDeadlineOfAnOrder($0, scalars: scalars, sentence: sentence) }
        if deadlines.count < calendar.count { calendar.removeAll { t in deadlines.contains { $0.range == t.range } } }
        // "Ahead of his meeting with Asean foreign ministers today, Wang Yi yesterday called on ...": a date in an
        // opening phrase framing the sentence by another happening is that happening's. (Its closing comma opens
        // no attribution: "Before the vote on Friday, the envoy said on Thursday that ...".)
        let framed = calendar.filter { EventExtractor.liesInOpeningFrame($0, scalars: scalars, story: storyStart..<sentence.upperBound) }
        if framed.count < calendar.count { calendar.removeAll { t in framed.contains { $0.range == t.range } } }
        let happening = calendar.filter { t in !attributions.contains { $0.range == t.range } }
        var pool = happening.isEmpty ? calendar : happening
        // "It was their third meeting, after talks in Bali in November 2022 and near San Francisco a year
        // later": the copula tells no happening; the first it lists is the sentence's event.
        if let listed = pool.first(where: { $0.range.lowerBound >= sentence.lowerBound + 4
            && EventTitler.happeningBeforeThis(scalars: scalars, sentence: sentence, lo: $0.range.lowerBound) != nil }) {
            return (listed, listed.date)
        }
        // A date modifying a noun ("the December 10 incident") dates the predicate only when nothing else does.
        // (When every date names a noun phrase's happening, those stay.)
        let predicate = pool.filter { EventTitler.nominalEvent(scalars: scalars, sentence: sentence, timex: $0) == nil }
        if !predicate.isEmpty {
            // "threatened to scrap the 1953 armistice", "..., a format created in 1991": those dates are not
            // the sentence's; when it has no other, it tells no dated event.
            pool = predicate.filter { !EventTitler.datesSomethingElse(scalars: scalars, sentence: sentence, timex: $0) }
            guard !pool.isEmpty else { return nil }
        }
        // "Last month, Xi and Ishiba met ..., their first talks since Ishiba took office on October 1": the
        // time "since" looks back to is another happening's; a date of the main clause dates the sentence.
        // (The clause readings below copy and scan the sentence for each of its dates: a megabyte-long
        // "sentence" of dates is no prose to read so, and must not take minutes.)
        let readable = sentence.count <= 3_000 && pool.count <= 12
        if readable, pool.count > 1 {
            let text = FastText.string(scalars[sentence])
            let told = pool.filter { !EventTitler.liesInSinceClause(text, dateAt: $0.range.lowerBound - sentence.lowerBound) }
            if !told.isEmpty { pool = told }
        }
        // "Biden announced Tuesday that the two sides had agreed to a ceasefire that will take effect at 4 a.m.
        // Wednesday": a plan told in a relative clause is its noun's, not the telling's.
        if readable, pool.count > 1 {
            let main = pool.filter { !EventExtractor.liesInPlannedRelativeClause($0, scalars: scalars, sentence: sentence) }
            if !main.isEmpty { pool = main }
        }
        // "Mr Lam, who arrived in Guangzhou on Aug 18, was named general secretary on Aug 3": the subject's
        // relative clause tells its own happening; the main clause's date dates the sentence.
        if readable, pool.count > 1 {
            let text = FastText.string(scalars[sentence])
            let main = pool.filter { EventTitler.relativeClauseEvent(text, dateAt: $0.range.lowerBound - sentence.lowerBound) == nil }
            if !main.isEmpty { pool = main }
        }
        // "Ukraine's military said on Thursday that Russian forces had shelled Kherson on Wednesday": the
        // telling has its date and what it tells has its own, which dates the event (when no coarser).
        if readable, pool.count > 1 {
            let inTold = pool.filter { EventExtractor.isToldDate($0, scalars: scalars, sentence: sentence) }
            let inTelling = pool.filter { t in !inTold.contains { $0.range == t.range } }
            func finest(_ dates: [TimeExpression]) -> Int { dates.map { min($0.nominalPrecision.rank, $0.date.precision.rank) }.min() ?? .max }
            if !inTelling.isEmpty, !inTold.isEmpty, finest(inTold) <= finest(inTelling) { pool = inTold }
        }
        // The phrase naming the finest unit dates the sentence ("set to meet on Monday ... in February" is
        // about a Monday), even when a vague document date leaves that Monday's day unknown.
        let best = pool.min { x, y in
            let (rx, ry) = (min(x.nominalPrecision.rank, x.date.precision.rank), min(y.nominalPrecision.rank, y.date.precision.rank))
            return rx != ry ? rx < ry : x.range.lowerBound < y.range.lowerBound
        }!
        // "likely to be held at 7:30am (beginning with breakfast) at a city hotel on Sunday": a clock with no day
        // of its own keeps the story's day only when the sentence names none; else it is the named day's.
        // (Not when a day of the sentence is the clock's own: "On November 15, commencing at 10:30 a.m. (local time;
        // 0:30 a.m. on November 16, Japan time)".)
        if best.date.precision == .minute, EventExtractor.isBareClock(best.text),
           case let days = pool.filter({ $0.date.precision == .day }), days.count == 1, let day = days.first,
           day.date.start != best.date.start, let clock = best.date.value.firstIndex(of: "T") {
            var date = day.date
            date.value += String(best.date.value[clock...])
            date.precision = .minute
            return (best, date)
        }
        return (best, best.date)
    }

    /// Words a clock is written with, none naming a day: "7:30am", "10 p.m. local time", "noon GMT".
    private static let clockWords: Set<String> = ["am", "pm", "a", "m", "p", "noon", "midnight", "local", "time", "gmt", "utc", "hrs", "hours", "h",
                                                  "o", "clock", "est", "et", "edt", "ist", "bst", "cet", "cest", "jst", "kst", "at", "around", "about"]

    /// Whether a time expression is a clock alone, its day the story's for want of another.
    static func isBareClock(_ text: String) -> Bool {
        FastText.words(text, lowercase: true) { FastText.isLetter($0) }.allSatisfy(clockWords.contains)
    }

    /// Whether the headline's verb is "says" or "said" right after a short named subject ("Claudia Sheinbaum
    /// says ...", "Poland says ..."), the saying being what the sentence tells.
    static func headedBySaying(_ title: String) -> Bool {
        let words = title.split(separator: " ").prefix(6)
        guard let said = words.firstIndex(where: { $0 == "says" || $0 == "said" }), said > 0 else { return false }
        return words[..<said].allSatisfy { $0.first?.isUppercase == true || $0 == "of" } && !reportsOwnAct(title)
    }

    /// "Russia says it is expelling US diplomats", "Iran says it has seized a tanker": the one saying tells
    /// what it is doing or has done, and that act is the news (not "says it is considering sanctions", nor
    /// "says it would respond").
    private static func reportsOwnAct(_ title: String) -> Bool {
        var words = title.split(separator: " ").prefix(12).map(String.init)
        guard let said = words.firstIndex(where: { $0 == "says" || $0 == "said" }) else { return false }
        words.removeSubrange(...said)
        if words.first == "that" { words.removeFirst() }
        guard words.count >= 3, ["it", "he", "she", "they", "we"].contains(words[0]),
              ["is", "are", "was", "were", "has", "have", "had"].contains(words[1]) else { return false }
        let verb = EventTitler.clean(words[2]).lowercased()
        guard !intentionsAndStates.contains(verb) else { return false }
        return (verb.hasSuffix("ing") && verb.count > 5) || (words[1].hasPrefix("ha") && (verb.hasSuffix("ed") || EventTitler.isPastForm(verb)))
    }

    /// What a side says it is weighing or feeling rather than doing: "says it is considering", "is concerned".
    private static let intentionsAndStates: Set<String> = [
        "considering", "weighing", "studying", "reviewing", "examining", "exploring", "monitoring", "watching", "assessing",
        "evaluating", "planning", "preparing", "seeking", "trying", "hoping", "working", "looking", "going", "waiting",
        "concerned", "committed", "prepared", "interested", "determined", "disappointed", "opposed", "pleased", "worried",
    ]

    /// Offices said before a surname as a courtesy is: "Minister Cho said".
    private static let officesBeforeSurname: Set<String> = [
        "Minister", "President", "Chancellor", "Premier", "Secretary", "Ambassador", "Governor",
        // ("FM Qureshi will next visit Russia", "PM Sharif", "EAM Jaishankar": South Asian papers' short offices.)
        "FM", "PM", "EAM", "DPM",
    ]

    /// Courtesy titles before a surname: "Mr Li", "Ms. Takaichi".
    static let honorifics: Set<String> = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Miss", "Prince", "Princess", "Sheikh"]

    /// "Mr Li arrived in Adelaide" with Li Qiang among the sentence's actors: the words "Mr Li" and Li Qiang.
    /// ("Minister Cho said": an office before the surname is said as a courtesy is, before a verb.)
    static func personByHonorific(_ title: String, actors: [String], gazetteer: Gazetteer) -> (String, String)? {
        let words = title.split(separator: " ", maxSplits: 4)
        // ("Datuk Seri Anwar said": Malaysia's honours are two words before the name.)
        let length = words.count >= 3 && ["Datuk", "Dato'", "Dato", "Tan"].contains(words[0]) && ["Seri", "Sri"].contains(words[1]) ? 2 : 1
        guard words.count > length, length == 2 || honorifics.contains(String(words[0]))
                || (officesBeforeSurname.contains(String(words[0])) && words.count >= 3
                    && (EventTitler.isVerb(String(words[2])) || EventTitler.isUnambiguousPresent(String(words[2])))),
              let person = people(named: EventTitler.clean(String(words[length])), among: actors, gazetteer: gazetteer).first else { return nil }
        return (String(title[..<words[length].endIndex]), person)
    }

    /// "Li arrives in Australia" with Li Qiang among the sentence's actors: a surname alone before a verb
    /// is the one person of the sentence so named (the words "Li" and Li Qiang).
    static func personBySurname(_ title: String, actors: [String], gazetteer: Gazetteer) -> (String, String)? {
        let words = title.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[0].first?.isUppercase == true,
              EventTitler.isVerb(String(words[1])) || EventTitler.isUnambiguousPresent(String(words[1])),
              case let people = people(named: String(words[0]), among: actors, gazetteer: gazetteer), people.count == 1,
              // ("Kim" heads many a Korean name of three words: which Kim is too often a guess.)
              case let name = MentionTracker.nameWords(people[0]), name.last == String(words[0]) || name.count == 2 else { return nil }
        return (String(words[0]), people[0])
    }

    /// The people among `actors` whose first or last name is `surname`.
    private static func people(named surname: String, among actors: [String], gazetteer: Gazetteer) -> [String] {
        actors.filter { actor in
            guard gazetteer.entries[actor]?.kind == .person else { return false }
            let name = MentionTracker.nameWords(actor)
            return name.count >= 2 && (name.first == surname || name.last == surname)
        }
    }

    /// The one capitalized word that opens `sentence` as its subject ("Harris arrived ..."), when it names
    /// no one the gazetteer or the story knows and the article capitalizes it inside a sentence too (so
    /// "Officials said" is no name): someone a "he" or "she" next most likely stands for.
    private func unknownNameOpening(_ sentence: String, article: String, tracked: MentionTracker) -> String? {
        let words = Dateline.wordsAfter(sentence.split(separator: " ").map(String.init))
        guard words.count >= 3, EventTitler.isVerb(words[1]), !words[0].hasSuffix(",") else { return nil }
        let name = EventTitler.clean(words[0])
        guard name.count >= 3, name.first?.isUppercase == true, name.dropFirst().allSatisfy({ $0.isLetter && $0.isLowercase }),
              !EventExtractor.sentenceOpeners.contains(name.lowercased()), !EventExtractor.personalPronouns.contains(name),
              gazetteer.actors(in: name).isEmpty, !tracked.knowsSurname(name) else { return nil }
        var searchFrom = article.startIndex
        while let found = article.range(of: " " + name + " ", range: searchFrom..<article.endIndex) {
            searchFrom = found.upperBound
            guard found.lowerBound > article.startIndex else { continue }
            let before = article[article.index(before: found.lowerBound)]
            if before.isLetter || before == "," { return name }
        }
        return nil
    }

    private static let personalPronouns: Set<String> = ["He", "She", "It", "They", "We", "I", "You", "This", "That", "There", "These", "Those"]

    /// The one person the sentence's subject names, before its first verb: "Grossi" in "Grossi arrived in
    /// Tehran on Wednesday for his first visit since the election of President Masoud Pezeshkian".
    private func subjectPerson(of sentence: String, tracked: MentionTracker) -> String? {
        let words = Dateline.wordsAfter(sentence.split(separator: " ").map(String.init))
        guard let verb = words.prefix(10).firstIndex(where: EventTitler.isVerb), verb > 0 else { return nil }
        var probe = tracked
        let people = probe.actors(in: words[..<verb].joined(separator: " ")).filter { gazetteer.entries[$0]?.kind == .person }
        return people.count == 1 ? people[0] : nil
    }

    /// Two or more capitalized words in a row that the gazetteer does not know: most likely a person
    /// ("analyst Moon Seong Mook") or a body a pronoun could stand for. A function word opening the
    /// sentence ("The", "In") is not part of a name.
    private func namesSomeoneUnknown(_ sentence: String, tracked: MentionTracker) -> Bool {
        var words = sentence.split(separator: " ").map { EventTitler.clean(String($0)) }
        if let first = words.first, EventExtractor.sentenceOpeners.contains(first.lowercased()) { words.removeFirst() }
        var run: [String] = []
        var afterThe = false
        // "the Munich Security Conference": a body's or a place's name ends in its kind, and a pronoun does
        // not stand for it. Nor does a name after "the" or one with an acronym ("the BAPS Hindu Mandir").
        func unknown() -> Bool {
            run.count >= 2 && !afterThe && !EventExtractor.nameKinds.contains(run[run.count - 1].lowercased())
                && !run.contains { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }
                // ("on Tuesday (Nov 12)": a day is no one's name.)
                && !run.contains { EventTitler.weekdayNames.contains($0.lowercased()) }
                && gazetteer.actors(in: run.joined(separator: " ")).isEmpty
                // "Mr Li arrived in Adelaide" after Li Qiang: someone known by a courtesy title.
                && !(run.count == 2 && EventExtractor.honorifics.contains(run[0]) && tracked.knowsSurname(run[1]))
        }
        for word in words {
            if word.first?.isUppercase == true {
                if run.isEmpty, word == "The" { afterThe = true; continue }
                run.append(word)
            } else {
                if unknown() { return true }
                run.removeAll()
                // ("the 13th Annual Consultation": a number keeps the article's phrase open.)
                afterThe = word == "the" || (afterThe && word.first?.isNumber == true)
            }
        }
        return unknown()
    }

    /// Last words of the names of bodies, gatherings and places.
    private static let nameKinds: Set<String> = [
        "conference", "summit", "forum", "council", "assembly", "ministry", "committee", "organization", "organisation",
        "agency", "party", "congress", "parliament", "union", "office", "house", "hall", "palace", "square", "sea", "ocean",
        "island", "islands", "strait", "peninsula", "shoal", "university", "institute", "center", "centre", "bank", "fund",
        "court", "army", "navy", "command", "forces", "group", "association", "alliance", "treaty", "agreement", "accord",
        "airport", "station", "street", "hotel", "embassy", "estate", "department", "commission", "cooperation", "dialogue",
        "temple", "mandir", "mosque", "church", "cathedral", "museum", "stadium", "memorial", "monument", "park", "bridge",
    ]

    /// Words that introduce a person by role right before the name: "analyst Moon Seong Mook", "said
    /// professor Leif-Eric Easley".
    private static let roleWords: Set<String> = [
        "analyst", "professor", "expert", "researcher", "scholar", "spokesperson", "spokesman", "spokeswoman", "official",
        "minister", "director", "ambassador", "envoy", "lawmaker", "senator", "secretary", "adviser", "advisor", "economist",
        "commentator", "fellow", "lecturer", "diplomat", "general", "said", "says", "noted", "stated", "told", "added",
    ]

    /// The name, unknown to the gazetteer, that the sentence introduces by role ("noted analyst Moon Seong
    /// Mook with the ... Institute"): two to four capitalized words after a role word. Nil when there is
    /// none or more than one.
    static func personWithRole(in sentence: String, gazetteer: Gazetteer) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        var found: String?
        for (k, word) in words.enumerated().dropLast() where roleWords.contains(EventTitler.clean(word).lowercased()) && !word.hasSuffix(",") {
            var name: [String] = []
            for next in words[(k + 1)...].prefix(4) {
                let bare = EventTitler.clean(next)
                guard bare.first?.isUppercase == true, bare.count >= 2, bare.dropFirst().contains(where: \.isLowercase) else { break }
                name.append(bare)
                if next.hasSuffix(",") || next.hasSuffix(".") { break }
            }
            guard (2...4).contains(name.count), gazetteer.actors(in: name.joined(separator: " ")).isEmpty else { continue }
            if found != nil { return nil }
            found = name.joined(separator: " ")
        }
        return found
    }

    private static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "when", "while", "as", "he", "she", "it", "they", "we",
        "this", "that", "earlier", "later", "meanwhile",
    ]

    static let speechVerbs: Set<String> = ["said", "says", "told", "announced", "added", "reported", "stated", "noted", "confirmed"]

    /// Whether a date lies in what a sentence reports rather than in its telling: after the first speech
    /// verb, in a clause ("said a Russian patrol ship had been sunk ... on March 5"), where "said late on
    /// Thursday" and "told the forum on Sunday" date the telling, and a quotation ("said: \"...on Oct. 4,
    /// 1962\"") is words, not a happening. Only 60 words are searched: a sentence may be a megabyte-long line.
    static func isToldDate(_ t: TimeExpression, scalars: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        func nextWord() -> Range<Int>? {
            while k < t.range.lowerBound, !FastText.isLetter(scalars[k]) { k += 1 }
            guard k < t.range.lowerBound else { return nil }
            let start = k
            while k < t.range.lowerBound, FastText.isLetter(scalars[k]) { k += 1 }
            return start..<k
        }
        var wordsSeen = 0
        while wordsSeen < 60, let word = nextWord() {
            wordsSeen += 1
            let verb = FastText.lowercased(FastText.string(scalars[word]))
            guard word.count <= 9, speechVerbs.contains(verb) else {
                // "Berlin Bears drew 2-2 ..., a move that Shin said would help ... by 2017": a speech verb
                // after the main verb tells nothing of the sentence's.
                if EventTitler.isVerb(verb) { return false }
                continue
            }
            // '"We expect a decision before the end of January," Eriksson said, adding that ...': a
            // quotation's attribution; the sentence is the quotation's.
            if scalars[sentence.lowerBound..<word.lowerBound].contains(where: { "\"“”".unicodeScalars.contains($0) }) { return false }
            guard t.range.lowerBound - word.upperBound < 400,
                  !scalars[word.upperBound..<t.range.lowerBound].contains(where: { "\"“”:".unicodeScalars.contains($0) }) else { return false }
            var between: [String] = []
            while let next = nextWord() { between.append(FastText.string(scalars[next])) }
            if between.allSatisfy({ tellingWords.contains(FastText.lowercased($0)) }) { return false }
            // "said Friday it is closely communicating ... over North Korea extending an invitation a day
            // earlier": what is told holds now, at the telling; the date is a side phrase's.
            if let firstVerb = between.first(where: EventTitler.isVerb), ["is", "are", "am", "remains", "remain"].contains(firstVerb) { return false }
            // "told the forum on Sunday": the one told comes before the date of the telling.
            return verb != "told" || between.count > 4 || between.contains { $0 == "that" || EventTitler.isVerb($0) }
        }
        return false
    }

    /// Words between a speech verb and the date of its telling: "said late on Thursday".
    private static let tellingWords = EventTitler.weekdayNames.union(["on", "in", "at", "late", "early", "earlier", "last", "this", "week",
                                                                    "night", "morning", "afternoon", "evening"])

    /// ", <speaker> said on Tuesday": a speech verb between the last comma before the expression and it.
    static func isAttribution(_ t: TimeExpression, scalars: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        // A clause of eight words fits in a bounded window: a sentence can be a megabyte-long line.
        let before = FastText.string(scalars[max(sentence.lowerBound, t.range.lowerBound - 200)..<t.range.lowerBound])
        guard let comma = before.lastIndex(of: ",") else { return false }
        let clause = FastText.words(String(before[before.index(after: comma)...]), lowercase: true, where: FastText.isLetter)
        // ("Scholz will travel to Washington next week, a spokesman said on Friday, adding that he would meet
        // Biden on Feb. 9": what the telling adds is told after the sentence's own happening.)
        // (After a quotation the addition is the news: '"... it was in the 1960s," Oh said, adding that the
        // association would release it by the end of the year'.)
        if clause.count <= 12, let first = clause.first, ["adding", "noting", "saying"].contains(first), clause.dropFirst().first == "that",
           !["\"", "\u{201C}"].contains(scalars[sentence.lowerBound]) { return true }
        return clause.count <= 8 && clause.contains { speechVerbs.contains($0) }
    }

    /// "Xi told Biden ... before the US president leaves office in January": a date in a clause of what is
    /// to come ("before", "until", "when" and a present verb after its subject) belongs to that clause, not
    /// to the past its sentence tells.
    static func liesInComingClauseOfAPast(_ t: TimeExpression, scalars: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        // Asked of every date: most follow no such conjunction, which the scalars tell before any string is built.
        guard followsComingConjunction(t.range.lowerBound, scalars: scalars, floor: sentence.lowerBound) else { return false }
        let words = FastText.string(scalars[max(sentence.lowerBound, t.range.lowerBound - 400)..<t.range.lowerBound]).split(separator: " ").map(String.init)
        guard let conjunction = words.lastIndex(where: { ["before", "until", "till", "when", "once"].contains($0) }),
              let verb = words[(conjunction + 1)...].firstIndex(where: EventTitler.isUnambiguousPresent), verb > conjunction + 1 else { return false }
        // The sentence before the clause tells a past: its first verb is one, and no plan follows ("The matter is
        // expected to be raised again when the court meets on Monday", "said he would meet Xi before ..." are
        // told of that time).
        let head = words[..<conjunction]
        guard let first = head.firstIndex(where: { EventTitler.isVerb($0) }), EventTitler.isPastForm(head[first]) else { return false }
        let told = Array(head[first...])
        return !told.indices.contains { k in
            ["will", "would", "shall"].contains(told[k])
                || (told[k] == "to" && k > 0 && ["expected", "set", "scheduled", "due", "plans", "planned", "going", "is", "are", "likely"].contains(told[k - 1]))
        }
    }

    /// Whether "before", "until", "till", "when" or "once" stands among the ten words before `end`, with
    /// no comma between.
    private static func followsComingConjunction(_ end: Int, scalars: [Unicode.Scalar], floor: Int) -> Bool {
        var k = end - 1, words = 0
        while k >= floor, words < 10 {
            while k >= floor, scalars[k] == " " { k -= 1 }
            let wordEnd = k + 1
            while k >= floor, scalars[k] != " " {
                if scalars[k] == "," { return false }
                k -= 1
            }
            words += 1
            let length = wordEnd - (k + 1)
            guard (4...6).contains(length) else { continue }
            let word = String(String.UnicodeScalarView(scalars[(k + 1)..<wordEnd]))
            if ["before", "until", "till", "when", "once"].contains(word) { return true }
        }
        return false
    }

    /// "his first visit since being re-elected in March", "their first since the formation of the new
    /// government in New Delhi last month": the date of what "since" looks back to, a gerund's or a noun
    /// phrase's. (A clause after "since", with its verb, is read with the sentence's other dates.)
    static func looksBackAfterSince(_ t: TimeExpression, scalars: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        let from = max(sentence.lowerBound, t.range.lowerBound - 80)
        let text = FastText.string(scalars[from..<t.range.lowerBound])
        // ("since the U.S. election": "U.S." is one word.)
        let words = FastText.words(text, where: { FastText.isLetter($0) || $0 == "." }).suffix(10)
        guard let since = words.lastIndex(where: { $0 == "since" || $0 == "Since" }), since + 1 < words.endIndex else { return false }
        // ("since Beijing FC set ...": a name may end so too.)
        if words[since + 1].hasSuffix("ing"), words[since + 1].first?.isLowercase == true { return true }
        guard let said = text.range(of: "since", options: .backwards) ?? text.range(of: "Since", options: .backwards) else { return false }
        // ("the first meeting since a disastrous Oval Office meeting on Feb. 28 between Trump and Zelensky"
        // tells that meeting: a happening the date follows is an event of its own.)
        return !text[said.upperBound...].contains(",") && !EventTitler.opensClause(Array(words[(since + 1)...]))
            && EventTitler.nominalEvent(scalars: scalars, sentence: sentence, timex: t) == nil
    }

    /// True when one of `words` comes just before the expression (skipping "the" and possessives).
    static func precededBy(_ words: Set<String>, _ t: TimeExpression, scalars: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        // Only the last few words matter: look at a bounded window before the expression.
        let from = max(sentence.lowerBound, t.range.lowerBound - 80)
        let before = FastText.string(scalars[from..<t.range.lowerBound])
        let tokens = FastText.words(before, lowercase: true) { FastText.isLetter($0) || $0 == "'" || $0 == "’" }.suffix(4)
        for token in tokens.reversed() {
            if words.contains(token) { return true }
            if token == "the" || token.hasSuffix("’s") || token.hasSuffix("'s") || token.first?.isUppercase == true { continue }
            return false
        }
        return false
    }

    /// "next year", "the coming months", "tomorrow": a date whose own words put it after the telling.
    static func saysItIsAhead(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["next", "coming", "tomorrow", "later", "following", "upcoming", "ahead", "within", "from now", "soon"]
            .contains { FastText.contains(lower, $0) }
    }

    static let scheduleCues = ["will ", "to be held", "set to", "slated", "scheduled", "plans to", "planned", "expected to",
                               "likely to", "possibly", "is to ", "are to ", "due to ", "upcoming", "would "]

    /// Scheduled when the date lies after the article's date, or the clause announces it ("set to meet on
    /// Monday", "likely to be held soon, possibly next week").
    static func status(of sentence: String, timex: TimeExpression, date: DateValue, reference: DateValue?) -> EventStatus {
        if let end = reference?.end, let start = date.start, start > end { return .scheduled }
        if timex.tense == .future, let refStart = reference?.start, let end = date.end, end >= refStart { return .scheduled }
        guard let refStart = reference?.start, let end = date.end, end >= refStart, timex.tense != .past else { return .happened }
        // ('held a press conference on the 21st, saying, “I will not miss any opportunity”': what a quotation
        // promises is not when the sentence's happening is. Quotations are set aside only when a cue is found.)
        let lower = sentence.lowercased()
        guard scheduleCues.contains(where: { FastText.contains(lower, $0) }) else { return .happened }
        let told = withoutQuotations(lower, unlessTelling: timex.text.lowercased())
        return scheduleCues.contains { FastText.contains(told, $0) } ? .scheduled : .happened
    }

    /// The text outside its quotations (“...” and "..."), where a schedule is announced; an unclosed
    /// quotation runs to the end. A quotation that tells `phrase`, the date, stays: it is what says when
    /// ("“This year marks the 70th anniversary, and the South will host the Games.”").
    static func withoutQuotations(_ text: String, unlessTelling phrase: String) -> String {
        guard text.contains(where: { $0 == "“" || $0 == "\"" }) else { return text }
        var outside = ""
        var quoted = ""
        var closing: Character?
        func close() {
            if !phrase.isEmpty, quoted.contains(phrase) { outside += quoted }
            quoted = ""
            closing = nil
        }
        for c in text {
            if let mark = closing {
                if c == mark { close() } else { quoted.append(c) }
            } else if c == "“" {
                closing = "”"
            } else if c == "\"" {
                closing = "\""
            } else {
                outside.append(c)
            }
        }
        close()
        return outside
    }

    /// How far to trust a date: stated and day-precise is best; inferred document dates and coarse
    /// precision lower it.
    static func confidence(date: DateValue, reference: DateValue?, article: Article) -> Double {
        var c: Double
        switch date.basis.kind {
        case .stated, .given: c = 0.95
        case .relative: c = 0.85
        case .inferred: c = 0.5
        }
        if date.basis.kind != .stated, article.evidence["published"]?.origin == .inferred {
            // An inferred document date lowers the trust in what is read from it, never raises it.
            c *= min(1, max(article.publishedConfidence, 0.3) + 0.3)
        }
        if date.precision.rank >= Precision.year.rank { c -= 0.1 }
        return (min(max(c, 0.05), 1) * 100).rounded() / 100
    }
}
