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

    /// An event dated by the day its undated lead was published names no phrase on its page.
    @Test func anEventWithoutADatePhraseSaysSo() throws {
        let (output, _, _) = try buildSite([
            "kremlin.txt": """
            Talks with President of Kazakhstan Kassym-Jomart Tokayev

            Vladimir Putin, who is in Kazakhstan on an official visit, held talks with President Kassym-Jomart Tokayev.
            """,
            "kremlin.yml": "published: \"2023-11-09\"\n",
        ])
        let page = try #require(output.paths.first { $0.hasPrefix("events/") && $0.contains("putin") })
        #expect(output.text(page).contains("No date phrase in"))
        #expect(!output.text(page).contains("‘’"))
    }
}
