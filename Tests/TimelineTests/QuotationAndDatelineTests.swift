import Testing
@testable import Timeline

/// Headlines from quotations of several sentences, datelines in title case, and dates that cannot be a
/// happening's.
@Suite struct QuotationAndDatelineTests {
    /// '"We will keep in close contact. As I have said, our ministries will hold a joint board meeting in
    /// the fall," he said.': the quoted sentence holding the date is the headline, not the first one.
    @Test func theQuotedSentenceHoldingTheDateIsTheHeadline() throws {
        let talks = article("talks", """
        Foreign ministers sign a statement on common priorities

        MOSCOW, May 17. /TASS/. The foreign ministers of Russia and Belarus, Sergey Lavrov and Sergey Aleinik, signed a joint statement on Wednesday, a TASS correspondent reported.

        Lavrov said the parties were satisfied with the outcome of the talks. "We will keep in close contact. As I have already said, our ministries will hold a joint board meeting in the fall," he said.
        """, published: "2023-05-17")
        let timeline = TimelineBuilder().build([talks])
        let board = try #require(timeline.events(from: "talks", quoting: "joint board meeting").first)
        #expect(board.date.value == "2023-FA")
        #expect(board.title.hasPrefix("Sergey Lavrov says “Our ministries will hold a joint board meeting"))
        // One sentence quoted, or words no one is named as saying, stay whole.
        #expect(EventTitler.quotedSentenceOfTheDate("“We will meet in the fall,” he said.", dateAt: 17, dateEnd: 25) == nil)
        #expect(EventTitler.quotedSentenceOfTheDate("“We met. We will meet in the fall.”", dateAt: 25, dateEnd: 33) == nil)
        let (text, dateAt) = try #require(EventTitler.quotedSentenceOfTheDate(
            "“We met in May. Mr. Lavrov will visit in the fall. It matters,” he said.", dateAt: 41, dateEnd: 49))
        #expect(text == "“Mr. Lavrov will visit in the fall,” he said.")
        #expect(dateAt == 26)
    }

    /// "Hanoi, Vietnam, September 15 - The Foreign Ministers ...": the place and the day before the dash
    /// are the dateline, not the headline's subject.
    @Test func aDatelineInTitleCaseLeavesTheHeadline() throws {
        let visit = article("visit", """
        Two countries agree to set up a joint commission

        Hanoi, Vietnam, September 15 - The foreign ministers of Vietnam and Timor-Leste agreed to establish a joint cooperation commission during the official visit.
        """, published: "2009-09-18")
        let event = try #require(TimelineBuilder().build([visit]).events(from: "visit", quoting: "joint cooperation commission").first)
        #expect(event.date.value == "2009-09-15")
        #expect(event.title.hasPrefix("The foreign ministers of Vietnam and Timor-Leste"))
    }

    /// "Beijing [China], December 26 (ANI): ... on Wednesday held a meeting": ANI's dateline, the country in
    /// square brackets, is no part of the story; the meeting is Wednesday's, not the dateline's day.
    @Test func anANIDatelineLeavesTheStory() throws {
        let lunch = article("lunch", """
        Beijing [China], December 26 (ANI): Japanese Foreign Minister Iwaya Takeshi on Wednesday held a working lunch with his Chinese counterpart Wang Yi in Beijing.

        The two ministers confirmed that they would further strengthen communication at various levels.
        """, published: "2024-12-26")
        let event = try #require(TimelineBuilder().build([lunch]).events(from: "lunch", quoting: "working lunch").first)
        #expect(event.date.value == "2024-12-25")
        #expect(!event.title.contains("ANI"))
    }

    /// "formally restoring diplomatic ties severed more than five decades ago": the date is the participle's,
    /// which describes the noun an "-ing" form takes; the sentence is not dated to the 1960s. A subject's verb
    /// before such a date is the sentence's own.
    @Test func aDateAfterAParticipleDescribingItsNounIsNotTheSentences() throws {
        let story = article("ties", """
        Embassies reopen

        The United States and Cuba have re-established embassies in each other's capitals, formally restoring diplomatic ties severed more than five decades ago.

        The talks ended two days ago, officials said.
        """, published: "2015-07-20")
        let timeline = TimelineBuilder().build([story])
        #expect(timeline.events(from: "ties", quoting: "re-established embassies").allSatisfy { $0.date.value != "196" })
        #expect(timeline.events(from: "ties", quoting: "talks ended").first?.date.value == "2015-07-18")
    }

    /// "In an Extraordinary Summit on the Situation in Niger, held on Sunday in Abuja, the leaders called for
    /// ...": the participle describes the summit the sentence opens in, and dates what the leaders did there
    /// (the sentence had been dated by its article); the frame leaves the headline.
    @Test func aParticipleDescribingTheOpeningFrameDatesTheSentence() throws {
        let summit = article("summit", """
        Leaders meet on Niger

        In an Extraordinary Summit on the Political Situation in the Republic of Niger, held on Sunday in Abuja, the leaders of the bloc called for the immediate release of the president.
        """, published: "2023-07-31")
        let event = try #require(TimelineBuilder().build([summit]).events(from: "summit", quoting: "immediate release").first)
        #expect(event.date.value == "2023-07-30")
        #expect(event.title.hasPrefix("The leaders of the bloc"))
    }

    /// "The most recent summit convened at the beginning of August, focusing on Niger following the military
    /// coup on July 26 that ousted the president": the day is the coup's, told as what came before; the
    /// summit is dated by its own month (it had been dated to the coup's day).
    @Test func aHappeningAfterFollowingDatesItsOwnNoun() throws {
        let summit = article("bloc", """
        Bloc to meet again

        The most recent summit convened at the beginning of August, focusing entirely on the situation in Niger following the military coup on July 26 that ousted the elected president.
        """, published: "2023-11-03")
        let event = try #require(TimelineBuilder().build([summit]).events(from: "bloc", quoting: "most recent summit").first)
        #expect(event.date.value == "2023-08")
    }

    /// "WASHINGTON, February 4 – RIA Novosti. US Secretary ...": the agency after the dash signs the dateline,
    /// a sentence of its own that tells no event (it had been one, titled "RIA Novosti").
    @Test func aDatelineSignedAfterItsDashIsNoEvent() throws {
        let story = article("ria", """
        Visit postponed

        WASHINGTON, February 4 – RIA Novosti. US Secretary of State Antony Blinken said he was not ready to announce new dates for his visit.

        On Thursday, a Pentagon spokesman said that a balloon had been spotted over the United States.
        """, published: "2023-02-04")
        let events = TimelineBuilder().build([story]).events
        #expect(!events.contains { $0.title.contains("RIA Novosti") || $0.title.hasPrefix("WASHINGTON") })
        #expect(events.contains { $0.date.value == "2023-02-02" })
    }

    /// "Scholz will travel to Washington next week, a spokesman said on Friday, adding that he would meet Biden
    /// on Feb. 9": what the telling adds does not date the sentence's own happening (it had been dated Feb. 9);
    /// after a quotation, the addition is the news and still does.
    @Test func whatATellingAddsDatesNotTheSentence() throws {
        let trip = article("trip", """
        Scholz to visit Washington

        Scholz will travel to Washington next week, a government spokesman said on Friday, adding that he would meet Biden on Feb. 9.

        "The situation is very different from what it was in the 1960s," Scholz said, adding that the association would release its report by the end of the year.
        """, published: "2024-02-16")
        let timeline = TimelineBuilder().build([trip])
        let travel = try #require(timeline.events(from: "trip", quoting: "travel to Washington").first)
        #expect(travel.date.value == "2024-W08")
        #expect(timeline.events(from: "trip", quoting: "release its report").first?.date.value == "2024")
    }

    /// "Sharif and Erdogan on Sunday reaffirmed their commitment to ...": a position restated is a statement
    /// (it had been "other"), unless the sentence tells another kind ("In their meeting today, ... reaffirmed").
    @Test func aRestatedPositionIsAStatement() throws {
        let call = article("restated", """
        Leaders reaffirm ties

        Prime Minister Shehbaz Sharif and President Recep Tayyip Erdogan on Sunday reaffirmed their commitment to further strengthen bilateral cooperation.

        In their meeting on Monday at the Blue House, the two presidents reaffirmed the strong partnership between their countries.
        """, published: "2024-06-17")
        let timeline = TimelineBuilder().build([call])
        #expect(timeline.events(from: "restated", quoting: "reaffirmed their commitment").first?.kind == .statement)
        #expect(timeline.events(from: "restated", quoting: "strong partnership").first?.kind == .meeting)
        #expect(EventKind.restates("Leaders reiterate their support") && !EventKind.restates("Leaders meet in Seoul"))
    }

    /// "ADDIS ABABA (HAN) January 27, 2016 – Public Diplomacy and Regional Stability Initiatives News.": a
    /// section's name after the dateline is no event; words in title case with a verb are no label.
    @Test func aLabelAfterTheDatelineIsNoEvent() throws {
        let retreat = article("retreat", """
        Foreign ministers gather for a retreat

        ADDIS ABABA (HAN) January 27, 2016 – Public Diplomacy and Regional Stability Initiatives News. Some 45 foreign ministers have gathered in a retreat in the north.

        • May 22, 2004: Koizumi makes a second visit to Pyongyang.
        """, published: "2016-01-27")
        let timeline = TimelineBuilder().build([retreat])
        #expect(timeline.events(from: "retreat", quoting: "Initiatives News").isEmpty)
        #expect(timeline.events(from: "retreat", quoting: "second visit").first?.date.value == "2004-05-22")
        #expect(EventExtractor.isLabel("Public Diplomacy and Regional Stability Initiatives News."))
        #expect(!EventExtractor.isLabel("Koizumi Visits Pyongyang Again"))
        #expect(!EventExtractor.isLabel("The Ministers Met in Seoul."))
    }

    /// "They also discussed ... the priorities of the chairmanship of ASEAN in 2017", told in December 2016:
    /// a year to come in a sentence telling what was done dates a noun, and makes no event; a plan does.
    @Test func aYearToComeInWhatWasDoneIsNoHappening() throws {
        let talks = article("talks", """
        Foreign secretary in talks for a state visit next year

        The foreign secretary met his Russian counterpart in Moscow on Monday to prepare the proposed state visit of the president.

        They also discussed regional issues, including the priorities of the Philippine chairmanship of ASEAN in 2017.

        The president will travel to Moscow in 2017, the ministry said.

        Minister Cruz said that next year marks the 70th anniversary of diplomatic relations.
        """, published: "2016-12-06")
        let timeline = TimelineBuilder().build([talks])
        #expect(timeline.events(from: "talks", quoting: "chairmanship").isEmpty)
        #expect(timeline.events(from: "talks", quoting: "will travel to Moscow").first?.date.value == "2017")
        #expect(timeline.events(from: "talks", quoting: "next year marks").first?.date.value == "2017")
    }

    /// "“Minister Yun is scheduled to visit Washington in the first week of April,” the source said": a quotation
    /// no one named says is told in its own words, without marks or attribution (the headline had kept both, and a
    /// stray mark where the date was cut); a named speaker's stays his.
    @Test func aQuotationSaidByNoOneNamedIsTheHeadline() throws {
        let story = article("trip", """
        FM to visit Washington

        "Minister Yun is scheduled to visit Washington in the first week of April," the source said on the condition of anonymity.
        """, published: "2013-03-26")
        let event = try #require(TimelineBuilder().build([story]).events(from: "trip", quoting: "first week of April").first)
        #expect(event.title == "Minister Yun is scheduled to visit Washington")
        #expect(event.date.value == "2013-W14")
    }
}

