import Testing
import Chronology
@testable import Articles

/// Publishers named by Korean and Japanese pages: a shouted broadcaster with its edition, a copyright
/// line that runs the masthead's words together, a paper credited under the headline.
@Suite struct MastheadTests {
    @Test func aShoutedBroadcasterWithItsEdition() throws {
        let kbs = """
        KBS WORLD
        News
        Politics
        Korea, China, Japan Foreign Ministers Agree to Hold Summit at Earliest Date
        Write: 2023-11-26 15:21:08 Update: 2023-11-26 17:40:12
        The foreign ministers of South Korea, China and Japan have agreed to make preparations to hold a trilateral summit at the earliest date.
        Foreign Minister Park Jin hosted his Chinese and Japanese counterparts, Wang Yi and Yoko Kamikawa, in Busan on Sunday.
        """
        let article = try #require(parse(kbs).0)
        #expect(article.source == "KBS World")
        #expect(article.title == "Korea, China, Japan Foreign Ministers Agree to Hold Summit at Earliest Date")
        #expect(!article.body.contains("KBS"))
        #expect(MetadataExtractor.titleCasedIfShouting("NHK WORLD") == "NHK World")
        #expect(MetadataExtractor.titleCasedIfShouting("THE NEW YORK TIMES") == "The New York Times")
        // A city opening a wire story is still a dateline, not a broadcaster.
        let wire = """
        TEL AVIV
        Israel and Egypt resume talks on border crossing
        Israeli and Egyptian officials met in Cairo on Monday to discuss reopening the Rafah crossing, officials said.
        The talks were the first since the crossing closed in May.
        """
        #expect(try #require(parse(wire).0).source == nil)
    }

    @Test func aCopyrightLineSpelledLikeTheMasthead() throws {
        let chosun = """
        The Chosun Ilbo
        Home > North Korea
        N.Korea Fires Ballistic Missile Ahead of Camp David Summit
        Updated: August 17, 2023 08:27
        North Korea fired a short-range ballistic missile into the East Sea on Wednesday, two days before the leaders of Korea, the U.S. and Japan meet at Camp David.
        The Joint Chiefs of Staff said the missile flew about 350 km.
        Copyright © Chosunilbo & Chosun.com
        """
        #expect(try #require(parse(chosun).0).source == "The Chosun Ilbo")
        let arirang = """
        ARIRANG NEWS
        Foreign ministers of S. Korea, Japan agree to boost cooperation ahead of normalization anniversary
        Updated: 2024-09-06 17:12:40 KST
        Foreign Minister Cho Tae-yul and his Japanese counterpart Yoko Kamikawa met in Seoul on Friday and agreed to prepare events marking the anniversary.
        Kishida and President Yoon Suk Yeol held their 12th summit on Friday, September 6.
        Copyright © ArirangNews. All rights reserved.
        """
        #expect(try #require(parse(arirang).0).source == "Arirang News")
    }

    @Test func aPaperCreditedUnderTheHeadline() throws {
        let yomiuri = """
        The Japan News by The Yomiuri Shimbun
        Politics & Government
        Japan, China Agree to Hold High-Level Economic Dialogue
        The Yomiuri Shimbun
        15:43 JST, November 18, 2023
        SAN FRANCISCO - Prime Minister Fumio Kishida and Chinese President Xi Jinping agreed on Thursday to hold a high-level economic dialogue at an early date.
        The two leaders last met in Bangkok in November last year.
        """
        let article = try #require(parse(yomiuri).0)
        #expect(article.source == "The Yomiuri Shimbun")
        #expect(article.authors.isEmpty)
        #expect(article.published?.value == "2023-11-18T15:43")
    }

    @Test func aBrandWithItsEditionsWord() throws {
        let vnexpress = """
        VnExpress International
        News
        Business
        Travel
        Politics
        Vietnam, US upgrade ties to comprehensive strategic partnership
        By Viet Tuan   September 10, 2023 | 09:04 pm GMT+7
        Vietnam and the U.S. have elevated their relationship to a comprehensive strategic partnership during U.S. President Joe Biden's visit to Hanoi on Sunday.
        The announcement was made after talks between Biden and Party General Secretary Nguyen Phu Trong on Sunday afternoon.
        """
        let article = try #require(parse(vnexpress).0)
        #expect(article.source == "VnExpress International")
        #expect(article.title == "Vietnam, US upgrade ties to comprehensive strategic partnership")
    }

    /// "The Irish Times" over the page, "© 2024 The Irish Times DAC" under it: the company owns the paper,
    /// the masthead names it. Two writers listed with a comma beside the date are the byline.
    @Test func aCompanysCopyrightUnderTheMastheadAndWritersListedWithAComma() throws {
        let page = """
        The Irish Times
        World
        Ireland, Spain and Norway to formally recognise Palestinian state on May 28th
        Wed May 22 2024 - 08:47
        Jack Horgan-Jones, Pat Leahy
        Ireland, Spain and Norway will formally recognise the state of Palestine on May 28th, the three governments announced on Wednesday.
        Taoiseach Simon Harris said the decision was taken in co-ordination with the other two countries.
        © 2024 The Irish Times DAC
        """
        let article = try #require(parse(page).0)
        #expect(article.source == "The Irish Times")
        #expect(article.authors == ["Jack Horgan-Jones", "Pat Leahy"])
        // A broadcaster names itself first: "Radio Free Asia" is the masthead, not a section.
        let rfa = try #require(parse(page.replacingOccurrences(of: "The Irish Times\n", with: "Radio Free Asia\n")
            .replacingOccurrences(of: "© 2024 The Irish Times DAC", with: "Edited by Malcolm Foster.")).0)
        #expect(rfa.source == "Radio Free Asia")
    }

    /// A name in capitalized words opening the page over the headline is its masthead ("Foreign Policy"),
    /// unless the story is set there ("in Hong Kong") or it is a motto ("Democracy Dies in Darkness"). A
    /// byline may describe the writer and end with a period.
    @Test func theFirstLineNamesThePublisher() throws {
        let page = """
        Foreign Policy
        ANALYSIS
        Why the Serbia-Kosovo Deal Keeps Falling Apart
        By Helen Carter, a senior fellow at the European Policy Centre.
        June 14, 2023, 3:41 PM
        Last week, Kosovo police officers took over municipal buildings in three northern towns, sparking clashes with Serb protesters.
        EU foreign policy chief Josep Borrell has summoned both leaders to Brussels for crisis talks next week, officials in Hong Kong said.
        """
        let fp = try #require(parse(page).0)
        #expect(fp.source == "Foreign Policy")
        #expect(fp.authors == ["Helen Carter"])
        #expect(!fp.body.contains("senior fellow"))
        for opening in ["Hong Kong", "Democracy Dies in Darkness"] {
            let other = try #require(parse(page.replacingOccurrences(of: "Foreign Policy\n", with: opening + "\n")).0)
            #expect(other.source == nil, "\(opening)")
        }
    }

    /// Hürriyet Daily News prints the date alone under the story: with no date over it, that line is the
    /// publication date, not a guess from the story's years.
    @Test func aDateAloneUnderTheStoryIsItsPublicationDate() throws {
        let article = try #require(parse("""
        Hürriyet Daily News
        Erdoğan, Mitsotakis pledge to keep calm waters in Aegean
        ATHENS
        Turkish President Recep Tayyip Erdoğan and Greek Prime Minister Kyriakos Mitsotakis agreed on Dec. 7 to keep channels of communication open.
        Relations between the two NATO allies nearly came to blows in 2020 over energy exploration rights.
        The two leaders signed the Athens Declaration on Friendly Relations and witnessed the signing of 15 agreements.
        "There is no problem between us that cannot be solved," Erdoğan told a joint press conference with Mitsotakis.
        Mitsotakis is due to visit Türkiye in the first half of 2024, Erdoğan said at the press conference.
        The High-Level Cooperation Council will convene in Ankara next spring, the two governments said.
        December 08 2023
        """).0)
        #expect(article.published?.value == "2023-12-08")
        #expect(article.published?.basis.kind == .stated)
    }

    /// The Financial Times: a caption credited "© AFP via Getty Images" is no headline (the headline is
    /// the line over the standfirst), and two writers each with where they file from are the byline.
    @Test func aCaptionCreditedToAnAgencyAndWritersWithTheirCities() throws {
        let article = try #require(parse("""
        Financial Times
        EU and Mercosur strike trade deal after 25 years of talks
        Brussels overcomes opposition from France to seal agreement with South American bloc
        Ursula von der Leyen said the deal was 'a win for Europe' © AFP via Getty Images
        Andy Bounds in Brussels and Michael Pooler in São Paulo
        Published December 6 2024
        The EU and the Mercosur bloc of South American countries have concluded negotiations on a free trade agreement.
        European Commission president Ursula von der Leyen announced the deal in Montevideo on Friday.
        """).0)
        #expect(article.title == "EU and Mercosur strike trade deal after 25 years of talks")
        #expect(article.authors == ["Andy Bounds", "Michael Pooler"])
        #expect(!article.body.contains("Getty"))
    }

    /// The New York Times: a menu of sections in a row is no headline, and the date under the byline
    /// dates the page though the standfirst, read as the first paragraph, comes before them; the clock of
    /// the update and the length of the audio are not the publication's.
    @Test func aMenuOfSectionsAndADateUnderTheByline() throws {
        let article = try #require(parse("""
        World
        Africa Americas Asia Australia Canada Europe Middle East
        Biden and Xi Agree to Keep Humans in Control of Nuclear Weapons
        In what was likely their final meeting, the two leaders met on the sidelines of a summit in Lima, Peru, and pledged to manage their differences.
        Listen to this article · 6:12 min Learn more
        Share full article
        By David E. Sanger and Jim Tankersley
        Reporting from Lima, Peru
        Nov. 16, 2024
        Updated 8:41 p.m. ET
        President Biden and Xi Jinping of China agreed on Saturday that decisions over the use of nuclear weapons should be made by humans.
        The two leaders met for about two hours at a hotel in Lima, where both were attending the forum.
        """).0)
        #expect(article.title == "Biden and Xi Agree to Keep Humans in Control of Nuclear Weapons")
        #expect(article.published?.value == "2024-11-16")
        #expect(article.published?.basis.kind == .stated)
        #expect(article.authors == ["David E. Sanger", "Jim Tankersley"])
    }

    /// CBC: a caption closed by "(Photographer/Agency)" is no headline; "Name · Outlet · Posted: date" is
    /// the byline.
    @Test func aCaptionCreditedToItsPhotographerAndADottedByline() throws {
        let article = try #require(parse("""
        CBC News
        Politics
        Canada, Mexico scramble to respond after Trump threatens 25% tariffs
        Trudeau spoke to Trump Monday night, PMO says
        Catharine Tunney · CBC News · Posted: Nov 26, 2024 4:00 AM EST | Last Updated: November 26
        Prime Minister Justin Trudeau speaks to reporters on Parliament Hill in Ottawa on Tuesday. (Adrian Wyld/The Canadian Press)
        Prime Minister Justin Trudeau spoke with U.S. president-elect Donald Trump on Monday night, hours after Trump threatened tariffs.
        The two leaders talked about trade and border security, according to the Prime Minister's Office.
        """).0)
        #expect(article.title == "Canada, Mexico scramble to respond after Trump threatens 25% tariffs")
        #expect(article.authors == ["Catharine Tunney"])
        #expect(article.source == "CBC News")
        #expect(!article.body.contains("Adrian Wyld"))
    }

    /// The Sydney Morning Herald: the writer's name, then their beat, then the date; the note about the
    /// writer under the story names them again.
    @Test func aWriterOverTheirBeatAndTheDate() throws {
        let article = try #require(parse("""
        The Sydney Morning Herald
        Albanese to meet Xi in Rio as trade thaw continues
        Matthew Knott
        Foreign affairs and national security correspondent
        November 18, 2024 — 5.00am
        Prime Minister Anthony Albanese will hold a formal meeting with Chinese President Xi Jinping at the G20 summit in Rio de Janeiro.
        The meeting is expected to take place on Tuesday, local time, on the sidelines of the summit.
        Matthew Knott is the foreign affairs and national security correspondent.
        """).0)
        #expect(article.authors == ["Matthew Knott"])
        #expect(article.published?.value == "2024-11-18T05:00")
    }

    /// A masthead in capitals is written in title case ("DAWN" is Dawn), unless the story writes it so too:
    /// "NATO" is an acronym.
    @Test func anAcronymMastheadTheStoryWritesInCapitals() throws {
        let article = try #require(parse("""
        NATO
        News
        NATO Secretary General meets President-elect Trump
        22 Nov. 2024 -
        NATO Secretary General Mark Rutte met with U.S. President-elect Donald J. Trump in Palm Beach, Florida, on Friday (22 November 2024).
        They discussed the range of global security issues facing the Alliance.
        """).0)
        #expect(article.source == "NATO")
        #expect(article.title == "NATO Secretary General meets President-elect Trump")
    }

    /// The Independent: the writer's name over where they file from, then the date; the Daily Mail's
    /// byline names the site the writer writes for.
    @Test func aWriterOverWhereTheyFileFromAndAWriterForASite() throws {
        let independent = try #require(parse("""
        The Independent
        World
        Zelensky says war could end 'sooner' under Trump as Kremlin warns of escalation
        Andrew Feinberg
        Washington DC
        Saturday 16 November 2024 23:01 GMT
        Volodymyr Zelensky said on Saturday that the war with Russia "will end sooner" once Donald Trump takes office.
        On Friday, German Chancellor Olaf Scholz spoke to Vladimir Putin by phone for the first time in nearly two years.
        """).0)
        #expect(independent.authors == ["Andrew Feinberg"])
        let mail = try #require(parse("""
        Daily Mail
        Starmer meets Xi in first talks between British and Chinese leaders in six years
        By CHRIS PLEASANCE FOR DAILYMAIL.COM
        Published: 14:05 EST, 18 November 2024 | Updated: 16:12 EST, 18 November 2024
        Keir Starmer has met with Xi Jinping in the first face-to-face meeting between a British prime minister and the Chinese leader since 2018.
        The pair met on the sidelines of the G20 summit in Rio de Janeiro on Monday.
        """).0)
        #expect(mail.authors == ["Chris Pleasance"])
    }

    /// "Al-Monitor" opening the page is its masthead; "European Commission - Press release" names the
    /// publisher before the kind of page.
    @Test func aHyphenatedMastheadAndAPublisherBeforeThePageKind() throws {
        let monitor = try #require(parse("""
        Al-Monitor
        Gulf
        Saudi crown prince hosts Arab-Islamic summit on Gaza, Lebanon
        Elizabeth Hagedorn
        November 11, 2024
        Saudi Crown Prince Mohammed bin Salman opened an extraordinary summit of Arab and Muslim leaders in Riyadh on Monday.
        Iran's First Vice President Mohammad Reza Aref attended the meeting in the Saudi capital.
        """).0)
        #expect(monitor.source == "Al-Monitor")
        let release = try #require(parse("""
        European Commission - Press release
        EU and Mercosur reach political agreement on groundbreaking partnership
        Montevideo, 6 December 2024
        Today, the European Union and the founding members of Mercosur reached a political agreement for a ground-breaking partnership.
        President von der Leyen concluded the negotiations at the Mercosur Summit in Montevideo alongside the Mercosur leaders.
        """).0)
        #expect(release.source == "European Commission")
        #expect(release.title == "EU and Mercosur reach political agreement on groundbreaking partnership")
    }

    /// Japan Today dates the page without its year ("Nov. 23 06:30 am JST"): the copyright gives the year.
    @Test func aHeaderDateWithoutItsYearTakesTheCopyrightYear() throws {
        let article = try #require(parse("""
        Japan Today
        national
        Japan, China agree to resume talks on East China Sea gas fields
        Nov. 23 06:30 am JST
        TOKYO
        Japan and China agreed Friday to resume stalled talks on joint development of gas fields in the East China Sea, the Foreign Ministry said.
        The two countries signed an accord in 2008 to jointly develop the fields, but negotiations were suspended in 2010.
        © 2024 Kyodo News. All rights reserved.
        """).0)
        #expect(article.published?.value == "2024-11-23")
        #expect(article.published?.basis.kind == .inferred)
    }

    /// Africanews stamps "Last updated: 26/11 - 09:14": the day in figures (26 cannot be a month), the
    /// year from the copyright. Where both figures could be the month, the line dates nothing.
    @Test func aDayAndMonthInFiguresTakeTheCopyrightYear() throws {
        let article = try #require(parse("""
        Africanews
        Politics
        DRC, Rwanda foreign ministers agree on concept of operations in Luanda
        By Africanews with AFP
        Last updated: 26/11 - 09:14
        The foreign ministers of the Democratic Republic of Congo and Rwanda have agreed on a plan to neutralise the FDLR rebel group, Angolan mediators said on Monday.
        The agreement was reached at a ministerial meeting in Luanda on Monday, chaired by Angola's foreign minister.
        Copyright © 2024 Africanews
        """).0)
        #expect(article.published?.value == "2024-11-26")
        #expect(article.published?.basis.kind == .inferred)
        #expect(MetadataExtractor.figuresDayMonth("Updated 11/26 8:05 PM")! == (11, 26))
        #expect(MetadataExtractor.figuresDayMonth("Last updated: 05/11 - 09:14") == nil, "either could be the month")
        #expect(MetadataExtractor.figuresDayMonth("Updated 26/11/2024") == nil, "a year follows: the tagger's date")
        #expect(MetadataExtractor.figuresDayMonth("Gaza, 1/2 of the strip") == nil)
    }

    /// A minister's media release opens with its writer in parliamentary style ("The Hon Penny Wong MP"),
    /// and tells in the first person; "By The Canadian Press" signs a story with its publisher's name, and
    /// "This report by The Canadian Press was first published ..." is no part of what it reports.
    @Test func aMinistersReleaseAndAnAgencysSignature() throws {
        let release = try #require(parse("""
        The Hon Penny Wong MP
        Minister for Foreign Affairs
        Senator for South Australia
        Media release
        Australia and Indonesia strengthen maritime cooperation
        12 November 2024
        Today I met Indonesian Foreign Minister Sugiono in Jakarta for the Annual Foreign Ministers' Meeting.
        We agreed to deepen cooperation on maritime security, including through a new joint patrol arrangement.
        """).0)
        #expect(release.authors == ["Penny Wong"])
        #expect(release.source != "The Hon Penny Wong MP")
        #expect(MetadataExtractor.parliamentaryName("The Rt Hon David Lammy MP") == "David Lammy")
        #expect(MetadataExtractor.parliamentaryName("The Hon. Anthony Albanese MP, Prime Minister") == nil, "an office after the name: no byline of names alone")
        #expect(MetadataExtractor.parliamentaryName("The Honourable Members agreed") == nil)
        let wire = try #require(parse("""
        Trudeau meets Xi on sidelines of APEC summit in Lima, first talks in a year
        By The Canadian Press
        Posted: Nov. 16, 2024 4:21 pm
        LIMA, Peru — Prime Minister Justin Trudeau met with Chinese President Xi Jinping on Saturday on the margins of the Asia-Pacific Economic Cooperation summit in Lima.
        Trudeau's office said the pair discussed trade irritants, including China's anti-dumping investigation into Canadian canola.
        This report by The Canadian Press was first published Nov. 16, 2024.
        """).0)
        #expect(MetadataExtractor.isBeat("Reuters Staff"), "an outlet's staff signs no name")
        #expect(wire.source == "The Canadian Press")
        #expect(wire.authors.isEmpty)
        #expect(!wire.body.contains("first published"))
        #expect(wire.body.contains("trade irritants"))
    }

    /// A briefing's headline ends with its day; the spokesperson's post is no second writer.
    @Test func aBriefingDatedInItsHeadline() throws {
        let briefing = try #require(parse("""
        U.S. Department of State
        Department Press Briefing - November 20, 2024
        Matthew Miller, Department Spokesperson
        Washington, D.C.
        MR MILLER: Good afternoon, everyone. Yesterday the Secretary spoke with Ukrainian Foreign Minister Sybiha to discuss Russia's latest attacks.
        QUESTION: The embassy in Kyiv closed today because of a threat of a significant air attack. When did you make that decision?
        """).0)
        #expect(briefing.published?.value == "2024-11-20")
        #expect(briefing.authors == ["Matthew Miller"])
        #expect(MetadataExtractor.dayClosingHeadline("Summit to be held in Lima on November 20, 2024", tagger: TemporalTagger()) == nil,
                "a date inside the headline's sentence is the news")
    }

    /// A transcript's heading may say "on" before its day, or carry the site's name after it; the first turn,
    /// however long, is speech, not the headline.
    @Test func aTranscriptsHeadingAndItsFirstTurn() throws {
        let tagger = TemporalTagger()
        #expect(MetadataExtractor.dayClosingHeadline("State Department Press Briefing on 9/16/24", tagger: tagger)?.0 == Day(year: 2024, month: 9, day: 16))
        #expect(MetadataExtractor.dayClosingHeadline("Department Press Briefing – February 28, 2024 – Ministry of Foreign Affairs", tagger: tagger)?.0
                == Day(year: 2024, month: 2, day: 28))
        #expect(MetadataExtractor.dayClosingHeadline("Leaders to meet in Lima on 9/16/24", tagger: tagger) == nil)
        let briefing = try #require(parse("""
        BACKGROUND PRESS BRIEFING BY SENIOR OFFICIALS ON THE PRESIDENT'S TRIP TO THE GULF
        Press Briefing Room
        2:15 P.M. EST
        MR. HOLLAND: Hi, everybody. Good afternoon. Thank you all for being here. I'm going to lay out --
        Q (Inaudible.)
        MR. HOLLAND: It's always a busy news day around here. I'm going to lay out a few ground rules for this call.
        """).0)
        #expect(briefing.title == "BACKGROUND PRESS BRIEFING BY SENIOR OFFICIALS ON THE PRESIDENT'S TRIP TO THE GULF")
    }

    /// "Rappler" over its section "Philippines" is the masthead (the story's "MANILA, Philippines" makes the
    /// section a place); "Cristina Chi - Philstar.com" is the writer and the site.
    @Test func aOneWordMastheadOverAPlaceAndAWriterWithTheSite() throws {
        let rappler = try #require(parse("""
        Rappler
        Philippines
        Philippines, Japan sign troops pact in Manila
        Bea Cupin
        Jul 8, 2024 2:45 PM PHT
        MANILA, Philippines – The Philippines and Japan signed a landmark defense pact on Monday, July 8, that will allow their troops to hold joint exercises.
        Negotiations on the agreement formally began in November 2023, when Japanese Prime Minister Fumio Kishida visited Manila.
        """).0)
        #expect(rappler.source == "Rappler")
        #expect(rappler.authors == ["Bea Cupin"])
        let philstar = try #require(parse("""
        The Philippine Star
        Headlines
        Marcos, Albanese agree to boost maritime cooperation
        Cristina Chi - Philstar.com
        February 29, 2024 | 12:00am
        MANILA, Philippines — President Ferdinand Marcos Jr. and Australian Prime Minister Anthony Albanese agreed on Thursday to expand maritime cooperation.
        The two leaders met in Canberra a day after Marcos addressed the Australian Parliament.
        """).0)
        #expect(philstar.authors == ["Cristina Chi"])
    }

    /// "NDTV" has no vowel: initials, not a word to write in title case. "By Lin Chia-nan / Staff reporter"
    /// is the writer before their beat; "By JOSEPH KAOS Jr" is Joseph Kaos Jr.
    @Test func initialsAMastheadAndBylinesWithABeatOrAGeneration() throws {
        let ndtv = try #require(parse("""
        NDTV
        India News
        Jaishankar Meets Wang Yi In Rio, Discusses Next Steps After Border Pact
        Updated: November 19, 2024 7:12 am IST
        External Affairs Minister S Jaishankar on Monday held talks with Chinese Foreign Minister Wang Yi on the sidelines of the G20 summit.
        The meeting came nearly a month after Prime Minister Narendra Modi and President Xi Jinping held talks in Kazan.
        """).0)
        #expect(ndtv.source == "NDTV")
        let taipei = try #require(parse("""
        Taipei Times
        Lai to transit Hawaii, Guam on Pacific trip
        By Lin Chia-nan / Staff reporter
        Fri, Nov 29, 2024 page1
        President William Lai will visit Taiwan's three diplomatic allies in the Pacific next week, the Presidential Office said yesterday.
        It would be Lai's first overseas trip since taking office on May 20.
        """).0)
        #expect(taipei.authors == ["Lin Chia-nan"])
        let star = try #require(parse("""
        The Star
        Anwar, Prabowo to discuss border issues during Jakarta visit
        By JOSEPH KAOS Jr
        Sunday, 26 Jan 2025
        KUALA LUMPUR: Prime Minister Anwar Ibrahim will hold talks with Indonesian President Prabowo Subianto in Jakarta on Monday, Wisma Putra said.
        Anwar and Prabowo last met in Kuala Lumpur in November, shortly after Prabowo was sworn in.
        """).0)
        #expect(star.authors == ["Joseph Kaos Jr"])
    }

    /// "euronews" opening the page in lower case and "By Euronews with AP": the site signs the story, in
    /// its own capitals; it is the source, not a writer.
    @Test func aBylineSignedWithThePagesOpeningName() throws {
        let page = try #require(parse("""
        euronews
        Europe News
        EU and UK agree to deepen defence cooperation at London talks
        By Euronews with AP
        Published on 03/02/2025 - 14:32 GMT+1
        EU leaders and British Prime Minister Keir Starmer agreed on Monday to explore a security and defence pact, at an informal retreat in Brussels.
        """).0)
        #expect(page.source == "Euronews")
        #expect(page.authors.isEmpty)
    }

    /// DW prints the writer and the date under the standfirst, the date twice and run together by the
    /// scrape ("07/02/2024July 2, 2024"): the standfirst is no lead, the name is the writer's.
    @Test func aWriterAndAGluedDateUnderTheStandfirst() throws {
        let dw = try #require(parse("""
        DW News
        Politics
        Germany, Poland agree to boost border cooperation
        Scholz and Tusk pledged to tackle irregular migration. The two leaders met in Warsaw for the first consultations in six years.
        Jens Thurau
        07/02/2024July 2, 2024
        German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk agreed on Tuesday to strengthen cooperation on border security.
        Tusk, who returned to power in December, has sought to repair ties with Berlin.
        """).0)
        #expect(dw.authors == ["Jens Thurau"])
        #expect(dw.published?.value == "2024-07-02")
        // The standfirst stays the article's first paragraph, and is told apart from the lead.
        #expect(dw.paragraphs.count == 3)
        #expect(dw.standfirst == dw.paragraphs.first)
        #expect(dw.body.hasPrefix("Scholz and Tusk pledged"))
        // A live page's entry, stamped above and followed by the next entry's stamp, is no standfirst.
        let live = try #require(parse("""
        The Guardian
        Russia-Ukraine war live: Kremlin says Biden decision adds fuel to the fire
        18 Nov 2024 14.32 GMT
        German chancellor Olaf Scholz has defended his phone call with Vladimir Putin on Friday, the first in nearly two years.
        18 Nov 2024 13.05 GMT
        Ukraine's foreign minister said the call opened a Pandora's box and urged allies to stand firm.
        """).0)
        #expect(live.standfirst == nil)
        #expect(live.body.hasPrefix("German chancellor Olaf Scholz"))
    }

    /// "Updated - October 21, 2024 09:05 pm IST" under the headline dates a later version of the page; the
    /// "Published - ..." line under the story tells when it came out.
    @Test func aPublishedLineBelowOutranksAnUpdateAbove() throws {
        let hindu = try #require(parse("""
        The Hindu
        India, China agree on patrolling arrangements along LAC, says Foreign Secretary Misri
        Updated - October 21, 2024 09:05 pm IST - NEW DELHI
        Suhasini Haidar
        India and China have reached an agreement on patrolling arrangements along the Line of Actual Control, Foreign Secretary Vikram Misri announced on Monday.
        The agreement comes after more than four years of a military standoff.
        Published - October 21, 2024 03:44 pm IST
        """).0)
        #expect(hindu.published?.value == "2024-10-21T15:44")
        let cbs = try #require(parse("""
        CBS News
        Biden and Kishida hail alliance at White House state visit
        Updated on: April 10, 2024 / 9:58 PM EDT / CBS News
        President Biden welcomed Japanese Prime Minister Fumio Kishida to the White House on Wednesday for a state visit.
        The two leaders announced plans to upgrade their military command structures.
        First published on April 10, 2024 / 6:58 PM EDT
        """).0)
        #expect(cbs.published?.value == "2024-04-10T18:58")
    }
}
