import Testing
@testable import Timeline

/// Sentences of one story that tell different happenings on the same day.
@Suite struct SameStoryTests {
    /// "met Xi on Thursday" and "will meet Premier Li Qiang in the afternoon": one story telling one thing
    /// as done and another as to come tells two events, however many people they share.
    @Test func whatIsDoneAndWhatIsToComeAreTwoEvents() throws {
        let politico = article("politico", """
        EU and China hold first in-person summit in four years

        BEIJING — European Council President Charles Michel and European Commission President Ursula von der Leyen met Chinese leader Xi Jinping in Beijing on Thursday, in the first in-person summit since 2019.

        Von der Leyen told reporters that the trade deficit was unsustainable and had to be addressed by both sides.

        Michel and von der Leyen will meet Premier Li Qiang in the afternoon.
        """, published: "2023-12-07")
        let timeline = TimelineBuilder().build([politico])
        let met = try #require(timeline.events(from: "politico", quoting: "met Chinese leader").first)
        let willMeet = try #require(timeline.events(from: "politico", quoting: "will meet Premier").first)
        #expect(met.id != willMeet.id)
        #expect(met.title.contains("Xi Jinping"))
        #expect(met.status == .happened && willMeet.status == .scheduled)
    }
}
