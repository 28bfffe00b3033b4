import Chronology
import Foundation

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
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "could", "can", "should", "must"]
    static let leadingMarkers: Set<String> = ["however", "meanwhile", "but", "and", "also", "still", "yet", "then", "so", "moreover", "separately"]
    static let datePrepositions: Set<String> = ["on", "in", "at", "during", "by", "since", "from", "of", "late", "later", "earlier", "early", "until", "before", "after"]

    /// The headline and its principal actor (the head of the subject, when the gazetteer knows it).
    static func title(sentence: String, timex: TimeExpression, sentenceStart: Int, gazetteer: Gazetteer) -> (String, String?) {
        var words = wordsWithoutDate(sentence, timex: timex, sentenceStart: sentenceStart)
        // Drop a leading adverbial clause with no actor in it ("Moving swiftly to back up his message,").
        if let comma = words.prefix(10).firstIndex(where: { $0.hasSuffix(",") }), comma < words.count - 4,
           gazetteer.actors(in: words[...comma].joined(separator: " ")).isEmpty {
            words.removeSubrange(...comma)
        }
        while let first = words.first, leadingMarkers.contains(clean(first).lowercased()) { words.removeFirst() }
        guard !words.isEmpty else { return (sentence, nil) }

        if let verb = words.indices.first(where: { isVerb(words[$0]) }), verb > 0 {
            let subject = words[..<verb].joined(separator: " ")
            var predicate = Array(words[verb...])
            let verbWord = clean(predicate[0]).lowercased()
            if let present = presentTense[verbWord], !(verb > 0 && auxiliaries.contains(clean(words[verb - 1]).lowercased())) {
                predicate[0] = present
            }
            if predicate.count > 1, clean(predicate[1]).lowercased() == "that" { predicate.remove(at: 1) }
            let actor = gazetteer.actors(in: subject).last
            let head = actor.map { [$0] } ?? Array(words[..<verb])
            return (finish(head + clip(predicate)), actor)
        }
        return (finish(clip(words)), nil)
    }

    /// The sentence's words with the date phrase and its preposition removed.
    private static func wordsWithoutDate(_ sentence: String, timex: TimeExpression, sentenceStart: Int) -> [String] {
        let scalars = Array(sentence.unicodeScalars)
        let lo = max(0, timex.range.lowerBound - sentenceStart), hi = min(scalars.count, timex.range.upperBound - sentenceStart)
        guard lo < hi else { return sentence.split(separator: " ").map(String.init) }
        var before = String(String.UnicodeScalarView(scalars[..<lo])).split(separator: " ").map(String.init)
        var after = String(String.UnicodeScalarView(scalars[hi...])).split(separator: " ").map(String.init)
        while let last = before.last, datePrepositions.contains(last.lowercased()) { before.removeLast() }
        if let first = after.first, first == "," || first.hasPrefix(",") {
            after[0] = String(first.dropFirst())
            if after[0].isEmpty { after.removeFirst() }
        }
        if before.isEmpty, let first = after.first, first.hasPrefix(",") { after.removeFirst() }
        return (before + after).filter { !$0.isEmpty && $0 != "," }
    }

    /// A finite verb: a known past form, "says"-style present forms, or an auxiliary. Capitalized words
    /// are names ("United States"), never verbs here.
    private static func isVerb(_ word: String) -> Bool {
        let w = clean(word)
        guard let first = w.first, first.isLowercase else { return false }
        if presentTense[w] != nil || ["says", "tells", "warns", "urges"].contains(w) || auxiliaries.contains(w) { return true }
        // Regular past forms ("arrived", "condemned"), except participles used as adjectives.
        return w.hasSuffix("ed") && w.count > 4 && !["expected", "united", "related", "based", "limited", "disputed", "armed", "advanced", "detailed", "unprecedented", "escalated", "isolated"].contains(w)
    }

    /// At most 14 words, cut at a clause boundary when one comes after the fourth word.
    private static func clip(_ words: [String]) -> [String] {
        var result: [String] = []
        for (i, word) in words.enumerated() {
            if i >= 14 { return result + ["…"] }
            if i >= 4, ["because", "which", "while", "but", "if", "although", "amid", "as", "after", "despite"].contains(clean(word).lowercased()) {
                return result
            }
            result.append(word)
            if i >= 3, word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(":") { return result }
        }
        return result
    }

    private static func finish(_ words: [String]) -> String {
        var text = words.joined(separator: " ")
        while let last = text.last, ",;:.".contains(last) { text.removeLast() }
        // Balance quotes a cut left open.
        let opens = text.filter { $0 == "“" }.count, closes = text.filter { $0 == "”" }.count
        if opens > closes { text += "”" }
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return text
    }

    static func clean(_ word: String) -> String {
        word.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(CharacterSet(charactersIn: "“”’‘\"")))
    }
}
