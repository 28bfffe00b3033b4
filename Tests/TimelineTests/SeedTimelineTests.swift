import Chronology
import Testing
@testable import Timeline

@Suite struct SeedTimelineTests {
    let timeline: Timeline

    init() throws {
        timeline = TimelineBuilder().build(try seedArticles())
    }

    func date(_ prefix: String, _ fragment: String) -> Event? {
        timeline.events(from: prefix, quoting: fragment).first
    }

    @Test func koreaHeraldEvents() {
        #expect(date("001", "The South Korean government said Friday")?.sources.first { $0.article.hasPrefix("001") && $0.quote.contains("said Friday") }?.date.value == "2024-02-16")
        #expect(date("001", "Yo-jong said late Thursday")?.date.value == "2024-02-15")
        #expect(date("001", "telling his parliament last week")?.date.value == "2024-W06")
        #expect(date("001", "earthquake that hit central Japan on New Year’s Day")?.date.value == "2024-01-01")
        #expect(date("001", "earthquake")?.kind == .disaster)
    }

    @Test func asahiEvents() {
        let speech = date("003", "during a New Year’s speech")
        #expect(speech?.date.value == "2018-01-01")
        #expect(date("003", "on Jan. 3 reopened")?.date.value == "2018-01-03")
        let talks = date("003", "possibly next week")
        #expect(talks?.date.value == "2018-W02")
        #expect(talks?.status == .scheduled)
        let olympics = date("003", "Winter Olympics to be held in February")
        #expect(olympics?.date.value == "2018-02")
        #expect(olympics?.status == .scheduled)
    }

    @Test func newYearSpeechMergesAcrossArticles() throws {
        let speech = try #require(date("003", "during a New Year’s speech"))
        let articles = Set(speech.sources.map { String($0.article.prefix(3)) })
        #expect(articles.isSuperset(of: ["000", "003"]))
        #expect(speech.actors.contains("Kim Jong Un"))
    }

    @Test func kimYoJongStatementMergesAndIsRefined() throws {
        let statement = try #require(date("001", "Yo-jong said late Thursday"))
        let articles = Set(statement.sources.map { String($0.article.prefix(3)) })
        #expect(articles == ["001", "004"])
        // "In February" (004) is refined by "late Thursday" (001).
        #expect(statement.date.value == "2024-02-15")
        #expect(statement.actors.contains("Kim Yo Jong"))
        #expect(statement.kind == .statement)
        #expect(statement.title.hasPrefix("Kim Yo Jong"))
    }

    @Test func backgroundFactsAtYearPrecision() {
        #expect(date("004", "from 1910 to 1945")?.date.display == "1910–1945")
        #expect(date("004", "Kim Jong Il again in 2004")?.date.value == "2004")
        #expect(date("004", "normalized ties in 1965")?.date.value == "1965")
    }

    @Test func undatedArticlesSayHowTheirDatesWereReached() throws {
        let seeded = timeline.articles.first { $0.id.hasPrefix("004") }!
        let published = try #require(seeded.published)
        #expect(published.basis.kind == .inferred)
        #expect(published.basis.note.contains("001_7d89e40b0e85fbef"))
        // 004 was published on 25-26 March 2024; the corrected interval must contain it.
        let truth = Day(year: 2024, month: 3, day: 25)!
        #expect(published.start! <= truth && truth <= published.end!)
        for event in timeline.events where event.sources.allSatisfy({ $0.article.hasPrefix("004") }) {
            #expect(event.date.basis.kind != .stated || event.date.precision.rank >= Precision.year.rank)
        }
    }

    @Test func idsAreUniqueSlugsAndOrderIsTotal() {
        let ids = timeline.events.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil) }
        let starts = timeline.events.map { $0.date.start! }
        #expect(starts == starts.sorted())
    }
}

import Foundation
