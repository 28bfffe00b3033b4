import Articles
import Foundation
import Testing
@testable import Timeline

/// The preview rebuilds from cached readings and a merge memo; what it shows must be exactly what a
/// fresh build makes.
@Suite struct IncrementalMergeTests {
    @Test func rebuildWithMemoEqualsFreshBuildAfterEdits() throws {
        let builder = TimelineBuilder()
        var articles = try seedArticles()
        var readings = articles.map(builder.read)
        let memo = MergeMemo()
        _ = builder.build(readings: readings, memo: memo)

        // Edit 1: a seed gains a sentence that merges with another seed's New Year speech.
        let index = try #require(articles.firstIndex { $0.id.hasPrefix("003") })
        let edited = article(articles[index].id, articles[index].text + "\n\nKim Jong Un gave his New Year's speech on Jan. 1, 2018, calling for talks.\n",
                             path: articles[index].path)
        articles[index] = edited
        readings[index] = builder.read(edited)
        let incremental = builder.build(readings: readings, memo: memo)
        let fresh = builder.build(articles)
        #expect(incremental.events == fresh.events)
        #expect(incremental.events.contains { $0.sources.contains { $0.quote.contains("calling for talks") } })

        // Edit 2: the sentence goes away again; the memo must not bring back the merged event.
        let original = try seedArticles()[index]
        articles[index] = original
        readings[index] = builder.read(original)
        let reverted = builder.build(readings: readings, memo: memo)
        #expect(reverted.events == builder.build(articles).events)
        #expect(!reverted.events.contains { $0.sources.contains { $0.quote.contains("calling for talks") } })
    }
}

/// Random edits to a corpus whose sentences repeat across articles (so groups merge, conflict and share
/// ids): after every edit the memo's patched merge must equal a fresh merge, event for event.
@Suite struct IncrementalMergeRandomEditTests {
    /// A fixed-seed generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let people = ["Kim Jong Un", "Moon Jae-in", "Donald Trump", "Xi Jinping", "Shinzo Abe"]
    static let places = ["Pyongyang", "Seoul", "Beijing", "Singapore"]
    static let dates = ["on March 5, 2018", "on Monday", "in April 2018", "in 2018", "on June 12, 2018", "last week",
                        "on March 6, 2018", "in early May 2018", "yesterday"]
    static let verbs = ["met", "spoke with", "wrote to", "talked by phone with"]

    static func sentence(_ g: inout Generator) -> String {
        // One state and no person: never merged, so articles repeating it give events with the same id.
        if g.next(4) == 0 { return "\(["China", "Japan", "Russia"][g.next(3)]) protested the plan \(dates[g.next(dates.count)])." }
        let a = people[g.next(people.count)], b = people[g.next(people.count)]
        return "\(a) \(verbs[g.next(verbs.count)]) \(b) in \(places[g.next(places.count)]) \(dates[g.next(dates.count)])."
    }

    static func article(_ number: Int, _ g: inout Generator) -> Article {
        let id = String(format: "%03d", number)
        let body = (0..<(3 + g.next(6))).map { _ in sentence(&g) }.joined(separator: " ")
        let published = g.next(4) == 0 ? nil : String(format: "2018-%02d-%02d", 3 + g.next(4), 1 + g.next(28))
        return TimelineTests.article(id, "Talks \(id)\n\n\(body)\n", published: published)
    }

    @Test func patchedMergeEqualsFreshMergeAfterRandomEdits() {
        var g = Generator(state: 2018)
        let builder = TimelineBuilder()
        var articles = (0..<30).map { IncrementalMergeRandomEditTests.article($0, &g) }
        var readings = articles.map(builder.read)
        let memo = MergeMemo()
        var nextNumber = 30
        for step in 0..<40 {
            let incremental = builder.build(readings: readings, memo: memo)
            let fresh = builder.build(articles)
            #expect(incremental.events == fresh.events, "step \(step)")
            #expect(incremental.knownTally == EventTally(fresh.events), "step \(step)")
            #expect(Set(incremental.events.map(\.id)).count == incremental.events.count)
            switch g.next(3) {
            case 0 where articles.count > 5:
                let i = g.next(articles.count)
                articles.remove(at: i)
                readings.remove(at: i)
            case 1:
                let added = IncrementalMergeRandomEditTests.article(nextNumber, &g)
                nextNumber += 1
                articles.append(added)
                readings.append(builder.read(added))
            default:
                let i = g.next(articles.count)
                let number = Int(articles[i].id)!
                articles[i] = IncrementalMergeRandomEditTests.article(number, &g)
                readings[i] = builder.read(articles[i])
            }
        }
        let fresh = builder.build(articles)
        #expect(fresh.events.count > 20)
        #expect(fresh.events.contains { $0.sources.count > 1 })
        #expect(fresh.events.contains { $0.id.hasSuffix("-2") })
    }
}
