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

    /// "The ties were frozen in 1967 and restored in 1990": a second predicate after "and" shares the
    /// subject (and a passive's "were"); a comma before the "and" leaves the sentence whole.
    @Test func aSecondPredicateSharesTheSubject() throws {
        let timeline = TimelineBuilder().build([article("antara", """
        Indonesia and China agree to strengthen maritime cooperation

        Indonesia and China established diplomatic relations in 1950. The ties were frozen in 1967 and restored in 1990.

        Turkey hosted the only direct talks between Kyiv and Moscow in March 2022 and helped broker the Black Sea Grain Initiative in July 2022.

        Both leaders reaffirmed the formula, first agreed by Abe Shinzo and Hu Jintao in 2006 and enshrined in a joint statement in May 2008.
        """, published: "2024-11-11")])
        let ties = timeline.events(from: "antara", quoting: "frozen")
        #expect(ties.map(\.date.value).sorted() == ["1967", "1990"])
        #expect(Set(ties.map(\.title)) == ["The ties were frozen", "The ties were restored"])
        let turkey = try #require(timeline.events(from: "antara", quoting: "Grain Initiative").first { $0.date.value == "2022-07" })
        #expect(turkey.title == "Turkey helps broker the Black Sea Grain Initiative")
        #expect(timeline.events(from: "antara", quoting: "enshrined").count == 1)
    }

    /// A comma right after the first date may stand before the "and"; a semicolon inside brackets
    /// ("(local time; 0:30 a.m. on November 16, Japan time)") splits nothing.
    @Test func aCommaAfterTheDateAndASemicolonInBrackets() throws {
        let timeline = TimelineBuilder().build([article("korea", """
        Seventy years of the armistice

        North Korea blew up the inter-Korean liaison office in Kaesong in June 2020, and declared the military agreement void in November 2023.

        On November 15, commencing at 10:30 a.m. (local time; 0:30 a.m. on November 16, Japan time) for approximately 30 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs, held a Japan-China Foreign Ministers' Meeting with Mr. Wang Yi.
        """, published: "2024-11-16")])
        let korea = timeline.events(from: "korea", quoting: "Kaesong")
        #expect(Set(korea.map(\.title)) == ["North Korea blows up the inter-Korean liaison office in Kaesong", "North Korea declares the military agreement void"])
        #expect(korea.first { $0.title.contains("blows up") }?.kind == .military)
        let meeting = try #require(timeline.events(from: "korea", quoting: "commencing").first)
        #expect(timeline.events(from: "korea", quoting: "commencing").count == 1)
        #expect(meeting.date.value == "2024-11-15T10:30")
        #expect(meeting.title == "Takeshi Iwaya holds a Japan-China Foreign Ministers' Meeting with Wang Yi")
    }
}
