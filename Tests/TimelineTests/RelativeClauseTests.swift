import Testing
@testable import Timeline

/// A subject's relative clause with a date of its own: "Prabowo, who will be sworn in as president on
/// Oct. 20, arrived in Canberra on Tuesday evening" tells two happenings of Prabowo.
@Suite struct RelativeClauseTests {
    func timeline() -> Timeline {
        TimelineBuilder().build([article("jp", """
        Indonesia and Australia sign defense pact

        Prabowo Subianto and Richard Marles signed a defense cooperation agreement in Canberra on Thursday, officials said.

        Prabowo, who will be sworn in as president on Oct. 20, arrived in Canberra on Tuesday evening for a two-day visit.

        Mr Sharif, who arrived in Shenzhen on Tuesday, is on his first visit to China since being re-elected in March.

        The treaty, which expired in 2019, was never renewed by the parliament of either country.
        """, published: "2024-08-29")])
    }

    @Test func eachClauseIsAnEventOfTheSubject() throws {
        let events = timeline().events(from: "jp", quoting: "sworn in")
        #expect(events.map(\.date.value).sorted() == ["2024-08-27TEV", "2024-10-20"])
        let arrival = try #require(events.first { $0.date.value == "2024-08-27TEV" })
        #expect(arrival.title == "Prabowo Subianto arrives in Canberra for a two-day visit")
        #expect(arrival.actors.contains("Prabowo Subianto") && arrival.actors.contains("Australia"))
        // The source quotes the whole sentence.
        #expect(arrival.sources.first?.quote.hasPrefix("Prabowo, who will be sworn in") == true)
        let oath = try #require(events.first { $0.date.value == "2024-10-20" })
        #expect(oath.title == "Prabowo Subianto will be sworn in as president")
        #expect(oath.kind == .appointment)
    }

    /// "since being re-elected in March" looks back: the visit is not in March, so the sentence is one
    /// event, the arrival; a predicate without a date of its own ("was never renewed") is no second event,
    /// and the relative clause's date is its own happening.
    @Test func aDateSinceLooksBackToIsNoClausesOwn() {
        let sharif = timeline().events(from: "jp", quoting: "Shenzhen")
        #expect(sharif.map(\.date.value) == ["2024-08-27"])
        #expect(timeline().events(from: "jp", quoting: "never renewed").map(\.title) == ["The treaty expires"])
    }
}
