import Testing
@testable import Timeline

/// A story's first sentence without a date: told in the past, with someone acting, it is the news of the
/// day the page says it was published.
@Suite struct LeadTests {
    @Test func anUndatedLeadIsTheNewsOfThePublicationDay() throws {
        let kremlin = article("kremlin", """
        Talks with President of Kazakhstan Kassym-Jomart Tokayev

        Vladimir Putin, who is in Kazakhstan on an official visit, held talks with President Kassym-Jomart Tokayev.

        Following the talks, the two presidents adopted a joint statement.
        """, published: "2023-11-09")
        let talks = try #require(TimelineBuilder().build([kremlin]).events(from: "kremlin", quoting: "held talks").first)
        #expect(talks.date.value == "2023-11-09")
        #expect(talks.date.basis.kind == .inferred)
        #expect(talks.title == "Vladimir Putin holds talks with President Kassym-Jomart Tokayev")
        // Only the first sentence: the one after it stays undated.
        #expect(TimelineBuilder().build([kremlin]).events(from: "kremlin", quoting: "joint statement").isEmpty)
    }

    /// "A Hamas delegation has arrived in Cairo" under the standfirst and "Published On 4 May 2024": the
    /// story's lead is the first sentence after the header, and tells the news of the day.
    @Test func theLeadUnderAStandfirstIsTheNewsOfTheDay() throws {
        let story = article("aljazeera", """
        News|Israel-Palestine conflict
        Hamas delegation in Cairo for ceasefire talks as Israel readies Rafah assault
        Egyptian and Qatari mediators are pushing for a deal that would pause the fighting and see captives released.
        Published On 4 May 2024
        A Hamas delegation has arrived in Cairo for talks on a proposed ceasefire in Gaza, as mediators push for an agreement.
        CIA Director William Burns arrived in Cairo on Friday to join the mediation effort, according to two Egyptian officials.
        """)
        #expect(story.standfirst == story.paragraphs.first)
        let arrival = try #require(TimelineBuilder().build([story]).events(from: "aljazeera", quoting: "Hamas delegation has arrived").first)
        #expect(arrival.date.value == "2024-05-04")
    }

    /// "his heart aches for the many people who endured ... from 1910 to 1945": the years of a relative
    /// clause without commas are its verb's, and date no statement.
    @Test func aRelativeClausesYearsDateNoStatement() {
        let story = article("herald", """
        S. Korea, Japan agree to resume shuttle diplomacy

        President Yoon Suk Yeol and Prime Minister Fumio Kishida agreed Sunday to restore shuttle diplomacy.

        Kishida said his heart aches for the many people who endured "very difficult and sad experiences" under harsh conditions during Japan's colonial rule from 1910 to 1945.
        """, published: "2023-05-07")
        #expect(TimelineBuilder().build([story]).events(from: "herald", quoting: "heart aches").isEmpty)
    }

    /// "The delegation, led by deputy Gaza chief Khalil al-Hayya, arrived on Saturday": the day after the
    /// participle's phrase is the verb's, not the phrase's.
    @Test func aDayAfterASubjectsParticiplePhraseDatesTheVerb() throws {
        let story = article("aljazeera", """
        Hamas delegation in Cairo for ceasefire talks

        Egyptian and Qatari mediators are pushing for a deal that would pause the fighting.

        The delegation, led by deputy Gaza chief Khalil al-Hayya, arrived on Saturday, Egypt's state-linked Al-Qahera News reported.
        """, published: "2024-05-04")
        let arrival = try #require(TimelineBuilder().build([story]).events(from: "aljazeera", quoting: "al-Hayya").first)
        #expect(arrival.date.value == "2024-05-04")
        #expect(arrival.title.hasPrefix("The delegation arrives"))
    }

    @Test func aNarrativeOpeningOrAPlanIsNoNewsOfTheDay() {
        for lead in ["The negotiations began on a hopeful note after years of mistrust between the parties.",
                     "Vladimir Putin will hold talks with President Kassym-Jomart Tokayev in Astana.",
                     "Relations between Russia and Kazakhstan remain close, officials in both capitals say.",
                     "China and the Philippines have clashed repeatedly over the Second Thomas Shoal."] {
            let story = article("story", """
            Talks in Astana

            \(lead)

            The two sides have a long history of cooperation in energy and trade.
            """, published: "2023-11-09")
            #expect(TimelineBuilder().build([story]).events.isEmpty, "\(lead)")
        }
    }

    /// "Xi told Biden ... before the US president leaves office in January": the coming clause's month
    /// does not date the telling, which stays the news of the day; a plan told with it ("is expected to be
    /// raised again when the court meets on Feb. 27") keeps its date.
    @Test func aComingClauseDoesNotDateAPastLead() throws {
        let story = article("bloomberg", """
        Xi Tells Biden China Ready to Work With Trump Administration

        Chinese President Xi Jinping told Joe Biden that Beijing is ready to work with the incoming Trump administration, during what is likely the final meeting between the two leaders before the US president leaves office in January.

        The matter is expected to be raised again when the court meets on Feb. 27.
        """, published: "2024-11-16")
        let timeline = TimelineBuilder().build([story])
        #expect(timeline.events(from: "bloomberg", quoting: "ready to work").map(\.date.value) == ["2024-11-16"])
        #expect(timeline.events(from: "bloomberg", quoting: "raised again").map(\.date.value) == ["2025-02-27"])
    }
}

