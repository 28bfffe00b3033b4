import Testing
@testable import Timeline

/// A subject that names someone by office ("The chancellor", "the Ukrainian president", "the President
/// of Russia") is told of the person the story gave that office.
@Suite struct OfficeHolderTests {
    @Test func anOfficeIntroducedWithAName() throws {
        let a = article("weimar", """
        Macron hosts Scholz

        French President Emmanuel Macron received German Chancellor Olaf Scholz at the Elysee Palace on Monday.

        The chancellor told reporters in Berlin last week that Germany would not send Taurus cruise missiles to Kyiv.
        """, published: "2024-03-11")
        let told = try #require(TimelineBuilder().build([a]).events(from: "weimar", quoting: "Taurus").first)
        #expect(told.title.hasPrefix("Olaf Scholz tells reporters in Berlin"))
        #expect(told.actors.contains("Olaf Scholz"))
    }

    /// "Brazil's Foreign Minister, Mauro Vieira, met ..." and then "“We discussed ...,” the minister stated at a
    /// press conference on Sunday": the words are the minister's, named (they had been the story's "We
    /// discusses for example ...").
    @Test func aQuotationTheOfficeHolderStated() throws {
        let a = article("press", """
        Ministers meet on the trade bloc

        Brazil's Foreign Minister, Mauro Vieira, met his Argentine counterpart Diana Mondino in Brasilia on Saturday.

        "We discussed, for example, the possibility of new corridors. This is an area where we agree," the minister stated at a press conference on Sunday.
        """, published: "2023-11-28")
        let stated = try #require(TimelineBuilder().build([a]).events(from: "press", quoting: "corridors").first)
        #expect(stated.title.hasPrefix("Mauro Vieira says “We discussed, for example, the possibility of new corridors."))
        #expect(stated.kind == .statement)
        // With no one given the office, the office says it.
        let b = article("unnamed", """
        Ministers meet on the trade bloc

        "We discussed, for example, the possibility of new corridors," the minister stated at a press conference on Sunday.
        """, published: "2023-11-28")
        let unnamed = try #require(TimelineBuilder().build([b]).events(from: "unnamed", quoting: "corridors").first)
        #expect(unnamed.title.hasPrefix("The minister says “We discussed"))
    }

    @Test func anOfficeOfADepartment() throws {
        let a = article("readout", """
        Secretary Blinken's Meeting with Foreign Minister Fidan

        Secretary of State Antony J. Blinken met today with Turkish Foreign Minister Hakan Fidan in Istanbul.

        The Secretary welcomed the committee's approval of Sweden's accession protocol on December 26.
        """, published: "2024-01-06")
        let welcome = try #require(TimelineBuilder().build([a]).events(from: "readout", quoting: "welcomed").first)
        #expect(welcome.title.hasPrefix("Antony Blinken welcomes"))
    }

    /// "Datuk Seri Anwar said": Malaysia's two-word honour before a surname is a courtesy, like "Mr".
    @Test func aMalaysianHonourBeforeTheSurname() throws {
        let a = article("st", """
        Anwar, Prabowo agree to resolve border issues

        Malaysian Prime Minister Anwar Ibrahim and Indonesian President Prabowo Subianto agreed on Dec 16 to speed up boundary talks.

        Datuk Seri Anwar said the two sides would hold the annual consultation in Indonesia in 2025.
        """, published: "2024-12-16")
        let said = try #require(TimelineBuilder().build([a]).events(from: "st", quoting: "annual consultation").first)
        #expect(said.title.hasPrefix("Anwar Ibrahim says"))
    }

    /// "NATO Secretary General Mark Rutte" holds one office of two words, written with a hyphen too.
    @Test func theSecretaryGeneral() throws {
        let a = article("nato", """
        NATO Secretary General meets President-elect Trump

        NATO Secretary General Mark Rutte met with US President-elect Donald Trump in Palm Beach, Florida, on Friday (22 November 2024).

        The Secretary General took up his post on 1 October 2024, succeeding Jens Stoltenberg.
        """, published: "2024-11-22")
        let post = try #require(TimelineBuilder().build([a]).events(from: "nato", quoting: "took up").first)
        #expect(post.title.hasPrefix("Mark Rutte takes up his post"))
        #expect(post.actors.contains("Mark Rutte"))
        let b = article("un", """
        Guterres in Baku

        UN Secretary-General António Guterres arrived in Baku on Monday for the climate conference.

        The Secretary-General met President Ilham Aliyev on Tuesday.
        """, published: "2024-11-12")
        let met = try #require(TimelineBuilder().build([b]).events(from: "un", quoting: "Aliyev").first)
        #expect(met.title.hasPrefix("António Guterres meets"))
    }

    /// Two presidents in one story: "The president" could be either, and stays as written.
    @Test func anOfficeHeldByTwo() throws {
        let a = article("two", """
        Biden and Zelenskyy meet

        President Joe Biden met Ukrainian President Volodymyr Zelenskyy at the White House on Thursday.

        The president announced a new aid package on Friday.
        """, published: "2023-09-22")
        let aid = try #require(TimelineBuilder().build([a]).events(from: "two", quoting: "aid package").first)
        #expect(aid.title.hasPrefix("The president announces"))
    }

    /// A description of a state's leader after an opening phrase, or with the state after the office.
    @Test func aLeaderDescribedByState() throws {
        let a = article("visits", """
        Talks in Washington and Astana

        Volodymyr Zelenskyy left the White House after talks with Joe Biden on Wednesday.

        Earlier today, the Ukrainian president met with senators in the Old Senate Chamber.

        Vladimir Putin held talks with Kassym-Jomart Tokayev in Astana on Thursday.

        Earlier in the day, the President of Russia was welcomed at the Akorda Presidential Palace.
        """, published: "2023-09-27")
        let timeline = TimelineBuilder().build([a])
        let senators = try #require(timeline.events(from: "visits", quoting: "senators").first)
        #expect(senators.title.hasPrefix("Volodymyr Zelenskyy meets with senators"))
        let welcome = try #require(timeline.events(from: "visits", quoting: "Akorda").first)
        #expect(welcome.title.hasPrefix("Vladimir Putin was welcomed"))
    }

    @Test func qualifiedOffices() {
        var offices = OfficeHolders()
        let people = ["Narendra Modi", "S. Jaishankar", "Olaf Scholz"]
        let person: (String) -> String? = { words in people.first { words.contains($0.split(separator: " ").last!) } }
        offices.note(in: "Prime Minister Narendra Modi and External Affairs Minister S. Jaishankar met German Chancellor Olaf Scholz.", person: person)
        #expect(offices.holder(of: "prime minister") == "Narendra Modi")
        #expect(offices.holder(of: "chancellor") == "Olaf Scholz")
        #expect(offices.holder(of: "minister") == nil)
        #expect(offices.person(opening: "The prime minister arrives in Delhi", isVerb: { $0 == "arrives" })?.person == "Narendra Modi")
        #expect(offices.person(opening: "The prime minister's office says", isVerb: { $0 == "says" }) == nil)
        // India's releases write the office bare.
        #expect(offices.person(opening: "Prime Minister thanks the hosts", isVerb: { $0 == "thanks" })?.person == "Narendra Modi")
        #expect(offices.person(opening: "Chancellor Scholz arrives", isVerb: { $0 == "arrives" }) == nil)
    }

    /// "Prime Minister Shri Narendra Modi met the President of Brazil, H.E. Mr. Luiz Inácio Lula da Silva":
    /// a courtesy between the office and the name; "Prime Minister recalled" is Modi.
    @Test func aCourtesyBeforeTheNameAndABareOffice() throws {
        let a = article("pib", """
        PM holds bilateral talks with President of Brazil

        Prime Minister Shri Narendra Modi met the President of Brazil, H.E. Mr. Luiz Inácio Lula da Silva, on the sidelines of the G20 Summit in Rio de Janeiro today.

        Prime Minister recalled his last meeting with President Lula in New Delhi in September 2023.
        """, published: "2024-11-19")
        let timeline = TimelineBuilder().build([a])
        let recalled = try #require(timeline.events(from: "pib", quoting: "recalled").first)
        #expect(recalled.title.hasPrefix("Narendra Modi recalls"))
        #expect(recalled.actors.contains("Narendra Modi"))
    }

    /// A minister's release told in the first person: "I" is its one writer.
    @Test func theFirstPersonIsTheReleasesWriter() throws {
        var a = article("release", """
        Australia and Indonesia strengthen maritime cooperation

        Today I met Indonesian Foreign Minister Sugiono in Jakarta for the Annual Foreign Ministers' Meeting.
        """, published: "2024-11-12")
        a.authors = ["Penny Wong"]
        let met = try #require(TimelineBuilder().build([a]).events(from: "release", quoting: "Sugiono").first)
        #expect(met.title.hasPrefix("Penny Wong meets Indonesian Foreign Minister Sugiono"))
        #expect(met.actors.contains("Australia"))
    }

    /// "The South Korean foreign minister" is someone of South Korea, not South Korea: with no one of that
    /// state named before, the headline keeps the description; with someone, it names them.
    @Test func aStatesMinisterIsNotTheState() throws {
        let alone = article("alone", """
        Minister to visit Tokyo

        The South Korean foreign minister is scheduled to visit Osaka on Wednesday.
        """, published: "2022-07-18")
        let stay = try #require(TimelineBuilder().build([alone]).events(from: "alone", quoting: "Osaka").first)
        #expect(stay.title.hasPrefix("The South Korean foreign minister is scheduled to visit Osaka"))
        let named = article("named", """
        Ministers meet in Tokyo

        Foreign Minister Park Jin met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.

        The South Korean foreign minister is scheduled to visit Osaka on Wednesday.
        """, published: "2022-07-18")
        let told = try #require(TimelineBuilder().build([named]).events(from: "named", quoting: "Osaka").first)
        #expect(told.title.hasPrefix("Park Jin is scheduled to visit Osaka"))
    }
}
