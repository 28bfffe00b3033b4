import Foundation
import Testing
import Chronology
@testable import Articles

@Suite struct ReadingTests {
    @Test func bomAndCRLFGiveTheSameArticle() throws {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("seeds/001_7d89e40b0e85fbef.txt"))
        let plain = ArticleParser.parse(ArticleInput(path: "a.txt", data: data)).0!
        let crlf = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let bomCRLF = Data([0xEF, 0xBB, 0xBF]) + crlf
        let other = ArticleParser.parse(ArticleInput(path: "a.txt", data: bomCRLF)).0!
        #expect(other == plain)
    }

    @Test func invalidUTF8IsReportedWithLineAndColumn() {
        var bytes = Array(String(repeating: "line\n", count: 16).utf8)
        bytes += Array("abcd".utf8) + [0xFF] + Array(" rest\n".utf8)
        let (article, diagnostics) = ArticleParser.parse(ArticleInput(path: "articles/x.txt", data: Data(bytes)))
        #expect(article == nil)
        #expect(diagnostics.map(\.description) == ["articles/x.txt:17:5: error: invalid UTF-8 (byte 0xFF)"])
    }

    @Test func utf16IsRefusedWithAHint() {
        let data = Data([0xFF, 0xFE]) + "hello".data(using: .utf16LittleEndian)!
        let (_, diagnostics) = ArticleParser.parse(ArticleInput(path: "x.txt", data: data))
        #expect(diagnostics.first?.message == "UTF-16 is not supported; convert to UTF-8")
    }

    @Test func copyrightYearsInEveryCommonForm() {
        #expect(PublicationDateInference.copyrightYear(in: "Copyright 2019 The Herald") == 2019)
        #expect(PublicationDateInference.copyrightYear(in: "COPYRIGHT  2021") == 2021)
        #expect(PublicationDateInference.copyrightYear(in: "(c) 2020 News") == 2020)
        #expect(PublicationDateInference.copyrightYear(in: "text ©2018. All rights reserved") == 2018)
        #expect(PublicationDateInference.copyrightYear(in: "copyrighted in 1999") == nil)
        #expect(PublicationDateInference.copyrightYear(in: "Copyright 1850") == nil)
        #expect(PublicationDateInference.copyrightYear(in: "copyrigh") == nil)
        #expect(PublicationDateInference.copyrightYear(in: "© TASS 2024\nInformation agency TASS") == 2024)
        #expect(PublicationDateInference.copyrightYear(in: "Copyright © The Japan Times 2023") == 2023)
        #expect(PublicationDateInference.copyrightYear(in: "Copyright 2003-2024 Kyodo News") == 2024)
        #expect(PublicationDateInference.copyrightYear(in: "© 1999–2025 Yonhap") == 2025)
        #expect(PublicationDateInference.copyrightYear(in: "the copyright law of 1998") == nil)
        #expect(PublicationDateInference.copyrightYear(in: "© KYODO\nin 2019") == nil)
        #expect(PublicationDateInference.copyrightYear(in: "© 20245") == nil)
    }

    @Test func aKCNAStatementTakesItsYearFromItsJucheStamp() throws {
        #expect(PublicationDateInference.jucheYear(in: "text\nJuche 114 (2025)\n") == 2025)
        #expect(PublicationDateInference.jucheYear(in: "Juche 113") == 2024)
        #expect(PublicationDateInference.jucheYear(in: "Juche 114 (2031)") == nil)
        #expect(PublicationDateInference.jucheYear(in: "Juche ideology guides the party") == nil)
        #expect(PublicationDateInference.jucheYear(in: "Juche \nJuche") == nil)
        let (article, _) = parse("""
        Press Statement of DPRK Foreign Ministry Spokesperson
        Pyongyang, February 2 (KCNA) -- A spokesperson for the Foreign Ministry of the DPRK issued the following press statement on Sunday:
        The U.S. and its followers staged joint air drills over the Korean peninsula on January 15.
        Juche 114 (2025)
        """)
        #expect(try #require(article).published?.value == "2025-02-02")
    }

    /// A dateline's day with no year takes the first year that comes on or after the latest dated past the
    /// story tells, with its month; history told by years alone, or a plan it still looks ahead to that
    /// would come first, leaves the year unknown.
    @Test func aDatelineDayTakesItsYearFromTheStory() {
        let inference = PublicationDateInference()
        let recent = inference.datelineDay(month: 1, day: 10, body: "The meeting was held on December 30, 2023. Kim spoke on Monday.")
        #expect(recent?.day == Day(year: 2024, month: 1, day: 10))
        #expect(recent?.explanation.contains("December 30, 2023") == true)
        #expect(inference.datelineDay(month: 6, day: 5, body: "The armistice was signed in 1953. Talks resumed on Monday.") == nil)
        #expect(inference.datelineDay(month: 6, day: 5, body: "Talks were held in March 2023. The next round will be held in May 2023.") == nil)
        // A list's dated entries are told in the historical present: they look ahead to nothing.
        let factbox = "Biden and Xi will meet on Saturday.\n\n* Feb 4, 2023 - A U.S. fighter jet shoots down a balloon.\n\n* June 18-19, 2023 - Blinken visits Beijing and meets Xi."
        #expect(inference.datelineDay(month: 11, day: 16, body: factbox)?.day == Day(year: 2023, month: 11, day: 16))
        #expect(inference.datelineDay(month: 11, day: 16, body: "Talks were held in May 2023. Blinken visits Beijing on June 18, 2023.") == nil)
        // The lead's weekday is the dateline day's: it picks the next year that fits when the first does not.
        let saturday = inference.datelineDay(month: 3, day: 22, body: "The foreign ministers on Saturday confirmed plans for a summit. It was their first meeting since November 2023.")
        #expect(saturday?.day == Day(year: 2025, month: 3, day: 22))
        #expect(inference.datelineDay(month: 3, day: 22, body: "The foreign ministers on Friday confirmed plans for a summit. It was their first meeting since November 2023.")?.day
                == Day(year: 2024, month: 3, day: 22))
        // February 29 waits for a leap year.
        #expect(inference.datelineDay(month: 2, day: 29, body: "Talks were held in March 2021.")?.day == Day(year: 2024, month: 2, day: 29))
        // A year told as past bounds it too, even without its month.
        let later = inference.datelineDay(month: 12, day: 10, body: "The group was founded in June 2014. The last summit was held in Berlin in 2016.")
        #expect(later?.day == Day(year: 2016, month: 12, day: 10))
        #expect(later?.explanation.contains("'2016'") == true)
    }

    /// A month named with its year, then a day named without one that the story tells as past: the
    /// story was written after the next such day ("met in November 2023", "won the Nov. 5 election").
    @Test func aDayWithoutAYearAfterTheLatestDatedPast() throws {
        let text = """
        Biden, Xi meet in Lima as Trump return looms

        By Trevor Hunnicutt

        LIMA, Peru (Reuters) - U.S. President Joe Biden and Chinese President Xi Jinping met on Saturday on the sidelines of the Asia-Pacific Economic Cooperation summit in Lima.

        The two leaders last met in Woodside, California, in November 2023. Trump won the Nov. 5 election.
        """
        let article = try #require(parse(text).0)
        let published = try #require(article.published)
        #expect(published.basis.kind == .inferred)
        #expect(published.start == Day(year: 2024, month: 11, day: 5) && published.end == Day(year: 2024, month: 12, day: 31))
        // A decade is no such date: "the 2010s" and "early November" leave the year unknown.
        #expect(parse("Floods\n\nFloods were rare in the 2010s. Rains returned in early November.\n").0?.published == nil)
        // The day named again without its year is the same day, not the next year's: "met on 31 July 2019" and
        // "issued a communiqué on July 31" (the story had been dated 2020); a plan's year ("Blueprints 2025",
        // "(MPAC) 2025") is no date the story tells.
        let communique = try #require(parse("""
        Joint Communique of the Ministers' Meeting

        The ministers' meeting issued a joint communique in Bangkok on July 31.

        We, the foreign ministers of the region, met on 31 July 2019 in Bangkok. We commended the implementation of the Community Blueprints 2025 and of the Master Plan on Connectivity (MPAC) 2025.
        """).0?.published)
        #expect(communique.basis.kind == .inferred)
        #expect(communique.start == Day(year: 2019, month: 7, day: 31) && communique.end == Day(year: 2019, month: 12, day: 31))
        // Nor is a day named without its year just before: "on September 28-29" and "from 28 to 29 September 2016"
        // (the story had been dated 2017).
        let visit = try #require(parse("""
        Joint Statement on the President's visit

        Hanoi – The two countries issued a Joint Statement on the official visit on September 28-29 of the President.

        At the invitation of the State President, the President paid an Official Visit to the country from 28 to 29 September 2016. The two Presidents recalled the Joint Communique signed in 1976.
        """).0?.published)
        #expect(visit.start?.year == 2016 && visit.end?.year == 2016)
    }

    /// "last September" is over when the story is told: the story comes after that September, and the
    /// month it names is the one the inference counted (it had been a year earlier, before the date it follows).
    @Test func aMonthToldAsLastIsOverBeforeTheStory() throws {
        let text = """
        Envoys of the two countries hold talks

        SEOUL-- Envoys of South Korea and Japan held talks in Tokyo on Friday, the ministry said.

        The meeting was first held in Seoul in May 2007. The previous meeting took place virtually last September.
        """
        let published = try #require(parse(text).0?.published)
        #expect(published.basis.kind == .inferred)
        #expect(published.start == Day(year: 2007, month: 10, day: 1) && published.end == Day(year: 2007, month: 12, day: 31))
        let lastSeptember = try #require(TemporalTagger().tag("It met last September.", reference: published).first)
        #expect(lastSeptember.value == "2007-09")
        // "last December" after May 2007: the story is told in the year after that December.
        let december = try #require(parse(text.replacingOccurrences(of: "last September", with: "last December")).0?.published)
        #expect(december.start?.year == 2008)
    }

    /// "at a press conference on Sunday (Nov. 26)": a day named with its weekday falls on it one year in five
    /// or six, so it picks the story's year among those its other dates leave open (the stories had been
    /// dated the year after the latest year told as past: 2020, 2031, 2005).
    @Test func aWeekdayNamedWithItsDayPlacesTheYear() throws {
        let press = try #require(parse("""
        Ministers aim for progress on the trade bloc

        "We discussed the corridors and the bloc's external negotiations," the minister said at a press conference on Sunday (Nov. 26).

        Approved in 2019 after 20 years of negotiations, the agreement still requires ratification.
        """).0?.published)
        #expect(press.basis.kind == .inferred)
        #expect(press.start == Day(year: 2023, month: 11, day: 26) && press.end == Day(year: 2023, month: 12, day: 31))
        // A year the story looks ahead to bounds it too ("due in 2022"; "by 2030" was read as past).
        let rally = try #require(parse("""
        Thousands rally over power prices

        Some 54,000 people attended a rally in Nairobi on Wednesday, Sept. 1. The number has risen every year since 2019.

        A final report is due in 2022. The government has pledged to generate 6.1 percent of its electricity from renewable sources by 2030.
        """).0?.published)
        #expect(rally.start == Day(year: 2021, month: 9, day: 1) && rally.end == Day(year: 2021, month: 12, day: 31))
        let abbreviated = try #require(parse("""
        Thousands rally over power prices

        Some 54,000 people attended a rally in Nairobi on Wed., Sept. 1. The number has risen every year since 2019.

        A final report is due in 2022.
        """).0?.published)
        #expect(abbreviated.start?.year == 2021)
        // The weekday's day, told as past, is the earliest the story can be: "publish figures in April" after it is
        // the next April, not a bound.
        let announcement = try #require(parse("""
        Ministry intervenes in the currency market

        The announcement came on Monday, Dec. 10, nine days after the ministry intervened in the currency market.

        The ministry is expected to publish revised growth figures in April. The peg has held since 2004.
        """).0?.published)
        #expect(announcement.start == Day(year: 2007, month: 12, day: 10) && announcement.end == Day(year: 2007, month: 12, day: 31))
        // A weekday's day told ahead is the latest the story can be (it had stayed undated).
        let ahead = try #require(parse("""
        Talks set

        The ministers will meet again on Friday, Dec. 17. Trade has grown every year since 2019.
        """).0?.published)
        #expect(ahead.start == Day(year: 2021, month: 1, day: 1) && ahead.end == Day(year: 2021, month: 12, day: 17))
        // A month told as past without its year may be either side of New Year once a weekday has placed a day:
        // "rose in March" after "Monday, Jan. 30" bounds nothing, "in May" ahead does (the story had been dated 2014).
        let january = try #require(parse("""
        Rates held

        The announcement came on Monday, Jan. 30. Prices rose in March. Rates have held since 2013, and the bank will review them in May.
        """).0?.published)
        #expect(january.start == Day(year: 2017, month: 1, day: 30) && january.end == Day(year: 2017, month: 5, day: 31))
        // A decade told as past leaves a weekday too many years, and "a year earlier" is no year the story names
        // (it had been a year before "reviewed in 2011", to come, and the story dated 2011).
        #expect(parse("Floods\n\nFloods were rare in the 2010s. Rains returned on Wednesday, Sept. 1.\n").0?.published == nil)
        #expect(parse("""
        Cases

        The plan will be reviewed in 2011, officials said. Cases doubled from a year earlier. Talks resumed in mid-August.
        """).0?.published == nil)
    }

    /// A briefing's transcript posted the next day is told on the day its headline names: its "tomorrow" is
    /// that day's (the page's stamp had dated it, and "9 a.m. tomorrow" was a day late). A story whose
    /// headline names a day it tells of keeps the page's date.
    @Test func aBriefingIsToldOnTheDayItsHeadlineNames() throws {
        let briefing = try #require(parse("""
        2015-11-10 source: ministry website

        Foreign Ministry Spokesperson's Regular Press Conference on November 9, 2015

        The vice foreign minister will give a press briefing on the president's attendance at the summit at 9 a.m. tomorrow.
        """).0?.published)
        #expect(briefing.value == "2015-11-09" && briefing.basis.kind == .inferred)
        let story = try #require(parse("""
        2015-11-10 source: ministry website

        Ministers sign a trade pact on November 9, 2015

        The ministers signed the pact in Manila and will meet again tomorrow to discuss its implementation.
        """).0?.published)
        #expect(story.value == "2015-11-10")
    }

    /// "disaster management. Â" and "Â" alone on a line: a no-break space read as Latin-1 upstream. Each
    /// such "Â" is a space (the offsets stay the file's), so the paragraph ends as a sentence and is kept
    /// (it had been taken for a share widget; a lone "Â" over the story, for the site's name).
    @Test func aNoBreakSpaceReadAsLatin1IsASpace() throws {
        let text = "Leaders Agree\n\u{C2}\nTOKYO \u{2014} The two leaders agreed to strengthen cooperation on shared challenges in Tokyo on Saturday.\n\u{C2}\nThey agreed to launch a consultative body to share policy experiences and seek solutions together. \u{C2}\u{A0}\n"
        guard case .success(let decoded) = TextDecoder.decode(Data(text.utf8), path: "a.txt") else { Issue.record("not decoded"); return }
        #expect(decoded.unicodeScalars.count == text.unicodeScalars.count)
        #expect(!decoded.contains("\u{C2}"))
        #expect(TextDecoder.withoutNoBreakSpaceMojibake("\u{C2}ngulo") == "\u{C2}ngulo")
        let parsed = try #require(parse(text).0)
        #expect(parsed.paragraphs.count == 2)
    }

    @Test func emptyAndWhitespaceFiles() {
        #expect(parse("").1.first?.message == "empty article")
        #expect(parse("  \n\t\n").1.first?.message == "article has only whitespace")
    }

    @Test func sidecarWinsAndIsMarked() throws {
        let text = "Some headline about talks\n\nOfficials met on Monday to discuss the plan in detail, the ministry said.\n"
        let sidecar = """
        title: Edited headline
        source: The Paper
        authors: [A. Writer, B. Writer]
        published: 2024-02-16
        url: https://example.org/story
        ignore:
          - "Some headline about talks"
        """
        let (article, diagnostics) = parse(text, sidecar: sidecar)
        let a = try #require(article)
        #expect(diagnostics.isEmpty)
        #expect(a.title == "Edited headline")
        #expect(a.source == "The Paper")
        #expect(a.authors == ["A. Writer", "B. Writer"])
        #expect(a.published?.value == "2024-02-16")
        #expect(a.published?.basis.kind == .given)
        #expect(a.evidence["title"]?.origin == .sidecar)
        #expect(a.removed.contains { $0.reason.contains("sidecar") })
    }

    @Test func brokenSidecarsAreReportedAtTheirLine() {
        let (_, d1) = parse("Headline here now\n\nA sentence of the story that is long enough to count.\n", sidecar: "title: ok\nauthors: [unclosed\n")
        #expect(d1.contains { $0.path == "seeds/test.yml" && $0.line >= 2 && $0.severity == .error })
        let (_, d2) = parse("Headline here now\n\nA sentence of the story that is long enough to count.\n", sidecar: "title: ok\npublished: 2024-02-30\n")
        #expect(d2.contains { $0.description == "seeds/test.yml:2:1: error: published: '2024-02-30' is not a valid date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)" })
        let (_, d3) = parse("Headline here now\n\nA sentence of the story that is long enough to count.\n", sidecar: "url: javascript:alert(1)\n")
        #expect(d3.contains { $0.message.contains("source URL scheme not allowed") })
    }

    @Test func markdownWithFrontMatter() throws {
        let text = """
        ---
        title: "Envoys meet in Seoul"
        source: Desk notes
        published: "2024-01-18"
        ---
        Senior diplomats met in Seoul on Thursday.

        They discussed **Russia**.
        """
        let (article, diagnostics) = parse(text, path: "seeds/note.md")
        let a = try #require(article)
        #expect(diagnostics.isEmpty)
        #expect(a.title == "Envoys meet in Seoul")
        #expect(a.published?.value == "2024-01-18")
        #expect(a.paragraphs.count == 2)
        #expect(a.format == "markdown")
        let (_, broken) = parse("---\ntitle: x\nno end\n", path: "seeds/bad.md")
        #expect(broken.first?.message.contains("front matter not terminated") == true)
    }

    @Test func symlinksOutOfTheFolderAreRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annals-links-\(UUID().uuidString)")
        let seeds = root.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "secret".write(to: root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: seeds.appendingPathComponent("leak.txt").path, withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: seeds.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
        let (inputs, diagnostics) = ArticleLoader.inputs(in: seeds.path)
        #expect(inputs.isEmpty)
        #expect(diagnostics.filter { $0.message.contains("symlink leads outside") }.count == 2)
    }

    @Test func symlinksInsideTheFolderAreRead() throws {
        let seeds = FileManager.default.temporaryDirectory.appendingPathComponent("annals-inlinks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: seeds.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: seeds) }
        try "Talks resumed on Monday.\n".write(to: seeds.appendingPathComponent("drafts/talks.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: seeds.appendingPathComponent("talks.txt").path, withDestinationPath: "drafts/talks.md")
        let (inputs, diagnostics) = ArticleLoader.inputs(in: seeds.path)
        #expect(inputs.map(\.id) == ["talks"])
        #expect(String(decoding: inputs[0].data, as: UTF8.self) == "Talks resumed on Monday.\n")
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    /// The preview's reuse: an unchanged file is not read again; a changed one (or its sidecar) is.
    @Test func unchangedFilesAreReusedByTheirStamps() throws {
        let seeds = FileManager.default.temporaryDirectory.appendingPathComponent("annals-stamps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: seeds) }
        let file = seeds.appendingPathComponent("a.txt")
        try "Talks resumed on Monday.\n".write(to: file, atomically: true, encoding: .utf8)
        var remembered: [String: ([ArticleLoader.FileStamp?], ArticleInput)] = [:]
        func load() -> (inputs: [ArticleInput], reused: Int) {
            var reused = 0
            let (inputs, _) = ArticleLoader.inputs(in: seeds.path) { path, stamps in
                guard let (known, input) = remembered[path], known == stamps else {
                    remembered[path] = (stamps, ArticleInput(path: path, data: Data()))
                    return nil
                }
                reused += 1
                return input
            }
            for input in inputs where reused == 0 { remembered[input.path]?.1 = input }
            return (inputs, reused)
        }
        #expect(load().reused == 0)
        let second = load()
        #expect(second.reused == 1)
        #expect(String(decoding: second.inputs[0].data, as: UTF8.self) == "Talks resumed on Monday.\n")
        try "Talks resumed on Tuesday, longer.\n".write(to: file, atomically: true, encoding: .utf8)
        let third = load()
        #expect(third.reused == 0)
        #expect(String(decoding: third.inputs[0].data, as: UTF8.self) == "Talks resumed on Tuesday, longer.\n")
        try "published: 2024-02-16\n".write(to: seeds.appendingPathComponent("a.yml"), atomically: true, encoding: .utf8)
        let fourth = load()
        #expect(fourth.reused == 0)
        #expect(fourth.inputs[0].sidecarData != nil)
    }
}

@Suite struct CollisionTests {
    @Test func twoFilesWithOneIDAreBothRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annals-ids-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Talks headline here\n\nOfficials met on Monday in Seoul, the ministry said.\n".write(to: folder.appendingPathComponent("talks.txt"), atomically: true, encoding: .utf8)
        try "---\ntitle: Talks\n---\nOfficials met on Monday.\n".write(to: folder.appendingPathComponent("talks.md"), atomically: true, encoding: .utf8)
        try "Other headline here\n\nOfficials met on Tuesday in Tokyo, the ministry said.\n".write(to: folder.appendingPathComponent("other.txt"), atomically: true, encoding: .utf8)
        let (inputs, diagnostics) = ArticleLoader.inputs(in: folder.path)
        #expect(inputs.map(\.id) == ["other"])
        #expect(diagnostics.filter { $0.message.contains("article id 'talks' is used by") }.count == 2)
    }
}

@Suite struct FolderListingTests {
    @Test func namesSplitAtTheirLastDot() {
        #expect(ArticleLoader.splitExtension("talks.TXT") == ("talks", "txt"))
        #expect(ArticleLoader.splitExtension("a.b.md") == ("a.b", "md"))
        #expect(ArticleLoader.splitExtension("README") == ("README", ""))
        #expect(ArticleLoader.splitExtension("talks.") == ("talks", ""))
    }

    /// The watcher's and the preview's fingerprint: every file in nested folders, each with its stamp.
    @Test func stampsCoverNestedFilesAndChangeWithThem() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annals-walk-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("partials/deep")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "a".write(to: root.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        try "b".write(to: nested.appendingPathComponent("item.mustache"), atomically: true, encoding: .utf8)
        let config = root.appendingPathComponent("annals.yml")
        try "title: T\n".write(to: config, atomically: true, encoding: .utf8)
        let before = ArticleLoader.FileStamp.under([root.path + "/partials", config.path, root.path + "/missing"])
        #expect(Set(before.keys) == [root.path + "/partials", root.path + "/partials/deep", root.path + "/partials/deep/item.mustache", config.path])
        try "longer".write(to: nested.appendingPathComponent("item.mustache"), atomically: true, encoding: .utf8)
        let after = ArticleLoader.FileStamp.under([root.path + "/partials", config.path])
        #expect(after[root.path + "/partials/deep/item.mustache"] != before[root.path + "/partials/deep/item.mustache"])
        #expect(after[config.path] == before[config.path])
    }

    @Test func sidecarsWithoutArticlesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annals-sidecars-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Talks headline here\n\nOfficials met on Monday.\n".write(to: folder.appendingPathComponent("talks.txt"), atomically: true, encoding: .utf8)
        try "published: 2024-02-16\n".write(to: folder.appendingPathComponent("talks.yml"), atomically: true, encoding: .utf8)
        try "published: 2024-02-16\n".write(to: folder.appendingPathComponent("orphan.yaml"), atomically: true, encoding: .utf8)
        let (inputs, diagnostics) = ArticleLoader.inputs(in: folder.path)
        #expect(inputs.map(\.id) == ["talks"])
        #expect(inputs.first?.sidecarData != nil)
        #expect(diagnostics.map(\.message) == ["sidecar without an article named orphan.txt or orphan.md"])
    }
}
