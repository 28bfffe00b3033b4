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
}
