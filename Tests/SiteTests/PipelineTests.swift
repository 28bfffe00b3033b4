import Testing
import Timeline
@testable import Site

@Suite struct PipelineTests {
    /// `annals build` drops each article's date expressions once read; the timeline must not change.
    @Test func readingsWithoutTimexesMakeTheSameTimeline() {
        let (articles, _) = Pipeline.readArticles(input: repositoryRoot.appendingPathComponent("seeds").path)
        #expect(!articles.isEmpty)
        let config = ProjectConfig()
        let full = Pipeline.readings(articles, config: config)
        let lean = Pipeline.readings(articles, config: config, keepingTimexes: false)
        #expect(full.contains { !$0.timexes.isEmpty })
        #expect(lean.allSatisfy { $0.timexes.isEmpty })
        let builder = TimelineBuilder(gazetteer: config.gazetteer)
        let a = builder.build(readings: full), b = builder.build(readings: lean)
        #expect(a.events == b.events)
        #expect(!a.events.isEmpty)
    }
}
