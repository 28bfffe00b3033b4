import Testing
@testable import Timeline

/// A second date sharing the first one's verb: "with Australia in January 2022 and with Britain in
/// January 2023" tells two signings.
@Suite struct GappedClauseTests {
    func timeline() -> Timeline {
        TimelineBuilder().build([article("afp", """
        Japan, Philippines Sign Troop Pact

        Japan and the Philippines on Monday signed a defence pact allowing the deployment of troops on each other's soil.

        Japan signed a similar agreement with Australia in January 2022 and with Britain in January 2023.

        Russian President Vladimir Putin visited Beijing in May and Pyongyang in June, his first trips abroad this year.

        The envoys met on Monday and again on Thursday to finish the text of the agreement.
        """, published: "2024-07-08")])
    }

    @Test func eachDateIsAnEventWithTheVerbItShares() throws {
        let events = timeline().events(from: "afp", quoting: "similar agreement")
        #expect(events.map(\.date.value).sorted() == ["2022-01", "2023-01"])
        let britain = try #require(events.first { $0.date.value == "2023-01" })
        #expect(britain.title == "Japan signs a similar agreement with Britain")
        #expect(britain.actors.contains("Japan") && britain.actors.contains("United Kingdom") && !britain.actors.contains("Australia"))
        // The source quotes the whole sentence, not the words after "and".
        #expect(britain.sources.first?.quote.hasPrefix("Japan signed a similar agreement") == true)
        let australia = try #require(events.first { $0.date.value == "2022-01" })
        #expect(australia.title == "Japan signs a similar agreement with Australia")
    }

    @Test func aSecondDateThatEndsNoSentenceSharesNoVerb() throws {
        // "..., his first trips abroad this year": the name and date are not the sentence's end.
        #expect(timeline().events(from: "afp", quoting: "Pyongyang in June").count == 1)
        // "on Monday and again on Thursday": no name between "and" and the date.
        #expect(timeline().events(from: "afp", quoting: "again on Thursday").count == 1)
    }
}
