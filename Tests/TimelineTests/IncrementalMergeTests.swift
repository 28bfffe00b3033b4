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
