import Chronology

extension EventExtractor {
    /// "ordered 60 U.S. diplomats to leave by April 5", "ordering staff to fly home by Jan. 31", "have been
    /// ordered to leave the building no later than March 31": the date by which an order is to be carried
    /// out, an infinitive's deadline after a verb of ordering.
    static func isDeadlineOfAnOrder(_ t: TimeExpression, scalars: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        // Most dates follow no "by" or "than": the scalars tell before any string is built.
        var k = t.range.lowerBound - 1
        while k > sentence.lowerBound, scalars[k] == " " { k -= 1 }
        guard k - 1 > sentence.lowerBound, (scalars[k] == "y" && scalars[k - 1] == "b") || (scalars[k] == "n" && scalars[k - 1] == "a")
                || (scalars[k] == "e" && scalars[k - 1] == "r") else { return false }
        let from = max(sentence.lowerBound, t.range.lowerBound - 160)
        var words = FastText.words(FastText.string(scalars[from..<t.range.lowerBound]), lowercase: true) { FastText.isLetter($0) }
        switch words.last {
        case "by", "before": words.removeLast()
        case "than" where words.suffix(3) == ["no", "later", "than"]: words.removeLast(3)
        default: return false
        }
        // The infinitive within six words of the deadline ("to fly home", "to leave the building"), its order
        // within six words before it.
        let infinitive = words.indices.suffix(7).last { index in
            words[index] == "to" && index + 1 < words.count && !OrderVerbs.determiners.contains(words[index + 1])
        }
        guard let to = infinitive else { return false }
        return words[max(0, to - 6)..<to].contains(where: OrderVerbs.words.contains)
    }
}
