import Testing
@testable import Timeline

/// Whom a "he" or "she" opening a sentence stands for.
@Suite struct PronounTests {
    /// "Harris arrived in Bangkok late Thursday. She is set to ...": the one-word name the sentence before
    /// opens with is she, even when the gazetteer does not know it and named Xi last.
    @Test func aNameOpeningTheSentenceBeforeIsWhomThePronounStandsFor() throws {
        let hill = article("hill", """
        Marsh to meet Xi at the summit

        Vice President Marsh will briefly meet with Chinese President Xi Jinping on the sidelines of the summit in Bangkok, the White House confirmed on Thursday.

        Marsh arrived in Bangkok late Thursday.

        She is set to deliver remarks at the CEO Summit on Friday and attend the leaders' meeting on Saturday.
        """, published: "2022-11-17")
        let event = try #require(TimelineBuilder().build([hill]).events(from: "hill", quoting: "deliver remarks").first)
        #expect(event.title.hasPrefix("Marsh is set to deliver remarks"))
        #expect(!event.actors.contains("Xi Jinping"))
    }

    /// "He hopes ..., said Wang.": the one named as saying it, not the last person named (Xi had been he); and
    /// "both Prime Minister Modi and President Trump had spoken" is one subject, not a clause's end.
    @Test func theSpeakerClosingTheSentenceIsHe() throws {
        let talks = article("talks", """
        Wang and Kerry hold talks in Beijing

        Chinese Foreign Minister Wang Yi and U.S. Secretary of State John Kerry held talks in Beijing on Wednesday.

        He urged the two sides to implement the results of Chinese President Xi Jinping's state visit to the United States.

        He hopes the visit will enhance mutual trust so as to lay a good foundation for bilateral ties in 2016, said Wang.

        The U.S. also said in its statement that both Wang Yi and John Kerry had spoken to each other over the weekend.
        """, published: "2016-01-27")
        let timeline = TimelineBuilder().build([talks])
        let hope = try #require(timeline.events(from: "talks", quoting: "lay a good foundation").first)
        #expect(hope.title.hasPrefix("Wang Yi hopes the visit"))
        let weekend = try #require(timeline.events(from: "talks", quoting: "over the weekend").first)
        #expect(weekend.title.contains("both Wang Yi and John Kerry had spoken"))
        #expect(EventExtractor.closingSpeaker("It is a foundation, Wang said.") == "Wang")
        #expect(EventExtractor.closingSpeaker("It is a foundation for ties.") == nil)
    }

    /// A sentence that speaks of "the two ministers" and names others keeps the pair named before.
    @Test func aSentenceOfThePairKeepsIt() throws {
        let story = article("pair", """
        Blinken in Beijing

        Antony Blinken met Wang Yi in Beijing on Friday.

        Afterwards, the two ministers attended a reception with Xi Jinping and Li Qiang.

        The two ministers agreed on Saturday to keep talking.
        """, published: "2024-04-27")
        let event = try #require(TimelineBuilder().build([story]).events(from: "pair", quoting: "keep talking").first)
        #expect(event.title == "Antony Blinken and Wang Yi agree to keep talking")
        #expect(MentionTracker.speaksOfAPair("Afterwards, the two ministers attended"))
        #expect(!MentionTracker.speaksOfAPair("The two countries signed"))
    }

    /// "The pair" stands for the two named before, and their verb follows them into the plural.
    @Test func thePairIsTheTwoNamedBefore() throws {
        let story = article("g20", """
        Starmer meets Xi

        Keir Starmer met Xi Jinping in Rio de Janeiro on Monday, the first talks between British and Chinese leaders since 2018.

        The pair met again on the sidelines of the G20 summit on Tuesday.
        """, published: "2024-11-19")
        let event = try #require(TimelineBuilder().build([story]).events(from: "g20", quoting: "met again").first)
        #expect(event.title.hasPrefix("Keir Starmer and Xi Jinping meet again"))
    }

    /// "Officials said": a capitalized common noun opening a sentence is no name (the article capitalizes
    /// it nowhere else), so the pronoun keeps the person named before.
    @Test func aCommonNounOpeningTheSentenceBeforeIsNoName() throws {
        let story = article("story", """
        Kishida visits the border region

        Japanese Prime Minister Fumio Kishida toured the border region on Monday, officials said.

        Officials confirmed the visit later.

        He will meet local leaders on Tuesday in the regional capital of the prefecture.
        """, published: "2024-03-04")
        let event = try #require(TimelineBuilder().build([story]).events(from: "story", quoting: "local leaders").first)
        #expect(event.title.hasPrefix("Fumio Kishida will meet local leaders"))
    }

    /// "the BAPS Hindu Mandir" is a place, not someone unknown the "he" could stand for: the name after
    /// "the" (and an ordinal), with an acronym, or ending in a place's kind ("temple") leaves him the person
    /// named before.
    @Test func aPlaceNamedInTheSentenceBeforeIsNoOneThePronounCouldBe() throws {
        for place in ["the BAPS Hindu Mandir", "the Swaminarayan Akshardham", "Akshardham Temple", "the 13th Annual Consultation"] {
            let story = article("story", """
            Modi begins his visit to the Gulf

            Indian Prime Minister Narendra Modi arrived in Abu Dhabi on Tuesday for a two-day visit, officials said.

            Modi will inaugurate \(place) in Abu Dhabi on Wednesday, the first stone temple in the country.

            He will also address the World Governments Summit in Dubai on Wednesday as the guest of honour.
            """, published: "2024-02-13")
            let event = try #require(TimelineBuilder().build([story]).events(from: "story", quoting: "guest of honour").first)
            #expect(event.title.hasPrefix("Narendra Modi will also address"), "\(place)")
            #expect(event.actors.contains("Narendra Modi"))
        }
    }

    /// "Kihara and Shin last met in Jakarta": each surname is the person the story named with it.
    @Test func twoSurnamesAreTwoPeopleNamedBefore() throws {
        let story = article("nhk", """
        Japan, South Korea defense chiefs agree to resume exchanges

        Japanese Defense Minister Kihara Minoru and his South Korean counterpart Shin Won-sik met on Saturday in Singapore, officials said.

        The ministers agreed to resume defense exchanges that were suspended over a 2018 radar incident, officials said.

        Kihara and Shin last met in November last year in Jakarta.
        """, published: "2024-06-01")
        let timeline = TimelineBuilder().build([story])
        let jakarta = try #require(timeline.events(from: "nhk", quoting: "Jakarta").first)
        #expect(jakarta.actors.contains("Kihara Minoru") && jakarta.actors.contains("Shin Won-sik"))
        // A year describing "a 2018 radar incident" dates no event.
        #expect(timeline.events(from: "nhk", quoting: "radar incident").isEmpty)
    }

    /// "on Tuesday (March 19)": a day in capitals is no unknown person the "he" could be.
    @Test func aDayInBracketsIsNoOneThePronounCouldBe() throws {
        let story = article("state", """
        Blinken visits Manila

        Secretary of State Antony Blinken arrived in Manila on Tuesday (March 19) for talks with officials.

        He will meet President Ferdinand Marcos Jr. on Wednesday at the presidential palace.
        """, published: "2024-03-19")
        let meeting = try #require(TimelineBuilder().build([story]).events(from: "state", quoting: "presidential palace").first)
        #expect(meeting.title.hasPrefix("Antony Blinken will meet"))
    }

    /// "Grossi arrived in Tehran ... since the election of President Masoud Pezeshkian. He is also scheduled to
    /// meet with Pezeshkian": he is the person the sentence before was about, not the one it named last.
    @Test func theSubjectOfTheSentenceBeforeIsHe() throws {
        let story = article("presstv", """
        Araghchi, Grossi hold talks in Tehran

        Iranian Foreign Minister Abbas Araghchi and IAEA chief Rafael Grossi held talks in Tehran on Thursday.

        Grossi arrived in Tehran on Wednesday evening for his first visit to the country since the election of President Masoud Pezeshkian in July.

        He is also scheduled to meet with Pezeshkian and Mohammad Eslami on Friday.
        """, published: "2024-11-14")
        let timeline = TimelineBuilder().build([story])
        let meeting = try #require(timeline.events(from: "presstv", quoting: "scheduled to meet").first)
        #expect(meeting.title.hasPrefix("Rafael Grossi is also scheduled to meet with Pezeshkian"))
        #expect(meeting.date.value == "2024-11-15")
    }

    /// "Li arrived in Australia on Saturday": a surname alone heading the headline is the one person of the
    /// sentence so named, in full; a Korean family name heading a three-word name ("Kim") stays as written.
    @Test func aSurnameAloneIsThePersonInFull() throws {
        let story = article("reuters", """
        China, Australia agree to resume dialogue

        Chinese Premier Li Qiang and Australian Prime Minister Anthony Albanese held annual talks in Canberra on Monday.

        Li arrived in Australia on Saturday for a four-day visit.

        North Korean leader Kim Jong Un and his sister Kim Yo Jong attended a ceremony on Sunday.

        Kim sent Kishida a letter on Friday offering condolences.
        """, published: "2024-06-17")
        let timeline = TimelineBuilder().build([story])
        #expect(timeline.events(from: "reuters", quoting: "Li arrived").first?.title == "Li Qiang arrives in Australia for a four-day visit")
        #expect(timeline.events(from: "reuters", quoting: "Kim sent").first?.title.hasPrefix("Kim sends") == true)
    }

    /// "Li is expected to arrive" after "since Li Keqiang travelled to Canberra in March 2017": a surname is
    /// the person the headline and the story name most, not whoever shared it last.
    @Test func aSurnameIsTheStorysProtagonist() throws {
        let story = article("scmp", """
        Chinese Premier Li Qiang to visit Australia and New Zealand

        Chinese Premier Li Qiang will visit New Zealand, Australia and Malaysia from Thursday to June 20, the foreign ministry said on Tuesday.

        It will be the first visit to Australia by a Chinese premier since Li Keqiang travelled to Canberra in March 2017.

        Li is expected to arrive in Wellington on Thursday before flying to Adelaide on Saturday.
        """, published: "2024-06-11")
        let arrival = try #require(TimelineBuilder().build([story]).events(from: "scmp", quoting: "Wellington").first)
        #expect(arrival.title.hasPrefix("Li Qiang is expected to arrive"))
        #expect(arrival.actors.contains("Li Qiang") && !arrival.actors.contains("Li Keqiang"))
    }
    /// "Jaishankar held talks with Russian Foreign Minister Sergey Lavrov": the minister the story is about, not
    /// the counterpart named last, is the "he" of the spokesman's next words ("In fact, just to mention," opens
    /// them); "FM Qureshi" is the foreign minister named in full before.
    @Test func theOneTheStoryIsAboutIsHeAndAShortOfficeIsNoName() throws {
        let ministerial = article("ministerial", """
        Indian minister meets counterparts in Moscow

        Indian External Affairs Minister Subrahmanyam Jaishankar met his counterparts on Thursday, a spokesman said.

        Jaishankar held talks with Russian Foreign Minister Sergey Lavrov on Wednesday.

        "In fact, just to mention, he had fruitful meetings with the foreign ministers of Kyrgyzstan and Tajikistan earlier yesterday," the spokesman said.
        """, published: "2020-09-10")
        let meetings = try #require(TimelineBuilder().build([ministerial]).events(from: "ministerial", quoting: "fruitful meetings").first)
        #expect(meetings.title.hasPrefix("Subrahmanyam Jaishankar had fruitful meetings with the foreign ministers"))
        #expect(!meetings.actors.contains("Sergey Lavrov"))
        let tour = article("tour", """
        Qureshi in Beijing

        Foreign Minister Shah Mehmood Qureshi met his Chinese counterpart Wang Yi in Beijing today.

        FM Qureshi will next visit Russia and return to the country on December 26.
        """, published: "2018-12-25")
        let next = try #require(TimelineBuilder().build([tour]).events(from: "tour", quoting: "next visit Russia").first)
        #expect(next.title.hasPrefix("Shah Mehmood Qureshi will next visit Russia"))
    }

    /// "We, the Foreign Ministers of the Association of Southeast Asian Nations (ASEAN), met": a communiqué's
    /// "we" are its signatories, by the abbreviation the text gives their body (the headlines had opened "We").
    @Test func aCommuniquesWeAreItsSignatories() throws {
        let communique = article("communique", """
        Joint Communiqué of the Foreign Ministers' Meeting

        1. We, the Foreign Ministers of the Association of Southeast Asian Nations (ASEAN), met on 31 July 2019 at the 52nd ASEAN Foreign Ministers' Meeting in Bangkok.

        2. We welcomed the signing of the maritime cooperation agreement in June 2019.
        """, published: "2019-08-02")
        let timeline = TimelineBuilder().build([communique])
        let met = try #require(timeline.events(from: "communique", quoting: "met on 31 July 2019").first)
        #expect(met.title.hasPrefix("The Foreign Ministers of ASEAN meet at the 52nd ASEAN Foreign Ministers' Meeting"))
        let welcomed = try #require(timeline.events(from: "communique", quoting: "We welcomed").first)
        #expect(welcomed.title.hasPrefix("The Foreign Ministers of ASEAN welcome"))
        #expect(Signatories.named(in: "We, the leaders of the two countries, agreed") == "The leaders of the two countries")
    }
}
