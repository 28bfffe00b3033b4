import Chronology
import Testing
@testable import Timeline

/// Trips announced and begun: the day and the hour a meeting is set for, what a visit is, and headlines
/// without the frame around them.
@Suite struct VisitsAndTripsTests {
    /// "likely to be held at 7:30am (beginning with breakfast) at a city hotel on Sunday": the clock is the
    /// Sunday's, not the story's day (it had been dated 5 Aug, the day of publication); the aside goes from
    /// the headline; a sentence that says nothing past its date makes no event.
    @Test func aClockWithoutItsDayTakesTheDayNamed() throws {
        let story = article("breakfast", """
        Chinese foreign minister due in Dhaka

        The meeting between the foreign minister and his Chinese counterpart is likely to be held at 7:30am (beginning with breakfast) at a city hotel on Sunday.

        It is known that on Wednesday.
        """, published: "2022-08-05")
        let timeline = TimelineBuilder().build([story])
        let meeting = try #require(timeline.events(from: "breakfast", quoting: "city hotel").first)
        #expect(meeting.date.value == "2022-08-07T07:30")
        #expect(!meeting.title.contains("breakfast"))
        #expect(timeline.events(from: "breakfast", quoting: "It is known").isEmpty)
    }

    /// A dinner in someone's honour and an arrival are meetings.
    @Test func dinnersAndArrivalsAreMeetings() {
        #expect(EventKind.classify("Quader will host a dinner in honour of the Chinese foreign minister") == .meeting)
        #expect(EventKind.classify("The Saudi foreign minister will arrive in Dhaka at 5.30 pm") == .meeting)
        #expect(EventKind.classify("Turnbull was accorded a ceremonial welcome at Rashtrapati Bhavan on Monday.") == .meeting)
        #expect(EventKind.classify("The Australian PM inspected a Guard of Honour on Friday.") == .meeting)
        #expect(EventKind.classify("The president received credentials from 23 new ambassadors on Thursday.") == .meeting)
        // (Hosting games is no meeting.)
        #expect(EventKind.classify("This year marks the 70th anniversary of the regime, and the South will host the Winter Games.") == .anniversary)
    }

    /// "Scheduled from May 8 to 10, this historic visit signifies ...": the participle its date leaves alone goes
    /// (the headline had read "Scheduled, this historic visit"); "embarked on" is told in the present.
    @Test func aParticipleLeftAloneByItsDateGoes() {
        func headline(_ sentence: String, date phrase: String, reference: String) -> String {
            let timex = TemporalTagger().tag(sentence, reference: DateValue(parsing: reference)).first { $0.text == phrase }!
            return EventTitler.title(sentence: sentence, timex: timex, sentenceStart: 0, gazetteer: .standard).0
        }
        #expect(headline("Scheduled from May 8 to 10, this historic visit signifies the minister's first journey to India.",
                         date: "May 8", reference: "2024-05-08").hasPrefix("This historic visit signifies"))
        #expect(headline("Nepal's new Foreign Minister Arzu Rana embarked on a five-day official visit to India on Sunday.",
                         date: "Sunday", reference: "2024-08-18") == "Arzu Rana embarks on a five-day official visit to India")
        #expect(headline("Nepal's new Foreign Minister Arzu Rana wrapped up her visit to India on Thursday.",
                         date: "Thursday", reference: "2024-08-23") == "Arzu Rana wraps up her visit to India")
    }

    /// "The Australian PM on Friday also met ...": the office is the subject's head, not its state (the headline
    /// had read "Australia meets"); "This is Turnbull's first visit since he assumed office" is Turnbull's; a
    /// quotation tweeted is written.
    @Test func theVisitorsOfficeAndWords() {
        func headline(_ sentence: String, date phrase: String, reference: String = "2023-03-10") -> String {
            let timex = TemporalTagger().tag(sentence, reference: DateValue(parsing: reference)).first { $0.text == phrase }!
            return EventTitler.title(sentence: sentence, timex: timex, sentenceStart: 0, gazetteer: .standard).0
        }
        #expect(headline("The Australian PM on Friday also met External Affairs Minister S Jaishankar.", date: "Friday")
                    .hasPrefix("The Australian PM also meets"))
        #expect(headline("This is Turnbull's first bilateral visit to India since he assumed office in September 2015.", date: "September 2015")
                    == "Turnbull assumed office")
        #expect(headline("“Delighted to call on the Prime Minister of Australia this morning,” Jaishankar tweeted on Friday.", date: "this morning")
                    .hasPrefix("Subrahmanyam Jaishankar writes “Delighted to call on"))
    }

    /// "Ahead of his meeting with Asean foreign ministers today, Wang Yi yesterday called on ...": the opening
    /// phrase's date is the meeting's; yesterday's call is the event (it had been dated today, headed by the whole
    /// sentence); "called on" a counterpart is a visit. A frame's comma opens no attribution either.
    @Test func aDateInAnOpeningFrameIsAnotherHappenings() throws {
        let story = article("call", """
        Wang meets counterparts

        Ahead of his meeting with Asean foreign ministers today, China's Foreign Minister Wang Yi yesterday called on his Singapore counterpart Vivian Balakrishnan and Malaysian Prime Minister Mahathir Mohamad.

        After talks with the Russian president on Monday, the Chinese leader flew to Paris on Tuesday.

        Before the vote on Friday, the envoy said on Thursday that the draft was flawed.
        """, published: "2018-08-02")
        let timeline = TimelineBuilder().build([story])
        let call = try #require(timeline.events(from: "call", quoting: "Ahead of his meeting").first)
        #expect(call.date.value == "2018-08-01")
        #expect(call.title.hasPrefix("Wang Yi calls on his Singapore counterpart"))
        #expect(call.kind == .meeting)
        #expect(try #require(timeline.events(from: "call", quoting: "flew to Paris").first).date.value == "2018-07-31")
        #expect(try #require(timeline.events(from: "call", quoting: "Before the vote").first).date.value == "2018-08-02")
    }

    /// "calls on" someone is a visit; "calls on" a state, a body or anyone to do something is a demand.
    @Test func callingOnSomeoneIsAVisit() {
        let extractor = EventExtractor(gazetteer: .standard)
        #expect(extractor.callsOnSomeone("Wang Yi calls on Tun Dr Mahathir in Putrajaya"))
        #expect(extractor.callsOnSomeone("Wang Yi calls on his Singapore counterpart Vivian Balakrishnan"))
        #expect(extractor.callsOnSomeone("The envoy called on President Droupadi Murmu at Rashtrapati Bhavan"))
        #expect(!extractor.callsOnSomeone("Guterres calls on Israel and Hamas for restraint"))
        #expect(!extractor.callsOnSomeone("Biden calls on Putin to end the war"))
        #expect(!extractor.callsOnSomeone("The council calls on all parties to show restraint"))
        #expect(!extractor.callsOnSomeone("The ministers call on the international community"))
    }

    /// A communiqué's bullet, its styles and its pleasure go from the headline ("- His Excellency ... was pleased to
    /// host the Honourable Shri ..." had headed it); a visit is dated by the dinner it will include, and an
    /// invitation followed is its courtesy (it had been undated, then a proposal).
    @Test func aHostsPleasureAndAVisitsDinner() throws {
        let communique = article("guyana", """
        Joint Statement

        - His Excellency Mohamed Irfaan Ali, President of the Co-operative Republic of Guyana, was pleased to host the Honourable Shri Narendra Modi, Prime Minister of the Republic of India, for a State Visit to Guyana from November 19-21, 2024.
        """, published: "2024-11-21")
        let report = article("dinner", """
        PM to visit US in June

        Prime Minister Narendra Modi will embark on an official state visit to the US, which will include a state dinner on June 22, following an invitation from President Joseph Biden.
        """, published: "2023-05-11")
        let timeline = TimelineBuilder().build([communique, report])
        let hosted = try #require(timeline.events(from: "guyana", quoting: "pleased to host").first)
        #expect(hosted.title == "Mohamed Irfaan Ali hosts Narendra Modi")
        let visit = try #require(timeline.events(from: "dinner", quoting: "state dinner").first)
        #expect(visit.date.value == "2023-06-22")
        #expect(visit.kind == .meeting)
    }

    /// One person meeting another state in each of two stories (Modi with the United Kingdom's prime minister, Modi
    /// hosted in Guyana) tells two meetings, not one (they had been merged as one, under the Guyana headline).
    @Test func onePersonMeetingTwoStatesIsTwoMeetings() {
        let sidelines = article("sidelines", """
        PM Modi meets with UK PM

        Prime Minister Narendra Modi met with the Prime Minister of the United Kingdom on the sidelines of the G-20 Summit on Tuesday.
        """, published: "2024-11-21")
        let visit = article("visit", """
        Joint Statement

        President of Guyana Mohamed Irfaan Ali hosted Prime Minister Narendra Modi for a State Visit to Guyana from November 19-21, 2024.
        """, published: "2024-11-21")
        let timeline = TimelineBuilder().build([sidelines, visit])
        let both = timeline.events.filter { event in event.sources.contains { $0.article == "sidelines" } && event.sources.contains { $0.article == "visit" } }
        #expect(both.isEmpty)
        #expect(!timeline.events(from: "sidelines", quoting: "G-20 Summit").isEmpty)
    }

    /// "At the invitation of A, ..., and B, ..., Han Zheng, Member of ... of the State Council, will attend": the
    /// courtesy runs to the name its apposition describes (the headline had been "World Economic Forum will attend").
    @Test func anInvitationBeforeANamedGuestWithHisOffices() throws {
        let story = article("davos", """
        Regular Press Conference on January 13, 2020

        At the invitation of Klaus Schwab, Founder and Executive Chairman of the World Economic Forum, and Guy Parmelin, Vice President of the Swiss Confederation, Han Zheng, Member of the Standing Committee of the Political Bureau of the Central Committee of the Communist Party of China and Vice Premier of the State Council, will attend the 2020 Annual Meeting of the World Economic Forum in Davos and visit Switzerland from January 20 to 21.
        """, published: "2020-01-13")
        let event = try #require(TimelineBuilder().build([story]).events(from: "davos", quoting: "Han Zheng").first)
        #expect(event.title.hasPrefix("Han Zheng will attend the 2020 Annual Meeting"))
    }

    /// "Park Jin met with his Japanese counterpart, Yoshimasa Hayashi, in Tokyo on July 18" and "The foreign
    /// ministers of South Korea and Japan met in Tokyo on Monday": the same states meeting on the same day, one story
    /// naming who met and the other no one, is one meeting (they had stayed two, worded too differently).
    @Test func aMeetingToldWithAndWithoutItsPeopleIsOne() {
        let named = article("named", """
        Japan, South Korea seek resolution

        South Korean Minister of Foreign Affairs Park Jin met with his Japanese counterpart, Yoshimasa Hayashi, in Tokyo on July 18 to discuss resolving the feud.
        """, published: "2022-07-20")
        let unnamed = article("unnamed", """
        Tokyo, Seoul seek to resolve key disputes

        The foreign ministers of South Korea and Japan met in Tokyo on Monday to try and overcome historical disputes.
        """, published: "2022-07-19")
        let timeline = TimelineBuilder().build([named, unnamed])
        let both = timeline.events.filter { event in event.sources.contains { $0.article == "named" } && event.sources.contains { $0.article == "unnamed" } }
        #expect(both.count == 1)
        #expect(both.first?.date.value == "2022-07-18")
    }
}

