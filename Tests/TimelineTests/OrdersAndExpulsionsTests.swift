import Chronology
import Testing
@testable import Timeline

/// Diplomats expelled, envoys ordered home by a deadline: the order is the news, on the day it was given,
/// and the deadline is a day to come.
@Suite struct OrdersAndExpulsionsTests {
    /// "has ordered 60 U.S. diplomats to leave by April 5, the foreign ministry said on Thursday": the
    /// deadline is no day of the ordering; the telling's day dates it, and the headline keeps the deadline.
    @Test func theDeadlineOfAnOrderIsNotTheDayOfTheOrder() throws {
        let story = article("order", """
        Moscow orders diplomats out

        Russia has ordered 60 U.S. diplomats to leave by April 5, the foreign ministry said on Thursday.

        The Americans have been ordered to leave the building no later than March 31.
        """, published: "2018-03-29")
        let timeline = TimelineBuilder().build([story])
        let order = try #require(timeline.events(from: "order", quoting: "60 U.S. diplomats").first)
        #expect(order.date.value == "2018-03-29")
        #expect(order.title == "Russia orders 60 U.S. diplomats to leave by April 5")
        // With no other date the deadline dates the sentence; "no later than" goes with it, and a people named
        // in the plural stays the subject.
        let building = try #require(timeline.events(from: "order", quoting: "the building").first)
        #expect(building.date.value == "2018-03-31")
        #expect(building.title == "The Americans have been ordered to leave the building")
    }

    /// "MOSCOW, Dec 1 (Reuters) - Russia said on Wednesday it was ordering ... by Jan. 31": the dateline's
    /// comma opens no attribution, so Wednesday dates the story's first sentence (it had been dated by
    /// nothing, and the deadline read as the January past).
    @Test func aDatelineCommaOpensNoAttribution() throws {
        let story = article("wire", """
        Russia orders U.S. embassy staff home

        MOSCOW, Dec 1 (Reuters) - Russia said on Wednesday it was ordering U.S. Embassy staff who have been in Moscow for more than three years to fly home by Jan. 31, a retaliatory move for a U.S. decision.
        """, published: "2021-12-02")
        let timeline = TimelineBuilder().build([story])
        let order = try #require(timeline.events(from: "wire", quoting: "fly home").first)
        #expect(order.date.value == "2021-12-01")
        #expect(order.date.basis.kind == .relative)
    }

    /// "the Russian ambassador said last week that 27 Russian diplomats and their families were being
    /// expelled ... and would leave on Jan. 30": the headline leaves out when it was said, and "and their
    /// families" is part of the subject of what was said, not a clause of its own.
    @Test func whatWasSaidKeepsItsWholeSubject() {
        let sentence = "Russia's ambassador said last week that 27 Russian diplomats and their families were being expelled from the United States and would leave on Jan. 30."
        let timex = TemporalTagger().tag(sentence, reference: DateValue(parsing: "2021-12-02")).first { $0.text == "Jan. 30" }!
        let title = EventTitler.title(sentence: sentence, timex: timex, sentenceStart: 0, gazetteer: .standard).0
        #expect(title.hasPrefix("Russia's ambassador says 27 Russian diplomats and their families were being expelled"))
    }

    /// "The ambassadors of 10 countries who appealed for the release of ... will be declared": the subject's
    /// clause of who they are goes from the headline (it had filled it).
    @Test func aSubjectsRestrictiveClauseGoes() {
        let words = "The ambassadors of 10 countries who appealed for the release of an activist will be declared persona non grata".split(separator: " ").map(String.init)
        #expect(EventTitler.withoutRelativeClauses(words).joined(separator: " ") == "The ambassadors of 10 countries will be declared persona non grata")
        // A clause between commas, or one after the verb, is another reading's.
        let object = "Erdogan ordered the expulsion of envoys who appealed for his release".split(separator: " ").map(String.init)
        #expect(EventTitler.withoutRelativeClauses(object) == object)
    }

    /// Diplomats expelled or declared persona non grata, ties severed: relations cut back, a kind of pressure.
    @Test func expulsionsArePressure() {
        #expect(EventKind.classify("Russia expels 60 U.S. diplomats") == .sanctions)
        #expect(EventKind.classify("The ministry declared a diplomat persona non grata on May 24.") == .sanctions)
        #expect(EventKind.classify("Washington announced the expulsion of 12 staff members on February 28.") == .sanctions)
        #expect(EventKind.classify("Ecuador severed ties with the United States.") == .sanctions)
        #expect(EventKind.classify("Restoring ties severed five decades ago, the two leaders met.") == .meeting)
        // (Envoys ordered to leave are expelled too; it had been a statement. Not staff told to leave a meeting.)
        #expect(EventKind.classify("Russia says it was ordering some U.S. diplomats to leave the country by Jan. 31") == .sanctions)
        #expect(EventKind.classify("Russia orders 60 U.S. diplomats to leave by April 5") == .sanctions)
        #expect(EventKind.classify("The chair told reporters to leave the room, the spokesman said") == .statement)
        #expect(EventKind.classify("The minister says she did not order the ambassadors to leave") == .statement)
    }

    /// "imposed new sanctions on groups that have facilitated Russia's war in Ukraine": the war is the setting of
    /// the sanctions told before it (it had made the sanctions a military event); a war or an invasion told
    /// first is still the news.
    @Test func aWarNamedAfterSanctionsIsTheirSetting() {
        #expect(EventKind.classify("The United States imposed new sanctions on individuals that have facilitated Russia's war in Ukraine.") == .sanctions)
        #expect(EventKind.classify("Russia's invasion of Ukraine prompted new sanctions.") == .military)
        #expect(EventKind.classify("Russia launched a full-scale invasion of Ukraine on Thursday.") == .military)
    }

    /// "entities that advanced Moscow's objectives before and after Russia's February invasion": a month its
    /// owner's noun is described by dates no happening of the sentence (it had dated the sanctions February).
    @Test func aMonthDescribingAnOwnersNounDatesNothing() {
        let story = article("target", """
        New sanctions on facilitators of the war

        The new sanctions target 22 individuals and two entities that advanced Moscow's objectives both before and after Russia's February invasion of its neighbor, the department said in a statement.
        """, published: "2022-09-15")
        #expect(TimelineBuilder().build([story]).events(from: "target", quoting: "22 individuals").allSatisfy { $0.date.value != "2022-02" })
    }

    /// "Russia says it is expelling US diplomats": the one saying tells its own act, which is the news; "says it
    /// would respond" and "says it is considering sanctions" are what it says.
    @Test func aSideTellingItsOwnActIsThatAct() {
        #expect(!EventExtractor.headedBySaying("Russia says it is expelling US diplomats"))
        #expect(!EventExtractor.headedBySaying("Iran says it has seized a tanker in the Gulf"))
        #expect(EventExtractor.headedBySaying("Russia says it would respond to any hostile act"))
        #expect(EventExtractor.headedBySaying("Russia says it is considering sanctions"))
        #expect(EventExtractor.headedBySaying("Poland says the border stays closed"))
    }

    /// An envoy summoned to hear a protest is a protest told (a statement, as a condemnation is); executives
    /// summoned by a court are not. A missile named as the matter of a summons is no military act; a warplane
    /// downed is one.
    @Test func anEnvoySummonedIsAProtest() {
        #expect(EventKind.classify("Turkey summons the U.S. ambassador to Turkey in protest against the actions of its personnel") == .statement)
        #expect(EventKind.classify("The ministry issued a demarche to her over an incident at the Russian embassy") == .statement)
        #expect(EventKind.classify("The district court summoned 75 executives for questioning on Aug. 30.") == .other)
        #expect(EventKind.classify("Ambassador Igor Kizim was summoned to the foreign ministry in connection with the missile incident") == .statement)
        #expect(EventKind.classify("The attacks came in the aftermath of the downing of the Russian warplane on Tuesday.") == .military)
        #expect(EventKind.classify("North Korea fired two missiles on Thursday.") == .military)
        // (A relative clause's arrival is its noun's: "the police squad who arrived at scene" made it a meeting.)
        #expect(EventKind.classify("The ambassador, who was summoned to the ministry, was notified of a strong protest, while the police squad who arrived at scene failed to act") == .statement)
        #expect(EventKind.classify("The foreign minister arrived in Dhaka on Sunday.") == .meeting)
    }
}

