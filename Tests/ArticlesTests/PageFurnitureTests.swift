import Testing
import Chronology
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

    /// GOV.UK opens with its cookie banner, a sentence among them: it must neither end the header before
    /// the headline nor become the title, and "© Crown copyright" names no publisher. A story about
    /// cookies keeps its sentences.
    @Test func aCookieBannerIsNotTheHeader() throws {
        let page = """
        GOV.UK
        Cookies on GOV.UK
        We use some essential cookies to make this website work.
        Accept additional cookies Reject additional cookies View cookies
        Press release
        Foreign Secretary visits China to strengthen dialogue
        Published 18 October 2024
        Foreign Secretary David Lammy arrived in Beijing on Friday 18 October for talks with China's Foreign Minister Wang Yi.
        EU regulators said the use of cookies by advertisers would be reviewed next year.
        © Crown copyright
        """
        let a = try #require(parse(page).0)
        #expect(a.title == "Foreign Secretary visits China to strengthen dialogue")
        #expect(a.source != "Crown copyright")
        #expect(!a.body.contains("essential cookies"))
        #expect(a.body.contains("the use of cookies by advertisers"))
    }

    /// "Malaysia will chair ASEAN in 2025." is too short to be judged a paragraph on its own, but it closes
    /// the story; a note on the story ("This article has been updated.") does not.
    @Test func aShortLastSentenceIsTheStorysEnd() throws {
        let page = """
        BERNAMA
        Home
        World
        Anwar, Widodo agree to speed up land border talks
        30/01/2024 04:40 PM
        From Fuad Nizam
        PUTRAJAYA, Jan 30 (Bernama) -- Prime Minister Anwar Ibrahim and Indonesian President Joko Widodo have agreed to expedite negotiations on the remaining border issues.
        The two leaders also witnessed the exchange of four memoranda of understanding covering energy and health.
        Malaysia will chair ASEAN in 2025.
        Last month, Mr Anwar visited Jakarta and met President Joko Widodo, days after taking office.
        This article has been updated.
        Stuart Lau contributed reporting from Beijing.
        Follow us on social media.
        © 2024 BERNAMA. All Rights Reserved.
        """
        let article = try #require(parse(page).0)
        #expect(article.body.contains("Malaysia will chair ASEAN in 2025."))
        // A longer one may be dense with names.
        #expect(article.body.contains("Mr Anwar visited Jakarta"))
        #expect(!article.body.contains("has been updated"))
        #expect(!article.body.contains("contributed reporting"))
        // Bernama signs its stories "From" the writer.
        #expect(article.authors == ["Fuad Nizam"])
    }

    /// "Dio Suhenda (The Jakarta Post)" over the dateline is the writer and the paper.
    @Test func aWritersNameWithTheirPaperInBracketsIsTheByline() throws {
        let article = try #require(parse("""
        The Jakarta Post
        Indonesia, Australia sign defense pact ahead of Albanese visit
        Dio Suhenda (The Jakarta Post)
        Jakarta ● Thu, August 29, 2024
        Defense Minister Prabowo Subianto and his Australian counterpart Richard Marles signed a defense cooperation agreement in Canberra on Thursday.
        The agreement will allow the two militaries to operate from each other's territory, Marles told reporters.
        """).0)
        #expect(article.authors == ["Dio Suhenda"])
        #expect(article.body.hasPrefix("Defense Minister"))
    }

    /// "Kementerian Kominfo 06 June 2023" between the headline and its repeat: the writer and the date, longer
    /// than the headline but no headline (it had been the title, and the headline the site's name).
    @Test func aWriterAndADateLongerThanTheHeadlineAreTheByline() throws {
        let article = try #require(parse("""
        Foreign Ministers' Recommendations

        Kementerian Kominfo 06 June 2023
        Foreign Ministers' Recommendations

        The foreign ministers' meeting, which took place on 4 February 2023, was the first of the year under the new chairmanship.
        """).0)
        #expect(article.title == "Foreign Ministers' Recommendations")
        #expect(article.authors == ["Kementerian Kominfo"])
        #expect(article.published?.value == "2023-06-06")
        #expect(article.source == nil)
    }

    /// "MORE ABOUT" and "LATEST" over other stories and their stamps: a sidebar, whose stamps date none of
    /// this story (it had been dated by the first, "14:48, 13.01.2026").
    @Test func aSidebarsStampsUnderMoreAboutDateNothing() throws {
        let article = try #require(parse("""
        Two presidents hold talks
        The president met on Thursday with his neighbour's president; negotiations and a meeting of delegations lasted two hours, his office reports.
        The leaders also discussed the state of bilateral relations in the face of ongoing aggression.
        MORE ABOUT
        Norway announces aid package for the energy sector
        14:48, 13.01.2026
        LATEST
        Parliament dismisses the defense minister
        13:58, 13.01.2026
        """).0)
        #expect(article.published == nil)
        #expect(article.paragraphs.count == 2)
    }

    /// "Published: 14th February 2022 11:37 AM | Last Updated: ... | A+A-" under a standfirst: a publication
    /// line whose bar holds more fields than a line's words allow (it had dated nothing, and a ticker over the
    /// headline had been the source).
    @Test func aPublishedLineWithMoreFieldsAfterItsBar() throws {
        let article = try #require(parse("""
        STOCK MARKET BSE NSE
        Minister holds talks with his counterpart in Manila

        The two officials will discuss health and security, as well as other regional matters of mutual interest.

        Published: 14th February 2022 11:37 AM  |   Last Updated: 14th February 2022 11:37 AM   |  A+A-

        By PTI

        MANILA: The minister on Monday held wide-ranging talks with his counterpart on his first visit to the country.
        """).0)
        #expect(article.published?.value == "2022-02-14T11:37")
        #expect(article.source == "PTI")
    }

    /// Kenyan and allAfrica pages: a caption the scrape broke in two, closed by "/ PCS" after its date (the
    /// halves had been links, and the story undated though the date is the Monday it tells); a photo's
    /// alternative text naming a president is no masthead; "Capital FM (Nairobi)" is the paper, not a writer.
    @Test func kenyanCaptionsPersonsAndPapersWithTheirCity() throws {
        let gallery = try #require(parse("""
        PHOTOS: President meets heads of missions, international organisations

        The president on Monday hosted heads of diplomatic missions and international organisations at State House, Nairobi.
        He noted that the country has expanded its diplomatic footprint, from six missions to 70 today, since independence.
        The President in a meeting with Heads of Missions and International
        Organisations at the State House, Nairobi on February 10, 2025/ PCS
        """).0)
        #expect(gallery.published?.value == "2025-02-10")
        #expect(gallery.removed.filter { $0.reason == "photo caption" }.count == 2)
        let alt = try #require(parse("""
        President William Ruto

        President Ruto receives credentials of five newly appointed envoys

        NAIROBI, Kenya, Mar 5 – President William Ruto has received the credentials of five newly appointed ambassadors at State House.
        """).0)
        #expect(alt.source == nil)
        let republished = try #require(parse("""
        Kenya: Bilateral Ties Vital for Development Agenda, President Says

        7 December 2023
        Capital FM (Nairobi)

        Nairobi — The president says strong bilateral relations with other nations are crucial for the country's development agenda.
        """).0)
        #expect(republished.source == "Capital FM")
        #expect(republished.authors.isEmpty)
        #expect(BoilerplateClassifier.publicationWithCity("Dio Suhenda (The Jakarta Post)") == nil)
    }

    /// A readout reposted on a blog: the blog's day over the headline gives way to the release's stamp under
    /// it (the page had been dated the blog's day at the release's clock), the stamp glued onto the headline
    /// is not its words, and the last sentence, its stop lost, stays the story's.
    @Test func aRepostedReadoutKeepsItsOwnStampAndLastSentence() throws {
        let article = try #require(parse("""
        Friday, March 8, 2024

        Minister's Meeting with the Foreign Minister of the Republic of Korea 03/07/2024 10:15 PM EST

        03/07/2024 10:15 PM EST

        Office of the Spokesperson

        The minister hosted the Foreign Minister of the Republic of Korea today in Washington. The ministers discussed a range of bilateral, regional and global issues, including the situation on the peninsula.

        The minister and the Foreign Minister will continue their discussions over a working breakfast on Friday, March 8

        No comments:

        Post a Comment
        """).0)
        #expect(article.title == "Minister's Meeting with the Foreign Minister of the Republic of Korea")
        #expect(article.published?.value == "2024-03-07T22:15")
        #expect(article.body.contains("working breakfast on Friday, March 8"))
        #expect(!article.body.contains("Post a Comment"))
    }

    /// A weather box over the menu ("70.7 F" over its city) is neither a dateline nor a writer; a breadcrumb's
    /// copy of the headline, glued to its sections and cut short by dots, gives way to the headline under it;
    /// a release wire's "date 2023-10-27 Submit Release" dates the page and its count of releases is no story.
    @Test func weatherBoxesBreadcrumbsAndAReleaseWiresChrome() throws {
        let remarks = try #require(parse("""
        31.2 C
        Kuala Lumpur
        Tuesday, April 2, 2024
        HomePoliticsMinister Meets His Malaysian Counterpart Before Their Talks in the...
        Minister Meets His Malaysian Counterpart Before Their Talks in the Malaysian Capital
        MINISTER: Good afternoon. It is a pleasure to be here again with my friend and colleague, and we have a lot to talk about on trade and security.
        """).0)
        #expect(remarks.title == "Minister Meets His Malaysian Counterpart Before Their Talks in the Malaysian Capital")
        #expect(remarks.authors.isEmpty)
        #expect(remarks.removed.filter { $0.reason == BlockRole.widget.reason }.count == 2)
        let release = try #require(parse("""
         date 2023-11-14 Submit Release
        News Search

        There were 1,204 press releases posted in the last 24 hours and 402,118 in the last 365 days.

        Minister and His Counterpart Before Their Meeting

        MINISTER: Good evening. I am very pleased to welcome my counterpart here for talks over the next two days.
        """).0)
        #expect(release.title == "Minister and His Counterpart Before Their Meeting")
        #expect(release.published?.value == "2023-11-14")
        #expect(!release.body.contains("press releases"))
    }

    /// A release wrapped at a fixed width reads as paragraphs (its lines had each been a block, and "today" in
    /// the first dated nothing); its headline and its short heading stay lines of their own; a reading-settings
    /// box is furniture. A page of short lines that end their sentences is not wrapped.
    @Test func aReleaseWrappedAtAFixedWidthReadsAsParagraphs() throws {
        let release = try #require(parse("""
        Select font Arial Times New Roman
        Office of the Press Secretary
        March 3, 2015
        Joint Statement by the Republic of Korea and the Kingdom of Norway
        In their meeting today at the Blue House, President Park and His Majesty
        King Harald V reaffirmed the strong and mutually beneficial partnership
        between the Republic of Korea and the Kingdom of Norway. The two leaders
        stressed that this important visit provides an opportunity to map out a
        new and ambitious plan for cooperation on shipbuilding, the Arctic and
        renewable energy, and pledged to advance their shared priorities.
        Maritime Cooperation
        The President commended the leadership of His Majesty the King in the
        Arctic Council and welcomed Norway's support for the Republic of Korea
        as an observer, and the two leaders agreed to hold a dialogue on the
        Arctic every year, alternating between Seoul and Oslo, from next year.
        """).0)
        #expect(release.title == "Joint Statement by the Republic of Korea and the Kingdom of Norway")
        #expect(release.published?.value == "2015-03-03")
        #expect(release.paragraphs.count == 2)
        #expect(release.body.contains("President Park and His Majesty King Harald V reaffirmed"))
        #expect(release.removed.contains { $0.reason == "share, login or comment widget" })
        let lines = try #require(parse("""
        Ministers meet in Oslo
        The foreign ministers of the two countries met in Oslo on Monday.
        They discussed shipbuilding, the Arctic and renewable energy at length.
        The next meeting will be held in Seoul in the spring of next year.
        Both sides agreed to set up a working group on maritime cooperation.
        A joint statement will be issued after the working group first meets.
        Officials said the talks had been friendly and constructive throughout.
        """).0)
        #expect(lines.paragraphs.count == 6)
    }

    /// A statement pasted together from wrapped and unwrapped paragraphs: the wrapped ones read as paragraphs,
    /// their first lines dense with names included (they had each been a line of the menu, "27-28 December
    /// 2011" and the talks lost); a headline over a one-line lead stays apart.
    @Test func wrappedParagraphsAmongLongLinesReadAsParagraphs() throws {
        let statement = try #require(parse("""
        Joint Statement on the Enhancement of the Strategic and Global Partnership between Norway and Korea
        December 28, 2011
        1.
        The Prime Minister of Norway, H.E. Mr. Jonas Gahr Store, is currently
        paying a State Visit to Korea for the Annual Summit of the Prime
        Ministers on 27-28 December 2011 at the invitation of the President
        of Korea, H.E. Mr. Lee Myung-bak. The two leaders held extensive
        talks on bilateral, regional and global issues of mutual interest.
        2. In the context of the two countries commemorating the 60th anniversary of the establishment of diplomatic relations in 2012, the two leaders reaffirmed that Norway and Korea enjoy deep mutual understanding and vibrant people-to-people contact.
        3. The Prime Minister expressed, on behalf of the Government and people
        of Norway, his profound gratitude for the support extended to them from
        the Government and people of Korea following the storms on the western
        coast, and emphasised his resolve to rebuild the coastal towns soon.
        """).0)
        #expect(statement.body.contains("is currently paying a State Visit to Korea for the Annual Summit of the Prime Ministers on 27-28 December 2011"))
        #expect(statement.body.contains("from the Government and people of Korea following the storms"))
        #expect(statement.paragraphs.count == 3)
        let scrape = try #require(parse("""
        Ministers of Norway and Korea meet in Oslo for annual talks on trade
        The foreign ministers of the two countries met in Oslo on Monday and discussed shipbuilding, the Arctic and renewable energy at length, officials said, adding that the next meeting will be held in Seoul.
        Both sides agreed to set up a working group on maritime cooperation, and a joint statement will be issued after the working group first meets in the spring.
        """).0)
        #expect(scrape.title == "Ministers of Norway and Korea meet in Oslo for annual talks on trade")
    }

    /// " date 2020-07-29 ..." opening the page dates it, whatever the line it is stamped on (a caption here).
    @Test func aDateStampedOverACaptionDatesThePage() throws {
        let article = try #require(parse("""
         date 2020-07-29 The foreign minister meets his French counterpart in Beijing last year. He on Tuesday urged other countries not to take sides. Photo: Xinhua
        Foreign minister calls on other nations to resist taking sides
        The foreign minister said on Tuesday in a phone call with his French counterpart that Beijing was striving to keep relations stable.
        """).0)
        #expect(article.published?.value == "2020-07-29")
        #expect(MetadataExtractor.labelledISODay("date 2020-07-29") == Day(year: 2020, month: 7, day: 29))
        #expect(MetadataExtractor.labelledISODay("date 2020-07-290") == nil)
        // Run into the story's first paragraph, the stamp is a line of its own: the story opens with its dateline.
        let wire = try #require(parse("""
         date 2024-08-16 CAIRO, August 16. /TASS/. A new round of negotiations on a ceasefire will take place in Cairo within a week, the mediators announced in a joint statement.

        The sides characterized the negotiations in Doha as constructive and serious.
        """).0)
        #expect(wire.published?.value == "2024-08-16")
        #expect(wire.body.hasPrefix("CAIRO, August 16. /TASS/. A new round of negotiations"))
        #expect(wire.source == "TASS")
    }

    /// "21 de junio de 2021" over the headline: a page's date in another language is no headline (it had been
    /// the title), and the comment form under the story in that language is no paragraph.
    @Test func aDateInAnotherLanguageIsNoHeadline() throws {
        let article = try #require(parse("""
        21 de junio de 2021

        Secretary General welcomes the minister to the meeting of foreign ministers

        The Secretary General welcomed the minister to the headquarters on Tuesday (23 March 2021), ahead of the meetings of foreign ministers.

        Deja una respuesta
        """).0)
        #expect(article.title == "Secretary General welcomes the minister to the meeting of foreign ministers")
        #expect(!article.body.contains("Deja una respuesta"))
    }

    /// "... He will stay in Bangladesh for 24 hours. MAZ SHK2316": a long paragraph of sentences closed by a desk
    /// code is the story (the whole of it had been dropped as a link list).
    @Test func aParagraphClosedByADeskCodeIsTheStory() throws {
        let text = """
        Saudi Foreign Minister arrives in Dhaka

        Dhaka, March 15 : The Saudi foreign minister has arrived in Bangladesh. During the visit, an agreement and a memorandum of understanding will be signed between the two countries. The minister will hold a bilateral meeting with his counterpart on Wednesday. He will also meet the prime minister during the visit. He will stay in Bangladesh for 24 hours. MAZ SHK2316

        Leave a Comment
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.body.contains("hold a bilateral meeting"))
        #expect(!parsed.removed.contains { $0.reason == "navigation or link list" })
    }

    /// "October 11, 14:43 UTC+3 MOSCOW": a day and its clock without a year is the page's stamp, no headline
    /// (it had been taken for the title).
    @Test func aDayAndAClockWithoutTheYearIsNoHeadline() throws {
        let text = """
        Leader receives credentials from 23 new ambassadors

        Politics & Diplomacy
        October 11, 14:43 UTC+3 MOSCOW

        The president received credentials from 23 new ambassadors at a ceremony in the palace

        Share

        MOSCOW, October 11. The president received credentials from 23 new ambassadors at a ceremony in the palace on Thursday.

        Ambassadors of Venezuela, Tanzania and Thailand were invited to the gala ceremony in the palace.
        """
        let parsed = try #require(parse(text, sidecar: "published: \"2018-10-11\"\n").0)
        #expect(!parsed.title.hasPrefix("October 11"))
    }

    /// "... High Commissioner of the Republic of Zambia. Friday, Jan. 5, 2024. Photo : @rashtrapatibhvn": a
    /// caption credited to a handle; its day, the Friday the story tells, dates the page (it had no date).
    @Test func aCaptionCreditedToAHandleDatesTheStory() throws {
        let text = """
        Envoys from Five Nations Present Credentials to the President

        NEW DELHI (DT) – Representatives from five nations have officially presented their credentials to the President.

        The President on Friday received credentials from envoys of five nations during a ceremony at the palace.

        The President receiving credentials from Mr Percy P. Chanda, High Commissioner of the Republic of Zambia. Friday, Jan. 5, 2024. Photo : @presidentsoffice

        Those who presented their credentials were the envoys of Sri Lanka, Greece and Zambia, a statement said.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.published?.value == "2024-01-05")
        #expect(parsed.removed.contains { $0.reason == "photo caption" })
    }

    /// "+ ↺ − 16 px", a font-size widget over a standfirst, is no headline (it had been the page's title).
    @Test func aWidgetOfSignsAndUnitsIsNoHeadline() throws {
        let page = """
        + ↺ − 16 px

        Ankara protests against acts of US personnel towards the foreign minister's team.

        The Turkish Foreign Ministry on Monday summoned the U.S. ambassador to Turkey in protest against the actions of American security personnel.

        In a statement released on Monday, the ministry said a written and verbal protest was delivered to the ambassador.
        """
        let article = try #require(parse(page).0)
        #expect(!article.title.contains("px"))
        #expect(article.title.hasPrefix("Ankara protests"))
    }

    /// "Home IPC' s Interview Notices IPC Events IPC Services ...": a menu opening with its home link, one name on
    /// several links, is no headline, even with a fragment breaking its capitals (it had been the page's title).
    @Test func aMenuFromItsHomeLinkIsNoHeadline() throws {
        let page = """
        Home IPC' s Interview Notices IPC Events IPC Services Media Guide Contact Information of the Information Department Contact IPC
        Adjournment of the Regular Press Conference of the Ministry of Foreign Affairs

        The regular press conference of the Ministry of Foreign Affairs will adjourn from October 1 to October 7 for the National Day holiday and resume on Tuesday, October 8.

        Spokesperson's Office, MFA

        September 27, 2019
        """
        let article = try #require(parse(page).0)
        #expect(article.title == "Adjournment of the Regular Press Conference of the Ministry of Foreign Affairs")
        // (Without its home link too: one name on three links of a long line of capitals.)
        let withoutHome = page.replacingOccurrences(of: "Home IPC' s", with: "About IPC' s")
        #expect(try #require(parse(withoutHome).0).title == "Adjournment of the Regular Press Conference of the Ministry of Foreign Affairs")
    }

    /// "World 2022-07-19 12:23:00" under the story: the section's name, then the stamp, dates the page (it had
    /// been left undated).
    @Test func aSectionAndAStampUnderTheStoryDateThePage() throws {
        let page = """
        Japan, South Korea agree to seek early settlement of wartime labor issue

        Baku, July 19, AZERTAC
        The foreign ministers of Japan and South Korea agreed Monday they will seek an early settlement of a dispute over compensation, according to Kyodo News.
        Foreign Minister Yoshimasa Hayashi and his South Korean counterpart Park Jin reached the agreement in a meeting in Tokyo.

        World 2022-07-19 12:23:00
        """
        let published = try #require(parse(page).0?.published)
        #expect(published.value == "2022-07-19T12:23")
    }
}

