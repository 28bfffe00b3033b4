import Testing
@testable import Articles

/// A transcription service's transcript: "Name (00:00):" over each turn, "(00:12)" between its paragraphs.
@Suite struct TranscriptLabelTests {
    @Test func aTimedLabelNamesItsSpeaker() throws {
        let label = try #require(TimedSpeakerLabel("Matthew Miller (00:00):"))
        #expect(label.speaker == "Matthew Miller")
        #expect(label.length == 23)
        let spoken = try #require(TimedSpeakerLabel("Speaker 2 (1:02:45): Thank you, sir."))
        #expect(spoken.speaker == "Speaker 2")
        #expect(spoken.length == "Speaker 2 (1:02:45): ".unicodeScalars.count)
        #expect(TimedSpeakerLabel("Anna Berg: (12:40)")?.speaker == "Anna Berg")
        #expect(TimedSpeakerLabel("Anna Berg (12:40)")?.speaker == "Anna Berg")
        // A time in a sentence, a year in parentheses, a clock without its colon mid-line are no labels.
        #expect(TimedSpeakerLabel("Talks resume at (14:30): officials") == nil)
        #expect(TimedSpeakerLabel("The Treaty (1648):") == nil)
        #expect(TimedSpeakerLabel("Anna Berg (12:40) said the talks went well") == nil)
        #expect(TimedSpeakerLabel.isTimeCode("(00:12)"))
        #expect(TimedSpeakerLabel.isTimeCode("(1:02:45)"))
        #expect(!TimedSpeakerLabel.isTimeCode("(2024)"))
        #expect(!TimedSpeakerLabel.isTimeCode("(12:5)"))
    }

    @Test func timedLabelsStayAndTimeCodesGo() throws {
        let briefing = try #require(parse("""
        Ministry Press Briefing on 3/12/24

        Anna Berg (00:00):

        Afternoon, everyone. Let me start with one announcement.

        (00:10)
        Today, the ministry is imposing sanctions on three officials for their role in the crackdown on protesters.

        (00:41)
        With that, Jonas?

        Jonas (00:45):

        Will they extend to family members?

        Anna Berg (00:52):

        We will announce further measures next week.
        """).0)
        #expect(briefing.title == "Ministry Press Briefing on 3/12/24")
        #expect(briefing.body.hasPrefix("Anna Berg (00:00):\nAfternoon, everyone."))
        #expect(briefing.body.contains("Jonas (00:45):\nWill they extend"))
        #expect(briefing.removed.filter { $0.reason == "transcript time code" }.count == 2)
        #expect(!briefing.body.contains("(00:10)"))
    }
}
