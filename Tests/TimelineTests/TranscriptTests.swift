import Articles
import Chronology
import Testing
@testable import Timeline

/// Remarks, press availabilities and briefings: what a speaker says is told as theirs; questions, the
/// moderator and small talk tell no event. (Transcripts written for these tests.)
@Suite struct TranscriptTests {
    @Test func aSpeakersWordsAreQuotedAsTheirs() throws {
        let remarks = article("remarks", """
        Foreign Minister Helga Lindqvist and Foreign Minister Tomasz Wren Before Their Meeting

        FOREIGN MINISTER LINDQVIST: Good morning. We met six times last year, and we have much more to discuss on trade and energy security.

        FOREIGN MINISTER WREN: Thank you, Helga. And yesterday you hosted the ministers of Armenia and Azerbaijan together, and I commend your efforts.

        QUESTION: Minister, will you meet again next week?

        MODERATOR: The ministers will meet the press again tomorrow afternoon.
        """, published: "2024-05-14")
        let timeline = TimelineBuilder().build([remarks])
        let lastYear = try #require(timeline.events(from: "remarks", quoting: "We met six times").first)
        #expect(lastYear.title.hasPrefix("Helga Lindqvist says “We met six times"))
        #expect(lastYear.date.value == "2023")
        // (What the words tell is the kind: meetings.)
        #expect(lastYear.kind == .meeting)
        let yesterday = try #require(timeline.events(from: "remarks", quoting: "you hosted the ministers").first)
        #expect(yesterday.title.hasPrefix("Tomasz Wren says “You hosted the ministers of Armenia and Azerbaijan together"))
        #expect(yesterday.date.value == "2024-05-13")
        // The moderator's and the reporter's words are not the talks.
        #expect(timeline.events(from: "remarks", quoting: "meet the press again").isEmpty)
        #expect(timeline.events(from: "remarks", quoting: "meet again next week").isEmpty)
    }

    /// "Q" and "A" opening paragraphs without their colons still ask and answer: the reporter's premise is
    /// no event (it had been "Q The ministry starts using Twitter"), the answer is the briefing's own.
    @Test func questionsAndAnswersWithoutColons() throws {
        let briefing = article("bare", """
        Foreign Ministry Spokesperson's Regular Press Conference on January 13, 2020

        Q The ministry started using Twitter in December 2019. Can you tell us its purpose?

        A Our embassies opened social media accounts in March 2019 to tell the story of the country.
        """, published: "2020-01-13")
        let timeline = TimelineBuilder().build([briefing])
        #expect(timeline.events(from: "bare", quoting: "using Twitter").isEmpty)
        let answer = try #require(timeline.events(from: "bare", quoting: "social media accounts").first)
        #expect(answer.title.hasPrefix("Our embassies open social media accounts"))
        // A story whose paragraph opens with "A" and no "Q" is no transcript.
        let story = article("story", """
        Envoys meet

        A British envoy met the foreign minister in March 2019 to discuss the crisis.
        """, published: "2020-01-13")
        #expect(TimelineBuilder().build([story]).events(from: "story", quoting: "British envoy").first?.title.hasPrefix("A British envoy meets") == true)
    }

    @Test func aSpokespersonsBriefingAndItsSmallTalk() throws {
        let briefing = article("briefing", """
        Department Press Briefing – March 5, 2024 – Ministry of Foreign Affairs

        MR HALVORSEN: Good afternoon. Happy Tuesday. I have one announcement at the top.

        QUESTION: Can you tell us about the hack?

        MR HALVORSEN: I can say that last month the ministry detected anomalous activity on its networks. We discovered it last month, and as I said, we immediately took steps to secure our systems.
        """)
        #expect(briefing.published?.value == "2024-03-05")
        let timeline = TimelineBuilder().build([briefing])
        #expect(timeline.events(from: "briefing", quoting: "Happy Tuesday").isEmpty)
        let detected = try #require(timeline.events(from: "briefing", quoting: "detected anomalous activity").first)
        #expect(detected.title == "Halvorsen says “I can say that the ministry detected anomalous activity on its networks”")
        #expect(detected.date.value == "2024-02")
        let discovered = try #require(timeline.events(from: "briefing", quoting: "We discovered it").first)
        #expect(discovered.title == "Halvorsen says “We discovered it”")
        // Without labels too, words to the audience tell nothing.
        let unlabelled = article("unlabelled", """
        Press Briefing on 9/16/24

        Afternoon, everyone. You all look very chipper on a Monday, appropriately chipper.

        Today, the ministry is imposing sanctions on two officials for their involvement in abuses.
        """)
        let plain = TimelineBuilder().build([unlabelled])
        #expect(plain.events(from: "unlabelled", quoting: "chipper").isEmpty)
        #expect(plain.events(from: "unlabelled", quoting: "imposing sanctions").first?.date.value == "2024-09-16")
    }

    /// "Yesterday and earlier today, the President and I have had ...": both dates go from the quote, and "I"
    /// joins the subject; "during the past decade" sums up, it dates nothing.
    @Test func aSpeakersOpeningDatesAndASpanToNow() throws {
        let remarks = article("joint", """
        Remarks by the Two Presidents in a Joint Press Statement

        PRESIDENT ARAUJO: Good afternoon. Yesterday and earlier today, the President and I have had in-depth discussions on trade and the border.

        PRESIDENT KOVAC: Thank you. Our two countries have deepened their democracy during the past decade, and today we signed four agreements.
        """, published: "2019-05-07")
        let timeline = TimelineBuilder().build([remarks])
        let talks = try #require(timeline.events(from: "joint", quoting: "in-depth discussions").first)
        #expect(talks.title.hasPrefix("Araujo says “The President and I have had in-depth discussions"))
        #expect(talks.date.value == "2019-05-06")
        #expect(!timeline.events.contains { $0.date.precision == .decade })
    }

    @Test func labelsThatAreNoTurns() {
        func turns(_ text: String) -> [Int: TranscriptTurns.Turn] {
            let a = article("t", text, published: "2024-01-10")
            return TranscriptTurns(paragraphs: a.paragraphs, scalars: Array(a.text.unicodeScalars), title: a.title).byParagraph
        }
        // A wire's dateline in capitals, and an editor's note, are no speakers.
        #expect(turns("""
        Minister visits Manila

        MANILA: The minister on Monday held talks with his counterpart on his first visit to the country.

        EDITOR'S NOTE: This story has been updated with the ministry's statement.
        """).isEmpty)
        // Two voices make a transcript; the turn runs on over the speaker's next paragraph.
        let two = turns("""
        Envoys speak to the press

        AMBASSADOR OKAFOR: We signed the agreement this morning after two years of talks.

        It covers trade, fisheries and the movement of people.

        Q: When will the agreement enter into force, and will the parliament have to approve it first?
        """)
        #expect(two.values.map(\.speaker).sorted { ($0 ?? "") < ($1 ?? "") } == [nil, "Okafor", "Okafor"])
    }
}

/// A transcription service's transcript ("Anna Berg (00:00):" over each turn): the turns are the speakers'
/// words, the labels' clocks date nothing, and a reporter's turn that ends in a question asks it.
@Suite struct TimedTranscriptTests {
    @Test func timedTurnsAreTheSpeakersWords() throws {
        let briefing = article("timed", """
        Ministry Press Briefing on 3/12/24

        Anna Berg (00:00):

        Afternoon, everyone. Happy Tuesday. You all look rested on a Tuesday.

        (00:10)
        Today, the ministry is imposing sanctions on three officials for their role in the crackdown on protesters.

        (00:41)
        With that, Jonas?

        Jonas (00:45):

        Yesterday the opposition called for a boycott of the talks. Will the ministry respond?

        Anna Berg (00:52):

        We will announce further measures next week.
        """)
        #expect(briefing.published?.value == "2024-03-12")
        let timeline = TimelineBuilder().build([briefing])
        let sanctions = try #require(timeline.events(from: "timed", quoting: "imposing sanctions").first)
        #expect(sanctions.title.hasPrefix("Anna Berg says “The ministry is imposing sanctions on three officials"))
        #expect(sanctions.kind == .sanctions)
        #expect(sanctions.date.value == "2024-03-12")
        let measures = try #require(timeline.events(from: "timed", quoting: "further measures").first)
        #expect(measures.title == "Anna Berg says “We will announce further measures”")
        #expect(measures.date.value == "2024-W12")
        #expect(timeline.events(from: "timed", quoting: "rested").isEmpty)
        #expect(timeline.events(from: "timed", quoting: "boycott").isEmpty)
        #expect(!timeline.events.contains { $0.date.value.contains("T") }, "a label's clock is the recording's")
        // A voice the service could not name ("Speaker 2") is a reporter's: what it says is no news.
        let unnamed = article("unnamed", """
        Ministry Press Briefing on 3/12/24

        Anna Berg (00:00):

        Today, the ministry is imposing sanctions on three officials for their role in the crackdown.

        Speaker 2 (00:45):

        Yesterday the opposition called for a boycott of the talks.

        Anna Berg (00:52):

        We will announce further measures next week.
        """)
        let other = TimelineBuilder().build([unnamed])
        #expect(other.events(from: "unnamed", quoting: "boycott").isEmpty)
        #expect(!other.events(from: "unnamed", quoting: "imposing sanctions").isEmpty)
    }
}
