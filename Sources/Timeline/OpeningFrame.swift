import Chronology

extension EventExtractor {
    /// Phrases that open a sentence by another happening, which frames the one the main clause tells:
    /// "Ahead of his meeting with Asean foreign ministers today, ...", "After talks on Monday, ...".
    private static let framingOpenings: [[Unicode.Scalar]] = [
        "ahead of ", "before ", "after ", "following ", "prior to ", "on the eve of ", "in the run-up to ",
        "in the lead-up to ", "in the wake of ",
    ].map { Array($0.unicodeScalars) }

    /// Whether `t` lies in such an opening phrase, before the comma that closes it: "Ahead of his meeting
    /// with Asean foreign ministers today, China's Foreign Minister Wang Yi yesterday called on ..." tells
    /// yesterday's call; today is the meeting's. `story` starts where the sentence does after any dateline.
    static func liesInOpeningFrame(_ t: TimeExpression, scalars: [Unicode.Scalar], story: Range<Int>) -> Bool {
        guard t.range.lowerBound > story.lowerBound, t.range.upperBound < story.upperBound else { return false }
        let opens = framingOpenings.contains { opening in
            story.lowerBound + opening.count <= t.range.lowerBound
                && zip(opening, scalars[story.lowerBound...]).allSatisfy { a, b in a == b || a.value == b.value + 32 }
        }
        guard opens, !scalars[story.lowerBound..<t.range.lowerBound].contains(",") else { return false }
        return scalars[t.range.upperBound..<story.upperBound].contains(",")
    }

    /// Prepositions a phrase setting the scene opens a sentence with: "In the deal signed Friday in Minsk, ...".
    private static let sceneSetters: Set<String> = ["In", "Under", "At", "With", "During", "Through"]

    /// Whether `t` lies in a phrase opening the sentence before the comma after which its own clause comes to
    /// its verb: "In the deal signed Friday in the Belarusian capital of Minsk, Ukraine, Russia and the
    /// separatists agreed to an immediate cease-fire" tells what was agreed, not "Deal signed".
    static func liesInSceneBeforeMainClause(_ t: TimeExpression, scalars: [Unicode.Scalar], sentence: Range<Int>) -> Bool {
        guard t.range.lowerBound > sentence.lowerBound + 3, !scalars[sentence.lowerBound..<t.range.lowerBound].contains(",") else { return false }
        let head = FastText.string(scalars[sentence.lowerBound..<min(t.range.lowerBound, sentence.lowerBound + 12)])
        guard let first = head.split(separator: " ").first, sceneSetters.contains(String(first)),
              let comma = scalars[t.range.upperBound..<sentence.upperBound].firstIndex(of: ",") else { return false }
        let rest = FastText.string(scalars[(comma + 1)..<min(sentence.upperBound, comma + 160)]).split(separator: " ").prefix(12).map(String.init)
        guard let verb = rest.firstIndex(where: { EventTitler.isVerb($0) }) else { return false }
        return verb > 0 && !rest[..<verb].contains { ["that", "which", "who", "where", "when"].contains($0) }
    }
}

