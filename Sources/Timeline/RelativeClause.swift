import Chronology

/// A relative clause with a date of its own in a sentence with another: "Prabowo, who will be sworn in as
/// president on Oct. 20, arrived in Canberra on Tuesday evening" tells two happenings of Prabowo; "agreed on
/// Wednesday to reopen the border crossing, which was closed on June 23" tells the agreement and the closing.
/// Each clause is told with the words it borrows ("Prabowo" + "will be sworn in ...").
enum RelativeClause {
    /// The clauses of `sentence`, each with what it borrows, when a relative clause and the rest of the
    /// sentence each hold a date of a happening (`happenings`); nil when the sentence has no such clause.
    static func clauses(of sentence: Range<Int>, scalars: [Unicode.Scalar], happenings: [Range<Int>]) -> [(Range<Int>, borrowed: Range<Int>?)]? {
        guard happenings.count >= 2 else { return nil }
        return subjectRelative(sentence, scalars: scalars, happenings: happenings)
            ?? trailingRelative(sentence, scalars: scalars, happenings: happenings)
    }

    /// "Prabowo, who will be sworn in ... on Oct. 20, arrived ... on Tuesday": a short subject without a
    /// verb opens the sentence, ", who" or ", which" follows, and the predicate after the clause's closing
    /// comma opens with a verb. Both clauses borrow the subject.
    private static func subjectRelative(_ sentence: Range<Int>, scalars: [Unicode.Scalar], happenings: [Range<Int>]) -> [(Range<Int>, borrowed: Range<Int>?)]? {
        guard let comma = (sentence.lowerBound..<sentence.upperBound).first(where: { scalars[$0] == "," }),
              let pronounEnd = wordEnd(after: comma, of: ["who", "which"], scalars: scalars, end: sentence.upperBound),
              let closing = (pronounEnd..<sentence.upperBound).first(where: { [",", "\"", "\u{201C}", "\u{201D}"].contains(scalars[$0]) }),
              scalars[closing] == ",", closing + 2 < sentence.upperBound, scalars[closing + 1] == " " else { return nil }
        let relative = (pronounEnd + 1)..<closing, main = (closing + 2)..<sentence.upperBound
        guard happenings.contains(where: { relative.contains($0.lowerBound) && $0.upperBound <= closing }),
              happenings.contains(where: { main.contains($0.lowerBound) }) else { return nil }
        let subjectWords = FastText.string(scalars[sentence.lowerBound..<comma]).split(separator: " ").map(String.init)
        guard (1...5).contains(subjectWords.count), let initial = subjectWords[0].unicodeScalars.first, FastText.isUppercase(initial),
              !subjectWords.contains(where: EventTitler.isVerb) else { return nil }
        // "arrived", "also met", "will travel": the predicate's verb comes first, after an adverb at most.
        let predicate = FastText.string(scalars[main]).split(separator: " ").prefix(2).map(String.init)
        guard let head = predicate.first, EventTitler.isVerb(head)
                || (predicate.count == 2 && EventTitler.subjectAdverbs.contains(head) && EventTitler.isVerb(predicate[1])) else { return nil }
        let subject = sentence.lowerBound..<comma
        return [(relative, subject), (main, subject)]
    }

    /// "..., which was closed on June 23 amid a dispute", "..., where he is to meet Biden on Tuesday": the
    /// relative clause closes the sentence, after a main clause dated on its own. A "which" or "who" clause
    /// borrows the noun phrase before it when the story knows it ("the Chong Chom border crossing"); a
    /// "where" clause must have a subject of its own.
    private static func trailingRelative(_ sentence: Range<Int>, scalars: [Unicode.Scalar], happenings: [Range<Int>]) -> [(Range<Int>, borrowed: Range<Int>?)]? {
        guard let first = happenings.first else { return nil }
        var quoteOpen = false
        for comma in sentence.lowerBound..<sentence.upperBound {
            if ["\"", "\u{201C}", "\u{201D}"].contains(scalars[comma]) { quoteOpen.toggle() }
            guard !quoteOpen, scalars[comma] == ",", comma >= first.upperBound,
                  let pronounEnd = wordEnd(after: comma, of: ["which", "who", "where"], scalars: scalars, end: sentence.upperBound) else { continue }
            // The clause ends at its next comma: in "where he met the crown prince in Riyadh, and Egypt earlier on
            // Tuesday" the date after it is not the clause's.
            let end = (pronounEnd..<sentence.upperBound).first { scalars[$0] == "," } ?? sentence.upperBound
            let relative = (pronounEnd + 1)..<end, main = sentence.lowerBound..<comma
            guard happenings.contains(where: { relative.contains($0.lowerBound) }), !happenings.contains(where: { $0.lowerBound >= end }),
                  !scalars[relative].contains(where: { ["\"", "\u{201C}", "\u{201D}"].contains($0) }) else { return nil }
            let clause = FastText.string(scalars[relative]).split(separator: " ").map(String.init)
            // "where he said Hamas had replied to a framework drawn up last month": what is said there is told
            // with the visit, its date the background's.
            guard let opening = clause.first, !clause.contains(where: { EventExtractor.speechVerbs.contains(EventTitler.clean($0)) }) else { return nil }
            if FastText.string(scalars[(comma + 2)..<pronounEnd]) == "where" {
                guard clause.count >= 3, let initial = opening.unicodeScalars.first,
                      FastText.isUppercase(initial) || ["he", "she", "they", "it"].contains(opening),
                      clause.prefix(4).contains(where: EventTitler.isVerb) else { return nil }
                return [(main, nil), (relative, nil)]
            }
            // "which was closed", "who arrived": the verb comes first, after a noun phrase, not a date ("signed
            // an agreement in February 2022, which came into force in May").
            let before = FastText.string(scalars[main]).split(separator: " ").map(String.init)
            // "resume imports of Japanese seafood, which China halted in August last year": a named subject and
            // its past verb borrow the noun phrase before them as their object.
            if FastText.string(scalars[(comma + 2)..<pronounEnd]) == "which", EventTitler.namedSubjectVerb(clause) != nil,
               !happenings.contains(where: { $0.upperBound == comma }), let object = EventTitler.objectPhrase(endingWith: before),
               let start = startOfWords(object.split(separator: " ").count, before: comma, scalars: scalars, floor: sentence.lowerBound) {
                return [(main, nil), (relative, start..<comma)]
            }
            guard EventTitler.isVerb(opening), !happenings.contains(where: { $0.upperBound == comma }), var phrase = EventTitler.knownNounPhrase(endingWith: before)
            else { return nil }
            // ("ties between Japan and South Korea, which were restored in 1965": after "and", the clause may
            // tell of the whole phrase, not of its last name.)
            if case let count = phrase.split(separator: " ").count, before.count > count, ["and", "or"].contains(before[before.count - count - 1]) { return nil }
            // ("the death of Alexei Navalny, who died": "who" stands for the person, not for what is of them; so
            // does a plural verb for the plural after "of": "the 50th anniversary of China-Brazil diplomatic
            // relations, which were established in August 1974".)
            let pronoun = FastText.string(scalars[(comma + 2)..<pronounEnd])
            if let of = phrase.range(of: " of ", options: .backwards),
               pronoun == "who" || (["were", "are", "have"].contains(opening) && phrase.hasSuffix("s") && !phrase[..<of.lowerBound].hasSuffix("s")) {
                phrase = String(phrase[of.upperBound...])
            }
            guard let start = startOfWords(phrase.split(separator: " ").count, before: comma, scalars: scalars, floor: sentence.lowerBound) else { return nil }
            return [(main, nil), (relative, start..<comma)]
        }
        return nil
    }

    /// Where the last `count` words before `end` start.
    private static func startOfWords(_ count: Int, before end: Int, scalars: [Unicode.Scalar], floor: Int) -> Int? {
        var k = end, words = 0
        while words < count {
            while k > floor, scalars[k - 1] == " " { k -= 1 }
            guard k > floor else { return nil }
            while k > floor, scalars[k - 1] != " " { k -= 1 }
            words += 1
        }
        return k
    }

    /// The offset just past one of `words` when it follows the comma at `comma` and a space.
    private static func wordEnd(after comma: Int, of words: [String], scalars: [Unicode.Scalar], end: Int) -> Int? {
        guard comma + 1 < end, scalars[comma + 1] == " " else { return nil }
        for word in words {
            let spelled = Array(word.unicodeScalars), start = comma + 2, stop = start + spelled.count
            if stop < end, Array(scalars[start..<stop]) == spelled, scalars[stop] == " " { return stop }
        }
        return nil
    }
}
