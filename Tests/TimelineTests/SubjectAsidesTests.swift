import Chronology
import Testing
@testable import Timeline

/// What stands between a subject and its verb: an aside in commas, the names a description is given.
@Suite struct SubjectAsidesTests {
    /// "Sergey Lavrov and Mike Pompeo, during a telephone conversation on Wednesday, discussed ...": the aside
    /// goes and the verb heads the headline (it had been "Sergey Lavrov and Mike Pompeo", no predicate at all);
    /// two names in apposition to a description are the subject ("The foreign ministers of Russia and the United
    /// States, Sergey Lavrov and Mike Pompeo, discussed" had been headed by the description alone); "The last comparable
    /// episode, after the 2018 election, ended" had lost its verb.
    @Test func anAsideBetweenSubjectAndVerbGoes() throws {
        let story = article("call", """
        Ministers talk

        Sergey Lavrov and Mike Pompeo, during a telephone conversation on Wednesday, discussed the preparations for the summit.

        The foreign ministers of Russia and the United States, Sergey Lavrov and Mike Pompeo, discussed the agenda on Monday.

        The heads of the foreign affairs agencies of Russia and the United States, Sergey Lavrov and Mike Pompeo, during a call, discussed the talks on Thursday.

        The last comparable episode, after the 2018 election, ended without a clear resolution.
        """, published: "2020-07-13")
        let timeline = TimelineBuilder().build([story])
        func title(_ quoting: String) throws -> String { try #require(timeline.events(from: "call", quoting: quoting).first).title }
        #expect(try title("on Wednesday") == "Sergey Lavrov and Mike Pompeo discuss the preparations for the summit")
        #expect(try title("on Monday") == "Sergey Lavrov and Mike Pompeo discuss the agenda")
        #expect(try title("during a call") == "Sergey Lavrov and Mike Pompeo discuss the talks")
        #expect(try title("comparable episode") == "The last comparable episode ended without a clear resolution")
    }

    /// "Hopes for the first pause in fighting since November rose last week": "since November" is a time, not a
    /// clause whose verb heads the headline (it had been "November rises following ...").
    @Test func sinceAMonthIsNoClause() throws {
        let story = article("hopes", """
        Truce talks

        Hopes for the first pause in fighting since November rose last week following a previous round of talks mediated by Qatar and Egypt in Doha.
        """, published: "2024-03-03")
        let event = try #require(TimelineBuilder().build([story]).events(from: "hopes", quoting: "Hopes").first)
        #expect(event.title.hasPrefix("Hopes for the first pause in fighting"))
    }

    /// A deal negotiations are for is sought, not made: "Negotiations for a deal that would bring about the release
    /// of hostages ... are to resume on Sunday" tells talks (it had been an agreement).
    @Test func aDealNegotiatedForIsNoAgreement() {
        #expect(EventKind.classify("Negotiations for a deal that would bring about the release of hostages are to resume on Sunday in Cairo") == .meeting)
        #expect(EventKind.classify("The two sides signed a deal on Sunday in Cairo") == .agreement)
    }

    /// "Negotiations for a deal that would bring about the release of hostages held by Hamas in Gaza, are to resume
    /// on Sunday": the comma between a long subject and its auxiliary goes, with the relative clause before it (the
    /// headline had ended with the subject, no predicate).
    @Test func aStrayCommaBeforeTheAuxiliaryGoes() throws {
        let story = article("talks", """
        Talks to resume

        Negotiations for a deal that would bring about the release of hostages held by Hamas in Gaza, are to resume on Sunday in Cairo, although an official said no delegation would attend.

        Negotiations for a deal on the border, are to resume on Monday in Geneva.
        """, published: "2024-03-02")
        let timeline = TimelineBuilder().build([story])
        #expect(try #require(timeline.events(from: "talks", quoting: "hostages held").first).title == "Negotiations for a deal are to resume in Cairo")
        #expect(try #require(timeline.events(from: "talks", quoting: "on the border").first).title == "Negotiations for a deal on the border are to resume in Geneva")
    }

    /// "In the deal signed Friday in the Belarusian capital of Minsk, Ukraine, Russia and the separatists agreed to
    /// a cease-fire": the dated noun phrase sets the scene for the main clause, which heads the event (it had been
    /// "Deal signed", with no actor).
    @Test func aDatedSceneBeforeTheMainClause() throws {
        let story = article("minsk", """
        EU adopts sanctions

        In the deal signed Friday in the Belarusian capital of Minsk, Ukraine, Russia and the separatists agreed to an immediate cease-fire and an exchange of prisoners.
        """, published: "2014-09-08")
        let event = try #require(TimelineBuilder().build([story]).events(from: "minsk", quoting: "deal signed").first)
        #expect(event.title.hasPrefix("Ukraine, Russia and the separatists agree"))
        #expect(event.date.value == "2014-09-05")
        #expect(event.actors.contains("Ukraine") && event.actors.contains("Russia"))
    }
}

