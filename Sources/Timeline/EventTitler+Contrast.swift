import Chronology

extension EventTitler {
    /// "South Korea had opposed the bid since 2022, but dropped its objection this month": the date lies in
    /// the predicate after "but", which tells the happening of the sentence's subject ("South Korea dropped
    /// its objection this month"); what came before is the background it turns from.
    static func contrastedPredicateEvent(_ sentence: String, dateAt: Int) -> (String, Int)? {
        guard FastText.contains(sentence, " but ") else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        guard dateAt > 0, dateAt <= scalars.count, let but = FastText.lastOffset(of: " but ", in: Array(scalars[..<dateAt])) else { return nil }
        let restStart = but + " but ".unicodeScalars.count
        let rest = FastText.string(scalars[restStart...])
        // A verb in the past opens the second predicate ("but dropped", "but agreed"); "but also", "but the
        // talks ..." open no predicate of the same subject.
        guard let verb = rest.split(separator: " ").first.map(String.init), isVerb(verb),
              presentForm(clean(verb)) != nil || (clean(verb).hasSuffix("ed") && !auxiliaries.contains(clean(verb))) else { return nil }
        // The subject is what comes before the first predicate's verb: short, and no clause of its own.
        let before = FastText.string(scalars[..<but]).split(separator: " ").map(String.init)
        guard let first = before.firstIndex(where: isVerb), first > 0, first <= 8,
              !before[..<first].contains(where: { $0.hasSuffix(",") }) else { return nil }
        let subject = before[..<first].joined(separator: " ")
        return (subject + " " + rest, dateAt - restStart + subject.unicodeScalars.count + 1)
    }
}
