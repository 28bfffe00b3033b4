import Chronology
import Testing
@testable import Timeline

/// Votes in the Security Council: the veto is the news, the papers voted on bear dates of their own.
@Suite struct CouncilVotesTests {
    /// A lead line that tells no event ("With Russia's veto power ..., the resolution was always doomed to
    /// fail.") leaves the news of the day to the paragraph under it, undated as it is (the story had no
    /// event at all).
    @Test func aLeadThatToldNoEventLeavesTheLeadToTheNextParagraph() throws {
        let story = article("veto", """
        Security Council resolution on the invasion: who voted for, who abstained

        With Russia's veto power as a permanent member of the Security Council, the resolution was always doomed to fail.

        Russia vetoed a UN Security Council resolution that deplored the country's aggression against Ukraine.

        Eleven of the 15 members voted for the resolution, while three countries abstained.
        """, published: "2022-02-26")
        let timeline = TimelineBuilder().build([story])
        let veto = try #require(timeline.events(from: "veto", quoting: "Russia vetoed").first)
        #expect(veto.date.value == "2022-02-26")
        #expect(veto.date.basis.kind == .inferred)
        #expect(veto.kind == .statement)
        #expect(timeline.events(from: "veto", quoting: "Eleven of the 15").isEmpty, "only the lead tells the day's news")
    }

    /// "The voting concerned the Letter dated 3 April 2024 from the Secretary-General (S/2024/286)": the day a
    /// paper bears and the year in its symbol date no happening.
    @Test func aPapersDateAndSymbolDateNothing() {
        let story = article("letter", """
        Security Council meets on admission of new members

        The voting concerned the Letter dated 3 April 2024 from the Secretary-General addressed to the President of the Security Council (S/2024/286) regarding the admission of a new member state.
        """, published: "2024-04-18")
        #expect(TimelineBuilder().build([story]).events(from: "letter", quoting: "The voting").isEmpty)
        #expect(!found("The letter (S/2024/286) was sent in A/RES/2023/4.", reference: nil).contains("2024"))
        #expect(found("The letter of 2024 was sent.", reference: nil).contains("2024"))
    }

    private func found(_ text: String, reference: String?) -> [String] {
        TemporalTagger().tag(text, reference: reference.flatMap { DateValue(parsing: $0) }).map(\.text)
    }

    /// A resolution adopted, votes cast, abstentions: a body's position told (a statement, as a veto is; they had
    /// been "other"). "143 member countries ..., including Serbia, voted in favor" keeps its verb past the aside.
    @Test func aResolutionAdoptedIsAStatement() throws {
        #expect(EventKind.classify("The General Assembly adopted a resolution calling on Russia to cease hostilities on Thursday.") == .statement)
        #expect(EventKind.classify("Thirty-eight countries abstained, while five voted against.") == .statement)
        let story = article("unga", """
        Resolution adopted

        143 member countries of the United Nations General Assembly, including Serbia, voted in favor of the adoption of the Resolution on Wednesday.
        """, published: "2022-10-13")
        let vote = try #require(TimelineBuilder().build([story]).events(from: "unga", quoting: "143 member").first)
        #expect(vote.title == "143 member countries of the United Nations General Assembly vote in favor of the adoption of the Resolution")
        #expect(vote.kind == .statement)
    }
}

