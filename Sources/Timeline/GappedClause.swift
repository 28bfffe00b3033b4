import Chronology

/// A second date that shares the first one's verb: "Japan signed a similar agreement with Australia in
/// January 2022 and with Britain in January 2023", "Putin visited Beijing in May and Pyongyang in June".
/// The words after "and" are a clause of their own once they borrow what comes before the first name
/// ("Japan signed a similar agreement with" + "Britain in January 2023").
struct GappedClause {
    /// The first clause: up to the " and".
    let left: Range<Int>
    /// The second clause: from the word after "and" to the sentence's end.
    let right: Range<Int>
    /// What the second clause shares with the first, from the sentence's start up to the first name.
    let borrowed: Range<Int>

    /// The gapped clause of `sentence`, when its last date (`dated`, the ranges of its calendar dates)
    /// closes the sentence after "and", a name and a date's preposition, and the first clause ends the same
    /// way: a name, a preposition and a date.
    static func find(in sentence: Range<Int>, scalars: [Unicode.Scalar], dated: [Range<Int>]) -> GappedClause? {
        // (A date can run past the sentence's end: "... in May. 2024" split after "May.".)
        guard dated.count >= 2, let last = dated.last, let first = dated.dropLast().last, last.upperBound <= sentence.upperBound,
              first.upperBound < last.lowerBound, closesSentence(after: last.upperBound, end: sentence.upperBound, scalars: scalars) else { return nil }
        let words = Self.words(in: sentence.lowerBound..<last.lowerBound, scalars: scalars)
        // Backwards from the second date: its preposition, the name, perhaps a preposition, then "and".
        guard var k = wordBeforeName(endingBeforeDate: words[...]) else { return nil }
        var preposition: String?
        if namePrepositions.contains(words[k].text) {
            preposition = words[k].text
            k -= 1
        }
        guard k >= 1, words[k].text == "and", words[k].range.lowerBound == first.upperBound + 1 else { return nil }
        // The first clause ends in the same shape: [preposition] name, a date's preposition, the date.
        let before = words.prefix { $0.range.upperBound <= first.lowerBound }
        guard var j = wordBeforeName(endingBeforeDate: before) else { return nil }
        if let preposition {
            guard before[j].text == preposition else { return nil }
            j -= 1
        }
        // What is borrowed has a verb: "visited", "signed a similar agreement with".
        let borrowedWords = before[...j]
        guard borrowedWords.count >= 2, borrowedWords.contains(where: { EventTitler.isVerb($0.text) }) else { return nil }
        return GappedClause(left: sentence.lowerBound..<first.upperBound, right: words[k + 1].range.lowerBound..<sentence.upperBound,
                            borrowed: sentence.lowerBound..<before[j + 1].range.lowerBound)
    }

    /// The gapped clause of `sentence` when the second date closes a predicate of its own after "and",
    /// sharing the first one's subject: "The ties were frozen in 1967 and restored in 1990" (the second
    /// borrows "The ties were"), "Japan froze ties in 1967 and restored them in 1990" (it borrows "Japan").
    static func findSharedSubject(in sentence: Range<Int>, scalars: [Unicode.Scalar], dated: [Range<Int>]) -> GappedClause? {
        guard dated.count >= 2, let last = dated.last, let first = dated.dropLast().last, last.upperBound <= sentence.upperBound,
              first.upperBound < last.lowerBound, closesSentence(after: last.upperBound, end: sentence.upperBound, scalars: scalars) else { return nil }
        let words = Self.words(in: sentence.lowerBound..<last.lowerBound, scalars: scalars)
        // "and" right after the first date (or its comma: "blew up the office in June 2020, and declared the
        // agreement void in November 2023"), then a past form heading the second predicate.
        let commaAfterDate = scalars[first.upperBound] == ","
        guard let and = words.firstIndex(where: { $0.range.lowerBound == first.upperBound + (commaAfterDate ? 2 : 1) }), words[and].text == "and",
              and + 1 < words.count, EventTitler.isPastForm(words[and + 1].text) else { return nil }
        // The first predicate's verb: the subject (and a passive's auxiliary) before it is what both share.
        guard let verb = words[..<and].firstIndex(where: { EventTitler.isVerb($0.text) }), verb >= 1 else { return nil }
        let shared: Int
        if passiveAuxiliaries.contains(words[verb].text) {
            // ("frozen", "withdrawn", "held": irregular participles too.)
            guard verb + 1 < and, case let participle = words[verb + 1].text,
                  EventTitler.isPastForm(participle) || ["en", "wn", "ld", "ft", "ut"].contains(where: participle.hasSuffix) else { return nil }
            shared = verb + 1
        } else {
            guard EventTitler.isPastForm(words[verb].text) else { return nil }
            shared = verb
        }
        // The subject is short, and no comma comes before the "and": "The ties", "Japan", "Indonesia and China";
        // not "Both leaders reaffirmed the formula, first agreed in 2006 and enshrined in May 2008".
        guard verb <= 6,
              !words[..<(commaAfterDate ? and - 1 : and)].contains(where: { $0.text.hasSuffix(",") || $0.text.hasSuffix(",\"") || $0.text.hasSuffix(",”") })
        else { return nil }
        return GappedClause(left: sentence.lowerBound..<first.upperBound, right: words[and + 1].range.lowerBound..<sentence.upperBound,
                            borrowed: sentence.lowerBound..<words[shared].range.lowerBound)
    }

    private static let passiveAuxiliaries: Set<String> = ["was", "were"]

    /// The index of the word before the name (one to four words) that stands before the closing date's
    /// preposition: "with" in "... with Britain in", when a word stands there.
    private static func wordBeforeName(endingBeforeDate words: ArraySlice<(text: String, range: Range<Int>)>) -> Int? {
        guard let preposition = words.last, datePrepositions.contains(preposition.text) else { return nil }
        let nameEnd = words.endIndex - 2
        var k = nameEnd
        while k >= words.startIndex, isNameWord(words[k].text) { k -= 1 }
        guard (1...4).contains(nameEnd - k), k >= words.startIndex + 1 else { return nil }
        return k
    }

    private static let datePrepositions: Set<String> = ["in", "on"]
    private static let namePrepositions: Set<String> = ["with", "to", "in", "at", "from", "for"]

    /// "Britain", "South Korea", "the Philippines": capitalized words, or "the" before them.
    private static func isNameWord(_ word: String) -> Bool {
        guard let initial = word.unicodeScalars.first else { return false }
        return (FastText.isUppercase(initial) && !word.hasSuffix(",")) || word == "the"
    }

    /// Only closing punctuation between `offset` and the sentence's end.
    private static func closesSentence(after offset: Int, end: Int, scalars: [Unicode.Scalar]) -> Bool {
        (offset..<end).allSatisfy { [".", "!", " ", "\"", "\u{201D}", ")"].contains(scalars[$0]) }
    }

    private static func words(in range: Range<Int>, scalars: [Unicode.Scalar]) -> [(text: String, range: Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var start: Int?
        for i in range.lowerBound...range.upperBound {
            let isSpace = i == range.upperBound || FastText.isSpace(scalars[i])
            if isSpace, let s = start {
                result.append((FastText.string(scalars[s..<i]), s..<i))
                start = nil
            } else if !isSpace, start == nil {
                start = i
            }
        }
        return result
    }
}
