import Foundation
import Testing
import Chronology
@testable import Articles

/// Wire copy as South Asian and aggregator sites run it: the agency and the site that ran it in the
/// dateline's parenthesis, the writer's name before "Published", a site's address over its motto, a
/// caption that opens with the order of the people in the picture, an agency signing at the end.
@Suite struct WireCreditTests {
    @Test func anAgencyParenthesisWithDashesIsOneDateline() throws {
        let text = """
        Minister To Visit Beijing Next Week
        Amna Rashid Published October 17, 2024 | 01:10 PM
        KARACHI, (APP - NewsDesk / Example Point News - 17th Oct, 2024) The foreign minister will travel to China on Friday for two days of talks with his counterpart.
        The visit will include a meeting with the Chinese premier.
        """
        let (article, _) = parse(text)
        let parsed = try #require(article)
        #expect(parsed.source == "APP")
        #expect(parsed.authors == ["Amna Rashid"])
        #expect(parsed.published?.value == "2024-10-17T13:10")
        let first = parsed.text.scalarSlice(try #require(parsed.paragraphs.first))
        #expect(Dateline.strip(first).hasPrefix("The foreign minister will travel"))
    }

    @Test func theSiteInADatelineParenthesisIsTheSource() throws {
        let text = """
        Ministers Discuss Trade Ties
        Omar Farooq Published April 05, 2024 | 11:49 PM
        LAHORE, (NewsDesk / Example Point News - 5th Apr, 2024) The two ministers held a telephone call on Friday and discussed trade and investment.
        Both sides agreed to stay in close contact in the months ahead.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.source == "NewsDesk")
        #expect(parsed.authors == ["Omar Farooq"])
    }

    @Test func aPlaceAndADayBeforeAnyFilersMarkMakeADateline() {
        #expect(Dateline.storyOffset("Paris, Dec 10 (ExampleNews.XYZ) Ukraine and Russia agreed on a ceasefire.") == 32)
        #expect(MetadataExtractor.creditMark(inDateline: "Paris, Dec 10 (ExampleNews.XYZ) Ukraine") != nil)
        // A sentence with a remark in brackets is no dateline.
        #expect(Dateline.storyOffset("Paris, the capital (reportedly) agreed on Monday.") == 0)
        #expect(MetadataExtractor.creditMark(inDateline: "Officials met on Dec 10 (local time) in Paris") == nil)
        // ("CAIRO (Reuters) -Gaza truce talks": the dash run into the first word is the dateline's; it had headed
        // the story's headline, "-Gaza truce talks are due to resume".)
        #expect(Dateline.storyOffset("CAIRO (Reuters) -Gaza truce talks are due to resume in Cairo on Sunday.") == 17)
        #expect(Dateline.storyOffset("CAIRO (Reuters) - Gaza truce talks are due to resume in Cairo on Sunday.") == 18)
        // ("Feb. 23 (UPI) --": a day and the agency's mark make one without a place.)
        #expect(Dateline.storyOffset("Feb. 23 (UPI) -- United Nation member states Thursday voted to adopt a resolution.") == 17)
        #expect(Dateline.storyOffset("Feb. 23 was the day the resolution passed.") == 0)
    }

    @Test func aSiteAddressOverItsMottoIsTheMastheadAndTheAgencyKeepsItsCapitals() throws {
        let text = """
        Example.vn - Nền tảng quảng bá Việt Nam

        What was said in the closed-door talks between the two foreign ministers?

        On January 26, in Istanbul, Turkey, the two foreign ministers discussed the war in Gaza and bilateral trade.

        The ministers agreed to meet again before the summer.

        Source

        Comment (0)
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.title == "What was said in the closed-door talks between the two foreign ministers?")
        #expect(parsed.source == "Example.vn")
        // "Source" over a comment counter: the link's text is lost, and the counter names no site.
        let withoutMasthead = text.replacingOccurrences(of: "Example.vn - Nền tảng quảng bá Việt Nam\n\n", with: "")
        #expect(try #require(parse(withoutMasthead).0).source == nil)
        #expect(parse(withoutMasthead + "\n\nSource: IANS").0?.source == "IANS")
    }

    @Test func aClockAfterTheDateOfANamedLine() {
        func closesWithClock(_ line: String) -> Bool {
            BoilerplateClassifier.closesWithClock(line, TemporalTagger().tag(line, reference: nil))
        }
        #expect(closesWithClock("October 17, 2024 | 01:10 PM"))
        #expect(closesWithClock("October 17, 2024 | 1:10 p.m."))
        #expect(!closesWithClock("October 17, 2024 | Islamabad"))
        #expect(!closesWithClock("October 17, 2024 | 01:10 PM in Islamabad"))
        #expect(!closesWithClock("October 17, 2024, 12 people were killed at 01:10 PM"))
    }

    /// "From left: ..." and "(L-R) ...": a caption opens with the order of the people in the picture.
    @Test func aCaptionOpeningWithThePeoplesOrder() throws {
        let text = """
        Three Ministers Agree to Prepare a Summit

        From left: Foreign ministers Wang Yi from China, Takeshi Iwaya from Japan and Cho Tae-yul from South Korea pose before their meeting Saturday in Tokyo.

        21:03 JST, March 22, 2025

        The foreign ministers of Japan, China and South Korea agreed on Saturday to speed up preparations for a summit.

        (L-R) The three ministers shake hands after their talks in Tokyo on Saturday, the second meeting in a year.
        """
        let parsed = try #require(parse(text).0)
        #expect(!parsed.body.contains("From left"))
        #expect(!parsed.body.contains("(L-R)"))
        #expect(parsed.body.contains("agreed on Saturday"))
    }

    /// "JIJI Press" on a line of its own after the story: the agency signs its copy at the end.
    @Test func anAgencySigningAtTheEnd() throws {
        let text = """
        Three Allies Agree to Hold a Summit by Year-End
        September 24, 2024
        NEW YORK: The foreign ministers of Japan, the United States and South Korea agreed on Monday to hold a summit by the end of the year.
        The ministers also discussed the situation in the region and the security of shipping lanes.
        JIJI Press
        """
        #expect(try #require(parse(text).0).source == "Jiji Press")
        // A closing line that names no agency signs nothing.
        #expect(try #require(parse(text.replacingOccurrences(of: "JIJI Press", with: "Read More")).0).source == nil)
    }

    /// "... as well as the United States. (Yonhap)", "... past and future issues.” EFE": an agency signing the
    /// story's last paragraph leaves it a paragraph (it had been taken for a link list and dropped), and signs it.
    @Test func anAgencySigningTheLastParagraphKeepsItAndIsTheSource() throws {
        func story(closingWith last: String, then after: String = "") -> String {
            "Ministers Agree To Meet Again\n\nThe foreign ministers of the two countries met on the sidelines of a regional forum on Thursday.\n\n"
                + last + "\n" + (after.isEmpty ? "" : "\n" + after + "\n")
        }
        let parsed = try #require(parse(story(closingWith: "They agreed to hold regular talks and to widen cooperation with the United States. (Yonhap)")).0)
        #expect(parsed.paragraphs.count == 2)
        #expect(parsed.source == "Yonhap")
        let signed = try #require(parse(story(closingWith: "Some hope the relationship could improve, as both sides say they can solve “past and future issues.” EFE",
                                              then: "emg/lds")).0)
        #expect(signed.paragraphs.count == 2)
        #expect(signed.source == "EFE")
        // KUNA closes its copy with "(end)" and the desk's initials.
        let ended = story(closingWith: "On July 4, the North test-launched a missile capable of reaching parts of the US. (end) mk.gta")
        #expect(try #require(parse(ended).0).paragraphs.count == 2)
        #expect(MetadataExtractor.wireEndMark("He left. (end) Reporting") == nil)
        #expect(MetadataExtractor.agencySignOff("He said so. —AFP")?.agency == "AFP")
        // A name after a sentence is an agency's only in its own spelling or capitals; nor is a sentence's own end one.
        #expect(MetadataExtractor.agencySignOff("That is what he said. Ap") == nil)
        #expect(MetadataExtractor.agencySignOff("The talks were held with the help of Reuters") == nil)
    }

    /// "... on the 21st. AFP Yonhap News": a wire photo's credit, the agency that took it and the one that ran
    /// it, closes a caption, not a headline (the caption had been taken for the headline, the headline for a link).
    @Test func twoAgenciesCreditingAPhotoCloseACaption() throws {
        let text = """
        Resolving The Abductions: Kishida Hopes For A Summit

        2023-06-21 11:25:00

        Prime Minister Fumio Kishida holds a press conference at his office in Tokyo on the 21st. AFP Yonhap News

        Prime Minister Fumio Kishida said he hopes to hold a summit with North Korean leader Kim Jong Un to resolve the issue of abductees.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.title == "Resolving The Abductions: Kishida Hopes For A Summit")
        #expect(parsed.paragraphs.count == 1)
    }

    /// A caption closing with the picture's date ("..., September 13, 2023.") over the page's stamp ("14:49 JST,
    /// February 16, 2024"): the stamp dates the story (the caption's day had been taken, with the stamp's clock).
    @Test func aStampOutranksACaptionsDateAboveIt() throws {
        let text = """
        Leader's Sister Says Visit Might Come

        Kim Yo Jong, sister of North Korea's leader Kim Jong Un, September 13, 2023.
        14:49 JST, February 16, 2024
        Seoul, Feb. 15 (Jiji Press)—The sister of North Korean leader Kim Jong Un said Thursday that the prime minister may be invited to Pyongyang.
        She praised recent remarks by the prime minister in parliament, state media said.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.published?.value == "2024-02-16T14:49")
    }

    /// "Source: UDN, February 17, 2024" under a retold story: the credit dates it when nothing else does.
    @Test func aDatedSourceCreditUnderTheStoryDatesIt() throws {
        let text = """
        Leader's Sister Wants To Invite The Prime Minister

        A Taiwanese daily reported that the sister of North Korea's leader recently made an unusual comment on relations with Japan.

        In January, the leader sent a rare telegram of condolence after an earthquake in Japan.

        The government in Tokyo has been analyzing the content of the statements and has declined to comment.

        An official in Seoul said that any talks between Tokyo and Pyongyang should help efforts toward denuclearization.

        Officials in Washington said they support diplomacy and dialogue between Japan and North Korea.

        Source: UDN, February 17, 2024
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.published?.value == "2024-02-17")
        #expect(parsed.source == "UDN")
    }

    /// "... in New York, Sept. 21, 2022. Courtesy of presidential office |": the picture's giver closes a caption
    /// (it had been taken for the headline).
    @Test func aCourtesyCreditClosesACaption() throws {
        let text = """
        The president shakes hands with the prime minister during their summit in New York, Sept. 21, 2022. Courtesy of presidential office |
        The president will visit Tokyo next week for a summit with the prime minister, his office said Thursday.
        The trip will be the first such visit in twelve years, the office said in a statement.
        """
        let parsed = try #require(parse(text).0)
        #expect(!parsed.title.hasPrefix("The president shakes hands"))
    }

    /// An undated story telling "on Wednesday", with a photo captioned "... on Dec. 25, 2024. (Kyodo)", a
    /// Wednesday: the caption dates the story (it had been inferred as November 2023 from "April 2023" and
    /// "September"). A caption's day that is not the weekday told dates nothing.
    @Test func aCaptionsDayThatIsTheWeekdayToldDatesTheStory() throws {
        let text = """
        The foreign minister and China's top diplomat began talks in Beijing on Wednesday, as the two nations aim to increase visits.
        The previous visit by a foreign minister to the neighboring nation was made in April 2023.
        The foreign minister (L) and the Chinese premier meet at the Great Hall of the People in Beijing on Dec. 25, 2024. (Kyodo)
        The two governments also affirmed in September that China will gradually relax its ban on seafood imports.
        """
        let published = try #require(parse(text).0?.published)
        #expect(published.value == "2024-12-25")
        #expect(published.basis.kind == .inferred)
        let thursday = try #require(parse(text.replacingOccurrences(of: "on Wednesday", with: "on Thursday")).0)
        #expect(thursday.published?.value != "2024-12-25")
    }

    /// An undated story telling "on Thursday", with an embedded post stamped "— Spokesperson MoFA (@MoFA) August
    /// 3, 2023", a Thursday: the post's day dates the story, though a visit "from August 02-04, 2023" told as
    /// past runs beyond it (it had stayed undated).
    @Test func anEmbeddedPostsDayThatIsTheWeekdayToldDatesTheStory() throws {
        let text = """
        ISLAMABAD: The two countries on Thursday held delegation-level talks at the foreign ministry in the capital.
        The ministers led their respective delegations in the talks, which covered all aspects of bilateral relations.
        Talks are expected to cover all aspects of bilateral relations pic.twitter.com/AbCdEf123
        — Spokesperson MoFA (@MoFA) August 3, 2023
        The visiting minister reached the capital last night for his first bilateral visit from August 02-04, 2023.
        """
        let published = try #require(parse(text).0?.published)
        #expect(published.value == "2023-08-03")
        #expect(published.basis.kind == .inferred)
        #expect(PublicationDateInference.isEmbeddedPostStamp("— Spokesperson MoFA (@MoFA) August 3, 2023"))
        #expect(!PublicationDateInference.isEmbeddedPostStamp("Follow us (@MoFA) for updates"))
        let friday = try #require(parse(text.replacingOccurrences(of: "on Thursday", with: "on Friday")).0)
        #expect(friday.published?.value != "2023-08-03")
    }

    /// A summary over the wire dateline: the agency of "Beijing [China], December 25 (ANI)" in the story's
    /// second paragraph signs it.
    @Test func aDatelineUnderASummaryStillNamesTheAgency() throws {
        let text = """
        Ministers Hold Talks In Beijing

        Disputes persist between the two countries over islands in the East China Sea, a Japanese news agency reported.

        Beijing [China], December 25 (ANI) The Japanese foreign minister began talks with his Chinese counterpart in Beijing on Wednesday.

        The two countries aim to increase high-level visits while keeping up communication amid tensions.
        """
        #expect(try #require(parse(text).0).source == "ANI")
    }

    /// "Reuters | Updated: 24-03-2022 00:03 IST" under a summary paragraph: the credit line still names the
    /// agency (the source had been none).
    @Test func aCreditLineUnderASummaryStillNamesTheAgency() throws {
        let text = """
        Moscow to expel a number of U.S. diplomats

        The agency did not say how many people were affected or when they would have to leave.

        Reuters | Updated: 24-03-2022 00:03 IST | Created: 24-03-2022 00:03 IST
        Russia told the United States on Wednesday it would throw out an unspecified number of American diplomats, a news agency said.

        The move comes as the United States and its allies weigh further sanctions.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.source == "Reuters")
        #expect(parsed.published?.value == "2022-03-24T00:03")
    }

    /// KCNA's stamps: "Juche 112" inside the page's calendar line gives the dateline's year; "(Juche113.3.26.)"
    /// under the story is its day; a sidebar's date after "More From ..." is another story's (it had dated this
    /// one); "-0-" ends the copy.
    @Test func kcnasStampsDateItsStories() throws {
        #expect(PublicationDateInference.jucheYear(in: "calendar>>April 14. 2023 Juche 112 |\nText") == 2023)
        #expect(PublicationDateInference.jucheStamp(in: "www.kcna.kp (Juche113.3.26.)") == Day(year: 2024, month: 3, day: 26))
        let text = """
        Pyongyang, March 26 (KCNA) -- A vice department director of the Central Committee issued the following press statement on Tuesday:
        The Japanese side clarified its stand through a press conference on Monday afternoon.
        The summit is not a matter of concern to the DPRK. -0-
        www.kcna.kp (Juche113.3.26.)
        More From KCNA.kp (En)
        Pyongyang, July 6 (KCNA) -- Another story about another country is told here at length.
        July 06, 2025
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.published?.value == "2024-03-26")
        #expect(parsed.paragraphs.count == 3)
    }

    /// "Pyongyang, August 24 (KCNA) —" on a page dated "11th December 2023": the page reposts the story months
    /// later; the dateline's day (on or before the page's date) dates it (its Thursday had been December's).
    @Test func aRepostIsDatedByItsDateline() throws {
        let text = """
        11th December 2023

        Press Statement of Foreign Ministry Spokesman
        Pyongyang, August 24 (KCNA) — A spokesman for the Foreign Ministry issued the following press statement on Thursday:
        The Japanese government decided on Tuesday to discharge treated water from the power plant into the sea.
        """
        let published = try #require(parse(text).0?.published)
        #expect(published.value == "2023-08-24")
        #expect(published.basis.kind == .inferred)
    }

    /// A caption signed by its agency and printed twice ("... on Jan. 28, 2014, over the decision. (Yonhap)")
    /// over the wire dateline is a caption, not the story's first paragraph.
    @Test func aSignedCaptionPrintedTwiceIsACaption() throws {
        let caption = "The vice foreign minister lodges a complaint in a meeting with the ambassador on Jan. 28, 2014, over the decision on textbooks. (Yonhap)"
        let text = """
        Seoul Denounces Textbook Claims

        \(caption)
        \(caption)

        SEOUL, Jan. 28 (Yonhap) -- South Korea strongly denounced the decision Tuesday to state the claim in new teaching manuals.

        The foreign ministry in Seoul immediately condemned the decision, demanding the manuals be withdrawn.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.title == "Seoul Denounces Textbook Claims")
        #expect(parsed.paragraphs.count == 2)
        #expect(parsed.removed.filter { $0.reason == "photo caption" }.count == 2)
        #expect(parsed.published?.value == "2014-01-28")
    }

    /// A caption printed first without its credit, then again closed by "PHOTO: ...": both are the caption (the
    /// first had been the story's lead, its "greeting ... yesterday" an event).
    @Test func aCaptionPrintedAgainWithItsCreditIsACaptionBothTimes() throws {
        let caption = "The foreign minister greeting his Chinese counterpart yesterday. He said they reviewed progress in the ties."
        let text = """
        Minister meets Chinese counterpart

        \(caption)
        \(caption) PHOTO: LIANHE ZAOBAO

        Ahead of his meeting with regional foreign ministers today, the Chinese foreign minister yesterday called on his counterpart.

        The meeting began with a warm hug between the two ministers.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.paragraphs.count == 2)
        #expect(parsed.removed.filter { $0.reason == "photo caption" }.count == 2)
    }

    /// "... did not respond to requests for comment. (Reporting by ...; Writing by ...; Editing by ...)": a wire
    /// story's last paragraph, closed by its desk's credit, stays (it had been dropped as a comment widget), and
    /// the credit names the writers when no byline does. The site's closed comments under it go.
    @Test func aDeskCreditClosesTheLastParagraphAndNamesTheWriters() throws {
        let text = """
        Union chair calls for ceasefire and peace talks
        NAIROBI, Oct 16 (Reuters) - The chair of the regional union on Sunday called for an immediate, unconditional ceasefire and direct peace talks.
        A government spokesperson, a military spokesperson and an adviser to the prime minister did not immediately respond to requests for comment.
        A spokesperson for the rebel forces did not respond to requests for comment. (Reporting by Nairobi Newsroom and Jane Roe in Addis Ababa; Writing by John Doe; Editing by Ann Poe)
        Sorry we are not currently accepting comments on this article.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.paragraphs.count == 3)
        #expect(parsed.body.contains("A spokesperson for the rebel forces did not respond"))
        #expect(!parsed.body.contains("accepting comments"))
        #expect(parsed.authors == ["Jane Roe", "John Doe"])
        #expect(MetadataExtractor.deskCreditWriters("(Editing by Ann Poe)").isEmpty)
        #expect(MetadataExtractor.wireDeskCredit("Talks went on (reporting by phone)") == nil)
    }

    /// A long paragraph the scrape cut off mid-sentence is the story's, though a widget word ("comment")
    /// passes through it; a caption ending on its credit is not.
    @Test func aParagraphCutOffMidSentenceStays() throws {
        let text = """
        Peace Talk Facilitators Announce Agreement On Cessation of Hostilities

        The envoy announced that the peace talks held in South Africa had resulted in an agreement on the cessation of hostilities.

        Both the federal government and the regional authorities did not yet comment on the substance of the agreement, but on Monday the prime minister said that the government is trying to convince the front to respect the law of the land, hinting to

        The full details of the agreement are yet to come, but the chairperson of the commission has called for an immediate, unconditional ceasefire.

        The two leaders arrive at the summit venue before their joint press conference after the talks at the presidential retreat on August 18 (Courtesy of the Office of the President)

        The talks are to resume next month in the capital of the neighbouring country.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.body.contains("hinting to"))
        #expect(!parsed.body.contains("Courtesy"))
        #expect(parsed.paragraphs.count == 4)
    }

    /// Indonesian papers close a story with the writers' initials ("... development. (ary)"): the paragraph stays
    /// (it had been dropped as a link list); the site asking for feedback under it does not.
    @Test func writersInitialsCloseTheLastParagraph() throws {
        let text = """
        Joint communique proof of the bloc's unity, minister says

        The joint communique produced by the annual ministerial meeting was proof that the grouping remained united, the foreign minister said.
        For Indonesia, this year's communique includes points on the protection of migrant workers' rights and the increase in maritime cooperation. (ary)
        Share your experiences, suggestions, and any issues you've encountered on The Jakarta Post. We're here to listen.
        Thank you for sharing your thoughts. We appreciate your feedback.
        """
        let parsed = try #require(parse(text).0)
        #expect(parsed.paragraphs.count == 2)
        #expect(parsed.body.contains("maritime cooperation. (ary)"))
        #expect(!parsed.body.contains("feedback"))
        #expect(MetadataExtractor.writersInitials("They met. (dre/kes)") != nil)
        #expect(MetadataExtractor.writersInitials("They met. (Reuters)") == nil)
        #expect(MetadataExtractor.writersInitials("They met (at noon)") == nil)
    }

    /// "By Trend" over the story: a byline naming only an agency is the source, and no writer.
    @Test func aBylineNamingOnlyAnAgencyIsTheSource() throws {
        for agency in ["Trend", "Reuters"] {
            let parsed = try #require(parse("""
            Foreign ministers to hold talks in Moscow
            By \(agency)

            The two foreign ministers will hold talks in Moscow on January 26, the ministry's spokesperson said at a briefing on Jan. 15.
            """).0)
            #expect(parsed.source == agency)
            #expect(parsed.authors.isEmpty)
        }
    }

    /// "Written by Jane Doe", "Author: Jane Doe": the labels sites print before their writers' names are
    /// no part of them.
    @Test func bylineLabelsAreNoNames() throws {
        for byline in ["Written by Lucia Ferraro", "Posted by Lucia Ferraro", "Author: Lucia Ferraro", "Reporter: Lucia Ferraro", "Posts Lucia Ferraro"] {
            let parsed = try #require(parse("""
            Ministers agree to expand trade ties

            \(byline)

            March 3, 2024

            The foreign ministers of Chile and Peru agreed on Monday to expand trade between the two countries, officials said after a meeting in Lima.
            """).0)
            #expect(parsed.authors == ["Lucia Ferraro"], "\(byline)")
        }
    }

    /// "From the Philippine News Agency (Dec 6): Yasay in talks with ...": a blog reposting a story names
    /// the paper it is from.
    @Test func aRepostNamesItsPaper() throws {
        let parsed = try #require(parse("""
        Tuesday, March 5, 2019

        Envoys agree to reopen the border crossing

        From the Mindanao Daily Courier (Mar 5): Envoys agree to reopen the border crossing

        The two envoys agreed on Monday to reopen the border crossing for traders by the end of the month, officials said.

        No comments:
        """).0)
        #expect(parsed.source == "Mindanao Daily Courier")
        #expect(parsed.title == "Envoys agree to reopen the border crossing")
        #expect(MetadataExtractor.repostCredit("From the start (of talks): both sides agreed") == nil)
        #expect(MetadataExtractor.repostCredit("From Reuters (12/3): Talks resume") == "Reuters")
    }

    /// A reposted readout: "The following press release was published by the Office of the Spokesperson on
    /// Aug. 29, 2021." dates it; "The below is attributable to Spokesperson ...:" is whose words it is.
    @Test func aRepostedReadoutIsDatedByItsNote() throws {
        let parsed = try #require(parse("""
        Secretary's Call with the Foreign Minister of Chile

        The following press release was published by the Office of the Spokesperson on Aug. 29, 2021. It is reproduced in full below.

        The below is attributable to Spokesperson Ned Price: The Secretary spoke today with Chilean Foreign Minister Andrés Allamand about regional migration.

        The following is attributable to Spokesperson Ned Price:

        The Secretary also thanked Chile for its partnership.
        """).0)
        #expect(parsed.published?.value == "2021-08-29")
        #expect(parsed.paragraphs.count == 2)
        #expect(!parsed.body.contains("press release was published"))
        #expect(!parsed.body.contains("The following is attributable"))
        #expect(Dateline.strip("The below is attributable to Spokesperson Ned Price: The Secretary spoke today.") == "The Secretary spoke today.")
    }
}
