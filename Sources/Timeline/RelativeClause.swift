import Chronology

/// A subject's relative clause with a date of its own: "Prabowo, who will be sworn in as president on
/// Oct. 20, arrived in Canberra on Tuesday evening" tells two happenings of Prabowo, each with its date.
/// Both clauses are told with the subject they share ("Prabowo" + "will be sworn in ...").
struct RelativeClause {
    /// The subject both clauses borrow: from the sentence's start to the comma before "who" or "which".
    let subject: Range<Int>
    /// The relative clause, after its pronoun, up to the comma that closes it.
    let relative: Range<Int>
    /// The main predicate, after that comma, to the sentence's end.
    let main: Range<Int>

    /// The relative clause of `sentence`, when a short subject without a verb opens it, ", who" or
    /// ", which" follows, the relative clause and the predicate after it each hold a date of a happening
    /// (`happenings`), and that predicate opens with a verb.
    static func find(in sentence: Range<Int>, scalars: [Unicode.Scalar], happenings: [Range<Int>]) -> RelativeClause? {
        guard happenings.count >= 2, let comma = (sentence.lowerBound..<sentence.upperBound).first(where: { scalars[$0] == "," }),
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
        guard EventTitler.isVerb(predicate[0])
                || (predicate.count == 2 && EventTitler.subjectAdverbs.contains(predicate[0]) && EventTitler.isVerb(predicate[1])) else { return nil }
        return RelativeClause(subject: sentence.lowerBound..<comma, relative: relative, main: main)
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
