import Foundation
import Testing
@testable import Articles

@Suite struct BoilerplateTests {
    /// Lines of the seeds that are page furniture: none may reach the cleaned text.
    static let boilerplate: [(String, [String])] = [
        ("001", ["By Kim Arin", "Published : Feb. 16, 2024", "Link copied", "(123rf)"]),
        ("002", ["Newsletter Signup", "Noto Quake Relief", "Photo: AP/Ahn Young-joon", "politics", "0 Comments", "© KYODO",
                 "GPlusMedia", "No Comment", "Login to comment", "Facebook", "Forgot password", "User registration",
                 "A mix of what's trending", "GaijinPot", "Savvy Tokyo", "Takeo Shrine", "Daffodil", "This Week: Tokyo Area Events"]),
        ("003", ["print PRINT", "INTERNATIONAL > East Asia", "January 5, 2018", "English Press", "Ambassador", "COVID-19", "Trending Japan"]),
        ("004", ["World News", "Related Stories", "By Hyung-jin Kim", "Source link", "TruthUSA", "I'm TruthUSA", "Leave a Reply", "Akismet"]),
    ]

    @Test(arguments: boilerplate)
    func noBoilerplateInTheBody(_ prefix: String, _ lines: [String]) throws {
        let article = try seed(prefix)
        for line in lines {
            #expect(!article.body.contains(line), "\(prefix): '\(line)' left in the body")
        }
    }

    @Test func mastheadIsNotAParagraphButStaysInProse() throws {
        let article = try seed("001")
        #expect(!article.paragraphs.map { article.text.scalarSlice($0) }.contains("The Korea Herald"))
        #expect(article.body.contains("in an interview with The Korea Herald last month"))
    }

    /// Every sentence of the story bodies survives: each seed paragraph that is prose must be kept whole.
    static let kept: [(String, [String])] = [
        ("000", ["The announcement from South Korea’s foreign ministry comes after", "However, he added: “It’s hard to imagine Seoul falling for this.”",
                 "“I will protect the people’s lives and peaceful living in any situation.”", "He said: “We achieved the goal",
                 "When asked to comment on Kim’s speech, Donald Trump said"]),
        ("001", ["The South Korean government said Friday", "Cho, who was the national security advisor"]),
        ("002", ["Senior diplomats of South Korea, Japan, and the United States met in Seoul on Thursday",
                 "In early January, Pyongyang repeatedly fired a barrage"]),
        ("003", ["North Korea’s abrupt proposal of fresh dialogue", "That’s true.", "Japan and the United States should not spare any effort",
                 "Tokyo and Washington need to make astute diplomatic moves"]),
        ("004", ["SEOUL, South Korea—North Korea mentioned on Monday", "Kishida, speaking in a parliamentary session",
                 "While most analysts doubt Kim is genuinely gearing up for war"]),
    ]

    @Test(arguments: kept)
    func bodySentencesAreKept(_ prefix: String, _ starts: [String]) throws {
        let body = try seed(prefix).body
        for start in starts {
            #expect(body.contains(start), "\(prefix): lost '\(start)'")
        }
    }

    @Test func everyLineOfTheSeedsIsKeptOrExplained() throws {
        for prefix in ["000", "001", "002", "003", "004"] {
            let a = try seed(prefix)
            var covered = Set<Int>()
            for r in a.paragraphs { covered.formUnion(r) }
            for r in a.removed { covered.formUnion(r.range) }
            let scalars = Array(a.text.unicodeScalars)
            for (i, s) in scalars.enumerated() where !s.properties.isWhitespace {
                #expect(covered.contains(i), "\(prefix): character \(i) neither kept nor removed")
                if !covered.contains(i) { break }
            }
        }
    }

    @Test func wireStoryWithReutersDateline() throws {
        let text = """
        World
        North Korea fires missiles into sea as allies hold drills

        SEOUL, Feb 16 (Reuters) - North Korea fired several cruise missiles off its west coast on Wednesday, South Korea's military said, as Seoul and Washington held joint exercises.

        The launches came days after leader Kim Jong Un called for the constitution to be changed, state media said.

        Reporting by Josh Smith; Editing by Ed Davies

        Our Standards: The Thomson Reuters Trust Principles.
        """
        let a = try #require(parse(text).0)
        #expect(a.title == "North Korea fires missiles into sea as allies hold drills")
        #expect(a.source == "Reuters")
        #expect(a.body.contains("North Korea fired several cruise missiles"))
        #expect(a.body.contains("The launches came days after"))
        #expect(!a.body.contains("World\n"))
    }

    @Test func yonhapWireWithEmailBylineAndCopyrightYear() throws {
        let text = """
        N. Korea fires cruise missiles off east coast

        By Kim Arin (arin@example.com)

        SEOUL, Feb. 14 (Yonhap) -- North Korea fired several cruise missiles off its east coast on Wednesday, the South's military said.

        The launch came days after Pyongyang tested a new anti-aircraft missile, state media said.

        (END)

        (C) 2024 Yonhap News Agency. All Rights Reserved
        """
        let a = try #require(parse(text).0)
        #expect(a.authors == ["Kim Arin"])
        #expect(a.source == "Yonhap")
        #expect(a.published?.value == "2024-02-14")
        #expect(a.published?.basis.kind == .inferred)
        #expect(!a.body.contains("(END)") && !a.body.contains("All Rights Reserved"))
    }

    @Test func agenciesInSlashesAndInCreditLines() throws {
        // TASS writes its name between slashes; with no headline, the first sentence stands in without
        // the dateline, and a year stated nowhere leaves the story undated.
        let tass = """
        MOSCOW, March 5. /TASS/. Russian Foreign Minister Sergey Lavrov will hold talks with his Turkish counterpart in Antalya on Friday.

        The ministers will discuss the situation in Ukraine, the ministry said.
        """
        let t = try #require(parse(tass).0)
        #expect(t.source == "TASS")
        #expect(t.title.hasPrefix("Russian Foreign Minister Sergey Lavrov"))
        #expect(t.published == nil)
        // The Indian press: "PTI | Updated: ..." under the headline credits the agency.
        let pti = """
        India, China agree to expedite disengagement in eastern Ladakh
        PTI | Updated: Feb 20, 2024, 23:40 IST

        NEW DELHI: India and China on Tuesday agreed to expedite the disengagement process, the external affairs ministry said.

        The understanding was reached at the 29th meeting of the working mechanism held in Beijing.
        """
        let p = try #require(parse(pti).0)
        #expect(p.source == "PTI")
        #expect(p.published?.value == "2024-02-20T23:40")
        #expect(Dateline.strip("NEW DELHI: India and China on Tuesday agreed") == "India and China on Tuesday agreed")
        #expect(Dateline.strip("BEIJING, Jan. 5 (Xinhua) -- China said") == "China said")
        #expect(Dateline.strip("Talks resumed: both sides agreed") == "Talks resumed: both sides agreed")
        #expect(Dateline.strip("Tokyo, March 22 (Jiji Press)--The foreign ministers met") == "The foreign ministers met")
        // An agency's name closed by a stop after the dash signs the dateline.
        #expect(Dateline.strip("WASHINGTON, February 4 – RIA Novosti. US Secretary of State Antony Blinken said") == "US Secretary of State Antony Blinken said")
        #expect(Dateline.strip("WASHINGTON, February 4 – Officials. They said") == "Officials. They said")
        #expect(Dateline.strip("MOSCOW – TASS. Russia said it would respond") == "Russia said it would respond")
        // ANI's: the country in square brackets after the place.
        #expect(Dateline.strip("Beijing [China], December 26 (ANI): Japan's foreign minister on Wednesday met") == "Japan's foreign minister on Wednesday met")
        #expect(Dateline.strip("New Delhi [India], March 5 (ANI): Talks resumed") == "Talks resumed")
        #expect(Dateline.strip("Beijing [China] talks resumed") == "Beijing [China] talks resumed")
        // A place in title case and the day, set off by a dash.
        #expect(Dateline.strip("Hanoi, Vietnam, September 15 - The ministers agreed") == "The ministers agreed")
        #expect(Dateline.strip("Geneva, 3 March 2021 – Talks resumed") == "Talks resumed")
        #expect(Dateline.strip("Paris, London and Rome - three capitals agreed") == "Paris, London and Rome - three capitals agreed")
        // A place in title case right before a known agency's parenthesis opens a dateline too.
        #expect(Dateline.strip("Bangkok (VNA) – The ministers issued a communique") == "The ministers issued a communique")
        #expect(Dateline.strip("Ho Chi Minh City (VNA) - Officials met") == "Officials met")
        #expect(Dateline.strip("Ministers (of both sides) met") == "Ministers (of both sides) met")
        // A place in title case over the desk's parenthesis, set off by dashes, and a colon after it.
        #expect(Dateline.strip("Ankara, (APP - UrduPoint / Pakistan Point News - 23rd Oct, 2021 ) :The ambassadors will be declared")
                == "The ambassadors will be declared")
        #expect(Dateline.strip("Ankara, (the capital) said the ambassadors") == "Ankara, (the capital) said the ambassadors")
        // An agency's initials and its day over the year: the Ethiopian News Agency's stamp.
        #expect(Dateline.strip("ENA February 11/2020 The 33rd African Union summit concluded on Monday")
                == "The 33rd African Union summit concluded on Monday")
        #expect(Dateline.strip("NATO February talks resumed") == "NATO February talks resumed")
        // An aggregator's credit naming the paper it reprints, with or without its opening parenthesis.
        #expect(Dateline.strip("(MENAFN - Gulf Times) The Amir received a phone call") == "The Amir received a phone call")
        #expect(Dateline.strip("MENAFN - AzerNews) On August 8, the President arrived") == "On August 8, the President arrived")
        #expect(Dateline.wordsAfter(["MENAFN", "-", "AzerNews),", "the", "President", "arrived"]) == ["the", "President", "arrived"])
        // The paper it reprints is the source (there had been none).
        let reprint = try #require(parse("""
        President arrives at the White House

        MENAFN - AzerNews) On August 8, the President of Azerbaijan arrived at the White House for talks on a peace deal.
        """).0)
        #expect(reprint.source == "AzerNews")
        #expect(MetadataExtractor.reprintCredit("(MENAFN - Gulf Times) The Amir received a call") == "Gulf Times")
        #expect(MetadataExtractor.reprintCredit("The Amir received a call (MENAFN)") == nil)
        let ena = try #require(parse("""
        ENA February 11/2020 The 33rd African Union summit concluded on Monday in Addis Ababa, with discussions on a conflict-free Africa.

        The summit, held from 21st January to 10th of February 2020, wrapped up after long delays.
        """).0)
        #expect(ena.published?.value == "2020-02-11" && ena.published?.basis.kind == .stated)
        #expect(ena.title.hasPrefix("The 33rd African Union summit concluded"))
    }

    /// A line with a web address is no headline: "Brazil Agency https://example.com.br/autor/agencia/ 11/26/2023 –
    /// 19:44" over a story that has none (it had been the title).
    @Test func aLineWithAnAddressIsNoHeadline() throws {
        let article = try #require(parse("""
        Brazil Agency https://example.com.br/autor/agencia-brasil/ 11/26/2023 – 19:44

        The Minister of Foreign Affairs assessed the meeting with the Argentine deputy-elect as productive at a press conference this Sunday.

        The presidency of the bloc runs until December 7th, three days before the new president takes office.
        """).0)
        #expect(!article.title.contains("https"))
        #expect(article.published?.value == "2023-11-26T19:44")
    }

    /// The headline printed again under two related headlines is the title (the longest related headline,
    /// and the one over it, had been).
    @Test func theLineAPagePrintsTwiceIsItsHeadline() throws {
        let article = try #require(parse("""
        Russia vetoed the council resolution condemning the invasion

        More than 50 countries sign a declaration to override the veto at the United Nations General Assembly

        The secretary-general affirms that the organisation stands firmly on the side of peace, justice, international law and human rights

        Russia vetoed the council resolution condemning the invasion

        Russia used its veto this Friday to block the resolution demanding the immediate withdrawal of troops.
        """).0)
        #expect(article.title == "Russia vetoed the council resolution condemning the invasion")
        #expect(article.paragraphs.count == 1)
        // Printed again as its picture's alternative text, numbered after a dash, over the picture's caption.
        let pictured = try #require(parse("""
        Print article

        Minister holds talks with Slovenian counterpart

        GOV - Foreign Minister Lan Anh held talks with her Slovenian counterpart Tanja Fajon in Ljubljana on March 4, as part of an official visit to Europe.

        Posts Minh Chau

        March 5, 2024 10:02 PM GMT+7
        Minister holds talks with Slovenian counterpart- Photo 1.

        Foreign Minister Lan Anh holds talks with her Slovenian counterpart Tanja Fajon, Ljubljana, March 4, 2024

        The two ministers agreed to strengthen contacts and delegation exchanges between the two ministries.
        """).0)
        #expect(pictured.title == "Minister holds talks with Slovenian counterpart")
    }

    /// The headline stands above the byline; the long sentence below it that lost its stop is the story's
    /// lead, not its headline.
    @Test func aLeadUnderTheBylineIsNoHeadline() throws {
        let article = try #require(parse("""
        Foreign Ministry Summons Chilean Envoy Over Embassy Incident

        Ana Duarte Published March 4, 2023 | 06:15 PM

        The Foreign Ministry on Saturday summoned the Chilean ambassador in Lima and handed her a note of protest over an incident at the embassy in Santiago

        The ministry said it expected Chile to take immediate measures to protect its diplomatic missions.
        """).0)
        #expect(article.title == "Foreign Ministry Summons Chilean Envoy Over Embassy Incident")
        #expect(article.authors == ["Ana Duarte"])
        #expect(article.paragraphs.count == 2)
        #expect(article.body.hasPrefix("The Foreign Ministry on Saturday summoned"))
    }

    /// A site's categories in the order of the alphabet are a menu, however long.
    @Test func categoriesInTheOrderOfTheAlphabetAreNoHeadline() throws {
        let article = try #require(parse("""
        Defence Democracy Destination Diplomatic Global News Government

        Japan-Chile Foreign Ministers’ Meeting

        On August 15, the foreign ministers of Japan and Chile held a meeting in Tokyo and agreed to strengthen cooperation.
        """).0)
        #expect(article.title == "Japan-Chile Foreign Ministers’ Meeting")
    }

    /// "Contact Us" opening a scrape is a link of the site's, no masthead (it had been the story's source).
    @Test func aLinkToTheSitesPagesIsNoMasthead() throws {
        let article = try #require(parse("""
        Contact Us
         Home > Spokesperson's Remarks
        Foreign Ministry Spokesperson's Regular Press Conference on October 31, 2011

        The spokesperson started the press conference with the following announcements on the premier's visit to Russia.
        """).0)
        #expect(article.source == nil)
        #expect(article.title == "Foreign Ministry Spokesperson's Regular Press Conference on October 31, 2011")
    }

    @Test func headerLinesOfOtherPublishers() throws {
        func header(_ line: String) throws -> Article {
            try #require(parse("""
            Japan and China hold talks on maritime disputes

            \(line)

            Japanese and Chinese diplomats met in Tokyo on Thursday to discuss maritime disputes, officials said.

            The talks were the first since the two countries agreed last year to resume the dialogue.
            """).0)
        }
        let kyodo = try header("KYODO NEWS - Feb 16, 2024 - 11:24 | World, All")
        #expect(kyodo.source == "Kyodo")
        #expect(kyodo.published?.value == "2024-02-16T11:24")
        let xinhua = try header("Source: Xinhua | 2024-02-16 10:25:30 | Editor: huaxia")
        #expect(xinhua.source == "Xinhua")
        let diplomat = try header("By Mercy A. Kuo February 16, 2024")
        #expect(diplomat.authors == ["Mercy A. Kuo"])
        #expect(diplomat.published?.value == "2024-02-16")
        #expect(try header("Published: 6:00pm, 16 Feb 2024").published?.value == "2024-02-16T18:00")
        #expect(try header("Fri 16 Feb 2024 05.03 GMT").published?.value == "2024-02-16T05:03")
        #expect(try header("16.02.2024").published?.value == "2024-02-16")
        let desk = try header("TOI World Desk / TIMESOFINDIA.COM / Updated: Jul 9, 2024, 17:45 IST")
        #expect(desk.source == "timesofindia.com")
        #expect(desk.published?.value == "2024-07-09T17:45")
        #expect(try header("Home / World / Asia / Jul 9, 2024").source == nil)
        // Reuters pages scrape with the year run into the clock.
        #expect(try header("March 26, 20241:12 AM GMT+9Updated 2 years ago").published?.value == "2024-03-26T01:12")
        #expect(try header("February 16, 202411:40 PM GMT+9").published?.value == "2024-02-16T23:40")
        // An agency alone among the header's bullets.
        let bullets = try header("- World\n- Anadolu Agency\n- Published Date: 12:00 | 20 January 2018")
        #expect(bullets.source == "Anadolu")
        #expect(bullets.published?.value == "2018-01-20T12:00")
    }

    @Test func aLabelledPublicationLineOutranksTheDateOverTheMenu() throws {
        let a = try #require(parse("""
        Korea JoongAng Daily
        Sunday
        November 24, 2024
        National
        Seoul, Tokyo agree to resume shuttle diplomacy after Lima talks
        Published: 16 Nov. 2024, 14:02 Updated: 16 Nov. 2024, 18:30
        By Michael Lee
        President Yoon Suk Yeol and Japanese Prime Minister Shigeru Ishiba held their first summit on Friday in Lima.
        """).0)
        #expect(a.published?.value == "2024-11-16T14:02")
    }

    /// Euractiv dates its pages "01-11-2024": day first, as the story writes its dates ("1 November").
    @Test func aDashedDateReadsTheWayThePageWritesItsDates() throws {
        let a = try #require(parse("""
        EURACTIV
        Global Europe
        EU, Japan launch security and defence partnership at Tokyo summit
        By Alexandra Brzozowski | Euractiv.com
        01-11-2024 (updated: 02-11-2024)
        The European Union and Japan on Friday (1 November) launched a security and defence partnership.

        Borrell is also due to visit Seoul on Sunday (3 November), where he will hold talks with Cho Tae-yul.
        """).0)
        #expect(a.published?.value == "2024-11-01")
        #expect(a.published?.basis.kind == .stated)
    }

    @Test func aShoutedWordOverTheMenuIsTheMasthead() throws {
        let page = """
        POLITICO
        Newsletters
        Podcasts
        EU and UK seal post-Brexit reset deal at London summit
        May 19, 2025 5:03 pm CET
        LONDON — The European Union and the United Kingdom agreed on Monday to a sweeping reset of relations.
        """
        let politico = try #require(parse(page).0)
        #expect(politico.source == "Politico")
        #expect(politico.title == "EU and UK seal post-Brexit reset deal at London summit")
        // A section label at the top names no publisher.
        let world = try #require(parse(page.replacingOccurrences(of: "POLITICO", with: "WORLD")).0)
        #expect(world.source == nil)
        // A brand written in camel case opens its page too.
        let merco = try #require(parse(page.replacingOccurrences(of: "POLITICO", with: "MercoPress")).0)
        #expect(merco.source == "MercoPress")
        #expect(try #require(parse(page.replacingOccurrences(of: "POLITICO", with: "Europe")).0).source == nil)
    }

    @Test func aRegionOverTheHeadlineIsTheMenusSectionNotTheMasthead() throws {
        let a = try #require(parse("""
        Home
        News
        Africa
        AU mediators hold fresh talks on Sudan ceasefire in Addis Ababa
        By Fatima Hassan
        Addis Ababa, 18 March 2025
        African Union mediators met representatives of Sudan's army and the Rapid Support Forces in Addis Ababa on Monday.
        The talks are the first between the two sides since negotiations in Jeddah collapsed in December 2023.
        """).0)
        #expect(a.source == nil)
        #expect(a.authors == ["Fatima Hassan"])
    }

    @Test func aBulletedTimelineIsContent() throws {
        let a = try #require(parse("""
        Timeline: Key moments in Japan-North Korea relations

          • January 5, 2018
          • , The Asahi Shimbun , 1:50 p.m.

        Here are key events in relations between Japan and North Korea, from the first summit on.

        • May 22, 2004: Koizumi makes a second visit to Pyongyang.
        * July 2006: North Korea test-fires seven missiles; Japan imposes sanctions.
        - Oct. 15, 2002 – Five abductees return to Japan.
        """).0)
        #expect(a.body.contains("Koizumi makes a second visit"))
        #expect(a.body.contains("test-fires seven missiles"))
        #expect(a.body.contains("Five abductees return"))
        #expect(!a.body.contains("Asahi Shimbun"))
        #expect(a.published?.value == "2018-01-05T13:50")
    }

    @Test func copyrightLineNamesTheAgency() throws {
        let text = """
        Japan and North Korea held secret talks, officials say

        TOKYO — Japanese and North Korean officials held secret talks in Mongolia last month, two officials said on Tuesday.

        The officials spoke on condition of anonymity because they were not authorized to discuss the talks.

        Copyright © 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
        """
        let a = try #require(parse(text).0)
        #expect(a.source == "The Associated Press")
        #expect(!a.body.contains("Copyright"))
        #expect(MetadataExtractor.copyrightHolder("© 2024 France 24") == "France 24")
        #expect(MetadataExtractor.copyrightHolder("Copyright 2003-2024 Kyodo News 2024") == "Kyodo News")
        // Two marks together, the year closing a sentence.
        #expect(MetadataExtractor.copyrightHolder("Copyright (c) 2024. RFE/RL, Inc. Used with the permission of Radio Free Europe") == "RFE/RL, Inc")
        // A company's name (its legal form says so) is the owner, not the paper: "The Irish Times DAC".
        #expect(MetadataExtractor.isCompany("The Irish Times DAC") && MetadataExtractor.isCompany("Guardian News & Media Limited"))
    }

    /// An ABC (Australia) page: the headline sits above the masthead and byline, and the photo's caption
    /// ends with the outlet's and the photographer's credit; the byline puts the beat before the name.
    @Test func captionClosedByAPhotographerCreditIsNoHeadline() throws {
        let text = """
        ABC News
        Just In
        Politics
        Albanese meets Li Qiang in Canberra as China lifts ban on Australian lobster
        ABC News
        By political reporter Tom Crowley and Stephen Dziedzic
        Posted Mon 17 Jun 2024 at 1:46pm, updated Mon 17 Jun 2024 at 5:30pm
        Prime Minister Anthony Albanese and Chinese Premier Li Qiang walk down the steps of Parliament House. (ABC News: Matt Roberts)
        Prime Minister Anthony Albanese has held talks with Chinese Premier Li Qiang at Parliament House, the first visit to Australia by a Chinese premier in seven years.
        Mr Li arrived in Adelaide on Saturday, where he visited a panda exhibit and a winery.
        """
        let a = try #require(parse(text).0)
        #expect(a.title == "Albanese meets Li Qiang in Canberra as China lifts ban on Australian lobster")
        #expect(a.authors == ["Tom Crowley", "Stephen Dziedzic"])
        #expect(!a.body.contains("Matt Roberts"))
        #expect(a.body.contains("Mr Li arrived in Adelaide"))
    }

    /// VOA: "Blinken, center, arrives"; Dawn: a caption signed after a dash, a masthead that is an
    /// address; Anadolu: the writer, a bar, then the date and its update.
    @Test func captionsSignedAfterADashOrPlacingPeopleAndABarredByline() throws {
        let voa = """
        VOA
        Blinken Arrives in Beijing for Talks as US-China Tensions Simmer
        April 24, 2024 9:12 AM
        By VOA News
        U.S. Secretary of State Antony Blinken, center, arrives at Shanghai Pudong International Airport in Shanghai, China, April 24, 2024.
        U.S. Secretary of State Antony Blinken arrived in Shanghai on Wednesday at the start of a three-day visit to China.
        Blinken is expected to meet Chinese Foreign Minister Wang Yi in Beijing on Friday.
        """
        let v = try #require(parse(voa).0)
        #expect(!v.body.contains("center, arrives"))
        #expect(v.body.contains("arrived in Shanghai on Wednesday"))

        let dawn = """
        DAWN.COM
        Home
        Shehbaz, Chinese premier Li agree to speed up CPEC projects
        Baqir Sajjad Syed
        Published June 8, 2024
        Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang at the Great Hall of the People in Beijing on Friday. — PID
        BEIJING: Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang on Friday agreed to accelerate work on the China-Pakistan Economic Corridor.
        He is scheduled to meet President Xi Jinping on Saturday before returning home.
        """
        let d = try #require(parse(dawn).0)
        #expect(d.title == "Shehbaz, Chinese premier Li agree to speed up CPEC projects")
        #expect(d.source == "dawn.com")
        #expect(!d.body.contains("— PID"))

        let anadolu = """
        AA
        Politics
        Turkish, Greek leaders meet in Athens, pledge to boost trade
        Ahmet Gencturk |07.12.2023 - Update : 07.12.2023
        ANKARA
        Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis on Thursday signed a joint declaration on friendly relations in Athens.
        The two leaders agreed to raise bilateral trade to $10 billion.
        """
        let a = try #require(parse(anadolu).0)
        #expect(a.authors == ["Ahmet Gencturk"])
        #expect(a.published?.value == "2023-12-07")
    }

    /// Writers then the date on one line: two of them parted by a comma (Anadolu), or the date after
    /// "Published" (Dawn); a place and a comma before the date are a dateline, not a writer.
    @Test func writersThenTheDateOnOneLine() throws {
        let anadolu = try #require(parse("""
        Anadolu Ajansı
        Turkish, Hungarian leaders discuss bilateral ties in Budapest
        Burak Bir, Ahmet Gencturk |18.12.2024 - Update : 18.12.2024
        ANKARA
        Turkish President Recep Tayyip Erdogan met Hungarian Prime Minister Viktor Orban in Budapest on Wednesday, the directorate said.
        """).0)
        #expect(anadolu.authors == ["Burak Bir", "Ahmet Gencturk"])
        let dawn = try #require(parse("""
        DAWN.COM
        Dar, Afghan counterpart agree to boost trade in Kabul talks
        Baqir Sajjad Syed Published December 12, 2024 Updated December 12, 2024 07:15am
        ISLAMABAD: Deputy Prime Minister Ishaq Dar held talks with Afghan interim Foreign Minister Amir Khan Muttaqi in Kabul on Wednesday.
        """).0)
        #expect(dawn.authors == ["Baqir Sajjad Syed"])
        #expect(dawn.published?.value == "2024-12-12T07:15")
        let dateline = try #require(parse("""
        AU mediators hold fresh talks on Sudan ceasefire
        By Fatima Hassan
        Addis Ababa, 18 March 2025
        African Union mediators met representatives of Sudan's army in Addis Ababa on Monday, the council said.
        """).0)
        #expect(dateline.authors == ["Fatima Hassan"])
    }

    /// NPR: the caption comes before its credit and the story's dateline after it; two writers on two
    /// lines; "© 2023 npr" under the masthead "NPR".
    @Test func captionOverItsCreditTwoBareBylinesAndTheMastheadsSpelling() throws {
        let text = """
        NPR
        Sections
        World
        Biden and Xi agree to restore military communications at California summit
        November 15, 20237:08 PM ET
        Asma Khalid
        Deepa Shivaram
        President Biden and Chinese President Xi Jinping walk together at the Filoli estate in Woodside, Calif., on Wednesday.
        Brendan Smialowski/AFP via Getty Images
        WOODSIDE, Calif. — President Biden and Chinese leader Xi Jinping agreed on Wednesday to resume military-to-military communications, after four hours of talks.
        It was the first time the two leaders had met in person in a year.
        Sponsor Message
        © 2023 npr
        """
        let a = try #require(parse(text).0)
        #expect(a.source == "NPR")
        #expect(a.authors == ["Asma Khalid", "Deepa Shivaram"])
        #expect(a.body.contains("agreed on Wednesday to resume"))
        #expect(!a.body.contains("walk together"))
    }

    /// Nikkei Asia: a headline over a shorter standfirst, the writers in capitals before their role;
    /// The Times of Israel: "and Agencies" is no writer; the BBC: the writer's post under the byline is
    /// not a second writer.
    @Test func headlineOverAShortStandfirstAndBylinesWithRoles() throws {
        let nikkei = """
        Nikkei Asia
        Politics
        International relations
        Japan and Philippines sign defense pact allowing troop deployments
        Reciprocal Access Agreement is Tokyo's first in Asia, amid China's assertiveness
        KIYOSHI TAKENAKA and RURIKA IMAHASHI, Nikkei staff writers
        July 8, 2024 14:53 JST
        MANILA -- Japan and the Philippines on Monday signed a defense pact that will allow their forces to be deployed on each other's soil.
        The pact needs to be ratified by Japan's parliament and the Philippine Senate before it takes effect.
        """
        let n = try #require(parse(nikkei).0)
        #expect(n.title == "Japan and Philippines sign defense pact allowing troop deployments")
        #expect(n.authors == ["Kiyoshi Takenaka", "Rurika Imahashi"])

        let toi = """
        The Times of Israel
        Israel at War - Day 132
        Blinken lands in Israel for fifth visit since war began, pushing for hostage deal
        US secretary of state to meet Netanyahu, Herzog and Gallant; trip comes as Hamas response to truce proposal is studied in Jerusalem
        By Lazar Berman and Agencies
        7 February 2024, 1:12 am
        US Secretary of State Antony Blinken arrived in Israel on Tuesday night, the latest stop on a Middle East tour aimed at securing a deal.
        Blinken was set to meet Prime Minister Benjamin Netanyahu on Wednesday morning.
        """
        let t = try #require(parse(toi).0)
        #expect(t.title == "Blinken lands in Israel for fifth visit since war began, pushing for hostage deal")
        #expect(t.authors == ["Lazar Berman"])

        let bbc = """
        BBC Homepage
        News
        Zelensky sacks top general Zaluzhny in major shake-up
        8 February 2024
        By James Waterhouse
        BBC Ukraine correspondent
        Ukraine's President Volodymyr Zelensky has dismissed the head of the country's armed forces, following months of speculation.
        Mr Zelensky announced the decision on Thursday evening after meeting Gen Zaluzhny.
        """
        #expect(try #require(parse(bbc).0).authors == ["James Waterhouse"])
    }

    /// Daily Sabah: a shouted masthead, a byline of the site with an agency in capitals, a caption closed
    /// by "(AA Photo)" and a date line opened by the city; the Inquirer: "By:" and the writer's post;
    /// the Hindustan Times: the city the writer files from.
    @Test func shoutedMastheadCityDateLineAndBylinesWithColonsAndPlaces() throws {
        let sabah = """
        DAILY SABAH
        TÜRKIYE
        POLITICS
        Erdoğan, Mitsotakis vow 'new chapter' as Türkiye, Greece sign 15 deals
        by DAILY SABAH WITH AA
        ISTANBUL Dec 07, 2023 - 4:47 pm GMT+3
        President Recep Tayyip Erdoğan and Greek Prime Minister Kyriakos Mitsotakis shake hands after a joint news conference in Athens, Greece, Dec. 7, 2023. (AA Photo)
        President Recep Tayyip Erdoğan and Greek Prime Minister Kyriakos Mitsotakis on Thursday pledged to open a "new chapter" in relations, as Türkiye and Greece signed 15 agreements in Athens.
        The two leaders agreed to set a bilateral trade target of $10 billion.
        """
        let s = try #require(parse(sabah).0)
        #expect(s.title == "Erdoğan, Mitsotakis vow 'new chapter' as Türkiye, Greece sign 15 deals")
        #expect(s.source == "Daily Sabah")
        #expect(s.authors.isEmpty)
        #expect(s.published?.value == "2023-12-07T16:47")
        #expect(!s.body.contains("AA Photo"))

        let inquirer = """
        INQUIRER.NET
        Marcos, Albanese hold talks, sign maritime cooperation deal
        By: Krixia Subingsubing - Reporter / @KSubingsubingINQ
        Philippine Daily Inquirer / 05:30 AM March 01, 2024
        CANBERRA—President Marcos and Australian Prime Minister Anthony Albanese on Thursday agreed to step up maritime cooperation.
        The two leaders witnessed the signing of agreements on maritime cooperation and cybersecurity.
        """
        #expect(try #require(parse(inquirer).0).authors == ["Krixia Subingsubing"])

        let ht = """
        HT
        Jaishankar meets Wang Yi in Astana, calls for complete disengagement along LAC
        By Rezaul H Laskar, New Delhi
        Jul 04, 2024 03:46 PM IST
        External affairs minister S Jaishankar on Thursday met Chinese foreign minister Wang Yi in Astana.
        The meeting was their first since the formation of the new government in New Delhi last month.
        """
        #expect(try #require(parse(ht).0).authors == ["Rezaul H Laskar"])
    }

    /// Le Monde: a masthead opened by a French article; India's foreign ministry: "Press Releases" over
    /// a dated headline is the menu, not a writer.
    @Test func foreignArticleMastheadAndAGovernmentMenu() throws {
        let lemonde = """
        Le Monde
        International
        France and Germany seek to mend ties as Macron, Scholz meet in Hamburg
        By Thomas Wieder (Berlin correspondent)
        Published on October 10, 2023, at 11:50 am (Paris), updated at 3:14 pm
        French President Emmanuel Macron and German Chancellor Olaf Scholz met in Hamburg on Monday for an unprecedented two-day retreat.
        Macron will return to Germany for a state visit in early July 2024, Scholz announced.
        """
        let l = try #require(parse(lemonde).0)
        #expect(l.source == "Le Monde")
        #expect(l.authors == ["Thomas Wieder"])

        let mea = """
        Ministry of External Affairs
        Government of India
        Media Center
        Press Releases
        Visit of External Affairs Minister to Singapore (March 23-25, 2024)
        March 22, 2024
        External Affairs Minister Dr. S. Jaishankar will pay an official visit to Singapore from 23-25 March 2024.
        During the visit, EAM will call on Prime Minister Lee Hsien Loong and hold talks with Foreign Minister Vivian Balakrishnan.
        """
        let m = try #require(parse(mea).0)
        #expect(m.authors.isEmpty)
        #expect(m.title == "Visit of External Affairs Minister to Singapore (March 23-25, 2024)")
    }

    /// RFE/RL: a caption that says who stands where, a copyright line with two marks; the Kyiv
    /// Independent: a byline in lower case.
    @Test func positionalCaptionLowercaseBylineAndDoubleCopyrightMark() throws {
        let rferl = """
        RFE/RL
        Radio Free Europe/Radio Liberty
        Central Asia
        Kazakh, Chinese Leaders Sign Deals As Xi Visits Astana Ahead Of SCO Summit
        July 02, 2024 17:25 GMT
        By RFE/RL's Kazakh Service
        Chinese leader Xi Jinping (left) and Kazakh President Qasym-Zhomart Toqaev during a welcoming ceremony in Astana on July 2.
        Chinese leader Xi Jinping and Kazakh President Qasym-Zhomart Toqaev signed a series of agreements on energy, transport and trade in Astana on July 2.
        Toqaev said the two countries aimed to raise their annual trade to $40 billion.
        Copyright (c) 2024. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty.
        """
        let r = try #require(parse(rferl).0)
        #expect(r.source == "Radio Free Europe/Radio Liberty")
        #expect(!r.body.contains("(left)"))
        #expect(r.body.contains("signed a series of agreements"))

        let kyiv = """
        The Kyiv Independent
        News
        Ukraine war latest: Zelensky, Erdogan discuss Black Sea security in Istanbul
        by Martin Fornusek and Kateryna Denisova
        March 8, 2024 10:41 PM
        President Volodymyr Zelensky met with Turkish President Recep Tayyip Erdogan in Istanbul on March 8 to discuss Black Sea navigation.
        "Turkey is ready to host a peace summit that would include Russia," Erdogan said at a joint press conference after the talks.
        """
        let k = try #require(parse(kyiv).0)
        #expect(k.authors == ["Martin Fornusek", "Kateryna Denisova"])
        #expect(!k.body.contains("Fornusek"))

        // "By Euronews with AFP": the site and an agency sign, no writer.
        let euronews = """
        euronews
        Europe News
        Orbán meets Macron in Paris ahead of EU summit on Ukraine aid
        By Euronews with AFP
        Published on 08/12/2023 - 16:18 GMT+1
        Hungarian Prime Minister Viktor Orbán held talks with French President Emmanuel Macron at the Elysée Palace on Thursday evening.
        The two leaders discussed the European agenda and the situation in Ukraine over a working dinner.
        Copyright © euronews 2023
        """
        let e = try #require(parse(euronews).0)
        #expect(e.authors.isEmpty)
    }

    /// A France 24 page: its numeric dates are day first, as its dates in words are, and its name has a number.
    @Test func dayFirstPageWithANumberInItsName() throws {
        let text = """
        France 24
        Live
        Europe
        Macron hosts Scholz and Tusk in Berlin-bound push for Ukraine support
        Issued on: 12/03/2024 - 14:05 Modified: 12/03/2024 - 16:20
        3 min
        French President Emmanuel Macron, German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk will meet in Berlin on Friday, 15 March, to discuss support for Ukraine, the Élysée said on Tuesday.
        Scholz met Macron in Paris on 8 March.
        © 2024 France 24
        """
        let a = try #require(parse(text).0)
        #expect(a.published?.value == "2024-03-12T14:05")
        #expect(a.source == "France 24")
    }

    @Test func sourceCreditLineNamesThePublisher() throws {
        let text = """
        Published On 4 Mar 2022

        Zelenskyy urges NATO to impose no-fly zone

        Ukrainian President Volodymyr Zelenskyy has criticised NATO for refusing to impose a no-fly zone over Ukraine.

        Speaking in a video address late on Friday, Zelenskyy said the alliance had given a green light to further bombing.

        SOURCE: AL JAZEERA AND NEWS AGENCIES
        """
        let a = try #require(parse(text).0)
        #expect(a.source == "Al Jazeera")
        #expect(!a.body.contains("SOURCE"))
        #expect(MetadataExtractor.sourceCredit("Sources: Reuters, AFP") == "Reuters")
        #expect(MetadataExtractor.sourceCredit("Source: a senior official said so") == nil)
        // ("Source: Xinhua   Editor: Wang Qingchu": the editor's credit is another label's.)
        #expect(MetadataExtractor.sourceCredit("Source: Xinhua   Editor: Wang Qingchu") == "Xinhua")
    }

    @Test func broadcasterPageWithImageCaptionsAndABeatByline() throws {
        let text = """
        Skip to content
        BBC News
        Home
        World

        Iran and Saudi Arabia agree to restore ties after years of hostility

        Published
        10 March 2023

        Image source, Reuters
        Image caption, Chinese top diplomat Wang Yi (centre) oversaw the signing in Beijing

        Patrick Wintour Diplomatic editor

        Iran and Saudi Arabia have agreed to restore diplomatic relations and reopen embassies within two months.

        The deal was announced after four days of previously undisclosed talks in Beijing, officials said.
        """
        let a = try #require(parse(text).0)
        #expect(a.title == "Iran and Saudi Arabia agree to restore ties after years of hostility")
        #expect(a.source == "BBC News")
        #expect(a.authors == ["Patrick Wintour"])
        #expect(a.published?.value == "2023-03-10")
        #expect(!a.body.contains("Image caption"))
        // A section is no masthead, a beat alone no byline.
        #expect(BoilerplateClassifier.nameBeforeRole("Middle East analyst") == nil)
        #expect(BoilerplateClassifier.nameBeforeRole("Sebastian Usher Middle East analyst") == "Sebastian Usher")
        // ("By John Smith Staff Writer": the byline's "By" is no part of the name; it had been "By John Smith".)
        #expect(BoilerplateClassifier.nameBeforeRole("By John Smith Staff Writer") == "John Smith")
        #expect(BoilerplateClassifier.nameBeforeRole("By Maria Lopez Senior Correspondent") == "Maria Lopez")
    }

    @Test func blogRepostWithCommentsBelow() throws {
        let text = """
        Home | Politics | World
        Kishida says summit with Kim would be crucial

        Posted by admin

        Japanese Prime Minister Fumio Kishida told lawmakers on Tuesday that a summit with North Korean leader Kim Jong Un was crucial for resolving the abduction issue.

        He said his government was using various channels to approach Pyongyang.

        Share this:
        Twitter
        Facebook

        12 Comments

        John says:
        This will never happen, they have tried for decades.

        Reply
        """
        let a = try #require(parse(text).0)
        #expect(a.title == "Kishida says summit with Kim would be crucial")
        #expect(a.body.contains("Japanese Prime Minister Fumio Kishida told lawmakers"))
        #expect(a.body.contains("He said his government was using various channels"))
        #expect(!a.body.contains("This will never happen"))
        #expect(!a.body.contains("Share this"))
        #expect(!a.body.contains("Home | Politics"))
    }

    /// Pages whose headline has a standfirst under it, whose date comes after the standfirst, whose
    /// masthead is in capitals, whose byline is a bare name, or whose publisher is an institution.
    @Test func headlineOverStandfirstAndAShoutedMasthead() throws {
        let a = try #require(parse("""
        THE HINDU
        News / National

        India, China agree on patrolling arrangements along LAC, says Misri

        Foreign Secretary says the agreement will lead to disengagement and resolution of issues that arose in 2020

        Kallol Bhattacherjee
        NEW DELHI - Updated - October 21, 2024 09:28 pm IST

        India and China have reached an agreement on patrolling arrangements along the Line of Actual Control, Foreign Secretary Vikram Misri said on Monday.
        """).0)
        #expect(a.title == "India, China agree on patrolling arrangements along LAC, says Misri")
        // The line a wire story's dateline follows is its headline, whatever line stands over it.
        let wire = try #require(parse("""
        The Associated Press

        This is a test for Consumer Pay Call to Action

        Foreign ministers talk trade and conflicts on the last day of their meeting in Santiago

        SANTIAGO, Chile (AP) — Foreign ministers from leading economies focused on trade and global conflicts on Friday, the last day of their meeting in Chile.
        """).0)
        #expect(wire.title == "Foreign ministers talk trade and conflicts on the last day of their meeting in Santiago")
        // Unless the line over it tells the lead's story more closely: a standfirst, attributed, under the headline.
        let tass = try #require(parse("""
        All news

        Kremlin doubts that summit may produce joint document

        For the time being "there are no agreed documents", presidential spokesman Dmitry Peskov said on Wednesday

        MOSCOW, June 2. /TASS/. Russia doubts that the forthcoming summit meeting between the two presidents may produce some joint document, presidential spokesman Dmitry Peskov told the media on Wednesday.
        """).0)
        #expect(tass.title == "Kremlin doubts that summit may produce joint document")
        #expect(a.source == "The Hindu")
        #expect(a.authors == ["Kallol Bhattacherjee"])
        #expect(a.published?.value == "2024-10-21T21:28")
    }

    @Test func theMastheadsMottoIsNoHeadline() throws {
        let a = try #require(parse("""
        The Mainichi
        Japan's National Daily Since 1922
        Japan, S. Korea defense chiefs agree to improve ties after radar row
        June 1, 2024 (Mainichi Japan)
        SINGAPORE (Kyodo) -- The defense chiefs of Japan and South Korea agreed Saturday to take steps to prevent a recurrence of a 2018 radar incident.
        """).0)
        #expect(a.title == "Japan, S. Korea defense chiefs agree to improve ties after radar row")
    }

    @Test func dateLinesUnderTheStandfirst() throws {
        let a = try #require(parse("""
        DW
        Politics | Germany
        Scholz and Macron pledge unity on Ukraine after Paris talks

        Chancellor Olaf Scholz and President Emmanuel Macron sought to dispel talk of a rift over Western support for Ukraine.

        03/15/2024

        German Chancellor Olaf Scholz hosted his Weimar Triangle partners on Friday hoping to calm tensions.
        """).0)
        #expect(a.source == "DW")
        #expect(a.published?.value == "2024-03-15")
        #expect(a.title == "Scholz and Macron pledge unity on Ukraine after Paris talks")
    }

    @Test func aPictureCreditsCaptionIsNotTheHeadline() throws {
        let a = try #require(parse("""
        Iran nuclear talks resume in Vienna after five-month pause

        By James Landale, Diplomatic correspondent
        29 November 2021

        Getty Images
        Iran's chief negotiator Ali Bagheri Kani arrived in Vienna on Sunday

        Talks aimed at reviving the nuclear deal between Iran and world powers have resumed in Vienna after a five-month break.
        """).0)
        #expect(a.title == "Iran nuclear talks resume in Vienna after five-month pause")
        #expect(a.authors == ["James Landale"])
        #expect(!a.body.contains("arrived in Vienna on Sunday"))
    }

    @Test func pressReleaseOfAMinistry() throws {
        let a = try #require(parse("""
        Ministry of Foreign Affairs of Japan
        Home > Foreign Policy > Press Releases

        Japan-China Foreign Ministers' Meeting

        November 16, 2024

        On November 16, commencing at 9:15 a.m. (local time) for approximately 25 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Mr. Wang Yi.
        """).0)
        #expect(a.title == "Japan-China Foreign Ministers' Meeting")
        #expect(a.source == "Ministry of Foreign Affairs of Japan")
        // A head of state's office names itself at the top of the page only.
        let kremlin = try #require(parse("President of Russia\nEvents\n\nTelephone conversation with President of Turkey Recep Tayyip Erdogan\n\nMarch 12, 2024\n\nVladimir Putin had a telephone conversation with President of the Republic of Turkey Recep Tayyip Erdogan at the initiative of the Turkish side.\n").0)
        #expect(kremlin.source == "President of Russia")
        #expect(kremlin.title == "Telephone conversation with President of Turkey Recep Tayyip Erdogan")
        // A title-case headline opened by a ministry is still the headline.
        let headline = try #require(parse("Ministry of Defense Says North Korea Fired Missile\n\nMarch 3, 2024\n\nSouth Korea said North Korea fired a ballistic missile into the sea on Sunday, the defense ministry said.\n").0)
        #expect(headline.title == "Ministry of Defense Says North Korea Fired Missile")
        // The clock in the first sentence is the meeting's, not the release's.
        #expect(a.published?.value == "2024-11-16")
    }

    @Test func wireVersionMarksLeaveTheHeadline() {
        #expect(MetadataExtractor.withoutWireTag("(LEAD) S. Korea, China agree to resume dialogue") == "S. Korea, China agree to resume dialogue")
        #expect(MetadataExtractor.withoutWireTag("(2nd LD) N. Korea fires missile") == "N. Korea fires missile")
        #expect(MetadataExtractor.withoutWireTag("UPDATE 2-China says talks went well") == "China says talks went well")
        #expect(MetadataExtractor.withoutWireTag("EXCLUSIVE-U.S. weighs new sanctions") == "U.S. weighs new sanctions")
        #expect(MetadataExtractor.withoutWireTag("(News Focus) Seoul weighs options") == "(News Focus) Seoul weighs options")
        #expect(MetadataExtractor.withoutWireTag("Japan-North Korea talks must help") == "Japan-North Korea talks must help")
        #expect(MetadataExtractor.withoutWireTag("US-China talks resume") == "US-China talks resume")
        #expect(MetadataExtractor.withoutWireTag("NATO-Russia council meets") == "NATO-Russia council meets")
        #expect(MetadataExtractor.withoutWireTag("ASEAN-Japan summit opens") == "ASEAN-Japan summit opens")
    }

    @Test func aNameAndADateOnOneLine() throws {
        let a = try #require(parse("""
        NK News
        North Korea rejects Japanese summit proposal, saying Tokyo 'not brave enough'
        Jeongmin Kim  March 26, 2024

        North Korea will not hold a summit with Japan, Kim Yo Jong said on Tuesday.
        """).0)
        #expect(a.authors == ["Jeongmin Kim"])
        #expect(a.published?.value == "2024-03-26")
        #expect(a.source == "NK News")
    }

    @Test func aWirePageWithItsMenuAndDateRunTogether() throws {
        // The menu's links and the date's parts lose their spaces in the scrape; the photo credit signs in capitals.
        let a = try #require(parse("""
        Skip to main content
        Exclusive news, data and analytics for financial market professionalsLearn more aboutRefinitiv
        World
        Asia Pacific
        Japan, China agree to restart talks on seafood ban, Kishida says
        By Tim Kelly and Kiyoshi Takenaka
        November 17, 20238:41 AM GMT+9Updated 2 years ago
        Japanese Prime Minister Fumio Kishida meets Chinese President Xi Jinping in San Francisco, U.S., November 16, 2023. Kyodo via REUTERS Acquire Licensing Rights
        TOKYO, Nov 17 (Reuters) - Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping agreed on Thursday to seek a resolution to the dispute through talks.
        """).0)
        #expect(a.title == "Japan, China agree to restart talks on seafood ban, Kishida says")
        #expect(a.published?.value == "2023-11-17T08:41")
        #expect(a.authors == ["Tim Kelly", "Kiyoshi Takenaka"])
        #expect(!a.body.contains("Acquire Licensing Rights"))
        #expect(a.body.hasPrefix("TOKYO, Nov 17 (Reuters)"))
    }

    @Test func aDateLineLongerThanItsHeadlineIsNoHeadline() throws {
        let a = try #require(parse("""
        Kishida meets Xi
        November 17, 2023 8:41 AM GMT+9 Updated 2 years ago

        TOKYO, Nov 17 (Reuters) - Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping agreed on Thursday to seek a resolution through talks.
        """).0)
        #expect(a.title == "Kishida meets Xi")
        #expect(a.published?.value == "2023-11-17T08:41")
    }

    @Test func pageFurnitureRepeatedInTheStoryIsNoMasthead() throws {
        // "Home" is a menu link, however often the story says "Home Office".
        let a = try #require(parse("""
        News
        Home
        Britain summons Chinese ambassador over spying charges

        The Home Office said on Monday that two men had been charged, and the Home Office minister briefed lawmakers.
        """).0)
        #expect(a.source != "Home")
        #expect(a.title == "Britain summons Chinese ambassador over spying charges")
    }

    @Test func aHomepageLinkAndABylineFiledFromACity() throws {
        let bbc = try #require(parse("""
        BBC Homepage
        Skip to content
        News
        Home
        Zelensky sacks top general Zaluzhny in major shake-up
        8 February 2024
        By James Waterhouse
        BBC Ukraine correspondent

        Ukraine's President Volodymyr Zelensky has dismissed the head of the country's armed forces, following months of speculation.
        """).0)
        #expect(bbc.source == "BBC")
        #expect(bbc.authors == ["James Waterhouse"])
        let guardian = try #require(parse("""
        US foreign policy
        Blinken says US will not abandon Ukraine as aid package stalls in Congress
        Julian Borger in Washington
        Mon 12 Feb 2024 18.32 GMT

        The US secretary of state, Antony Blinken, has told Nato allies that the US will not abandon Ukraine.
        """).0)
        #expect(guardian.authors == ["Julian Borger"])
        #expect(guardian.published?.value == "2024-02-12T18:32")
        let ap = try #require(parse("""
        Blinken and Wang Yi hold talks in Munich as US, China seek to steady ties
        By MATTHEW LEE
        Updated 3:14 PM EST, February 16, 2024

        MUNICH (AP) — U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Friday in Munich.
        """).0)
        #expect(ap.authors == ["Matthew Lee"])
        #expect(ap.source == "AP")
    }

    @Test func theFirstBylineWithNamesWins() throws {
        // "All News 09:55 January 24, 2024" reads like a name and a date; the byline under it names the writer.
        let a = try #require(parse("""
        (LEAD) N. Korea fires cruise missiles into Yellow Sea: JCS
        All News 09:55 January 24, 2024
        (ATTN: ADDS more details in paras 3-5)
        By Kim Soo-yeon

        SEOUL, Jan. 24 (Yonhap) -- North Korea fired several cruise missiles into the Yellow Sea early Wednesday, South Korea's military said.
        """).0)
        #expect(a.authors == ["Kim Soo-yeon"])
        #expect(a.published?.value == "2024-01-24T09:55")
    }

    @Test func aQuestionOverItsBylineIsTheHeadline() throws {
        let a = try #require(parse("""
        Explainer
        What is the AUKUS pact and why does it matter?

        By Colin Packham
        March 14, 2023 5:12 AM GMT+11

        SYDNEY, March 14 (Reuters) - The leaders of Australia, Britain and the United States on Monday unveiled details of a plan.

        Why does it matter? Because it changes the balance of power in the Pacific, analysts say.
        """).0)
        #expect(a.title == "What is the AUKUS pact and why does it matter?")
        #expect(a.source == "Reuters")
        #expect(a.body.contains("Why does it matter? Because"))
        // A question with its standfirst under it, then the byline.
        let withStandfirst = parse("""
        Features | Diplomacy | East Asia
        Can Japan and China Reset Relations After the APEC Summit?
        Ishiba and Xi agreed to pursue a "mutually beneficial strategic relationship." Turning words into deeds will be hard.
        By Kenji Tanaka and Mei Lin
        November 20, 2024
        Japanese Prime Minister Ishiba Shigeru and Chinese President Xi Jinping held their first face-to-face talks on November 15 on the sidelines of the APEC summit in Lima.
        The 30-minute meeting came just over a month after Ishiba took office, and both sides called it constructive.
        """)
        #expect(withStandfirst.0?.title == "Can Japan and China Reset Relations After the APEC Summit?")
        #expect(!withStandfirst.1.contains { $0.message.contains("no headline") })
    }

    @Test func bylinesAndDatesAroundTheStandfirst() throws {
        let express = try #require(parse("""
        Express.co.uk
        World
        Kim Jong-un fury as South Korea and US launch biggest drills in five years

        KIM JONG-UN has vowed to respond with "overwhelming" force after the allies began their largest drills in five years.

        By Ciaran McGrath
        08:45, Tue, Mar 14, 2023 | UPDATED: 09:12, Tue, Mar 14, 2023

        The Freedom Shield drills, which began on Monday and will run for 11 days, involve tens of thousands of troops.
        """).0)
        #expect(express.source == "Express.co.uk")
        #expect(express.published?.value == "2023-03-14T08:45")
        let cnn = try #require(parse("""
        CNN
        Blinken arrives in Beijing for high-stakes visit aimed at stabilizing US-China ties

        By Jennifer Hansler and Kylie Atwood, CNN
        Updated 10:21 PM EDT, Sat June 17, 2023

        US Secretary of State Antony Blinken arrived in Beijing on Sunday, the first visit by America's top diplomat to China in five years.
        """).0)
        #expect(cnn.authors == ["Jennifer Hansler", "Kylie Atwood"])
        let joongang = try #require(parse("Yoon, Kishida agree to restore shuttle diplomacy\n\nBy Sarah Kim [kim.sarah@joongang.co.kr]\n\nPresident Yoon Suk Yeol and Prime Minister Fumio Kishida agreed Thursday to restore regular visits between their leaders.\n").0)
        #expect(joongang.authors == ["Sarah Kim"])
        let koreaTimes = try #require(parse("""
        The Korea Times
        Seoul, Tokyo agree to resume security dialogue after 7-year hiatus

        Updated : 2023-04-24 18:03

        Jung Min-ho
        Seoul and Tokyo held their first security dialogue in more than seven years on Monday, the foreign ministry said.
        """).0)
        #expect(koreaTimes.authors == ["Jung Min-ho"])
        let mainichi = try #require(parse("""
        The Mainichi
        Japan, N. Korea held secret contact in Mongolia in November: sources

        November 28, 2023 (Mainichi Japan)

        Japanese Version

        TOKYO -- Japanese and North Korean government officials secretly met in Mongolia earlier this month, sources said.
        """).0)
        #expect(mainichi.authors.isEmpty)
        #expect(mainichi.published?.value == "2023-11-28")
    }

    /// A lead dense with names is kept: opened by a wire dateline, or right above the next paragraph.
    @Test func aSyndicatedWireCopyIsTheAgencysWithNoWriter() throws {
        let a = try #require(parse("""
        Yahoo News
        Search query
        Sign in
        AFP
        Philippines, Japan sign troop deployment pact
        Agence France-Presse
        Mon, July 8, 2024 at 4:32 PM GMT+9
        2 min read
        The Philippines and Japan signed a landmark defence pact on Monday that will allow the deployment of troops on each other's soil.
        The pact must be ratified by the Japanese parliament before it comes into force, officials said.
        """).0)
        #expect(a.title == "Philippines, Japan sign troop deployment pact")
        #expect(a.published?.value == "2024-07-08T16:32")
        #expect(a.source == "AFP")
        #expect(a.authors.isEmpty)
    }

    @Test func leadsDenseWithNamesAreBody() throws {
        let ap = try #require(parse("""
        Kishida seeks summit with Kim

        By Jane Doe
        March 27, 2024

        TOKYO (AP) — Japanese Prime Minister Fumio Kishida said Wednesday he still hopes to meet North Korean leader Kim Jong Un.

        Japan and North Korea last held a summit in 2004, when then-Prime Minister Junichiro Koizumi traveled to Pyongyang.
        """).0)
        #expect(ap.body.hasPrefix("TOKYO (AP) — Japanese Prime Minister Fumio Kishida said Wednesday"))
        #expect(ap.source == "AP")
        let plain = try #require(parse("""
        Kishida and Yoon hold summit

        March 16, 2023

        Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Thursday.

        The two leaders agreed to resume regular visits, officials said after the talks ended.
        """).0)
        #expect(plain.body.hasPrefix("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol"))
        #expect(plain.title == "Kishida and Yoon hold summit")
    }

    /// "Senior Hamas leader Khalil al-Hayya. (Abed Rahim Khatib/Flash 90)": a caption closed by the photographer
    /// and the agency in brackets is no headline (it had been, over the one above the byline).
    @Test func aCaptionClosedByItsBracketedCreditIsNoHeadline() throws {
        let page = try #require(parse("""
        Delegation in Cairo for Ceasefire Talks

        By Jane Doe

        Senior leader Karim al-Nasser. (Ann Smith/Flash 90)

        A high-level delegation, led by its deputy chief, arrived Sunday morning in Cairo to engage in discussions regarding a ceasefire, officials said.
        """).0)
        #expect(page.title == "Delegation in Cairo for Ceasefire Talks")
        #expect(!page.body.contains("Flash 90"))
        #expect(!page.body.contains("Karim al-Nasser"))
        // A photographer and agency after a slash, run into the caption by the scrape, close it too.
        let gallery = try #require(parse("""
        Two countries reopen embassies

        The two countries have reopened embassies in each other's capitals after long talks, officials said on Monday.

        A man looks at old newspapers on a street in HavanaYamil Lage/AFP

        1961: Members of the militia stand near the coast after the failed landing of CubaGraf/Three Lions/Getty Images

        The embassies will hold receptions next month, the two foreign ministries said in a joint statement.
        """).0)
        #expect(gallery.removed.filter { $0.reason == "photo caption" }.count == 2)
    }
}
