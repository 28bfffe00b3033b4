/// Decides whether the clause around an expression talks about the past or the future, from the
/// nearest tense cue in the same sentence ("said Friday" -> past; "will meet on Monday" -> future).
struct TenseDetector {
    let tokens: [Token]

    /// Looks up to 12 tokens left and 8 right of `start..<end`, within the sentence; the nearest cue wins,
    /// and a cue on the left wins a tie (English puts auxiliaries before the verb).
    func tense(start: Int, end: Int) -> Tense {
        guard start < tokens.count else { return .unknown }
        let sentence = tokens[start].sentence
        var best: (distance: Int, tense: Tense)?
        var k = start - 1
        while k >= 0, start - k <= 12, tokens[k].sentence == sentence {
            if let t = cue(at: k) {
                best = (start - k, t)
                break
            }
            k -= 1
        }
        k = end
        while k < tokens.count, k - end < 8, tokens[k].sentence == sentence {
            if let t = cue(at: k) {
                if best == nil || k - end + 1 < best!.distance { best = (k - end + 1, t) }
                break
            }
            k += 1
        }
        return best?.tense ?? .unknown
    }

    private func cue(at k: Int) -> Tense? {
        let token = tokens[k]
        guard token.kind == .word else { return nil }
        let word = token.lower
        if word == "to" || word == "for" {
            // Intent: "set to meet", "expected to", "due to", "scheduled for"; not "went to Seoul".
            guard k > 0, Lexicon.intentVerbs.contains(tokens[k - 1].lower) else { return nil }
            return .future
        }
        if Lexicon.futureCues.contains(word) { return .future }
        if Lexicon.pastCues.contains(word) { return .past }
        if word.hasSuffix("ed"), word.count > 4, !Lexicon.edNotPast.contains(word) { return .past }
        if ["is", "are", "says", "am"].contains(word) { return .present }
        return nil
    }
}
