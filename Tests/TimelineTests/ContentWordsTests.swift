import Testing
@testable import Timeline

/// Merging compares sentences by the Jaccard similarity of their content words: the hashed, sorted
/// form must give what comparing the word sets gives.
@Suite struct ContentWordsTests {
    static func jaccard(_ a: [String], _ b: [String]) -> Double {
        let x = Set(a), y = Set(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    @Test func similarityEqualsJaccardOfTheWordSets() {
        let samples: [[String]] = [
            [], ["summit"], ["summit", "summit", "talk"], ["talk", "summit", "seoul", "tokyo"], ["minister", "visit", "seoul"],
            ["ministre", "été", "séoul"], ["été", "séoul"], ["a", "b", "c", "d", "e", "f", "g", "h"], ["h", "g", "x"],
        ]
        for a in samples {
            for b in samples {
                #expect(ContentWords.similarity(ContentWords(a), ContentWords(b)) == Self.jaccard(a, b), "\(a) vs \(b)")
            }
        }
    }

    @Test func stemmedWordsOfTwoSentencesMeet() {
        let a = EventMatcher.contentWords("The ministers issued statements on the talks in Seoul.")
        let b = EventMatcher.contentWords("A minister issued a statement after talking in Seoul.")
        // minister, issu(ed), statement, talk and Seoul's state (south, korea) shared: "talking" stems to
        // "talk" as "talks" does.
        #expect(a.count == 6 && b.count == 6)
        #expect(ContentWords.similarity(a, b) == 1)
        #expect(ContentWords.similarity(a, EventMatcher.contentWords("Rain fell over Paris.")) == 0)
    }
}
