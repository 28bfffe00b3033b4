import Testing
@testable import Articles

/// What a page prints around a story that is not the story.
@Suite struct PageFurnitureTests {
    /// "The Moscow Times needs your support. Contribute today.": the outlet asking for money is no
    /// paragraph of the story, while someone quoted asking for support is.
    @Test func anAppealForMoneyIsNotTheStory() throws {
        let page = """
        The Moscow Times
        Lavrov Holds Talks With North Korean Counterpart in Moscow
        Jan. 16, 2024
        Russian Foreign Minister Sergei Lavrov met his North Korean counterpart Choe Son Hui in Moscow on Tuesday, days after Pyongyang test-fired a new missile.
        "We need your support against the sanctions," Choe told reporters after the talks with the minister.
        AFP contributed reporting.
        We need your help now more than ever.
        The Moscow Times needs your support. Contribute today.
        """
        let body = try #require(parse(page).0).body
        #expect(body.contains("We need your support against the sanctions"))
        #expect(!body.contains("help now more than ever"))
        #expect(!body.contains("Contribute today"))
    }
}
