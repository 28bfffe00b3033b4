import Chronology
import Testing
@testable import Timeline

/// A sentence's kind is the first kind, in precedence order, with a cue in the sentence.
@Suite struct EventKindTests {
    @Test func cuesAndPrecedence() {
        #expect(EventKind.classify("The two leaders met in Seoul on Monday.") == .meeting)
        #expect(EventKind.classify("The ministry said the North fired a missile on Friday.") == .military, "military before statement")
        #expect(EventKind.classify("They signed the accord and said talks would go on.") == .agreement, "agreement before meeting")
        #expect(EventKind.classify("Hans Grundberg briefed the Council on Wednesday.") == .statement, "a briefing is a statement")
        #expect(EventKind.classify("Macron received Scholz at the Elysee Palace on Monday for a working dinner.") == .meeting, "a working dinner is a meeting")
        #expect(EventKind.classify("Seoul sent condolences after the earthquake, the minister said.") == .disaster)
        #expect(EventKind.classify("The envoy will sit down with his counterpart.") == .meeting, "a two-word cue")
        #expect(EventKind.classify("Antony Blinken speaks with Indian External Affairs Minister Jaishankar") == .meeting, "a call")
        #expect(EventKind.classify("Kishida held a call with Yoon, the ministry said.") == .meeting, "a call before its telling")
        #expect(EventKind.classify("Wang Yi held a phone conversation with Antony Blinken on Nov 13.") == .meeting)
        #expect(EventKind.classify("Qureshi received a telephonic call from Prince Faisal on Saturday.") == .meeting)
        #expect(EventKind.classify("Sharif also telephoned the Amir of Qatar on Monday.") == .meeting)
        #expect(EventKind.classify("The Saudi foreign minister apprised Qureshi about the Hajj in 2021.") == .statement)
        #expect(EventKind.classify("Xi and Biden held a video conference on Nov 16.") == .meeting)
        #expect(EventKind.classify("Pyongyang carried out a nuclear test.") == .military)
        #expect(EventKind.classify("North Korea conducted a weapons test Saturday, officials said.") == .military)
        #expect(EventKind.classify("The two sides could exchange their views on the North's weapons test.") == .other, "a test as a topic")
        // The Cold War is an era, no fighting.
        #expect(EventKind.classify("Washington and Havana formally ended 54 years of animosity and ushered in a new phase of post-Cold War relations.") == .other)
        // An agreement sought is none made.
        #expect(EventKind.classify("A delegation departed Cairo late Saturday following talks aimed at brokering a ceasefire agreement.") == .meeting)
        #expect(EventKind.classify("Delegations arrived in Cairo on Sunday, raising hopes that a deal could be reached.") == .meeting)
        #expect(EventKind.classify("The two sides reached an agreement on Sunday.") == .agreement)
        #expect(EventKind.classify("The weather was mild on Tuesday.") == .other)
        // Where a sentence says it happened.
        #expect(EventMatcher.place(in: "Macron, Scholz and Tusk met in Paris on Feb. 2.") == "Paris")
        #expect(EventMatcher.place(in: "Judges sat in The Hague, and talks in New York followed.") == "The Hague")
        #expect(EventMatcher.place(in: "Talks opened in February in New York City, officials said.") == "New York City")
        #expect(EventMatcher.place(in: "Nothing changed in Washington's view in Geneva.") == "Geneva")
        #expect(EventMatcher.place(in: "They met in secret.") == nil)
        // A cue its sentence denies does not count.
        #expect(EventKind.classify("Officials met again but failed to reach an agreement.") == .meeting)
        #expect(EventKind.classify("A second summit in Hanoi ended abruptly without a deal.") == .meeting)
        #expect(EventKind.classify("The two sides have not signed a treaty, he said.") == .statement)
        #expect(EventKind.classify("They agreed not to resume talks.") == .agreement, "a denial after the cue is not before it")
        #expect(EventKind.classify("") == .other)
        // Trade stopped is pressure; an audience is a meeting.
        #expect(EventKind.classify("Beijing banned all Japanese seafood imports in August 2023.") == .sanctions)
        #expect(EventKind.classify("China imposed the import restrictions on Japanese food products in August 2023.") == .sanctions)
        #expect(EventKind.classify("Moscow halted grain exports to the region on Monday.") == .sanctions)
        #expect(EventKind.classify("The ban on smoking took effect in 2019.") == .other, "a ban on no trade")
        #expect(EventKind.classify("Pope Francis on Friday received in audience the prime minister.") == .meeting)
        #expect(EventKind.receivesSomeone("Abdel Fattah el-Sisi receives Emir of Qatar Sheikh Tamim at Al-Ittihadiya Palace"))
        #expect(EventKind.receivesSomeone("Pope Francis last received Mr Mikati"))
        #expect(EventKind.receivesSomeone("Mohammed bin Salman receives Iran's Chief of Staff of the Armed Forces Mohammad Bagheri in Riyadh"))
        #expect(!EventKind.receivesSomeone("The ministry received a letter from Seoul"))
        #expect(!EventKind.receivesSomeone("Kyiv received US$10 billion"))
        // Headlines are in the present: its forms are cues too.
        #expect(EventKind.classify("Kim floats the idea and suggests a delegation") == .proposal)
        #expect(EventKind.classify("The ministers meet in Brussels") == .meeting)
        #expect(EventKind.classify("Seoul warns of a response") == .statement)
        // "the United States" states nothing; plural summits and British spellings are cues too.
        #expect(EventKind.classify("Kim held summits with the leaders of China and the United States.") == .meeting)
        #expect(EventKind.classify("Officials in the United States were surprised.") == .other)
        #expect(EventKind.classify("Japan and South Korea normalise diplomatic ties.") == .agreement)
        // Acts of war, calls and arrivals, offices taken, condemnations.
        #expect(EventKind.classify("The United States shot down a surveillance balloon.") == .military)
        #expect(EventKind.classify("Israel carried out airstrikes on Rafah.") == .military)
        #expect(EventKind.classify("Biden and Xi spoke by phone for two hours.") == .meeting)
        #expect(EventKind.classify("Blinken arrives in Beijing") == .meeting)
        #expect(EventKind.classify("Lai Ching-te was inaugurated as president.") == .appointment)
        #expect(EventKind.classify("Seoul condemned the launch as a provocation.") == .military, "the launch before the words about it")
        #expect(EventKind.classify("Tokyo condemned the remarks.") == .statement)
        // What is launched without arms.
        #expect(EventKind.classify("The initiative was launched after Taiwan was excluded from the bloc.") == .other)
        #expect(EventKind.classify("Prosecutors launched an investigation into the leak.") == .other)
        #expect(EventKind.classify("The Sunshine Policy, launched by Kim Dae-jung in 1998, ended in 2008.") == .other)
        #expect(EventKind.classify("A military standoff begins") == .military)
        #expect(EventKind.classify("The previous government had demanded €1.3 trillion in war reparations from Germany.") != .military)
        #expect(EventKind.classify("Russia waged war on Ukraine.") == .military)
        // Peace sought is no act of war.
        #expect(EventKind.classify("Ways to stop the war in Gaza were discussed by the prime minister and the delegation.") == .meeting)
        #expect(EventKind.classify("The envoys met to discuss efforts to end the war.") == .meeting)
        #expect(EventKind.classify("The council adopted a resolution on the Ukraine war on Monday.") != .military)
        #expect(EventKind.classify("Russia declared war on Ukraine.") == .military)
        // A plan talked about and a visit's courtesy are no proposals.
        #expect(EventKind.classify("A Hamas delegation has arrived in Cairo for talks on a proposed ceasefire.") == .meeting)
        #expect(EventKind.classify("Yoon is expected to attend the summit in Hiroshima at Kishida's invitation.") == .meeting)
        #expect(EventKind.classify("Egypt proposed a ceasefire on Monday.") == .proposal)
        #expect(EventKind.classify("North Korea launched a ballistic missile toward the sea.") == .military)
        #expect(EventKind.classify("Pyongyang launched a reconnaissance satellite.") == .military)
    }

    /// The table lookup gives what asking every cue of every kind in order gives.
    @Test func equalsTheCueByCueReading() {
        let sentences = [
            "Officials said the sanctions would stay until the summit.", "The President was sworn in and delivered a speech.",
            "A pressure campaign followed the test-launch of missiles.", "He proposed a hotline, the agency reported.",
            "The anniversary of the treaty was commemorated.", "The nominee faces a confirmation hearing on Jan. 9.",
        ]
        for sentence in sentences {
            let words = sentence.lowercased().split { !($0.isLetter || $0 == "-") }.map(String.init)
            let pairs = Set(zip(words, words.dropFirst()).map { $0 + " " + $1 })
            let expected = EventKind.cues.first { $0.1.contains { Set(words).contains($0) || pairs.contains($0) } }?.0 ?? .other
            #expect(EventKind.classify(sentence) == expected, "\(sentence)")
        }
    }
}

/// The gazetteer's word splitting, against the reading by Characters it replaced.
@Suite struct GazetteerWordsTests {
    static func byCharacters(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for c in text.unicodeScalars {
            if FastText.isLetterOrDigit(c) || c == "." {
                current.unicodeScalars.append(c)
            } else if c == "’" || c == "'" {
                current.append("'")
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { w in
            var w = w
            if w.hasSuffix("'s") { w.removeLast(2) } else if w.hasSuffix("'") { w.removeLast() }
            while w.hasSuffix(".") && w.count > 1 && !w.dropLast().contains(".") { w.removeLast() }
            return w
        }.filter { !$0.isEmpty }
    }

    @Test func wordsKeepCapitalsAndDropPossessivesAndFinalStops() {
        let samples = [
            "Kim Jong-un’s sister met U.S. envoys in Seoul.", "The talks' end. 's", "O'Brien said: 'no.'", "...", "",
            "Mr. Yoon and Ms. Lee", "Japan’s PM Kishida, 2024.", "A.B.C. news", "x.", ". .. ...", "Tōkyō's mayor",
        ]
        for text in samples {
            #expect(Gazetteer.normalizeKeepingCase(text) == Self.byCharacters(text), "\(text)")
        }
        #expect(Gazetteer.normalizeKeepingCase("Kim Jong-un’s sister met U.S. envoys.") == ["Kim", "Jong", "un", "sister", "met", "U.S.", "envoys"])
    }

    /// "US$ 12 billion", "HK$5 million": a currency's mark is no actor.
    @Test func aCurrencysMarkNamesNoState() {
        let gazetteer = Gazetteer.standard
        #expect(!gazetteer.actors(in: "Bilateral trade crossed US$ 12 billion in 2023.").contains("United States"))
        #expect(gazetteer.actors(in: "The US pledged US$5 billion.") == ["United States"])
        // Rivers named like states.
        #expect(gazetteer.actors(in: "He was made Grand Commander of the Order of the Niger.").isEmpty)
        #expect(gazetteer.actors(in: "Niger and Jordan signed.") == ["Niger", "Jordan"])
    }

    /// "the CSTO Collective Security Council" is another body than the UN's; "the Security Council" is the UN's.
    @Test func aBodysNameEndingALongerNameIsNotThatBody() {
        let gazetteer = Gazetteer.standard
        #expect(!gazetteer.actors(in: "a meeting of the CSTO Collective Security Council").contains("UN Security Council"))
        #expect(gazetteer.actors(in: "The Security Council met on Monday.").contains("UN Security Council"))
        #expect(gazetteer.actors(in: "Russia vetoed the draft at the Security Council.").contains("UN Security Council"))
    }
}

/// People the gazetteer does not know, introduced by office at first mention.
@Suite struct TitledPeopleTests {
    func introduced(_ text: String) -> [String] {
        TitledPeople.discover(in: [text], gazetteer: .standard).map { [$0.name, $0.state ?? "-"].joined(separator: "/") }
    }

    @Test func anOfficeBeforeANameIntroducesAPerson() {
        #expect(introduced("U.S. Treasury Secretary Janet Yellen arrived.") == ["Janet Yellen/United States"])
        #expect(introduced("Australian Foreign Minister Clara Dunn's visit") == ["Clara Dunn/Australia"])
        #expect(introduced("Secretary of State Jane Roe, who met") == ["Jane Roe/-"])
        #expect(introduced("said Foreign Ministry spokesman Lin Jian.") == ["Lin Jian/-"])
        #expect(introduced("U.N. Secretary-General Ana Lopez said") == ["Ana Lopez/-"])
        #expect(introduced("then-House Speaker Nancy Pelosi visited") == ["Nancy Pelosi/-"])
        #expect(introduced("then-Speaker Nancy Pelosi (D-Calif.) visited") == ["Nancy Pelosi/-"], "a party and state in brackets")
        #expect(introduced("said Sen. Chuck Schumer, a Democrat") == ["Chuck Schumer/-"])
        #expect(introduced("Wang Yi met his Japanese counterpart Tomoko Hara in Beijing") == ["Tomoko Hara/Japan"])
        #expect(introduced("Taoiseach Simon Harris said the decision was taken") == ["Simon Harris/-"])
        #expect(introduced("Bola Ahmed Tinubu, President of the Federal Republic of Nigeria, met him.").isEmpty, "a state's formal name")
        // A particle inside the name: joined to its capital, or standing between two capitals.
        #expect(introduced("Senior Hamas leader Khalil al-Hayya arrived in Cairo.") == ["Khalil al-Hayya/-"])
        #expect(introduced("Crown Prince Khalid bin Talal met them.") == ["Khalid bin Talal/-"])
        #expect(introduced("Ambassador Karim al-Nasser, who met") == ["Karim al-Nasser/-"])
        #expect(introduced("Minister Karim bin arrived") == [], "a particle ends no name")
        #expect(introduced("Foreign Minister Makhdoom Shah Mahmood Qureshi had a call") == ["Makhdoom Shah Mahmood Qureshi/-"])
        #expect(introduced("King Hamad bin Isa Al Khalifa met him") == [], "five words are read as no name rather than cut short")
    }

    @Test func whatFollowsAnOfficeInOtherRolesIsNoPerson() {
        #expect(introduced("President Joe Biden met President Lee on Monday.").isEmpty)
        #expect(introduced("General Motors Co said the Justice Department agreed.").isEmpty)
        #expect(introduced("The Foreign Minister Monday said the Secretary of the Treasury agreed.").isEmpty)
        #expect(introduced("the minister, Laura Chen, said").isEmpty)
        #expect(introduced("Prime Minister's Office Director General Kang said").isEmpty)
    }

    @Test func aPersonIntroducedByOfficeIsAnActorOfTheStoryAndOfLaterMentions() throws {
        let a = article("yellen", """
        Yellen in Beijing

        U.S. Treasury Secretary Janet Yellen arrived in Beijing on Thursday for talks on trade.

        Yellen met Premier Li Qiang on Friday, officials said.
        """, published: "2023-07-09")
        let events = TimelineBuilder().build([a]).events
        let arrival = try #require(events.first { $0.title.contains("arrive") })
        #expect(arrival.actors.contains("Janet Yellen") && arrival.actors.contains("United States"))
        #expect(arrival.title.hasPrefix("Janet Yellen arrives in Beijing"))
        let meeting = try #require(events.first { $0.title.contains("Li Qiang") })
        #expect(meeting.actors.contains("Janet Yellen"))
    }
}
