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

    /// A relative clause closing the sentence, dated on its own: "which was closed on June 23" tells of the
    /// crossing; "where he is scheduled to meet Biden on Tuesday" has a subject of its own, and the "he" of
    /// the next sentence is still Prabowo, not Biden, named last.
    @Test func aClosingRelativeClauseIsAnEventOfItsNoun() throws {
        let story = article("antara", """
        Indonesia and China agree to strengthen maritime cooperation

        Cambodian and Thai officials agreed on Wednesday to reopen the Chong Chom border crossing, which was closed on June 23 amid a dispute over temple sites.

        Prabowo departed for the United States on Sunday, where he is scheduled to meet President Joe Biden at the White House on Tuesday (Nov 12).

        He will then attend the APEC Economic Leaders' Meeting in Lima, Peru, on November 15-16.

        The two countries signed a partnership agreement in February 2022, which came into force in May of that year.

        Blinken visited Saudi Arabia on Monday, where he met Crown Prince Mohammed bin Salman in Riyadh, and Egypt earlier on Tuesday.

        Blinken met the emir in Doha on Thursday, where he said Hamas had answered a framework drawn up in Paris last month.
        """, published: "2024-11-11")
        let timeline = TimelineBuilder().build([story])
        let closing = try #require(timeline.events(from: "antara", quoting: "Chong Chom").first { $0.date.value == "2024-06-23" })
        #expect(closing.title == "The Chong Chom border crossing was closed amid a dispute over temple sites")
        #expect(timeline.events(from: "antara", quoting: "Chong Chom").map(\.date.value).sorted() == ["2024-06-23", "2024-11-06"])
        let meeting = try #require(timeline.events(from: "antara", quoting: "White House").first { $0.date.value == "2024-11-12" })
        #expect(meeting.title.hasPrefix("Prabowo Subianto is scheduled to meet President Joe Biden"))
        #expect(timeline.events(from: "antara", quoting: "departed").map(\.date.value) == ["2024-11-10"])
        #expect(timeline.events(from: "antara", quoting: "departed").first?.kind == .meeting, "departing for a country is travel")
        let apec = try #require(timeline.events(from: "antara", quoting: "APEC").first)
        #expect(apec.title.hasPrefix("Prabowo Subianto will then attend"))
        // A date ending the main clause is no noun a "which" tells of; a date after the clause's own comma
        // is not the clause's.
        #expect(!timeline.events(from: "antara", quoting: "came into force").contains { $0.title.hasPrefix("February") })
        #expect(!timeline.events(from: "antara", quoting: "Riyadh").contains { $0.title.contains("Crown Prince") })
        // What is said there is told with the visit: the framework's month dates no event of its own.
        #expect(timeline.events(from: "antara", quoting: "framework").map(\.date.value) == ["2024-11-07"])
    }

    /// "in response to the death of opposition politician Alexei Navalny, who died in a penal colony on 16
    /// February": "who" stands for the person, not the death; "died" is a past however short.
    @Test func whoStandsForThePersonNotWhatIsOfThem() throws {
        let story = article("council", """
        Council prolongs sanctions

        The measures were first adopted on 26 February 2024 in response to the death of opposition politician Alexei Navalny, who died in a penal colony on 16 February.
        """, published: "2024-11-18")
        let timeline = TimelineBuilder().build([story])
        let death = try #require(timeline.events(from: "council", quoting: "penal colony").first { $0.date.value == "2024-02-16" })
        #expect(!death.title.contains("death of"))
        #expect(death.title.hasSuffix("Alexei Navalny died in a penal colony") || death.title == "Alexei Navalny dies in a penal colony")
    }

    /// "the 50th anniversary of China-Brazil diplomatic relations, which were established in August 1974": the
    /// plural verb tells of the plural after "of".
    @Test func aPluralVerbTellsOfThePluralAfterOf() throws {
        let story = article("xinhua", """
        Xi holds talks with Lula

        This year marks the 50th anniversary of China-Brazil diplomatic relations, which were established in August 1974.
        """, published: "2024-11-21")
        let timeline = TimelineBuilder().build([story])
        let ties = try #require(timeline.events(from: "xinhua", quoting: "established").first { $0.date.value == "1974-08" })
        #expect(ties.title == "China-Brazil diplomatic relations were established")
    }

    /// "the normalization of ties between Japan and South Korea, which were restored in 1965": after "and",
    /// "which" may stand for the whole phrase; South Korea was not restored.
    @Test func aWhichAfterTwoJoinedNamesIsNotTheLastNames() {
        let story = article("nikkei", """
        Japan, South Korea mark anniversary

        This year marks the 60th anniversary of the normalization of diplomatic ties between Japan and South Korea, which were restored in 1965.
        """, published: "2025-01-05")
        let timeline = TimelineBuilder().build([story])
        #expect(!timeline.events(from: "nikkei", quoting: "restored").contains { $0.title.hasPrefix("South Korea") })
    }

    /// "imports of Japanese seafood, which China halted in August last year": a relative clause with a
    /// named subject tells what that subject did to the noun before it, beside the main clause's event;
    /// alone in its sentence, it is the sentence's event.
    @Test func aRelativeClauseWithANamedSubjectTakesTheNounForObject() throws {
        let timeline = TimelineBuilder().build([article("kyodo", """
        Japan, China leaders agree to pursue mutually beneficial ties

        The meeting came after the two countries reached an agreement in September that paves the way for Beijing to gradually resume imports of Japanese seafood, which China halted in August last year after the release of treated water began.

        Japan on Friday urged the lifting of the ban on Japanese food products, which China imposed in August 2023.

        The country's exports of scallops, which Japan began in 2010, have fallen.
        """, published: "2024-11-16")])
        #expect(timeline.events(from: "kyodo", quoting: "halted").map(\.title) == ["China halts imports of Japanese seafood"])
        #expect(timeline.events(from: "kyodo", quoting: "halted").map(\.date.value) == ["2023-08"])
        #expect(timeline.events(from: "kyodo", quoting: "paves the way").map(\.date.value) == ["2024-09"])
        let imposed = timeline.events(from: "kyodo", quoting: "imposed")
        #expect(imposed.contains { $0.date.value == "2023-08" && $0.title == "China imposes the ban on Japanese food products" })
        #expect(timeline.events(from: "kyodo", quoting: "scallops").map(\.title) == ["Japan begins the country's exports of scallops"])
    }
}
