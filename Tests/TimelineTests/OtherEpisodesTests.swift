import Articles
import Chronology
import Testing
@testable import Timeline

/// Articles written for these tests, about other diplomatic episodes, so nothing is fitted to the seeds.
@Suite struct OtherEpisodesTests {
    @Test func singaporeSummitAcrossTwoWireStories() throws {
        let a = article("wire-a", """
        Trump and Kim meet in Singapore

        SINGAPORE (AP) — U.S. President Donald Trump and North Korean leader Kim Jong Un met on Tuesday on Sentosa island, the first summit between the two countries.

        The two leaders signed a document in which Kim committed to work toward the complete denuclearization of the Korean Peninsula.

        Trump said he would meet Kim again "many times" and invited him to the White House.
        """, published: "2018-06-12T18:00")
        let b = article("wire-b", """
        Analysis: What the Singapore summit means

        Donald Trump and Kim Jong Un met in Singapore in June, a meeting that few expected a year earlier.

        South Korean President Moon Jae-in is expected to visit Pyongyang in September for a third summit with Kim.
        """, published: "2018-07-02")
        let timeline = TimelineBuilder().build([a, b])
        let summit = try #require(timeline.events(from: "wire-a", quoting: "met on Tuesday").first)
        #expect(summit.date.value == "2018-06-12")
        #expect(Set(summit.sources.map(\.article)) == ["wire-a", "wire-b"])
        #expect(summit.kind == .meeting)
        #expect(summit.actors.contains("Donald Trump") && summit.actors.contains("Kim Jong Un"))
        let visit = try #require(timeline.events(from: "wire-b", quoting: "expected to visit Pyongyang").first)
        #expect(visit.date.value == "2018-09")
        #expect(visit.status == .scheduled)
        #expect(visit.actors.contains("Moon Jae-in"))
    }

    /// A listing page: each entry under its own day, "today" in each is that day (they had all been the page's
    /// first day); a sentence no reading shortens is cut at thirty words.
    @Test func aListingsEntriesAreDatedByTheirOwnDays() throws {
        let listing = article("listing", """
        Council Meetings Coverage

        14 March 2019

        The Council today extended the mandate of the mission in the country for one more year, until 15 March 2020.

        12 March 2019

        The Council today heard a briefing by the special envoy, who warned that the ceasefire agreed in the capital was fragile.

        11 March 2019

        Despite ten years of steadily growing attention to the protection of civilians in armed conflict, life in war zones around the world remained grim and dangerous for millions of people, with hospitals bombed and aid blocked, the Council heard today as it held an open debate.
        """)
        let timeline = TimelineBuilder().build([listing])
        #expect(timeline.events(from: "listing", quoting: "extended the mandate").first?.date.value == "2019-03-14")
        #expect(timeline.events(from: "listing", quoting: "special envoy").first?.date.value == "2019-03-12")
        let debate = try #require(timeline.events(from: "listing", quoting: "open debate").first)
        #expect(debate.date.value == "2019-03-11")
        #expect(debate.title.split(separator: " ").count <= 25 && debate.title.hasSuffix("…"))
    }

    @Test func aSentenceNamingNoActorMergesOnlyWhenReposted() throws {
        let a = article("repost-a", """
        Envoys agree on a hotline

        The two sides agreed in Bali last November to keep lines of communication open at all times.

        The negotiators said they would spend $45.5 billion on the new facility next year.
        """, published: "2023-06-18")
        let b = article("repost-b", """
        Envoys agree on a hotline, officials say

        The two sides agreed in Bali last November to keep lines of communication open at all times.

        The negotiators said they would spend $10.2 billion on the new facility next year.
        """, published: "2023-06-19")
        let timeline = TimelineBuilder().build([a, b])
        let bali = timeline.events(from: "repost-a", quoting: "agreed in Bali")
        #expect(bali.count == 1)
        #expect(Set(bali.first?.sources.map(\.article) ?? []) == ["repost-a", "repost-b"])
        // Nearly the same words with other figures are two facts.
        #expect(timeline.events(from: "repost-a", quoting: "$45.5 billion").first?.sources.count == 1)
    }

    @Test func aRepostNamingOneStateMerges() throws {
        let sentence = "Russia launched its full-scale invasion on February 24 after months of troop build-up along the border."
        let a = article("state-a", "Three years of war\n\n\(sentence)\n", published: "2025-02-20")
        let b = article("state-b", "The war in numbers\n\n\(sentence)\n", published: "2025-02-21")
        let timeline = TimelineBuilder().build([a, b])
        let invasion = try #require(timeline.events(from: "state-a", quoting: "full-scale invasion").first)
        #expect(invasion.actors == ["Russia"])
        #expect(Set(invasion.sources.map(\.article)) == ["state-a", "state-b"])
    }

    /// Merging files a group under what two sentences must share to tell one happening: a person, two
    /// states, or one state with the same day or date. Each of those still finds its group.
    @Test func sentencesSharingTwoStatesOrOneStateOnADayMerge() throws {
        // Each outlet in its own words and names, so no sentence is a repost of the other; one dates the
        // talks to the day, the other to the week.
        let a = article("pair-a", """
        Talks resume

        China and Japan agreed on Tuesday to resume regular talks on maritime security in the East China Sea.

        North Korea fired a ballistic missile into the sea off its east coast on Sunday, officials said.
        """, published: "2024-02-16")
        let b = article("pair-b", """
        Maritime talks

        China and Japan agreed earlier this week to resume regular talks on maritime security, Kyodo reported.

        North Korea fired a ballistic missile on Sunday morning, which fell into the sea, Yonhap reported.
        """, published: "2024-02-16")
        let timeline = TimelineBuilder().build([a, b])
        let talks = try #require(timeline.events(from: "pair-a", quoting: "resume regular talks").first)
        #expect(Set(talks.sources.map(\.article)) == ["pair-a", "pair-b"])
        let missile = try #require(timeline.events(from: "pair-a", quoting: "ballistic missile").first)
        #expect(Set(missile.sources.map(\.article)) == ["pair-a", "pair-b"])
    }

    /// A group keeps one member per way of telling; a sentence told by several outlets still counts as
    /// told by another article when the same article later gives another date.
    @Test func aConflictFindsTheOtherOutletOfARepost() throws {
        let monday = "Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Monday for talks with his North Korean counterpart Choe Son Hui."
        let wednesday = "Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday for talks with his North Korean counterpart Choe Son Hui."
        let a = article("alike-a", "Lavrov visits Pyongyang\n\n\(monday)\n\nCorrection: \(wednesday)\n", published: "2023-10-20")
        let b = article("alike-b", "Lavrov in North Korea\n\n\(monday)\n", published: "2023-10-20")
        let timeline = TimelineBuilder().build([a, b])
        let visit = try #require(timeline.events.first { $0.title.contains("Lavrov") })
        #expect(Set(visit.sources.map(\.article)) == ["alike-a", "alike-b"])
        #expect(visit.conflicts.map(\.article) == ["alike-a"])
    }

    /// A sentence with no date of its own is dated by its article: two such sentences weeks apart tell
    /// two tellings, not one happening with conflicting dates.
    @Test func undatedSentencesContradictNoDate() throws {
        let may = article("may", """
        Kishida eager for talks

        Prime Minister Fumio Kishida has expressed his eagerness to start high-level talks with North Korea, aiming to realize a summit with Kim Jong Un.
        """, published: "2023-05-30")
        let june = article("june", """
        Kishida hopes for summit

        Prime Minister Fumio Kishida said he hopes to start high-level talks with North Korea to realize a summit with Kim Jong Un.
        """, published: "2023-06-21")
        let events = TimelineBuilder().build([may, june]).events.filter { $0.title.contains("Kishida") }
        #expect(events.allSatisfy { $0.conflicts.isEmpty })
        #expect(Set(events.flatMap(\.sources).map(\.article)) == ["may", "june"])
    }

    /// What a quotation promises ("I will not miss any opportunity") does not schedule the sentence's happening.
    @Test func aQuotationsFutureSchedulesNothing() throws {
        let story = article("press", """
        Kishida speaks

        Prime Minister Kishida held a press conference held at the official residence on the occasion of the closing of the Diet session on the 21st, saying, “I will not miss any opportunity.”
        """, published: "2023-06-21")
        let press = try #require(TimelineBuilder().build([story]).events(from: "press", quoting: "press conference").first)
        #expect(press.status == .happened)
        #expect(EventExtractor.withoutQuotations("he said, “we will meet” and left", unlessTelling: "monday") == "he said,  and left")
        #expect(EventExtractor.withoutQuotations("“we will meet on monday,” he said", unlessTelling: "monday") == "we will meet on monday, he said")
    }

    /// A year its owner's noun is described by ("issues related to Japan's 1910-45 colonial rule") dates
    /// nothing the sentence tells; "from 1910-45" is a span, quoted as written.
    @Test func aYearDescribingAnOwnersNounDatesNothing() throws {
        let story = article("rule", """
        Leaders to meet

        Yoon and Kishida were expected to discuss issues related to Japan's 1910-45 colonial rule over Korea.

        South Korea was under Japan's colonial rule from 1910-45.
        """, published: "2023-03-16")
        let events = TimelineBuilder().build([story]).events
        #expect(!events.contains { $0.title.contains("expected to discuss") })
        let rule = try #require(events.first { $0.title.contains("under Japan") })
        #expect(rule.date.value == "1910/1945")
        #expect(rule.sources.first?.phrase == "1910-45")
    }

    @Test func conflictingDatesAreKept() throws {
        let a = article("report-a", """
        Lavrov visits Pyongyang

        Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Monday for talks with his North Korean counterpart Choe Son Hui, the foreign ministry said.
        """, published: "2023-10-18")
        let b = article("report-b", """
        Lavrov in North Korea

        Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday for talks with his North Korean counterpart Choe Son Hui, state media said.
        """, published: "2023-10-19")
        let timeline = TimelineBuilder().build([a, b])
        let visit = try #require(timeline.events.first { $0.title.contains("Lavrov") })
        let all = visit.sources + visit.conflicts
        #expect(Set(all.map(\.article)) == ["report-a", "report-b"])
        #expect(!visit.conflicts.isEmpty)
    }

    /// A conflict is the same happening told with dates close enough to be one: the same wording
    /// years apart is a later happening, not a disagreement.
    @Test func theSameWordingYearsApartIsNoConflict() throws {
        let a = article("visit-2023", """
        Lavrov visits Pyongyang

        Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Monday for talks with his North Korean counterpart Choe Son Hui, the foreign ministry said.
        """, published: "2023-10-18")
        let b = article("visit-2031", """
        Lavrov in North Korea

        Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday for talks with his North Korean counterpart Choe Son Hui, state media said.
        """, published: "2031-10-19")
        let timeline = TimelineBuilder().build([a, b])
        let visits = timeline.events.filter { $0.title.contains("Lavrov") }
        #expect(visits.count == 2)
        #expect(visits.allSatisfy { $0.conflicts.isEmpty })
    }

    /// Two ministers' calls months apart are two calls, each an event of its own: a conflict is the same
    /// happening told with dates a week apart at most (the second and third calls had been the first's
    /// conflicting dates, and no event).
    @Test func callsMonthsApartAreNoConflict() throws {
        let november = article("call-nov", """
        Ministers speak by phone

        Foreign Minister Wang Yi held a phone call with U.S. Secretary of State Antony Blinken on Nov 13 at the latter's request.
        """, published: "2021-11-13")
        let january = article("call-jan", """
        Wang and Blinken speak again

        Foreign Minister Wang Yi held a phone call with Secretary Antony Blinken on Jan. 27, the ministry said.
        """, published: "2022-01-28")
        let timeline = TimelineBuilder().build([november, january])
        let calls = timeline.events.filter { $0.title.contains("phone call") }
        #expect(calls.map(\.date.value).sorted() == ["2021-11-13", "2022-01-27"])
        #expect(calls.allSatisfy { $0.conflicts.isEmpty })
    }

    /// What an article tells as to come cannot be a happening already past when it was written.
    @Test func aSummitToComeIsNotOneAlreadyHeld() throws {
        let spring = article("spring", """
        Seoul and Tokyo restore talks

        South Korea and Japan held their first vice-ministerial strategic dialogue in five years in Seoul on Monday.

        President Yoon Suk Yeol visited Tokyo for a summit with Prime Minister Fumio Kishida on March 16, and the two leaders agreed to resume shuttle diplomacy.
        """, published: "2023-04-10")
        let summer = article("summer", """
        North Korea fires missile before summit

        North Korea fired a short-range ballistic missile into the East Sea on Wednesday.

        President Yoon Suk Yeol, U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida will hold their first stand-alone trilateral summit on Friday.
        """, published: "2023-08-17")
        let timeline = TimelineBuilder().build([spring, summer])
        let tokyo = try #require(timeline.events(from: "spring", quoting: "visited Tokyo").first)
        let campDavid = try #require(timeline.events(from: "summer", quoting: "trilateral summit").first)
        #expect(tokyo.id != campDavid.id)
        #expect(campDavid.date.value == "2023-08-18")
        #expect(tokyo.conflicts.isEmpty && campDavid.conflicts.isEmpty)
    }

    /// "since July 24, when ...": the clause after "when" tells what happened on the date "since" looks
    /// back to; a pronoun in it is the sentence's subject, or, when that is a pronoun too, nobody known.
    @Test func aWhenClauseAfterSinceTellsWhatHappenedThen() throws {
        let story = article("since-when", """
        Talks resume after four years

        North Korea fired a short-range ballistic missile into the East Sea on Wednesday, the military said.

        The talks were the first since March 2019, when Kim Jong Un and Donald Trump met in Hanoi.

        The manuscript had been missing since 1980, when it disappeared from a private collection in Busan.

        It was the North's first ballistic missile launch since July 24, when it fired two short-range missiles.
        """, published: "2023-08-17")
        let timeline = TimelineBuilder().build([story])
        let hanoi = try #require(timeline.events(from: "since-when", quoting: "met in Hanoi").first)
        #expect(hanoi.date.value == "2019-03")
        #expect(hanoi.title == "Kim Jong Un and Donald Trump meet in Hanoi")
        let manuscript = try #require(timeline.events(from: "since-when", quoting: "disappeared").first)
        #expect(manuscript.date.value == "1980")
        #expect(manuscript.title.hasPrefix("The manuscript disappeared"))
        #expect(timeline.events(from: "since-when", quoting: "first ballistic missile launch").isEmpty)
    }

    @Test func unrelatedEventsOnTheSameDayStaySeparate() {
        let a = article("same-day", """
        Busy day in the region

        Japan's Prime Minister Fumio Kishida met Australian leaders in Tokyo on Monday to discuss defence ties.

        Separately, North Korea fired a ballistic missile into the sea on Monday, South Korea's military said.
        """, published: "2023-11-08")
        let timeline = TimelineBuilder().build([a])
        #expect(timeline.events.count == 2)
        #expect(Set(timeline.events.map(\.kind)) == [.meeting, .military])
    }

    @Test func aDateInsideANounPhraseNamesThatPhrasesEvent() throws {
        let a = article("readout", """
        Secretary Blinken's Call with Chinese Foreign Minister Wang Yi

        The Secretary and the Foreign Minister discussed the need to maintain open lines of communication following the November 15 meeting between President Biden and President Xi in Woodside, California.

        Secretary Blinken raised concerns over the December 10 incident near Second Thomas Shoal.

        Similar floods after the 1961 election left more than 5,100 people homeless.

        On Friday, the two ministers reviewed the November 15 meeting between the presidents.
        """, published: "2024-01-26")
        let timeline = TimelineBuilder().build([a])
        let woodside = try #require(timeline.events(from: "readout", quoting: "Woodside").first)
        #expect(woodside.date.value == "2023-11-15")
        #expect(woodside.title == "Meeting between President Biden and President Xi in Woodside")
        #expect(woodside.actors == ["Joe Biden", "United States", "Xi Jinping", "China"])
        #expect(woodside.kind == .meeting)
        let shoal = try #require(timeline.events(from: "readout", quoting: "Shoal").first)
        #expect(shoal.title == "Incident near Second Thomas Shoal")
        // The subject of the sentence's verb, not a phrase of its own.
        let floods = try #require(timeline.events(from: "readout", quoting: "floods").first)
        #expect(floods.title == "Similar floods after the election leave more than 5,100 people homeless")
        // Another date in the sentence dates its verb.
        let review = try #require(timeline.events(from: "readout", quoting: "reviewed").first)
        #expect(review.date.value == "2024-01-26")
    }

    @Test func twoWiresOnOneCall() throws {
        let reuters = article("reuters", """
        Blinken, Wang discuss Middle East, Taiwan in phone call

        WASHINGTON, Jan 26 (Reuters) - U.S. Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister Wang Yi on Friday, discussing tensions in the Middle East, the State Department said.

        The call came days after Taiwan's Jan. 13 election, won by Lai Ching-te of the ruling Democratic Progressive Party.

        Blinken and Wang last met in Washington in October.
        """, published: "2024-01-26")
        let ap = article("ap", """
        US, China top diplomats hold call as Red Sea tensions mount

        WASHINGTON (AP) — Secretary of State Antony Blinken held a phone call with Chinese Foreign Minister Wang Yi on Friday amid rising tensions.

        Taiwan elected Lai Ching-te as its new president on Jan. 13, a result that angered Beijing.
        """, published: "2024-01-26")
        let timeline = TimelineBuilder().build([reuters, ap])
        // The dateline's "Jan 26" is the telling's: the story's "on Friday" dates the call, and leaves
        // the headline.
        let call = try #require(timeline.events(from: "reuters", quoting: "spoke by phone").first)
        #expect(call.sources.first { $0.article == "reuters" }?.phrase == "Friday")
        #expect(call.date.value == "2024-01-26")
        #expect(call.sources.count == 2)
        // Of two tellings, the headline headed by a known actor stands for the event.
        let election = try #require(timeline.events(from: "ap", quoting: "Lai Ching-te").first)
        #expect(election.sources.count == 2)
        #expect(election.title == "Taiwan elects Lai Ching-te as its new president")
        // Names joined by "and" are the subject, even when one is not in the gazetteer.
        let lastMet = try #require(timeline.events(from: "reuters", quoting: "last met").first)
        #expect(lastMet.title == "Blinken and Wang last met in Washington")
        // The dateline's place filed the story; it did not act.
        let seoul = article("seoul", """
        North Korea rejects talks with Japan

        SEOUL/TOKYO, March 26 (Reuters) - North Korea will reject any contact with Japan, Kim Jong Un's sister said on Tuesday.
        """, published: "2024-03-26")
        #expect(TimelineBuilder().build([seoul]).events.first?.actors == ["North Korea", "Japan", "Kim Yo Jong"])
        #expect(Dateline.storyOffset("WASHINGTON, Jan 26 (Reuters) - U.S. officials said") == 31)
        #expect(Dateline.storyOffset("SEOUL, South Korea—North Korea said") == 19)
        #expect(Dateline.storyOffset("North Korea said") == 0)
    }

    @Test func aPronounOpeningASentenceIsThePersonNamedBefore() throws {
        let a = article("speech", """
        Kim marks the new year

        In his New Year's speech Kim Jong-un said the North wants lower tensions.

        The dictator also declared that North Korea had reached full nuclear force.

        He said on Monday that the goal of a nuclear force was achieved in 2017.

        North Korea may seek Japanese aid, noted analyst Moon Seong Mook of the Korea Research Institute.

        He indicated in 2023 that the North may seek $500 million or more.
        """, published: "2024-01-03")
        let timeline = TimelineBuilder().build([a])
        let said = try #require(timeline.events(from: "speech", quoting: "goal of a nuclear force").first)
        #expect(said.title.hasPrefix("Kim Jong Un says"))
        #expect(said.actors.contains("Kim Jong Un"))
        // Someone the gazetteer does not know was introduced by role just before: "he" is that person.
        let indicated = try #require(timeline.events(from: "speech", quoting: "He indicated").first)
        #expect(indicated.title.hasPrefix("Moon Seong Mook indicated"))
        // A name opening the sentence before is a known person's, not someone unknown.
        let b = article("visit", "Kishida in Seoul\n\nFumio Kishida arrived in Seoul on Monday for two days of talks with the president.\n\n"
                        + "He warned on Tuesday that tensions on the peninsula were rising again.",
                        published: "2024-02-16")
        let warned = try #require(TimelineBuilder().build([b]).events(from: "visit", quoting: "warned").first)
        #expect(warned.title.hasPrefix("Fumio Kishida warns"))
    }

    @Test func oneSentenceRepeatedIsOneEvent() throws {
        // Each repeat joins the same group; checking it against one member told alike, not every
        // member, keeps this linear.
        let a = article("repeated", "Title\n\n" + String(repeating: "Kim Jong Un said on Monday the talks went well. ", count: 5_000),
                        published: "2024-02-16")
        let timeline = TimelineBuilder().build([a])
        #expect(timeline.events.count == 1)
        #expect(timeline.events.first?.sources.count == 5_000)
        #expect(timeline.events.first?.title == "Kim Jong Un says the talks went well")
    }

    @Test func aRangeLeavesTheHeadlineWhole() throws {
        let a = article("range", """
        Floods return

        The council ruled the region between 1960 and 1996 under emergency laws, officials said.
        """, published: "2024-02-16")
        let event = try #require(TimelineBuilder().build([a]).events.first)
        #expect(event.date.value == "1960/1996")
        #expect(!event.title.contains("between"))
    }

    @Test func aRangeOfDaysDatesItsEventAsOneSpan() throws {
        let a = article("days", """
        Ministers gather

        Foreign ministers met in Munich on February 16-18 for the annual security conference.

        The envoys held talks in Geneva from 3 to 5 March.

        Envoys met between March 7 and March 8 in Oslo.

        Kim Jong Un met Vladimir Putin on Monday and Thursday.

        EU leaders met at a summit in Brussels on Thursday and Friday.
        """, published: "2024-03-20")
        let events = TimelineBuilder().build([a]).events
        let munich = try #require(events.first { $0.title.contains("Munich") })
        #expect(munich.date.value == "2024-02-16/2024-02-18")
        #expect(munich.date.display == "16–18 Feb 2024")
        #expect(munich.title == "Foreign ministers meet in Munich for the annual security conference")
        let geneva = try #require(events.first { $0.title.contains("Geneva") })
        #expect(geneva.date.value == "2024-03-03/2024-03-05")
        #expect(!geneva.title.contains(" to"))
        #expect(events.first { $0.title.contains("Oslo") }?.date.value == "2024-03-07/2024-03-08")
        // Two days joined by "and" without "between" are two days, not a stretch, unless they follow each other.
        #expect(events.first { $0.title.contains("Putin") }?.date.value.contains("/") == false)
        #expect(events.first { $0.title.contains("Brussels") }?.date.value == "2024-03-14/2024-03-15")
    }

    @Test func theTwoCountriesAreTheTwoStatesNamedTogetherBefore() throws {
        let a = article("pair", """
        Biden and Xi agree

        President Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to resume military talks.

        The two countries cut off those channels in August 2022 after a visit to Taiwan.

        Foreign ministers of the two countries are expected to meet in Busan in December.
        """, published: "2023-11-16")
        let events = TimelineBuilder().build([a]).events
        let cut = try #require(events.first { $0.title.contains("cut off") })
        #expect(cut.actors.contains("United States") && cut.actors.contains("China") && cut.actors.contains("Taiwan"))
        let busan = try #require(events.first { $0.title.contains("Busan") })
        #expect(busan.actors.contains("United States") && busan.actors.contains("China"))
        #expect(EventExtractor.standsForTwoStates("Both governments signed the accord"))
        #expect(!EventExtractor.standsForTwoStates("The two men met in Paris"))
    }

    @Test func theMinistersAreThePairNamedBeforeAndTheHeadlineNamesThem() throws {
        let a = article("trilateral", """
        Japan and China agree on dialogue

        Japanese Foreign Minister Takeshi Iwaya and his Chinese counterpart Wang Yi agreed Saturday to hold an economic dialogue.

        Iwaya called for lifting the ban on seafood imports, introduced in August 2023 after the water release.

        The ministers also met with South Korean Foreign Minister Cho Tae-yul later in the day for a trilateral meeting.
        """, published: "2025-03-22")
        let events = TimelineBuilder().build([a]).events
        let trilateral = try #require(events.first { $0.title.contains("Cho Tae-yul") })
        #expect(trilateral.title.hasPrefix("Takeshi Iwaya and Wang Yi also meet with"))
        #expect(trilateral.date.value == "2025-03-22")
        #expect(["Takeshi Iwaya", "Wang Yi", "Japan", "China"].allSatisfy(trilateral.actors.contains))
        #expect(EventExtractor.pairSubject("The foreign ministers agreed to meet again") == "The foreign ministers")
        #expect(EventExtractor.pairSubject("The two defense ministers last held talks in Tokyo") == "The two defense ministers")
        #expect(EventExtractor.pairSubject("The two leaders condemn the launch") == "The two leaders")
        #expect(EventExtractor.pairSubject("The leaders, who met in May, condemn the launch") == nil)
        // A subject that goes on names others: no pair stands in for it.
        #expect(EventExtractor.pairSubject("The leaders of Australia, Britain and the United States unveiled a plan") == nil)
        #expect(EventExtractor.pairSubject("The officials met in Geneva") == nil)
    }

    @Test func aMeetingTheSentenceLooksBackToIsDatedByItsOwnName() throws {
        let a = article("jeddah", """
        Ukraine accepts ceasefire proposal

        The talks were the first face-to-face meeting between the two sides since a disastrous Oval Office meeting on Feb. 28 between President Donald Trump and Ukrainian President Volodymyr Zelenskyy.

        Envoys met in Geneva days before a summit on March 3 in Hanoi.

        After a meeting on Monday with Kim Jong Un, Trump said talks would continue.

        The launch came less than a week before the inauguration of U.S. President-elect Donald Trump on Jan. 20.
        """, published: "2025-03-11")
        let events = TimelineBuilder().build([a]).events
        let oval = try #require(events.first { $0.date.value == "2025-02-28" })
        #expect(oval.title == "Disastrous Oval Office meeting between President Donald Trump and Ukrainian President Volodymyr Zelenskyy")
        #expect(events.first { $0.date.value == "2025-03-03" }?.title == "Summit in Hanoi")
        let inauguration = try #require(events.first { $0.date.value == "2025-01-20" })
        #expect(inauguration.title == "Inauguration of U.S. President-elect Donald Trump")
        #expect(inauguration.kind == .appointment)
        // A phrase opening the sentence sets the time of its verb: the headline stays the sentence's.
        #expect(events.first { $0.date.value == "2025-03-10" }?.title == "Donald Trump says talks would continue")
    }

    @Test func theTimeASinceClauseLooksBackToDoesNotDateTheSentence() throws {
        let a = article("apec", """
        Wang Yi meets Iwaya

        Last month, Chinese President Xi Jinping and Japanese Prime Minister Shigeru Ishiba met in Peru, their first talks since Ishiba took office on October 1.

        The two countries have held no summit since they met in Bangkok in November 2022.
        """, published: "2024-12-25")
        let events = TimelineBuilder().build([a]).events
        let peru = try #require(events.first { $0.title.contains("Peru") })
        #expect(peru.date.value == "2024-11")
        #expect(peru.title == "Xi Jinping and Shigeru Ishiba meet in Peru")
        // With no date of its own, the sentence tells what the clause after "since" dates.
        #expect(events.first { $0.date.value == "2022-11" }?.title.contains("Bangkok") == true)
    }

    @Test func oneStorysSentencesAboutOnePersonInOneWeekAreTwoHappenings() {
        let a = article("court", """
        Minister in court

        Foreign Minister Lena Ortiz appeared in court earlier this week wearing a dark suit.

        At a briefing earlier this week, Ortiz declined to give a timetable for the talks.

        Ortiz is expected to meet party leaders later this week to break the deadlock.
        """, published: "2024-02-16")
        let events = TimelineBuilder().build([a]).events
        #expect(events.count == 3)
        #expect(events.allSatisfy { $0.sources.count == 1 && $0.actors.contains("Lena Ortiz") })
    }

    @Test func anInferredDocumentDateNeverRaisesADatesConfidence() throws {
        // The year comes from the copyright line (confidence 0.8): a date read from it is trusted less
        // than one read from a stated document date, never more.
        let wire = article("wire", """
        Envoys meet in Seoul

        SEOUL, Feb. 14 (Yonhap) -- Envoys of the two countries met in Seoul on Monday to discuss the talks.

        (C) 2024 Yonhap News Agency. All Rights Reserved
        """)
        #expect(wire.published?.basis.kind == .inferred)
        let relative = try #require(TemporalTagger().tag("on Monday", reference: wire.published).first?.date)
        #expect(EventExtractor.confidence(date: relative, reference: wire.published, article: wire) <= 0.85)
    }

    @Test func aResolutionsYearIsPartOfItsNumber() throws {
        #expect(TemporalTagger().tag("Adopting resolution 2729 (2024), the Council acted.", reference: DateValue(parsing: "2024-04-30")).isEmpty)
        #expect(TemporalTagger().tag("The report (2024) was late.", reference: DateValue(parsing: "2024-04-30")).map(\.text) == ["2024"])
    }

    @Test func trailingAttributionDatesTheTellingNotTheHappening() throws {
        let a = article("secret-talks", """
        Japan and North Korea held secret talks, officials say

        TOKYO — Japanese and North Korean officials held secret talks in Mongolia last month, two officials said on Tuesday.

        Published: March 5, 2024
        """)
        #expect(a.published?.value == "2024-03-05")
        let timeline = TimelineBuilder().build([a])
        let talks = try #require(timeline.events.first)
        #expect(talks.date.value == "2024-02")
        #expect(talks.sources.first?.phrase == "last month")
    }

    @Test func userGazetteerExtendsActors() {
        var gazetteer = Gazetteer.standard
        gazetteer.add(.init(name: "Ri Son Gwon", kind: .person, state: "North Korea", aliases: ["Ri"]))
        #expect(gazetteer.actorsWithStates(in: "Ri Son Gwon said on Friday") == ["Ri Son Gwon", "North Korea"])
        #expect(Gazetteer.standard.actors(in: "Pyongyang, the DPRK and the North") == ["North Korea"])
        #expect(Gazetteer.standard.actors(in: "Seoul said the Kremlin and Tokyo agreed with Washington") == ["South Korea", "Russia", "Japan", "United States"])
        #expect(Gazetteer.standard.actors(in: "Let us meet the US envoy").contains("United States"))
        #expect(Gazetteer.standard.actors(in: "They told us nothing") == [])
    }

    @Test func theWorldBeyondEastAsia() {
        #expect(Gazetteer.standard.actors(in: "Zelensky met Macron and Erdoğan in Geneva") == ["Volodymyr Zelenskyy", "Emmanuel Macron", "Recep Tayyip Erdogan"])
        #expect(Gazetteer.standard.actorsWithStates(in: "Riyadh and Tehran restored ties, Blinken said")
                == ["Saudi Arabia", "Iran", "Antony Blinken", "United States"])
        // A venue is not a party; "WHO" in capitals is the organization, "who" is not.
        #expect(Gazetteer.standard.actors(in: "Talks in Vienna and Brussels") == [])
        #expect(Gazetteer.standard.actors(in: "the WHO said") == ["World Health Organization"])
        #expect(Gazetteer.standard.actors(in: "those who said") == [])
        // A region of the Americas is not the United States; the Commission speaks for the Union.
        #expect(Gazetteer.standard.actors(in: "Leaders of the South American bloc and the European Commission") == ["European Union"])
        #expect(Gazetteer.standard.actors(in: "Latin America and North America") == [])
        #expect(Gazetteer.standard.actors(in: "American and Brazilian diplomats") == ["United States", "Brazil"])
    }

    @Test func everyMemberStateInItsUsualSpellings() {
        // The longer name wins over the state inside it; UN documents' formal names are the same states.
        #expect(Gazetteer.standard.actors(in: "the UN Mission in South Sudan") == ["United Nations", "South Sudan"])
        #expect(Gazetteer.standard.actors(in: "China and the Russian Federation abstained") == ["China", "Russia"])
        #expect(Gazetteer.standard.actors(in: "Kinshasa and Kigali signed in Luanda") == ["DR Congo", "Rwanda", "Angola"])
        #expect(Gazetteer.standard.actors(in: "the Islamic Republic of Iran and Viet Nam") == ["Iran", "Vietnam"])
        #expect(Gazetteer.standard.actorsWithStates(in: "S Jaishankar met Hakan Fidan")
                == ["Subrahmanyam Jaishankar", "India", "Hakan Fidan", "Turkey"])
        // "The South" is South Korea, but not inside another name.
        #expect(Gazetteer.standard.actors(in: "incidents in the South China Sea") == ["China"])
        #expect(Gazetteer.standard.actors(in: "the North Atlantic alliance") == [])
        #expect(Gazetteer.standard.actors(in: "talks between the North and the South") == ["North Korea", "South Korea"])
        // Surnames that are common words are not aliases.
        #expect(Gazetteer.standard.actors(in: "a gallant effort to waltz through") == [])
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(scalars, range: 0..<scalars.count).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func abbreviationsDoNotSplit() {
        #expect(sentences("The U.S. envoy met Mr. Abe on Jan. 3 at 1:50 p.m. Friday. Then he left.") ==
                ["The U.S. envoy met Mr. Abe on Jan. 3 at 1:50 p.m. Friday.", "Then he left."])
    }

    @Test func quotesThatCloseKeepTheirSentencesTogether() {
        #expect(sentences("He said: “It is over. We won.” Then he left.") == ["He said: “It is over. We won.”", "Then he left."])
        #expect(sentences("He said: “It is over. We won.") == ["He said: “It is over.", "We won."])
    }

    @Test func dashesAndInitials() {
        #expect(sentences("SEOUL, South Korea—North Korea said so. J. Smith agreed.") == ["SEOUL, South Korea—North Korea said so.", "J. Smith agreed."])
    }
}

@Suite struct SlugTests {
    @Test(arguments: ["../../etc/passwd", "..", ".", "/abs", "a\\b", "CON", "\0", "\u{202E}evil", "🇰🇷🇯🇵", String(repeating: "long ", count: 2000),
                      "<>:\"/\\|?*", "", "Kim Jong-un’s New Year’s speech"])
    func slugsAreSafe(_ input: String) {
        let slug = Slug.make(input)
        #expect(slug.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil)
        #expect(slug.utf8.count <= 80)
    }

    @Test func randomStringsGiveSafeSlugs() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = String(String.UnicodeScalarView((0..<length).compactMap { _ in Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &generator)) }))
            let slug = Slug.make(text)
            #expect(slug.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil)
        }
    }

    /// Dates that belong to an object's modifier or to a participle's clause do not date the sentence.
    @Test func datesOfObjectsAndParticiplesDateNothingElse() throws {
        let a = article("iran", """
        Iran nuclear talks resume in Vienna

        Talks aimed at reviving the 2015 nuclear deal between Iran and world powers have resumed in Vienna.

        North Korea threatened to scrap the 1953 armistice.

        The three leaders met in Berlin, where Scholz hosted Macron and Tusk for a meeting of the Weimar Triangle, a format created in 1991.

        Erdogan reaffirmed Turkey's readiness to host negotiations, similar to the talks held in Istanbul in March 2022.

        Japan will lift export controls on three chemicals, imposed in July 2019, the trade ministry said.

        The measure, first proposed in 1989, has been revised several times since then.

        The bill, first drafted between 1960 and 1996, has been revised again.

        Kim will speak at the meeting scheduled for Monday.
        """, published: "2024-03-15")
        let timeline = TimelineBuilder().build([a])
        let deal = try #require(timeline.events(from: "iran", quoting: "reviving").first)
        #expect(deal.date.value == "2015")
        #expect(deal.title == "Nuclear deal between Iran and world powers")
        for fragment in ["armistice", "Weimar", "export controls", "first proposed", "first drafted"] {
            #expect(timeline.events(from: "iran", quoting: fragment).isEmpty, "\(fragment)")
        }
        // The talks held in Istanbul are a happening of their own, not the time of Erdogan's words.
        #expect(timeline.events(from: "iran", quoting: "Istanbul").map(\.title) == ["Talks held in Istanbul"])
        // An apposition that sums up the clause before it ("a development announced on ...") dates that clause.
        let summed = article("summed", """
        Blocs conclude trade deal

        The two blocs have officially concluded a landmark trade agreement after 25 years of negotiations, a development announced on December 6, 2024, in Montevideo.
        """, published: "2024-12-07")
        let deal2024 = try #require(TimelineBuilder().build([summed]).events(from: "summed", quoting: "landmark").first)
        #expect(deal2024.date.value == "2024-12-06")
        // An example's date, and a bare plural's participle with both dates of a pair.
        let more = article("examples", """
        Seoul and Tokyo hold security talks

        The two sides discussed North Korea's recent missile launches, including the ICBM test on April 13.

        Kishida is ready to meet Kim to resolve the issue of Japanese nationals abducted by Pyongyang in the 1970s and 1980s.

        The Bank of Mexico first addressed the issue in 1960.

        Household debt stood at 44.7 billion won at the end of September 1963.

        Adeyemi, who joined the club from Shanghai Giants in 2005, has now scored 33 goals this season.
        """, published: "2023-04-24")
        let examples = TimelineBuilder().build([more])
        // (Undated but for its example, the story's first sentence is the news of the day it was published.)
        #expect(examples.events(from: "examples", quoting: "including").map(\.date.value) == ["2023-04-24"])
        // A relative clause of the subject tells the subject's own event.
        let joined = try #require(examples.events(from: "examples", quoting: "who joined").first)
        #expect(joined.title == "Adeyemi joins the club from Shanghai Giants")
        #expect(joined.date.value == "2005")
        #expect(examples.events(from: "examples", quoting: "abducted").isEmpty)
        #expect(examples.events(from: "examples", quoting: "first addressed").first?.date.value == "1960")
        #expect(examples.events(from: "examples", quoting: "billion won").first?.date.value == "1963-09")
        // A schedule's participle dates the sentence's happening too.
        #expect(timeline.events(from: "iran", quoting: "scheduled").first?.date.value == "2024-03-18")
    }

    /// Seoul's and Tokyo's wires on one launch: one state acting, one day, a kind of its own, much the same words.
    @Test func twoCapitalsWiresOnOneLaunch() throws {
        let yonhap = article("yonhap", """
        N. Korea fires ballistic missile into East Sea: JCS

        SEOUL, Jan. 14 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Sunday, South Korea's military said, in its first ballistic missile launch this year.

        The launch came days after the North fired some 200 artillery rounds near the western sea border on Jan. 5.
        """, published: "2024-01-14")
        let kyodo = article("kyodo", """
        North Korea fires ballistic missile, 1st launch of 2024

        North Korea fired a ballistic missile toward the Sea of Japan on Sunday afternoon, the Japanese government said, marking its first missile launch this year.

        North Korea fired artillery shells near Yeonpyeong Island on Sunday, officials said.
        """, published: "2024-01-14")
        let timeline = TimelineBuilder().build([yonhap, kyodo])
        let launch = try #require(timeline.events(from: "yonhap", quoting: "into the East Sea").first)
        #expect(Set(launch.sources.map(\.article)) == ["yonhap", "kyodo"])
        // Another military act that day, in other words, stays apart.
        let shells = try #require(timeline.events(from: "kyodo", quoting: "Yeonpyeong").first)
        #expect(shells.sources.count == 1)
        // "came days after the North fired ... on Jan. 5": the clause the date is in heads the event.
        let rounds = try #require(timeline.events(from: "yonhap", quoting: "artillery rounds").first)
        #expect(rounds.date.value == "2024-01-05")
        #expect(rounds.title == "North Korea fires some 200 artillery rounds near the western sea border")
    }

    /// What something "came after" is the event its date tells: a happening named with its date, or a
    /// clause after a subject that names the day of an event told before ("Friday's meeting").
    @Test func whatItCameAfter() throws {
        let a = article("geneva", """
        Iran and European powers hold nuclear talks

        Iranian diplomats met their counterparts from Britain, France and Germany in Geneva on Friday.

        Friday's meeting came after the IAEA's Board of Governors passed a resolution last week condemning Iran.

        The breakthrough comes more than four years after the deadly clash in Galwan Valley in June 2020.
        """, published: "2024-11-29")
        let timeline = TimelineBuilder().build([a])
        let resolution = try #require(timeline.events(from: "geneva", quoting: "resolution").first)
        #expect(resolution.date.value == "2024-W47")
        #expect(resolution.title.hasSuffix("passes a resolution condemning Iran"))
        let clash = try #require(timeline.events(from: "geneva", quoting: "Galwan").first)
        #expect(clash.title == "The deadly clash in Galwan Valley")
    }

    /// A copula tells no happening: "It was their third meeting, after talks in Bali in November 2022" is
    /// the talks in Bali, theirs; so is what a meeting "followed". A verb's own "after" keeps its date.
    @Test func whatACopulaLists() throws {
        let a = article("lima", """
        Biden and Xi meet in Lima

        Joe Biden and Xi Jinping met in Lima on Saturday.

        It was their third face-to-face meeting, after talks in Bali, Indonesia, in November 2022 and near San Francisco a year later.

        The summit followed a meeting in Geneva in June 2021.

        Biden left Lima after talks with Lula on Sunday.
        """, published: "2024-11-16")
        let timeline = TimelineBuilder().build([a])
        let bali = try #require(timeline.events(from: "lima", quoting: "third").first)
        #expect(bali.date.value == "2022-11")
        #expect(bali.title == "Talks in Bali, Indonesia")
        #expect(bali.actors.contains("Joe Biden") && bali.actors.contains("Xi Jinping"))
        let geneva = try #require(timeline.events(from: "lima", quoting: "Geneva").first)
        #expect(geneva.title == "Meeting in Geneva")
        #expect(geneva.date.value == "2021-06")
        let left = try #require(timeline.events(from: "lima", quoting: "Lula").first)
        #expect(left.title.hasPrefix("Joe Biden leaves Lima"))
    }

    /// "welcomed the summit between ... held in Laos on October 10": the summit, not the welcoming; an
    /// office before a surname ("Minister Cho said") is its bearer.
    @Test func aHappeningHeldOnItsDate() throws {
        let a = article("talks", """
        Outcome of Foreign Ministerial Talks between ROK and Japan

        Minister of Foreign Affairs Cho Tae-yul held talks with Japanese Foreign Minister Takeshi Iwaya on November 15 in Lima.

        The two Ministers welcomed the summit between President Yoon Suk Yeol and Prime Minister Shigeru Ishiba held in Laos on October 10.

        Minister Cho said that next year marks the 60th anniversary of the normalization of relations.
        """, published: "2024-11-15")
        let timeline = TimelineBuilder().build([a])
        let summit = try #require(timeline.events(from: "talks", quoting: "Laos").first)
        #expect(summit.date.value == "2024-10-10")
        #expect(summit.title.hasPrefix("Summit between President Yoon Suk Yeol and Prime Minister Shigeru Ishiba"))
        #expect(summit.actors.contains("Yoon Suk Yeol") && summit.actors.contains("Shigeru Ishiba"))
        let anniversary = try #require(timeline.events(from: "talks", quoting: "anniversary").first)
        #expect(anniversary.title.hasPrefix("Cho Tae-yul says"))
        // What a meeting produced, made on its date; a meeting held where and when it was.
        let b = article("unsc", """
        Security Council fails to adopt Sudan draft

        It would have called on the parties to implement the commitments made in Jeddah on 11 May 2023.

        The two sides reviewed the outcomes of the first meeting of the business council held in Cairo last month.

        The President welcomed the Emir's visit, his second to Egypt after his visit in June.

        He raised the sanctions imposed on UK parliamentarians in 2021.
        """, published: "2024-11-18")
        let other = TimelineBuilder().build([b])
        #expect(other.events(from: "unsc", quoting: "Jeddah").map(\.title) == ["Commitments made in Jeddah"])
        let council = try #require(other.events(from: "unsc", quoting: "Cairo").first)
        #expect(council.title == "First meeting of the business council held in Cairo")
        #expect(council.date.value == "2024-10")
        // "after his visit in June" is his visit's time, not the welcoming's.
        #expect(other.events(from: "unsc", quoting: "Emir").isEmpty)
        // A measure laid on someone, on its date: not the raising of it.
        #expect(other.events(from: "unsc", quoting: "sanctions").map(\.title) == ["Sanctions imposed on UK parliamentarians"])
    }

    /// "Her trip comes a week after Chancellor Olaf Scholz's phone call with ... Putin": the call, the week
    /// before the trip told just before.
    @Test func aWeekAfterSomeonesHappening() throws {
        let a = article("dw", """
        Baerbock in Kyiv

        German Foreign Minister Annalena Baerbock arrived in Kyiv on Monday morning, in an unannounced visit.

        Her trip comes a week after Chancellor Olaf Scholz's phone call with Russian President Vladimir Putin, the first in almost two years.
        """, published: "2024-11-25")
        let call = try #require(TimelineBuilder().build([a]).events(from: "dw", quoting: "phone call").first { $0.title.contains("phone call") })
        #expect(call.title == "Chancellor Olaf Scholz's phone call with Russian President Vladimir Putin")
        #expect(call.date.value == "2024-W47")
        #expect(call.actors.contains("Olaf Scholz") && call.actors.contains("Vladimir Putin"))
    }

    /// "The meeting comes a year after the pair met at a country estate": the month a year before the
    /// meeting told just before; "since the U.S. election on Nov. 5" dates the election, not the sentence.
    @Test func aYearAfterAndSinceAHappening() throws {
        let a = article("lima", """
        Xi and Biden meet in Lima

        Chinese President Xi Jinping met Joe Biden on the sidelines of the APEC summit in Lima on Saturday.

        The meeting comes a year after the pair met at a country estate near San Francisco.

        It was their first meeting since the U.S. election on Nov. 5.
        """, published: "2024-11-17")
        let timeline = TimelineBuilder().build([a])
        #expect(timeline.events(from: "lima", quoting: "election").isEmpty)
        let earlier = try #require(timeline.events(from: "lima", quoting: "a year after").first)
        #expect(earlier.date.value == "2023-11")
        #expect(earlier.title.contains("meets at a country estate near San Francisco"))
    }

    /// A plan told in a relative clause ("a ceasefire that will take effect at 4 a.m. Wednesday") dates its
    /// noun, not the telling.
    @Test func aPlanInARelativeClause() throws {
        let a = article("truce", """
        Israel and Hezbollah agree to ceasefire

        President Joe Biden announced Tuesday that Israel and Hezbollah had agreed to a ceasefire that will take effect at 4 a.m. local time Wednesday.
        """, published: "2024-11-26")
        let told = try #require(TimelineBuilder().build([a]).events(from: "truce", quoting: "announced").first)
        #expect(told.date.value == "2024-11-26")
        #expect(told.title.hasPrefix("Joe Biden announces Israel and Hezbollah had agreed to a ceasefire"))
    }

    /// "It" opening a sentence is the short subject of the sentence before.
    @Test func itIsTheSubjectBefore() throws {
        let a = article("truce", """
        Gaza truce talks resume

        A seven-day truce in late November 2023 saw Hamas release 105 captives. It collapsed on December 1, 2023.

        Iran retaliated a year later by breaching its commitments. In April 2021 it started enriching uranium to 60% purity.

        Officials said talks would resume. It was not clear on Monday whether Israel would attend.
        """, published: "2025-01-14")
        let timeline = TimelineBuilder().build([a])
        #expect(timeline.events(from: "truce", quoting: "It collapsed").first?.title == "The seven-day truce collapsed")
        #expect(timeline.events(from: "truce", quoting: "enriching").first?.title == "Iran starts enriching uranium to 60% purity")
        // "Officials said ..." names no subject "It" could stand for.
        #expect(timeline.events(from: "truce", quoting: "It was not clear").first?.title.hasPrefix("Officials") == false)
    }

    /// "He" after a sentence that introduces someone the gazetteer does not know, by role, is that person.
    @Test func heIsTheAnalystJustIntroduced() throws {
        let a = article("analyst", """
        Japan weighs talks with North Korea

        The North possibly considers Japanese economic aid, noted analyst Moon Seong Mook with the Korea Research Institute for National Strategy. He said on Monday that talks could come soon.

        Kishida met lawmakers on Tuesday. He said on Wednesday that he wanted a summit.
        """, published: "2024-02-16")
        let timeline = TimelineBuilder().build([a])
        #expect(timeline.events(from: "analyst", quoting: "talks could come soon").first?.title.hasPrefix("Moon Seong Mook") == true)
        #expect(timeline.events(from: "analyst", quoting: "wanted a summit").first?.title.hasPrefix("Fumio Kishida") == true)
    }

    /// Two outlets telling one old happening in other words: "admitted ... abducted" and "Pyongyang
    /// acknowledged ... kidnapped".
    @Test func synonymsOfOutletsMeet() throws {
        let ap = article("ap", "Kishida seeks summit\n\nNorth Korea admitted in 2002 that it had abducted 13 Japanese citizens.\n", published: "2024-03-27")
        let reuters = article("reuters", "North Korea rules out talks\n\nIn 2002, Pyongyang acknowledged that its agents had kidnapped 13 Japanese people in the 1970s and 1980s.\n",
                              published: "2024-03-26")
        let timeline = TimelineBuilder().build([ap, reuters])
        let admitted = try #require(timeline.events(from: "ap", quoting: "admitted").first)
        #expect(Set(admitted.sources.map(\.article)) == ["ap", "reuters"])
        #expect(EventMatcher.contentWords("Pyongyang kidnapped") == EventMatcher.contentWords("North Korea abducted"))
    }

    /// "The two leaders" are the two people named last.
    @Test func theTwoLeadersAreThePairNamedLast() throws {
        let a = article("pair", """
        Trump says he would meet Kim again

        Donald Trump said on Sunday he would be willing to meet Kim Jong Un again.

        The two leaders first met in Singapore in June 2018.
        """, published: "2024-10-28")
        let timeline = TimelineBuilder().build([a])
        let singapore = try #require(timeline.events(from: "pair", quoting: "first met").first)
        #expect(singapore.actors.contains("Donald Trump") && singapore.actors.contains("Kim Jong Un"))
    }

    @Test func thePairLeavesOutAPersonNamedAsAnOwner() throws {
        let a = article("owner", """
        Japan and China look for a reset

        Kishida Fumio, Ishiba's predecessor, met Xi in San Francisco in November 2023. Before that, the two leaders had last met in Bangkok in November 2022.
        """, published: "2024-11-20")
        let timeline = TimelineBuilder().build([a])
        let bangkok = try #require(timeline.events(from: "owner", quoting: "last met").first)
        #expect(bangkok.title.hasPrefix("Fumio Kishida and Xi Jinping"))
        #expect(!bangkok.actors.contains("Shigeru Ishiba"))
    }

    /// A state agency's copy: its dateline names a day and no year, and its lead names its subject with a
    /// long apposition before the verb.
    @Test func anAgencyDatelineWithNoYear() throws {
        let kcna = article("kcna", """
        Kim Jong Un Inspects Munitions Enterprises

        Pyongyang, January 10 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, inspected munitions enterprises on Monday and Tuesday.

        The enlarged plenary meeting of the WPK Central Committee was held from December 26 to 30, 2023.
        """)
        #expect(kcna.source == "KCNA")
        #expect(kcna.published?.value == "2024-01-10")
        #expect(kcna.published?.basis.kind == .inferred)
        let timeline = TimelineBuilder().build([kcna])
        let visit = try #require(timeline.events(from: "kcna", quoting: "inspected").first)
        #expect(visit.title == "Kim Jong Un inspects munitions enterprises")
        // (Two days in a row joined by "and" are one stretch.)
        #expect(visit.date.value == "2024-01-08/2024-01-09")
        #expect(visit.kind == .military)
        let plenary = try #require(timeline.events(from: "kcna", quoting: "plenary").first)
        #expect(plenary.date.value == "2023-12-26/2023-12-30")
        #expect(!timeline.events.contains { $0.title.contains("KCNA") })
    }

    /// "MOSCOW, June 5. /TASS/." is one dateline, not two sentences, and dates nothing by itself.
    @Test func aTassDatelineIsNoEvent() throws {
        let tass = article("tass", """
        Russia, DPRK discuss preparations for Putin's visit

        MOSCOW, June 5. /TASS/. Russian Foreign Minister Sergey Lavrov and his North Korean counterpart discussed preparations for the visit during a phone call on Tuesday, the ministry said.

        Putin accepted an invitation to visit North Korea in September 2023.
        """)
        #expect(tass.published?.value == "2024-06-05")
        let timeline = TimelineBuilder().build([tass])
        #expect(timeline.events(from: "tass", quoting: "phone call").first?.date.value == "2024-06-04")
        #expect(!timeline.events.contains { $0.title.hasPrefix("MOSCOW") })
        let scalars = Array("MOSCOW, June 5. /TASS/. Lavrov spoke. He left.".unicodeScalars)
        #expect(SentenceSplitter.split(scalars, range: 0..<scalars.count).count == 2)
    }

    /// "The sanctions, imposed in July 2019, were lifted": a participle's clause after a common noun still
    /// dates nothing of the sentence; "June 5 and 6, 2019" leaves no year behind in the headline.
    @Test func participlesAndPairsOfDays() throws {
        let a = article("pairs", """
        Talks resume

        The sanctions, imposed in July 2019, were lifted last week.

        Negotiators met in Geneva on June 5 and 6, 2019.

        The plenary met in Pyongyang on Dec. 26-30, 2023.

        Carlos Ruiz Massieu, Special Representative of the Secretary-General, briefed the Council on 10 February, noting progress.

        The measures, imposed on 12 February, were eased on Monday.
        """, published: "2024-03-01")
        let timeline = TimelineBuilder().build([a])
        #expect(timeline.events(from: "pairs", quoting: "imposed").allSatisfy { $0.date.value != "2019-07" })
        // After a name and its apposition, the predicate keeps its date when a participle's comma follows it.
        #expect(timeline.events(from: "pairs", quoting: "briefed").first?.date.value == "2024-02-10")
        #expect(timeline.events(from: "pairs", quoting: "eased").allSatisfy { $0.date.value != "2024-02-12" })
        let geneva = try #require(timeline.events(from: "pairs", quoting: "Geneva").first)
        #expect(geneva.date.value == "2019-06-05/2019-06-06")
        #expect(geneva.title == "Negotiators meet in Geneva")
        let plenary = try #require(timeline.events(from: "pairs", quoting: "plenary").first)
        #expect(plenary.date.value == "2023-12-26/2023-12-30")
        #expect(plenary.title == "The plenary meets in Pyongyang")
    }

    /// "The top US diplomat" is the American named last, even after a Qatari; a question asserts nothing.
    @Test func aRoleDescriptionAndAQuestion() throws {
        let a = article("shuttle", """
        Blinken arrives in Israel

        US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday.

        On Tuesday, Blinken held talks in Doha with Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.

        The top US diplomat is expected to travel to the occupied West Bank on Thursday to meet Palestinian Authority President Mahmoud Abbas.

        Does Israel expect the truce to hold this year?
        """, published: "2024-02-07")
        let timeline = TimelineBuilder().build([a])
        let trip = try #require(timeline.events(from: "shuttle", quoting: "West Bank").first)
        #expect(trip.date.value == "2024-02-08")
        #expect(trip.title.hasPrefix("Antony Blinken is expected to travel"))
        #expect(trip.actors.contains("Antony Blinken"))
        #expect(timeline.events(from: "shuttle", quoting: "truce").isEmpty)
        // No one of that state named before: the description stays the state's.
        let b = article("envoy", """
        Talks in Doha

        The Chinese envoy is expected to arrive in Doha on Thursday.
        """, published: "2024-02-07")
        let envoy = try #require(TimelineBuilder().build([b]).events(from: "envoy", quoting: "Doha").first)
        #expect(!envoy.actors.contains { $0 != "China" && $0 != "Qatar" })
    }

    /// One minister's call with India and meeting with China, told by two outlets, are two events; a
    /// date in the possessive leaves "the" in the headline.
    @Test func oneMinisterTwoCounterparts() throws {
        let call = article("readout", """
        Secretary Blinken's Call with Indian External Affairs Minister Jaishankar

        Secretary of State Antony J. Blinken spoke today with Indian External Affairs Minister Dr. S. Jaishankar about the Middle East.
        """, published: "2024-02-12")
        let meeting = article("munich", """
        Blinken and Wang Yi hold talks in Munich

        U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Friday on the sidelines of the Munich Security Conference.

        The two men were said to have fallen out after last year's talks failed to achieve their aims.
        """, published: "2024-02-16")
        let timeline = TimelineBuilder().build([call, meeting])
        let talks = try #require(timeline.events(from: "munich", quoting: "Wang Yi").first)
        #expect(talks.date.value == "2024-02-16")
        #expect(talks.sources.map(\.article) == ["munich"])
        let phone = try #require(timeline.events(from: "readout", quoting: "spoke today").first)
        #expect(phone.kind == .meeting)
        #expect(phone.conflicts.isEmpty)
        let fallOut = try #require(timeline.events(from: "munich", quoting: "fallen out").first)
        #expect(!fallOut.title.contains("'s"))
    }

    /// "since they met in Bali last November" dates the meeting in Bali; "He" after a conference's name is
    /// still the minister; one leader's talks and his next trip on one day are two events.
    @Test func sinceClausesConferencesAndNextStops() throws {
        let summit = article("woodside", """
        Biden and Xi agree to resume military communications

        President Joe Biden and Chinese President Xi Jinping agreed Wednesday to restore military-to-military communications.

        The two leaders met for about four hours at the Filoli estate, their first encounter since they met in Bali last November.

        The incident was the latest in a string of confrontations since President Ferdinand Marcos Jr took office in June 2022.
        """, published: "2023-11-15")
        let timeline = TimelineBuilder().build([summit])
        let bali = try #require(timeline.events(from: "woodside", quoting: "Bali").first)
        #expect(bali.date.value == "2022-11")
        #expect(bali.title == "Joe Biden and Xi Jinping meet in Bali")
        #expect(timeline.events(from: "woodside", quoting: "took office").first?.title == "Ferdinand Marcos Jr. takes office")
        // A clause after "since" may open with a bare noun; its date is its own happening's.
        let jeddah = article("jeddah", """
        AU mediators hold fresh talks on Sudan

        The talks are the first face-to-face contact between the two sides since negotiations in Jeddah collapsed in December 2023.
        """, published: "2025-03-18")
        let collapse = try #require(TimelineBuilder().build([jeddah]).events(from: "jeddah", quoting: "Jeddah").first)
        #expect(collapse.date.value == "2023-12")
        #expect(collapse.title.hasPrefix("Negotiations in Jeddah collapse"))

        let tour = article("tour", """
        Wang Yi heads to Europe

        Wang Yi will attend the Munich Security Conference over the weekend, where he is expected to deliver a speech on Saturday.

        In the early hours of Sunday, he will fly to Madrid for talks with Spanish Foreign Minister Jose Manuel Albares.
        """, published: "2024-02-12")
        let madrid = try #require(TimelineBuilder().build([tour]).events(from: "tour", quoting: "Madrid").first)
        #expect(madrid.title.hasPrefix("Wang Yi will fly to Madrid"))
        #expect(madrid.kind == .meeting)

        let moscow = article("moscow", """
        Modi, Putin hold talks in Moscow

        Prime Minister Narendra Modi and Russian President Vladimir Putin held talks at the Kremlin on Tuesday.

        Modi will travel to Austria on Tuesday evening, the first visit by an Indian prime minister there in 41 years.
        """, published: "2024-07-09T17:45")
        let days = TimelineBuilder().build([moscow])
        let talks = try #require(days.events(from: "moscow", quoting: "Kremlin").first)
        let vienna = try #require(days.events(from: "moscow", quoting: "Austria").first)
        #expect(talks.id != vienna.id)
        #expect(talks.actors.contains("Vladimir Putin") && !vienna.actors.contains("Vladimir Putin"))
    }

    /// A list entry dated by a range, "The two" as a plural, a partner the gazetteer does not know, and a
    /// year that only modifies a noun's complement.
    @Test func listRangesPartnersAndModifiers() throws {
        let list = article("list", """
        Timeline: North Korea-US diplomacy

        - June 12, 2018 – Trump and Kim meet in Singapore, the first summit between sitting leaders.
        - Feb. 27-28, 2019 – A second summit in Hanoi ends abruptly without a deal.
        """, published: "2024-01-05")
        let hanoi = try #require(TimelineBuilder().build([list]).events(from: "list", quoting: "Hanoi").first)
        #expect(hanoi.title == "A second summit in Hanoi ends abruptly without a deal")
        #expect(hanoi.date.value == "2019-02-27/2019-02-28")

        let nhk = article("nhk", """
        Japan, South Korea defense chiefs agree

        Japan's Defense Minister Kihara Minoru and his South Korean counterpart Shin Won-sik agreed on Saturday to take steps to prevent a recurrence of a 2018 radar incident.

        The two met in Singapore on Saturday on the sidelines of the Shangri-La Dialogue.

        Both ministers have agreed to prevent a recurrence of a 2018 radar incident.
        """, published: "2024-06-01T18:30")
        let timeline = TimelineBuilder().build([nhk])
        let agreed = try #require(timeline.events(from: "nhk", quoting: "Kihara").first)
        #expect(agreed.title.hasPrefix("Kihara Minoru and Shin Won-sik agree"))
        #expect(agreed.date.value == "2024-06-01")
        #expect(timeline.events(from: "nhk", quoting: "Shangri-La").first?.title.hasPrefix("The two meet in Singapore") == true)
        #expect(timeline.events(from: "nhk", quoting: "Both ministers").isEmpty, "the year dates the incident, not the agreement")
    }

    @Test func listedLeadersClausesAfterAndPlaces() throws {
        let weimar = article("weimar", """
        Weimar Triangle leaders to meet

        French President Emmanuel Macron, German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk will meet in Berlin on Friday to discuss support for Ukraine, the Élysée said on Tuesday.

        The meeting follows tensions between Paris and Berlin after Macron said on Feb. 26 that sending Western troops to Ukraine could not be ruled out.

        Japan, South Korea and the United States held a trilateral summit on Feb. 7.
        """, published: "2024-03-12")
        let earlier = article("earlier", """
        Leaders confer

        Macron, Scholz and Tusk held talks in Warsaw on March 8.
        """, published: "2024-03-10")
        let later = article("later", """
        Leaders confer again

        Macron, Scholz and Tusk held talks in Berlin on March 15.
        """, published: "2024-03-16")
        let timeline = TimelineBuilder().build([weimar, earlier, later])
        let berlin = try #require(timeline.events(from: "weimar", quoting: "will meet in Berlin").first)
        // Announced by one article, reported by another once it happened: one meeting, the leaders named.
        #expect(Set(berlin.sources.map(\.article)) == ["weimar", "later"])
        #expect(berlin.title == "Emmanuel Macron, Olaf Scholz and Donald Tusk hold talks in Berlin")
        let said = try #require(timeline.events(from: "weimar", quoting: "ruled out").first)
        #expect(said.title.hasPrefix("Emmanuel Macron says sending Western troops"))
        #expect(said.date.value == "2024-02-26")
        let summit = try #require(timeline.events(from: "weimar", quoting: "trilateral").first)
        #expect(summit.title == "Japan, South Korea and the United States hold a trilateral summit")
        // The same three leaders in Warsaw a week earlier, told in the same words: another meeting, not
        // the Berlin talks with a conflicting date.
        let warsaw = try #require(timeline.events(from: "earlier", quoting: "Warsaw").first)
        #expect(warsaw.date.value == "2024-03-08")
        #expect(warsaw.title == "Emmanuel Macron, Olaf Scholz and Donald Tusk hold talks in Warsaw")
        #expect(warsaw.conflicts.isEmpty)
        #expect(berlin.date.value == "2024-03-15")
    }

    @Test func aQuotationDatesButDoesNotTitle() throws {
        let hindu = article("hindu", """
        Jaishankar, Wang Yi discuss disengagement at SCO meet in Astana

        External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi in Astana on Thursday on the sidelines of the Shanghai Cooperation Organisation summit.

        The two Ministers had last met in Johannesburg in August 2023 during the BRICS summit.

        "Met CPC Politburo member and FM Wang Yi in Astana this morning," Mr. Jaishankar posted on X.

        The border standoff began in May 2020, and the two sides have held 21 rounds of Corps Commander-level talks since then.

        EU foreign ministers discussed the situation at the Foreign Affairs Council on July 1, and the Council adopted restrictive measures on July 2.
        """, published: "2024-07-04T21:47")
        let timeline = TimelineBuilder().build([hindu])
        let astana = try #require(timeline.events(from: "hindu", quoting: "this morning").first)
        #expect(astana.title.hasPrefix("Subrahmanyam Jaishankar meets Chinese Foreign Minister Wang Yi in Astana"))
        #expect(astana.date.value == "2024-07-04TMO", "the quotation still gives the finest date")
        let johannesburg = try #require(timeline.events(from: "hindu", quoting: "Johannesburg").first)
        #expect(johannesburg.actors.contains("Wang Yi") && johannesburg.actors.contains("Subrahmanyam Jaishankar"))
        #expect(timeline.events(from: "hindu", quoting: "standoff").first?.title == "The border standoff begins")
        #expect(timeline.events(from: "hindu", quoting: "EU foreign").first?.title.hasPrefix("EU foreign ministers discuss the situation") == true)
        #expect(EventKind.classify("The Council adopted restrictive measures against six people.") == .sanctions)
    }

    @Test func aSentenceWithTwoDatedClausesTellsTwoEvents() throws {
        let explainer = article("armistice", """
        Explainer: What is the Korean Armistice?

        In 1991, the two Koreas signed a basic agreement on reconciliation, and in 2018 leaders Moon Jae-in and Kim Jong Un declared at Panmunjom that they would seek a peace treaty.

        Rome United last won the title in the 1960s, and have not reached a final since 2000.

        Exports have risen sharply since 1998, and the central bank lowered its rate on Monday in response.

        South Korea received aid when the two countries normalized ties in 1965—$500 million or more.

        Talks opened on Jan. 2; Japan withdrew its envoy on Jan. 4.

        "We met on Jan. 3, and we will meet again on Jan. 9," the envoy said.

        Mitsotakis is due to visit Ankara in the first half of 2024, Erdogan said, while the cooperation council will convene in Athens next spring.

        Wang Yi arrived in Canberra on January 9 after visiting New Zealand from January 7 to 9.
        """, published: "2024-01-10")
        let timeline = TimelineBuilder().build([explainer])
        // A span after a date as fine is another happening's: the arrival is on the 9th.
        #expect(timeline.events(from: "armistice", quoting: "Canberra").map(\.date.value) == ["2024-01-09"])
        // ", while" parts two clauses, each with its own date.
        #expect(timeline.events(from: "armistice", quoting: "Mitsotakis").map(\.date.value) == ["2024-H1"])
        #expect(timeline.events(from: "armistice", quoting: "council").map(\.date.value) == ["2024-SP"])
        #expect(timeline.events(from: "armistice", quoting: "council").first?.kind == .meeting, "a council convening meets")
        let basic = try #require(timeline.events(from: "armistice", quoting: "basic agreement").first)
        #expect(basic.date.value == "1991")
        #expect(basic.title == "The two Koreas sign a basic agreement on reconciliation")
        #expect(!basic.actors.contains("Moon Jae-in"), "the other clause's people")
        let panmunjom = try #require(timeline.events(from: "armistice", quoting: "Panmunjom").first)
        #expect(panmunjom.date.value == "2018")
        #expect(panmunjom.actors.contains("Moon Jae-in") && panmunjom.actors.contains("Kim Jong Un"))
        #expect(basic.sources[0].quote != panmunjom.sources[0].quote)
        // A clause without a subject of its own, or dated only by "since", stays with its sentence.
        #expect(timeline.events(from: "armistice", quoting: "Rome United").first?.sources[0].quote.hasSuffix("since 2000.") == true)
        let cut = try #require(timeline.events(from: "armistice", quoting: "central bank").first)
        #expect(cut.title.hasPrefix("The central bank lower"))
        #expect(cut.date.value == "2024-01-08")
        // The date inside a "when" clause dates that clause; a dash opens an aside.
        #expect(timeline.events(from: "armistice", quoting: "normalized ties").first?.title == "The two countries normalize ties")
        // A semicolon parts clauses too; a quotation is one saying.
        #expect(timeline.events(from: "armistice", quoting: "withdrew").first?.date.value == "2024-01-04")
        #expect(timeline.events(from: "armistice", quoting: "Talks opened").first?.date.value == "2024-01-02")
        #expect(timeline.events(from: "armistice", quoting: "We met").first?.sources[0].quote.contains("meet again") == true)
    }

    @Test func aMeetingToldFromEachSideIsOneMeeting() throws {
        let ap = article("ap", """
        Blinken meets Wang Yi in Beijing

        BEIJING (AP) — U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday for more than five hours of talks.
        """, published: "2024-04-26T06:12")
        let xinhua = article("xinhua", """
        Xi meets U.S. Secretary of State Blinken

        BEIJING, April 26 (Xinhua) -- Chinese President Xi Jinping met with U.S. Secretary of State Antony Blinken in Beijing on Friday afternoon.

        Chinese Foreign Minister Wang Yi held talks with Blinken on Friday morning.
        """, published: "2024-04-26T18:57")
        let timeline = TimelineBuilder().build([ap, xinhua])
        let talks = try #require(timeline.events(from: "ap", quoting: "five hours").first)
        #expect(Set(talks.sources.map(\.article)) == ["ap", "xinhua"])
        // Xi's meeting with Blinken is another one: Xi is not in the AP sentence.
        let xi = try #require(timeline.events(from: "xinhua", quoting: "Xi Jinping met").first)
        #expect(xi.sources.map(\.article) == ["xinhua"])
    }

    @Test func aLivePageDatesItsEntriesByTheirStamps() throws {
        let live = article("live", """
        Israel-Gaza war live: Blinken in Cairo for ceasefire talks

        16:40 GMT

        US Secretary of State Antony Blinken has met Egyptian President Abdel Fattah al-Sisi in Cairo, the Egyptian presidency said.

        Israeli Prime Minister Benjamin Netanyahu will receive Blinken in Tel Aviv, his office said.

        14:05 GMT

        Qatar's foreign ministry spokesman Majed al-Ansari said negotiators were "cautiously optimistic".
        """, published: "2024-03-21T16:40")
        let timeline = TimelineBuilder().build([live])
        let cairo = try #require(timeline.events(from: "live", quoting: "al-Sisi").first)
        #expect(cairo.date.value == "2024-03-21")
        #expect(cairo.kind == .meeting)
        #expect(cairo.title.hasPrefix("Antony Blinken meets Egyptian President"), "a perfect is the headline's present")
        #expect(timeline.events(from: "live", quoting: "Tel Aviv").isEmpty, "a plan without a date of its own")
        // One time alone on its line is no live page: its sentences are not dated by it.
        let single = article("single", """
        Blinken in Cairo

        16:40 GMT

        Officials across the region were watching the diplomacy closely, according to local reports.

        US Secretary of State Antony Blinken has met Egyptian President Abdel Fattah al-Sisi in Cairo.
        """, published: "2024-03-21T16:40")
        // (The lead under a line that tells nothing is the news of the day the page was published, no more.)
        #expect(TimelineBuilder().build([single]).events.allSatisfy { $0.date.basis.kind == .inferred && $0.date.value == "2024-03-21" })
    }

    @Test func aVisitAtAnInvitationAndASideClauseAfterWhen() throws {
        let daily = article("daily", """
        Wang Yi holds talks with Lavrov in Beijing

        Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday for a two-day official visit at the invitation of Wang Yi.

        Wang visited Moscow in September, when he held talks with Lavrov and met President Vladimir Putin.

        President Xi Jinping and Lavrov met in 2023. The two last held talks in Beijing on Tuesday.
        """, published: "2024-04-09T21:06")
        let timeline = TimelineBuilder().build([daily])
        #expect(timeline.events(from: "daily", quoting: "invitation").first?.kind == .meeting)
        #expect(timeline.events(from: "daily", quoting: "Moscow").first?.title == "Wang visits Moscow")
        let last = try #require(timeline.events(from: "daily", quoting: "The two last").first)
        #expect(last.actors.contains("Xi Jinping") && last.actors.contains("Sergey Lavrov"))

        // "The two leaders" are the first two people of the latest sentence naming several, not the two
        // named last.
        let lima = article("lima", """
        Biden, Xi meet in Lima

        Joe Biden and Xi Jinping met in Lima on Saturday, before Donald Trump takes office.

        The two leaders last met in Woodside in November 2023.
        """, published: "2024-11-16")
        let woodside = try #require(TimelineBuilder().build([lima]).events(from: "lima", quoting: "Woodside").first)
        #expect(woodside.actors.contains("Joe Biden") && woodside.actors.contains("Xi Jinping"))
        #expect(!woodside.actors.contains("Donald Trump"))
    }

    @Test func whatASentenceTellsIsDatedByItsOwnDate() throws {
        let kyiv = article("kyiv", """
        Navy says Russian ship sunk

        The war continued on many fronts this week, with fighting reported along the whole line and new strikes on energy sites.

        Earlier on Friday, Ukraine's Navy said a Russian patrol ship, the Sergei Kotov, had been sunk by naval drones near the Kerch Strait on March 5.

        Ukraine's military said on Thursday that Russian forces had shelled the city of Kherson on Wednesday.

        Saudi Foreign Minister Prince Faisal bin Farhan met US Secretary of State Antony Blinken in Riyadh on Monday.

        Prince Faisal told the forum on Sunday that the Kingdom was very close to finalizing a bilateral security agreement with Washington.

        Chief medical officer Sofia Han on Thursday said that the medical association would expand screening to all schools on Monday.

        "We expect a decision before the end of April," Eriksson said in an interview, adding that the appeals court would rule on the motion in December.
        """, published: "2024-03-08")
        let timeline = TimelineBuilder().build([kyiv])
        let sunk = try #require(timeline.events(from: "kyiv", quoting: "Sergei Kotov").first)
        #expect(sunk.date.value == "2024-03-05")
        #expect(sunk.kind == .military)
        // The name in apposition leaves the headline; the clause goes on.
        #expect(sunk.title.hasPrefix("Ukraine says a Russian patrol ship had been sunk by naval drones"))
        let shelled = try #require(timeline.events(from: "kyiv", quoting: "Kherson").first)
        #expect(shelled.date.value == "2024-03-06")
        #expect(shelled.title == "Ukraine says Russian forces had shelled the city of Kherson")
        // "told the forum on Sunday": the date of the telling, and a statement.
        let told = try #require(timeline.events(from: "kyiv", quoting: "the forum").first)
        #expect(told.date.value == "2024-03-03")
        #expect(told.kind == .statement)
        // "Prince Faisal" is the Faisal the gazetteer knows, named in full.
        #expect(told.title.hasPrefix("Faisal bin Farhan tells the forum"))
        let screening = try #require(timeline.events(from: "kyiv", quoting: "screening").first)
        // (Dated by the Monday told, not the Thursday of the telling; which Monday is the tagger's tense call.)
        #expect(["2024-03-04", "2024-03-11"].contains(screening.date.value))
        #expect(screening.title == "Chief medical officer Sofia Han said the medical association would expand screening to all schools")
        // A quotation's attribution: the sentence is the quotation's, and so is its date.
        #expect(timeline.events(from: "kyiv", quoting: "Eriksson").first?.date.value == "2024-04")
    }

    @Test func aCourtesyTitleAndAPronounStandForThePersonNamedBefore() throws {
        let abc = article("abc", """
        Albanese meets Li Qiang in Canberra

        Prime Minister Anthony Albanese has held talks with Chinese Premier Li Qiang at Parliament House, the first visit by a Chinese premier in seven years.

        Mr Li arrived in Adelaide on Saturday, where he visited a panda exhibit and a winery.

        He will travel to Perth on Tuesday before leaving for Malaysia.
        """, published: "2024-06-17")
        let timeline = TimelineBuilder().build([abc])
        #expect(timeline.events(from: "abc", quoting: "Adelaide").first?.title == "Li Qiang arrives in Adelaide")
        let perth = try #require(timeline.events(from: "abc", quoting: "Perth").first)
        #expect(perth.title.hasPrefix("Li Qiang will travel to Perth"))
        #expect(perth.actors.contains("Li Qiang"))
    }

    @Test func theMainClauseDatesASentenceWhoseSubjectHasARelativeClause() throws {
        let straits = article("straits", """
        To Lam visits China

        Vietnam's new Communist Party chief To Lam held talks with Chinese President Xi Jinping in Beijing on Aug 19.

        Mr Lam, who arrived in the southern city of Guangzhou on Aug 18, was named general secretary of the Vietnamese Communist Party on Aug 3, after the death of Nguyen Phu Trong in July.

        Mr Sharif, who arrived in Shenzhen on Tuesday, is on his first visit to China since being re-elected in March.
        """, published: "2024-08-19")
        let timeline = TimelineBuilder().build([straits])
        let named = try #require(timeline.events(from: "straits", quoting: "general secretary").first)
        #expect(named.date.value == "2024-08-03")
        #expect(named.kind == .appointment)
        // "since being re-elected in March" looks back; the relative clause's date is the only one left.
        #expect(timeline.events(from: "straits", quoting: "Shenzhen").first?.date.value == "2024-08-13")
    }

    /// "reached $85 billion in 2022-23": a verb with its object is no participle of a reduced relative
    /// ("the accord reached in 2015"), and the two years are one span.
    @Test func aFiscalYearSpanDatesAVerbWithItsObject() throws {
        let national = article("national", """
        UAE and India sign investment treaty

        The UAE and India on Tuesday signed a bilateral investment treaty in Abu Dhabi, officials said.

        Non-oil trade between the two countries reached $85 billion in 2022-23, the Indian government said.
        """, published: "2024-02-13")
        let trade = try #require(TimelineBuilder().build([national]).events(from: "national", quoting: "Non-oil").first)
        #expect(trade.date.value == "2022/2023")
        #expect(!trade.title.contains("2022"))
    }

    /// "President Marcos" is Ferdinand Marcos Jr., and so is "Mr. Marcos" after him: a generation's mark
    /// is no surname.
    @Test func aSurnameBeforeAGenerationsMark() throws {
        let inquirer = article("inquirer", """
        Marcos, Albanese hold talks

        President Marcos and Australian Prime Minister Anthony Albanese on Thursday agreed to step up maritime cooperation.

        In his speech to Parliament on Thursday morning, Mr. Marcos said he would not allow any foreign power to take Philippine territory.
        """, published: "2024-03-01")
        let timeline = TimelineBuilder().build([inquirer])
        #expect(timeline.events(from: "inquirer", quoting: "maritime").first?.title == "Ferdinand Marcos Jr. and Anthony Albanese agree to step up maritime cooperation")
        let speech = try #require(timeline.events(from: "inquirer", quoting: "speech").first)
        #expect(speech.title.hasPrefix("Ferdinand Marcos Jr. says"))
    }

    /// "their first since the formation of the new government last month": what "since" looks back to
    /// dates nothing the sentence tells; a clause after it tells its own happening, and a name ending in
    /// "-ing" is no gerund.
    @Test func aNounPhraseAfterSinceDatesNothing() throws {
        let ht = article("ht", """
        Jaishankar meets Wang Yi in Astana

        External affairs minister S Jaishankar on Thursday met Chinese foreign minister Wang Yi in Astana.

        The meeting on the margins of the SCO summit was their first since the formation of the new government in New Delhi last month.

        Public anger has been mounting since Beijing FC set a new national record last year.

        Public anger has been mounting since regulators laid off 54 percent of their staff in 2023.
        """, published: "2024-07-04")
        let timeline = TimelineBuilder().build([ht])
        #expect(timeline.events(from: "ht", quoting: "formation").isEmpty)
        #expect(timeline.events(from: "ht", quoting: "Beijing FC").first?.date.value == "2023")
        #expect(timeline.events(from: "ht", quoting: "laid off").first?.title == "Regulators lay off 54 percent of their staff")
    }

    /// A hang guard, not a speed measurement: a "sentence" of 40,000 dates (a scrape gone wrong) took
    /// minutes when every date's clause was read by copying the whole sentence.
    @Test(.timeLimit(.minutes(1))) func aSentenceOfThousandsOfDatesIsReadInBoundedTime() throws {
        let text = "Dates everywhere\n\nThe talks said " + String(repeating: "2024-01-01 on Monday, ", count: 20_000) + "."
        let timeline = TimelineBuilder().build([article("many", text, published: "2024-02-16")])
        #expect(!timeline.events.isEmpty)
    }

    /// "Trump said ... that the tariffs would be among his first orders after he is sworn in on Jan. 20": the
    /// date is the clause's, and "he" is the speaker; the saying is not dated by the day of the oath.
    @Test func aDateInWhatASpeakerSaysAfterHeIsTheClausesEvent() throws {
        let a = article("cbc", """
        Canada, Mexico scramble to respond after Trump threatens tariffs

        Prime Minister Justin Trudeau spoke with U.S. president-elect Donald Trump on Monday night, hours after Trump threatened a 25 per cent tariff.

        Trump said on his social media platform that the tariffs would be among his first executive orders after he is sworn in on Jan. 20.
        """, published: "2024-11-26")
        let timeline = TimelineBuilder().build([a])
        let oath = try #require(timeline.events(from: "cbc", quoting: "sworn in on Jan. 20").first)
        #expect(oath.date.value == "2025-01-20")
        #expect(oath.title == "Donald Trump is sworn in")
        #expect(oath.kind == .appointment)
    }

    /// "held in the Saudi capital last November, weeks after the Oct. 7 Hamas attack": a date some weeks
    /// off is not the sentence's; "later in the day" of a plan is not a day weeks gone.
    @Test func aDateWeeksOffIsNotTheSentencesOwn() throws {
        let a = article("riyadh", """
        Saudi crown prince hosts Arab-Islamic summit

        Saudi Crown Prince Mohammed bin Salman opened an extraordinary summit of Arab and Muslim leaders in Riyadh on Monday.

        The summit follows a similar gathering held in the Saudi capital last November, weeks after the Oct. 7 Hamas attack on Israel.

        Leaders are expected to issue a final communique later in the day.
        """, published: "2024-11-11")
        let timeline = TimelineBuilder().build([a])
        #expect(timeline.events(from: "riyadh", quoting: "similar gathering").map(\.date.value) == ["2023-11"])
        #expect(timeline.events(from: "riyadh", quoting: "communique").map(\.date.value) == ["2024-11-11"])
    }

    /// "held talks on Tuesday, a day after Modi arrived in Moscow": the earlier happening is an event too,
    /// dated from the sentence's day ("hours after" the same day, "a week after" the week it fell in); a
    /// participle after "after" has no subject of its own and gives none.
    @Test func aHappeningMeasuredBeforeTheSentencesDay() throws {
        let story = article("kremlin", """
        Modi and Putin hold talks

        Prime Minister Narendra Modi and Russian President Vladimir Putin held talks at the Kremlin on Tuesday, a day after Modi arrived in Moscow on a two-day visit.

        Argentine President Javier Milei skipped the summit in Asuncion on Monday, a day after he attended a conservative conference in Brazil.

        North Korea fired short-range ballistic missiles on Tuesday, a week after it launched a hypersonic missile.

        Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday, hours after Hamas delivered its response to a framework.

        Blinken arrived in Israel on Thursday, a day after meeting Qatari and Egyptian officials about a proposed truce.
        """, published: "2024-07-10")
        let timeline = TimelineBuilder().build([story])
        let arrival = try #require(timeline.events(from: "kremlin", quoting: "a day after Modi arrived").first { $0.date.value == "2024-07-08" })
        #expect(arrival.title == "Narendra Modi arrives in Moscow on a two-day visit")
        #expect(arrival.sources.first?.phrase == "a day after")
        #expect(timeline.events(from: "kremlin", quoting: "held talks at the Kremlin").contains { $0.date.value == "2024-07-09" })
        let conference = try #require(timeline.events(from: "kremlin", quoting: "conservative conference").first { $0.date.value == "2024-07-07" })
        #expect(conference.title == "Javier Milei attends a conservative conference in Brazil")
        let launch = try #require(timeline.events(from: "kremlin", quoting: "hypersonic").first { $0.date.precision == .week })
        #expect(launch.title == "North Korea launches a hypersonic missile")
        #expect(launch.date.value == "2024-W27")
        #expect(timeline.events(from: "kremlin", quoting: "Hamas delivered").contains { $0.title.hasPrefix("Hamas delivers its response") && $0.date.value == "2024-07-10" })
        #expect(timeline.events(from: "kremlin", quoting: "meeting Qatari").count == 1)
        // A clause naming its own day is dated by it, not measured.
        let named = article("named", """
        Leaders meet

        Modi met Putin at the Kremlin on Tuesday, a day after Modi arrived in Moscow on Sunday evening.
        """, published: "2024-07-10")
        #expect(!TimelineBuilder().build([named]).events(from: "named", quoting: "arrived in Moscow").contains { $0.sources.first?.phrase == "a day after" })
        // An article may open the clause: "a day after a Chinese coast guard vessel fired water cannon".
        let manila = article("manila", """
        Blinken in Manila

        In Manila on Tuesday, Blinken met President Ferdinand Marcos Jr., a day after a Chinese coast guard vessel fired water cannon at a Philippine boat.
        """, published: "2024-03-19")
        #expect(TimelineBuilder().build([manila]).events(from: "manila", quoting: "water cannon").contains {
            $0.date.value == "2024-03-18" && $0.title.hasPrefix("A Chinese coast guard vessel fired water cannon")
        })
    }

    /// "The statement came a day after Hayashi told reporters ...": with no date of its own, the sentence
    /// measures from the day of the event told just before.
    @Test func aHappeningMeasuredBeforeTheEventToldJustBefore() throws {
        let story = article("kcna", """
        Kim Yo Jong rejects talks with Japan

        Kim Yo Jong said on Tuesday that Pyongyang would reject any contact with the Japanese side.

        The statement came a day after Japanese Chief Cabinet Secretary Yoshimasa Hayashi told reporters the abduction issue had not been resolved.
        """, published: "2024-03-27")
        let timeline = TimelineBuilder().build([story])
        let remarks = try #require(timeline.events(from: "kcna", quoting: "The statement came").first)
        #expect(remarks.date.value == "2024-03-25")
        #expect(remarks.title.hasPrefix("Yoshimasa Hayashi tells reporters"))
        // A date in an aside after the clause ("before stepping down later this month") does not date it.
        let visit = article("arirang", """
        Cho and Kamikawa meet in Seoul

        Foreign Minister Cho Tae-yul and his Japanese counterpart Yoko Kamikawa met in Seoul on Friday.

        The meeting came a day after Japanese Prime Minister Fumio Kishida wrapped up a two-day visit to Seoul, his last as leader before stepping down later this month.
        """, published: "2024-09-07")
        #expect(TimelineBuilder().build([visit]).events(from: "arirang", quoting: "wrapped up").map(\.date.value) == ["2024-09-05"])
    }

    /// "Netanyahu said on Saturday the agreement was a failure": a headline whose verb is the saying is a
    /// statement, whatever it tells of; dated by what it tells, it is of that kind.
    @Test func aSayingIsAStatementWhateverItTellsOf() throws {
        let story = article("said", """
        Netanyahu criticises deal

        Benjamin Netanyahu said on Saturday the agreement was a failure of the previous government.

        Ukraine's Navy said a Russian patrol ship had been sunk on March 5.
        """, published: "2023-03-06")
        let timeline = TimelineBuilder().build([story])
        #expect(timeline.events(from: "said", quoting: "agreement was a failure").first?.kind == .statement)
        #expect(timeline.events(from: "said", quoting: "patrol ship").first?.kind == .military)
    }
}

