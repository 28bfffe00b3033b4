import Foundation
import Chronology

/// What a block of a scrape is. Only `.body` blocks and a `.standfirst` make the article text.
enum BlockRole: String, Equatable {
    case body, standfirst, title, byline, dateline, published, metadata, siteName, sectionLabel
    case navigation, widget, caption, credit, copyright, related, afterArticle, ignored, timeCode

    /// The reason shown for removed text.
    var reason: String {
        switch self {
        case .body: return "body"
        case .standfirst: return "standfirst (kept as the first paragraph)"
        case .title: return "headline (kept as the title)"
        case .byline: return "byline"
        case .dateline: return "dateline"
        case .published: return "publication line"
        case .metadata: return "metadata line"
        case .siteName: return "site name"
        case .sectionLabel: return "section label"
        case .navigation: return "navigation or link list"
        case .widget: return "share, login or comment widget"
        case .caption: return "photo caption"
        case .credit: return "image credit"
        case .copyright: return "copyright line"
        case .related: return "related-links heading"
        case .afterArticle: return "after the article (comments, author bio, sidebar)"
        case .ignored: return "ignored by the sidecar"
        case .timeCode: return "transcript time code"
        }
    }
}

/// Classifies the blocks of a scrape in the spirit of jusText: each block is judged by its own shape
/// (length, sentence ending, function-word density, capitalization, widget vocabulary), then by its
/// neighbours (short sentences between body paragraphs are body; everything after a comment box is not).
/// No rule names a site.
struct BoilerplateClassifier {
    var ignoredLines: Set<String> = []

    /// `text` is the whole article, used to confirm a masthead that the story names again.
    func classify(_ blocks: [Block], text: String) -> [BlockRole] {
        var roles = blocks.map(initialRole)
        // "Matthew Miller (00:00):" over each turn of a transcription service's transcript: the labels stay with
        // the words, so the turns can be told apart.
        let timedLabels = blocks.indices.filter { blocks[$0].wordCount <= 8 && TimedSpeakerLabel(Substring(blocks[$0].text)) != nil }
        if timedLabels.count >= 2 { for k in timedLabels { roles[k] = .body } }
        // "70.7 F" over "New York": the weather box names its city.
        for k in blocks.indices.dropFirst() where roles[k] == .navigation && BoilerplateClassifier.isWeatherReading(blocks[k - 1])
            && blocks[k].wordCount <= 3 && looksLikeName(blocks[k]) {
            roles[k] = .widget
        }
        // "... on Jan. 28, 2014, over the decision. (Yonhap)" twice in a row: a picture's caption, printed again
        // as its alternative text. (A headline printed twice has no closing stop or credit.)
        for k in blocks.indices.dropLast() where blocks[k].wordCount >= 8 && blocks[k].text == blocks[k + 1].text {
            let b = blocks[k]
            if b.endsLikeSentence || b.beforeSignOff != nil || b.text.hasSuffix("]") { (roles[k], roles[k + 1]) = (.caption, .caption) }
        }
        // "Foreign Minister Vivian Balakrishnan greeting his Chinese counterpart Wang Yi yesterday. ..." over the same
        // words closed by "PHOTO: LIANHE ZAOBAO": the caption printed again without its credit.
        for k in blocks.indices.dropLast() where roles[k + 1] == .caption && blocks[k].wordCount >= 8
            && blocks[k + 1].text.count > blocks[k].text.count && blocks[k + 1].text.hasPrefix(blocks[k].text) {
            roles[k] = .caption
        }
        // "President William Ruto in a meeting with Heads of Missions and International" over "Organisations at the
        // State House, Nairobi on February 10, 2025/ PCS": a caption the scrape broke in two.
        for k in blocks.indices.dropLast() where roles[k + 1] == .caption && endsWithSlashedCredit(blocks[k + 1]) {
            let b = blocks[k]
            if roles[k] == .navigation, !b.endsLikeSentence, b.wordCount <= 30, blocks[k + 1].text.first?.isLetter == true { roles[k] = .caption }
        }
        // "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on
        // Thursday.": a sentence dense with names, right above the story's next paragraph, is its lead.
        for k in blocks.indices.dropLast().reversed() where roles[k] == .navigation && roles[k + 1] == .body {
            let b = blocks[k]
            if !b.isBullet, b.wordCount >= 10, b.endsLikeSentence, b.stopWordRatio >= 0.08 { roles[k] = .body }
        }
        // "Getty Images" on its own line, then the caption of the photo it credits; or the caption, then its
        // credit, when what follows opens the story ("WOODSIDE, Calif. — President Biden and ...").
        func mayBeCaption(_ k: Int) -> Bool {
            !blocks[k].isBullet && blocks[k].wordCount <= 40 && (roles[k] == .navigation || roles[k] == .body)
        }
        for k in blocks.indices.dropLast() where isPictureAgency(blocks[k]) {
            roles[k] = .credit
            if Dateline.storyOffset(blocks[k + 1].text) > 0 {
                if k > 0, mayBeCaption(k - 1), blocks[k - 1].endsLikeSentence { roles[k - 1] = .caption }
            } else if mayBeCaption(k + 1) {
                roles[k + 1] = .caption
            }
        }
        // A byline, a publication line or a short dated line: the header's last lines, over the story.
        func opensStory(_ k: Int) -> Bool {
            roles[k] == .byline || roles[k] == .published
                || (roles[k] == .navigation && blocks[k].wordCount <= 10 && namesADay(blocks[k]))
        }
        // "What is the AUKUS pact and why does it matter?" over its byline: a question can be a headline.
        // So it is over a standfirst and then the byline ("Can Japan and China Reset Relations?" / "Ishiba
        // and Xi agreed ... Turning words into deeds will be hard." / "By Kenji Tanaka").
        if let first = roles.firstIndex(of: .body), first + 1 < blocks.count, blocks[first].text.hasSuffix("?"), blocks[first].wordCount <= 16 {
            let standfirst = first + 2 < blocks.count && roles[first + 1] == .body && blocks[first + 1].wordCount <= 40
                && !blocks[first + 1].text.hasSuffix("?") && opensStory(first + 2)
            if opensStory(first + 1) || standfirst { roles[first] = .navigation }
        }
        // "Scholz and Tusk pledged ... in six years." over "Jens Thurau" / "07/02/2024", or "Egyptian and
        // Qatari mediators are pushing for a deal ..." over "Published On 4 May 2024": a standfirst ends in a
        // period like a lead, but a writer's name or the date under it say the story has not begun yet: the
        // header runs on past it, and it stays the article's first paragraph. (A live page's entry is dated
        // above it, "18 Nov 2024 14.32 GMT", and the next entry's stamp follows.)
        // ("Marsh arrived in Bangkok late Thursday." under the lead is the story's next sentence, no stamp.)
        func isStamp(_ k: Int) -> Bool { !blocks[k].endsLikeSentence && opensStory(k) }
        if let first = roles.firstIndex(of: .body), first + 2 < blocks.count, blocks[first].wordCount <= 40,
           isStamp(first + 1) || (roles[first + 1] == .navigation && isBareByline(blocks, first + 1, text: text)),
           roles[(first + 2)...].contains(.body), !(0..<first).contains(where: isStamp) {
            roles[first] = .standfirst
        }
        guard let firstBody = roles.firstIndex(of: .body) else {
            return headerRoles(blocks, roles, headerEnd: blocks.count, text: text)
        }
        // After a comment box or a "source link" line, nothing is the article any more.
        if let terminal = blocks.indices.first(where: { $0 > firstBody && isTerminalMarker(blocks[$0]) }) {
            for k in terminal..<blocks.count where roles[k] != .ignored { roles[k] = .afterArticle }
        }
        // Short sentences between body paragraphs are body ("That's true."), and so is a long paragraph the
        // scrape cut off.
        let lastBody = roles.lastIndex(of: .body)!
        for k in firstBody..<lastBody where roles[k] == .navigation {
            let b = blocks[k]
            if (b.endsLikeSentence && !b.isBullet && b.wordCount >= 1) || isUnfinishedProse(b, lower: b.lower)
                || b.beforeSignOff.map(readsAsProse) == true { roles[k] = .body }
        }
        // "Malaysia will chair ASEAN in 2025.": a short closing sentence right after the story is its last line.
        var closing = lastBody + 1
        while closing < blocks.count, roles[closing] == .navigation, isClosingSentence(blocks[closing]) {
            roles[closing] = .body
            closing += 1
        }
        // A byline at the end of the story ("By Hyung-jin Kim and Kim Tong-hyung") stays a byline.
        return headerRoles(blocks, roles, headerEnd: firstBody, text: text)
    }

    /// A plain statement too short to be judged body on its own: four words or more, a period, and function
    /// words ("will", "in") that menu entries and slogans lack. Notes about the story itself ("This article
    /// has been updated.", "Stuart Lau contributed reporting from Beijing.") are not part of it.
    /// ("... bolster trilateral cooperation. (Yonhap)": the story's last paragraph, signed by its agency, is
    /// judged without the signature.)
    private func isClosingSentence(_ b: Block) -> Bool {
        if let signed = b.beforeSignOff {
            return readsAsProse(signed) || isClosingSentence(signed)
        }
        // ("Last month, Mr Rutte visited Kyiv and met President Volodymyr Zelenskyy, days after taking office.":
        // a longer one may be dense with names, its verbs in lower case.)
        let denseWithNames = b.wordCount >= 8 && b.stopWordRatio >= 0.05 && b.capitalizedRatio <= 0.7
        // ("The Secretary and Director and Foreign Minister Wang will continue their discussions on Friday, October
        // 27": the scrape lost the last sentence's stop; a headline is rarely fifteen words long and this full of
        // function words.)
        let lostItsStop = b.wordCount >= 15 && b.stopWordRatio >= 0.25 && b.text.last.map { $0.isLetter || $0.isNumber } == true
        guard !b.isBullet, b.wordCount >= 4, b.text.hasSuffix(".") || lostItsStop, b.stopWordRatio >= 0.15 || denseWithNames else { return false }
        return !Self.editorialNoteWords.contains { FastText.contains(b.lower, $0) }
    }

    /// "This report by The Canadian Press was first published Nov. 16, 2024.", "An earlier version of this
    /// article misstated ...": the story's own history, told in a sentence, is no part of what it reports.
    private func isNoteAboutTheStory(_ b: Block) -> Bool {
        // (Asked of every paragraph: the opening word is looked at before anything is lowercased.)
        guard b.wordCount <= 30, let first = b.words.first, ["This", "An", "A", "this", "an", "a"].contains(first) else { return false }
        let lower = b.lower
        guard ["this report", "this article", "this story", "an earlier version of this", "a version of this"].contains(where: lower.hasPrefix)
        else { return false }
        return ["published", "updated", "corrected", "appeared", "misstated", "amended"].contains { FastText.contains(lower, $0) }
    }

    /// "The following press release was published by the Office of the Spokesperson on Aug. 29, 2021. It is
    /// reproduced in full below.": a reposting site tells when the story first appeared.
    private func isRepublicationNote(_ b: Block) -> Bool {
        guard b.wordCount <= 30, b.text.hasPrefix("The following ") else { return false }
        let lower = b.lower
        return [" was published", " was released", " was issued"].contains { FastText.contains(lower, $0) } && b.text.contains(where: \.isNumber)
    }

    /// "The following is attributable to Spokesperson Ned Price:": whose words a readout is, no part of them.
    private func isSpokespersonCredit(_ b: Block) -> Bool {
        b.wordCount <= 12 && b.text.hasSuffix(":") && Dateline.spokespersonCredit(b.text) != nil
    }

    private static let editorialNoteWords = ["this article", "this story", "this report", "reporting", "contributed",
                                             "updated", "correct", "edited", "editing", "writing by", "originally"]

    /// A paragraph of prose on its own: eight words or more, a sentence's end, and function words.
    private func readsAsProse(_ b: Block) -> Bool {
        guard !b.isBullet, b.wordCount >= 8, b.stopWordRatio >= 0.15 else { return false }
        // ("... He will stay in Bangladesh for 24 hours. MAZ SHK2316": a long paragraph of sentences is prose
        // whatever desk code closes it.)
        return b.endsLikeSentence || (b.wordCount >= 40 && BoilerplateClassifier.sentenceEnds(in: b.text, atLeast: 3))
    }

    /// Whether `text` holds `count` sentence ends or more: a stop, "!" or "?" before a space and a capital.
    private static func sentenceEnds(in text: String, atLeast count: Int) -> Bool {
        var found = 0
        var (twoBack, oneBack): (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if oneBack == UInt8(ascii: " "), twoBack == UInt8(ascii: ".") || twoBack == UInt8(ascii: "!") || twoBack == UInt8(ascii: "?"),
               byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") {
                found += 1
                if found >= count { return true }
            }
            (twoBack, oneBack) = (oneBack, byte)
        }
        return false
    }

    private func initialRole(_ b: Block) -> BlockRole {
        let lower = b.lower
        if ignoredLines.contains(b.text) { return .ignored }
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return .copyright }
        if b.wordCount == 1, TimedSpeakerLabel.isTimeCode(Substring(b.text)) { return .timeCode }
        if isCaption(b) { return .caption }
        if isCreditOnly(b) { return .credit }
        if isByline(b) { return .byline }
        if isPublishedLine(b) { return .published }
        if isRelatedHeading(b) { return .related }
        if isWidget(b) || isSiteNotice(b) || BoilerplateClassifier.isWeatherReading(b) { return .widget }
        if isRepublicationNote(b) { return .published }
        if isSpokespersonCredit(b) { return .metadata }
        if isNoteAboutTheStory(b) { return .afterArticle }
        // ("Secretary Antony J. Blinken And German Foreign Minister ... Before Their...": a link's headline cut short
        // by the menu ends in dots, not a stop.)
        if b.capitalizedRatio >= 0.7, b.wordCount <= 30, b.text.hasSuffix("...") || b.text.hasSuffix("…") { return .navigation }
        if readsAsProse(b) { return .body }
        // "TOKYO (AP) — Japanese Prime Minister Fumio Kishida said Wednesday he still hopes to meet North
        // Korean leader Kim Jong Un.": a story's lead, dense with names, opened by a wire dateline.
        if !b.isBullet, b.wordCount >= 8, b.endsLikeSentence, b.stopWordRatio >= 0.05, Dateline.storyOffset(b.text) > 0 { return .body }
        // "• May 22, 2004: Koizumi makes a second visit to Pyongyang.": a list item that is a sentence is
        // content (a timeline, key points); "• January 5, 2018" or "• , The Asahi Shimbun , 1:50 p.m."
        // under a headline is metadata.
        if b.isBullet, b.wordCount >= 6, b.endsLikeSentence,
           b.words.filter({ $0.first?.isLowercase == true && !$0.contains(".") }).count >= 3 { return .body }
        if b.isBullet { return .metadata }
        return .navigation
    }

    /// Blocks before the first body paragraph: headline, site name, section labels, bylines, dates.
    private func headerRoles(_ blocks: [Block], _ roles: [BlockRole], headerEnd: Int, text: String) -> [BlockRole] {
        var roles = roles
        var titleIndex: Int?
        var bestScore = Int.min
        for k in 0..<headerEnd where roles[k] == .navigation {
            let b = blocks[k]
            if BoilerplateClassifier.isInstitutionName(b, topOfPage: k == 0) || BoilerplateClassifier.siteAddressBeforeMotto(b) != nil {
                roles[k] = .siteName
                continue
            }
            // ("Kementerian Kominfo 06 June 2023": a writer and a date, however long, are no headline.)
            guard isHeadlineCandidate(b), !isNameThenDate(b) else { continue }
            // "Exclusive news, data and analytics for financial market professionalsLearn more aboutRefinitiv":
            // links run together by the scrape are a menu, whatever their length.
            let score = b.wordCount - (hasLinksRunTogether(b) ? 100 : 0)
            if score > bestScore {
                bestScore = score
                titleIndex = k
            }
        }
        // A headline with its standfirst under it: the longer line is the summary, the one above is the
        // headline ("India, China agree on patrolling ..., says Misri" over "Foreign Secretary says ...").
        // (A short capitalized line right under the masthead opening the page is its motto: "The Mainichi"
        // over "Japan's National Daily Since 1922".)
        // A shorter standfirst follows a headline written as a sentence ("Japan and Philippines sign defense
        // pact allowing troop deployments" over an 11-word summary); a kicker in title case ("Israel at War -
        // Day 132") over a headline is not one.
        func isSentenceCased(_ b: Block) -> Bool { b.words.filter { $0.first?.isLowercase == true }.count >= 3 }
        if let chosen = titleIndex, chosen > 0,
           blocks[chosen].wordCount >= 12 || (blocks[chosen].wordCount >= 8 && isSentenceCased(blocks[chosen - 1])),
           roles[chosen - 1] == .navigation,
           isHeadlineCandidate(blocks[chosen - 1]), blocks[chosen - 1].wordCount >= 5,
           // ("HomeGovernmentSecretary Antony J. Blinken And ... Before Their..." over the whole headline: the
           // breadcrumb's copy, cut short, is no headline over a standfirst.)
           !hasLinksRunTogether(blocks[chosen - 1]), !blocks[chosen - 1].text.hasSuffix("..."), !blocks[chosen - 1].text.hasSuffix("…"),
           !(chosen == 2 && looksLikeName(blocks[0]) && blocks[0].wordCount <= 4 && blocks[1].wordCount <= 6
             && blocks[1].words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }),
           // ("This is a test for Consumer Pay Call to Action" over the headline right above "JOHANNESBURG (AP) —":
           // the line a wire story's dateline follows is its headline, unless the line over it tells the lead's
           // story more closely: TASS's "Kremlin doubts that Russian-US summit may produce joint document" over
           // "For the time being ..., presidential spokesman Dmitry Peskov said on Wednesday".)
           !(chosen + 1 < blocks.count && roles[chosen + 1] == .body && Dateline.storyOffset(blocks[chosen + 1].text) > 0
             && sharedWords(blocks[chosen - 1], blocks[chosen + 1]) <= sharedWords(blocks[chosen], blocks[chosen + 1])) {
            titleIndex = chosen - 1
        }
        // "Russia vetoed the UN Security Council resolution ..." printed again over the story, with related
        // headlines between: the line the page prints twice is its headline.
        if let printedTwice = (0..<headerEnd).first(where: { k in
            roles[k] == .navigation && blocks[k].wordCount >= 5 && isHeadlineCandidate(blocks[k])
                && ((k + 1)..<headerEnd).contains { blocks[$0].text == blocks[k].text || isPhotoOf(blocks[$0].text, headline: blocks[k].text) }
        }) {
            titleIndex = printedTwice
        }
        // "Russian Foreign Ministry Summons Canadian Ambassador" over "Muhammad Irfan Published September 19,
        // 2022" over "The Russian Foreign Ministry on Monday summoned ...": the headline stands above the byline;
        // below it, a long sentence that lost its stop is the story's lead.
        if let chosen = titleIndex, readsAsLead(blocks[chosen]),
           let byline = (0..<chosen).last(where: { roles[$0] == .byline || (roles[$0] == .navigation && isNameThenDate(blocks[$0])) }),
           let above = (0..<byline).last(where: { roles[$0] == .navigation && blocks[$0].wordCount >= 5 && isHeadlineCandidate(blocks[$0]) }) {
            roles[chosen] = .body
            titleIndex = above
        }
        if let titleIndex { roles[titleIndex] = .title }
        for k in 0..<headerEnd where roles[k] == .navigation {
            let b = blocks[k]
            if BoilerplateClassifier.isShoutedMasthead(b) || BoilerplateClassifier.homepageLink(b) != nil
                || BoilerplateClassifier.publisherBeforePageKind(b) != nil {
                roles[k] = .siteName
            } else if k == 0, let titleIndex, titleIndex > 1, BoilerplateClassifier.isShoutedWordName(b) || BoilerplateClassifier.isCamelCaseName(b)
                        // ("Rappler" over its section and the headline: one name the story never uses.)
                        || (b.wordCount == 1 && b.text.count >= 4 && b.text.allSatisfy(\.isLetter) && b.text.first?.isUppercase == true
                            && !BoilerplateClassifier.sectionWords.contains(b.lower) && !BoilerplateClassifier.pageWords.contains(b.lower)
                            && occurrences(of: b.text, in: text) == 1) {
                // "POLITICO" over the menu and the headline: a page opens with its masthead; a dateline
                // ("LONDON") comes after the headline, next to the story. So does "MercoPress".
                roles[k] = .siteName
            } else if let paper = BoilerplateClassifier.publicationWithCity(b.text), occurrences(of: paper.city, in: text) > 1 {
                // "Capital FM (Nairobi)" under the date: the paper allAfrica republishes, and the city the story is from.
                roles[k] = .siteName
            } else if isDateline(b) || (k > 0 && roles[k - 1] == .byline && isFiledFromPlace(b, text: text)) {
                roles[k] = .dateline
            } else if BoilerplateClassifier.nameBeforeRole(b.text) != nil || isBareByline(blocks, k, text: text) || isNameThenDate(b) || isNameThenDottedDetails(b)
                        || BoilerplateClassifier.namesThenRole(b.text) != nil
                        // ("Asma Khalid" / "Deepa Shivaram": a second writer on the next line.)
                        || (k > 0 && roles[k - 1] == .byline && isBareByline(blocks, k - 1, text: text) && isBareByline(blocks, k, text: text, besideAByline: true)) {
                roles[k] = .byline
            } else if titleIndex.map({ k < $0 }) ?? true, b.wordCount <= 5, looksLikeName(b),
                      // ("Africa", "Middle East" over the headline are the menu's sections, however often the story names them.)
                      !b.words.allSatisfy({ BoilerplateClassifier.pageWords.contains($0.lowercased()) || BoilerplateClassifier.sectionWords.contains($0.lowercased()) }),
                      !BoilerplateClassifier.accountLinks.contains(b.lower),
                      // ("Le Monde", "El País", "Die Zeit": an article opens a masthead in other languages too.)
                      b.text.hasPrefix("The ") || ["Le ", "La ", "Les ", "El ", "Il ", "Die ", "Der ", "Das "].contains(where: b.text.hasPrefix)
                        || (occurrences(of: b.text, in: text) > 1 && !namesAPlace(b.text, in: text))
                        || BoilerplateClassifier.isMasthead(b)
                        // ("Al Jazeera", "Foreign Policy" opening the page over the headline, not a place the story is in
                        // nor a motto: "Democracy Dies in Darkness".)
                        || (k == 0 && b.wordCount >= 2 && b.words.allSatisfy({ $0.first?.isUppercase == true }) && !namesAPlace(b.text, in: text)),
                      // ("President William Ruto" over the page is a photo's alternative text: a person, no site.)
                      b.words.first.map({ BoilerplateClassifier.personalTitles.contains(String($0)) }) != true {
                // A masthead: "The Korea Herald", or a name the story itself repeats.
                roles[k] = .siteName
            } else if b.wordCount <= 3 {
                roles[k] = .sectionLabel
            }
        }
        return roles
    }

    /// How many common words of five letters or more two blocks share: how closely one tells the other's story.
    /// (Names are left out: an attribution shares its speaker's name with the lead, and tells nothing of it.)
    private func sharedWords(_ a: Block, _ b: Block) -> Int {
        func words(_ block: Block) -> Set<String> {
            Set(block.words.lazy.filter { $0.first?.isLowercase == true }.map { $0.filter(\.isLetter) }.filter { $0.count >= 5 })
        }
        return words(a).intersection(words(b)).count
    }

    /// "Foreign Minister holds talks with Romanian counterpart- Ảnh 1." under that headline: its picture's
    /// alternative text, the headline and the picture's number after a dash.
    private func isPhotoOf(_ line: String, headline: String) -> Bool {
        guard line.count > headline.count, line.hasPrefix(headline) else { return false }
        let mark = line.dropFirst(headline.count).trimmingCharacters(in: .whitespaces)
        return ["-", "–", "—", "|"].contains(where: mark.hasPrefix) && mark.split(separator: " ").count <= 4
    }

    /// A story's opening sentence without its stop: long, in sentence case, with function words.
    private func readsAsLead(_ b: Block) -> Bool {
        b.wordCount >= 15 && b.stopWordRatio >= 0.15 && b.words.first?.first?.isUppercase == true
            && b.words.filter({ $0.first?.isLowercase == true }).count * 2 >= b.wordCount
    }

    /// "Capital FM (Nairobi)", "Premium Times (Abuja)": a paper's name in capitals and its city in brackets.
    static func publicationWithCity(_ text: String) -> (name: String, city: String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return nil }
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        let city = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        let nameWords = name.split(separator: " "), cityWords = city.split(separator: " ")
        guard (1...4).contains(nameWords.count), (1...3).contains(cityWords.count),
              (nameWords + cityWords).allSatisfy({ $0.first?.isUppercase == true || ["es", "de", "of"].contains($0) }),
              cityWords.allSatisfy({ $0.allSatisfy { $0.isLetter } }),
              // ("Dio Suhenda (The Jakarta Post)": a writer and the paper, the other way round.)
              cityWords.first != "The", !mastheadEndings.contains(String(cityWords.last!)) else { return nil }
        return (name, city)
    }

    /// Titles that open a person's name: "President William Ruto", "Prime Minister Kishida".
    static let personalTitles: Set<String> = [
        "President", "Prime", "Minister", "King", "Queen", "Chancellor", "Sheikh", "Prince", "Princess", "Emir", "Sultan",
        "Pope", "Secretary", "Ambassador", "Governor", "Senator", "General", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
    ]

    private func isHeadlineCandidate(_ b: Block) -> Bool {
        b.wordCount >= 3 && b.wordCount <= 30 && !b.text.hasSuffix(".") && !isBreadcrumb(b) && !isSectionMenu(b) && !opensWithAFullDate(b)
            && !holdsSentences(b) && !isDayInWords(b) && !holdsAnAddress(b) && namesTwoWords(b)
    }

    /// "+ ↺ − 16 px": a font-size widget's signs and units make no headline; one has two words of letters.
    private func namesTwoWords(_ b: Block) -> Bool {
        b.words.lazy.filter { word in word.unicodeScalars.lazy.filter(FastText.isLetter).count >= 2 }.prefix(2).count == 2
    }

    /// "Brazil Agency https://istoedinheiro.com.br/autor/agencia-brasil/ 11/26/2023 – 19:44": an author's page
    /// and a stamp; a headline quotes no web address.
    private func holdsAnAddress(_ b: Block) -> Bool {
        FastText.contains(b.text, "://") || b.words.contains { $0.hasPrefix("www.") }
    }

    /// "21 de junio de 2021", "21 juin 2021": a day, a year and a few small words (a page's date in another
    /// language, which the tagger does not read) make no headline.
    private func isDayInWords(_ b: Block) -> Bool {
        guard b.wordCount <= 6, b.words.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }),
              b.words.contains(where: { (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }) else { return false }
        return b.words.allSatisfy { $0.allSatisfy(\.isNumber) || ($0.allSatisfy(\.isLetter) && $0.first?.isLowercase == true) }
    }

    /// "MR. DEERE: Hi, everybody. Good afternoon. Thank you all for being here. I'm going to lay out --": two
    /// sentences ended inside the line (a word of four letters or more, its stop, a capital) make speech, not
    /// a headline cut short.
    private func holdsSentences(_ b: Block) -> Bool {
        var ends = 0
        for (k, word) in b.words.enumerated().dropLast() where word.hasSuffix(".") && b.words[k + 1].first?.isUppercase == true {
            let letters = word.dropLast()
            if letters.count >= 4, letters.allSatisfy({ $0.isLetter }), letters.dropFirst().allSatisfy({ $0.isLowercase }) { ends += 1 }
        }
        return ends >= 2
    }

    /// "Africa Americas Asia Australia Canada Europe Middle East": a menu's sections in a row, capitalized,
    /// without a function word, mostly the names of sections. A headline has a verb or a small word.
    private func isSectionMenu(_ b: Block) -> Bool {
        // ("Home IPC' s Interview Notices IPC Events IPC Services Media Guide Contact ...": a menu opening with its
        // home link, one name on several of its links; a stray fragment of the scrape may break its capitals.)
        if b.wordCount >= 8, b.words.filter({ $0.first?.isUppercase == true }).count * 5 >= b.wordCount * 4,
           b.words.first == "Home"
            || (b.wordCount >= 12 && Dictionary(b.words.filter { $0.count >= 3 }.map { ($0, 1) }, uniquingKeysWith: +).values.contains(where: { $0 >= 3 })) {
            return true
        }
        guard b.wordCount >= 4, b.words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        // ("Defence Democracy Destination Diplomatic Global News Government": a site's categories, in the order
        // of the alphabet (a name of two words, "Global News", may break it once), as no headline's words run.)
        if b.wordCount >= 5 {
            let descents = zip(b.words, b.words.dropFirst()).filter { $0.lowercased() >= $1.lowercased() }.count
            if descents == 0 || (descents == 1 && b.wordCount >= 6) { return true }
        }
        let sections = b.words.filter { BoilerplateClassifier.sectionWords.contains($0.lowercased()) || BoilerplateClassifier.pageWords.contains($0.lowercased()) }
        return sections.count * 2 >= b.wordCount
    }

    /// A word where a lower-case run of four or more letters meets a capital ("professionalsLearn"): two
    /// links glued by the scrape. Names keep their inner capitals close to the start ("McCarthy", "DeSantis").
    private func hasLinksRunTogether(_ b: Block) -> Bool {
        b.words.contains { word in
            var lowerRun = 0
            for c in word.unicodeScalars {
                if c.properties.isUppercase, lowerRun >= 4 { return true }
                lowerRun = c.properties.isLowercase ? lowerRun + 1 : 0
            }
            return false
        }
    }

    /// "November 17, 2023 8:41 AM GMT+9 Updated 2 years ago": a line that opens with a day and its year
    /// dates the page; a headline rarely starts so ("Jan. 6 panel ..." names no year).
    private func opensWithAFullDate(_ b: Block) -> Bool {
        guard let first = TemporalTagger().tag(String(b.text.prefix(40)), reference: nil).first else { return false }
        // ("ISTANBUL Dec 07, 2023 - 4:47 pm GMT+3": the city it was filed from may come first, in capitals.)
        let before = b.text.unicodeScalars.prefix(first.range.lowerBound)
        let filedFrom = before.allSatisfy { !$0.properties.isLowercase } && before.contains { $0.properties.isUppercase }
        // ("date 2023-10-27 Submit Release": or the label of the page's date.)
        let label = String(String.UnicodeScalarView(before)).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)).lowercased()
        // ("October 11, 14:43 UTC+3 MOSCOW": a day without its year is a stamp when its clock follows.)
        return (first.range.lowerBound == 0 || filedFrom || BoilerplateClassifier.dateLabels.contains(label)) && first.date.precision.rank <= Precision.day.rank
            && (!first.value.hasPrefix("X") || (first.value.hasPrefix("XXXX-") && first.value.contains("T")))
    }

    static let dateLabels: Set<String> = ["date", "dated", "posted", "posted on", "published", "published on", "updated", "last updated"]

    /// "Kallol Bhattacherjee" over "NEW DELHI - Updated - October 21, 2024", "Julian Borger in Washington" over
    /// "Mon 12 Feb 2024 18.32 GMT", or "Jung Min-ho" under "Updated :
    /// 2023-04-24 18:03": a name alone on its line, next to the line that dates the story, and nowhere in
    /// the story (a section named "North Korea" is).
    private func isBareByline(_ blocks: [Block], _ k: Int, text: String, besideAByline: Bool = false) -> Bool {
        let b = blocks[k]
        // "Julian Borger in Washington": the name, then where it was filed from.
        var name = b.words[...]
        if let i = b.words.firstIndex(of: "in"), (2...3).contains(i), (1...3).contains(b.words.count - i - 1) {
            name = b.words[..<i]
        }
        // "Dio Suhenda (The Jakarta Post)": the name, then whom the writer works for.
        var employer = false
        if b.text.hasSuffix(")"), let i = b.words.firstIndex(where: { $0.hasPrefix("(") }), (2...3).contains(i), b.words.count - i <= 4 {
            name = b.words[..<i]
            employer = true
        }
        // "Cristina Chi - Philstar.com": or the site after a dash.
        if let dash = b.words.firstIndex(of: "-"), (2...3).contains(dash), dash + 2 == b.words.count, BoilerplateClassifier.isDomain(String(b.words[dash + 1])) {
            name = b.words[..<dash]
            employer = true
        }
        let isNameWord = BoilerplateClassifier.isNameWord
        // "Jack Horgan-Jones, Pat Leahy", "Andy Bounds in Brussels and Michael Pooler in São Paulo": writers
        // listed with commas or "and", each perhaps with where they file from.
        let listed = b.text.replacingOccurrences(of: " and ", with: ",").split(separator: ",").map { part in
            let words = part.split(separator: " ")
            return words.firstIndex(of: "in").map { words[..<$0] } ?? words[...]
        }
        let writers = (2...3).contains(listed.count) && listed.allSatisfy { (2...3).contains($0.count) && $0.allSatisfy(isNameWord) }
        guard writers || ((2...3).contains(name.count) && (employer || looksLikeName(b)) && name.allSatisfy(isNameWord)),
              k + 1 < blocks.count, !BoilerplateClassifier.isMasthead(b) else { return false }
        func dates(_ block: Block) -> Bool { block.wordCount <= 14 && namesADay(block) }
        // ("Matthew Knott" / "Foreign affairs and national security correspondent" / "November 18, 2024 — 5.00am":
        // or the writer's beat stands between; the note about the writer under the story names them again.)
        if k + 2 < blocks.count, MetadataExtractor.isBeat(blocks[k + 1].text), dates(blocks[k + 2]) { return true }
        // ("Andrew Feinberg" / "Washington DC" / "Saturday 16 November 2024 23:01 GMT": or where they file from.)
        if !besideAByline, k + 2 < blocks.count, isFiledFromPlace(blocks[k + 1], text: text), dates(blocks[k + 2]),
           occurrences(of: b.text, in: text) == 1 { return true }
        return occurrences(of: b.text, in: text) == 1 && (besideAByline || dates(blocks[k + 1]) || (k > 0 && dates(blocks[k - 1])))
    }

    /// A word of a writer's name: capitalized letters (with "-", "." or "'"), no section, beat or page word.
    private static func isNameWord(_ w: Substring) -> Bool {
        w.count >= 2 && w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" }
            && !sectionWords.contains(w.lowercased()) && !beatWords.contains(w.lowercased()) && !pageWords.contains(w.lowercased())
    }

    /// "Washington DC", "Jerusalem": the place a writer files from, on its own line under their name. A
    /// state's or country's initials ("DC", "UK") or the story's own "in Jerusalem" tell a place from a name.
    private func isFiledFromPlace(_ b: Block, text: String) -> Bool {
        guard (1...3).contains(b.wordCount), b.words.allSatisfy({ $0.first?.isUppercase == true }), !b.endsLikeSentence else { return false }
        let initials = b.words.dropFirst().contains { w in (2...3).contains(w.count) && w.allSatisfy(\.isUppercase) }
        return initials || namesAPlace(b.text, in: text)
    }

    /// Whether a line tells a day (or a finer time): the dating line of a header.
    private func namesADay(_ b: Block) -> Bool {
        TemporalTagger().tag(b.text, reference: nil).contains { $0.date.precision.rank <= Precision.day.rank }
    }

    /// "Jeongmin Kim  March 26, 2024": a writer's name and the date, on one line.
    private func isNameThenDate(_ b: Block) -> Bool {
        // (The first writer's first word is checked before the line is tagged.)
        guard (4...16).contains(b.wordCount), BoilerplateClassifier.isNameWord(b.words[0]),
              case let found = TemporalTagger().tag(b.text, reference: nil), let date = found.first,
              date.date.precision.rank <= Precision.day.rank,
              // ("Ahmet Gencturk |07.12.2023 - Update : 07.12.2023": or the date of its update follows.)
              date.range.upperBound >= b.text.unicodeScalars.count - 1
                || FastText.contains(FastText.lowercased(String(String.UnicodeScalarView(b.text.unicodeScalars.dropFirst(date.range.upperBound)))), "update")
                // ("Sumaira FH Published October 17, 2024 | 01:10 PM": or its clock.)
                || BoilerplateClassifier.closesWithClock(b.text, found)
        else { return false }
        // The date follows one to three writers directly ("Burak Bir, Ahmet Gencturk |18.12.2024"), or
        // after the word that tells what it dates ("Baqir Sajjad Syed Published December 12, 2024").
        let before = MetadataExtractor.withoutDatingWord(String(String.UnicodeScalarView(b.text.unicodeScalars.prefix(date.range.lowerBound))))
        // ("Addis Ababa, 18 March 2025": a place and a comma before the date make a dateline.)
        guard !before.hasSuffix(",") else { return false }
        let writers = before.replacingOccurrences(of: " and ", with: ",").split(separator: ",")
        return (1...3).contains(writers.count) && writers.allSatisfy { writer in
            let words = writer.split(separator: " ")
            return (2...3).contains(words.count) && words.allSatisfy(BoilerplateClassifier.isNameWord)
        }
    }

    /// "October 17, 2024 | 01:10 PM": the line's date, then a time of day that the tagger reads apart from it
    /// (a bar parts them) and that ends the line; `found` is what the tagger found in it.
    static func closesWithClock(_ text: String, _ found: [TimeExpression]) -> Bool {
        guard found.count == 2, let date = found.first, let clock = found.last, clock.type == .time,
              clock.range.upperBound >= text.unicodeScalars.count - 1 else { return false }
        let between = text.unicodeScalars.dropFirst(date.range.upperBound).prefix(clock.range.lowerBound - date.range.upperBound)
        return between.allSatisfy { " |-–—·,".unicodeScalars.contains($0) }
    }

    /// "Catharine Tunney · CBC News · Posted: Nov 26, 2024 4:00 AM EST": the writers, then the outlet and
    /// the date, parted by middle dots.
    private func isNameThenDottedDetails(_ b: Block) -> Bool {
        guard b.wordCount <= 30, let dot = b.text.range(of: " · ") else { return false }
        let writers = b.text[..<dot.lowerBound].replacingOccurrences(of: " and ", with: ",").split(separator: ",")
        return (1...3).contains(writers.count) && writers.allSatisfy { writer in
            let words = writer.split(separator: " ")
            return (2...3).contains(words.count) && words.allSatisfy(BoilerplateClassifier.isNameWord)
        } && namesADay(b)
    }

    /// "BBC Homepage": the link to a site's front page names the site.
    static func homepageLink(_ b: Block) -> String? {
        guard (2...4).contains(b.wordCount), !b.endsLikeSentence else { return nil }
        for suffix in [" Homepage", " Home Page", " homepage", " home page"] where b.text.hasSuffix(suffix) {
            let name = String(b.text.dropLast(suffix.count))
            return name.first?.isUppercase == true ? name : nil
        }
        return nil
    }

    /// Words of page furniture that two capitalized words can make without naming anyone: "Japanese
    /// Version", "Print Edition", "Live Updates".
    static let pageWords: Set<String> = [
        "version", "edition", "print", "photo", "photos", "video", "videos", "audio", "live", "updates", "opinion", "editorial",
        "analysis", "interview", "report", "desk", "english", "japanese", "korean", "chinese", "french", "german", "spanish",
        "arabic", "russian", "language", "home", "page", "menu", "news", "newsletter", "podcast", "gallery", "more", "stories",
        // A government site's menu: "Press Releases", "Media Center", "Briefing Room".
        "press", "release", "releases", "statements", "media", "center", "centre", "briefing", "room", "speeches", "readouts",
    ]

    /// A site's links to its own pages and the reader's account, which open many scrapes: "Contact Us" is
    /// no masthead.
    static let accountLinks: Set<String> = [
        "contact us", "about us", "contact", "sign in", "log in", "login", "sign up", "register", "subscribe", "my account",
        "search", "skip to content", "skip to main content",
    ]

    /// "Ministry of Foreign Affairs of Japan", "U.S. Department of State": the publishing institution's
    /// name over a press release, not its headline. A head of state's office names itself so only at the
    /// top of the page ("President of Russia").
    static func isInstitutionName(_ b: Block, topOfPage: Bool) -> Bool {
        guard b.wordCount >= 3, b.wordCount <= 12, !b.endsLikeSentence, b.words.contains("of"),
              b.words.prefix(2).contains(where: { institutionHeads.contains(String($0)) })
                || (topOfPage && ["President", "Prime"].contains(String(b.words[0]))) else { return false }
        let small: Set<String> = ["of", "the", "and", "for", "on", "&"]
        // A title-case headline ("Ministry of Defense Says North Korea Fired Missile") has a verb.
        let verbs: Set<String> = ["says", "said", "warns", "urges", "calls", "denies", "confirms", "announces", "holds", "fires",
                                  "plans", "seeks", "rejects", "condemns", "vows", "meets", "to", "will", "is", "are"]
        return b.words.allSatisfy { w in (w.first?.isUppercase == true && !verbs.contains(w.lowercased())) || small.contains(String(w)) }
    }

    private static let institutionHeads: Set<String> = [
        "Ministry", "Department", "Office", "Embassy", "Mission", "Government", "Secretariat", "Council", "Permanent",
        "Consulate",
    ]

    /// "Express.co.uk", "TIMESOFINDIA.COM": a site's address without its scheme.
    static func isDomain(_ text: String) -> Bool {
        guard let dot = text.firstIndex(of: "."), dot != text.startIndex,
              text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return false }
        let lower = text.lowercased()
        return [".com", ".co.uk", ".co.kr", ".co.jp", ".jp", ".kr", ".org", ".net", ".uk", ".in", ".cn", ".vn", ".ph", ".pk", ".sg", ".my",
                ".au", ".nz", ".ru", ".az", ".tr", ".ng", ".za", ".news", ".info"].contains(where: lower.hasSuffix)
    }

    /// "THE HINDU", "DW", "BBC": a publisher's name in capitals heading the page. Capitals also open wire
    /// datelines ("SEOUL"), but no city is two or three letters, and of those opened by "The" only The Hague.
    static func isShoutedMasthead(_ b: Block) -> Bool {
        // "Express.co.uk", "koreatimes.co.kr": a site's domain is its name.
        if b.wordCount == 1, isDomain(b.text) { return true }
        guard b.wordCount <= 3, b.text == b.text.uppercased(), b.text.contains(where: \.isLetter) else { return false }
        if b.wordCount == 1 { return b.text.count <= 3 && b.text.allSatisfy(\.isLetter) }
        // "DAILY SABAH", "GULF NEWS": a newspaper's word in a shouted name; "WORLD NEWS" is a section.
        let words = b.words.map { $0.capitalized }
        if let ending = words.firstIndex(where: mastheadEndings.contains),
           !words.indices.allSatisfy({ $0 == ending || sectionWords.contains(words[$0].lowercased()) }) {
            return true
        }
        return b.text.hasPrefix("THE ") && b.text != "THE HAGUE"
    }

    /// One shouted word that is no section, page or widget label: "POLITICO", not "WORLD" or "EXCLUSIVE";
    /// or a shouted acronym with its edition's word: "KBS WORLD", "NHK WORLD", not "WORLD NEWS".
    static func isShoutedWordName(_ b: Block) -> Bool {
        guard b.text.allSatisfy({ ($0.isLetter && $0.isUppercase) || $0 == " " }) else { return false }
        func isLabel(_ word: Substring) -> Bool {
            let lower = word.lowercased()
            return sectionWords.contains(lower) || pageWords.contains(lower) || widgetWords.contains(lower)
                || ["exclusive", "watch", "listen", "updated"].contains(lower)
        }
        if b.wordCount == 1 { return b.text.count >= 4 && !isLabel(b.words[0]) }
        // (The short first words of cities are no acronyms: "TEL AVIV", "ABU DHABI".)
        guard b.wordCount <= 3, let acronym = b.words.first, acronym.count <= 3 else { return false }
        return !isLabel(acronym) && !["NEW", "LOS", "LAS", "SAN", "SAO", "TEL", "ABU", "DAR", "RIO", "EL", "LA", "DA", "HO", "ST", "DES"].contains(acronym)
    }

    /// One word with a capital inside it, after lower-case letters: a brand ("MercoPress", "DailyNK"), not
    /// a section or a place; perhaps with its edition's word ("VnExpress International").
    static func isCamelCaseName(_ b: Block) -> Bool {
        guard b.wordCount == 1 || (b.wordCount == 2 && editionWords.contains(String(b.words[1]))) else { return false }
        let brand = b.words[0]
        // ("Al-Monitor", "Al-Ahram": two capitalized parts joined by a hyphen.)
        let parts = brand.split(separator: "-")
        if parts.count == 2, parts.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true }), brand.count >= 6 {
            return true
        }
        guard brand.count >= 5, brand.allSatisfy(\.isLetter), brand.first?.isUppercase == true else { return false }
        return zip(brand, brand.dropFirst()).contains { $0.isLowercase && $1.isUppercase }
    }

    /// "Vietnam.vn - Nền tảng quảng bá Việt Nam": the site's address, then its motto, over the headline.
    static func siteAddressBeforeMotto(_ b: Block) -> String? {
        guard b.wordCount <= 12, !b.endsLikeSentence, b.words.count >= 3, ["-", "–", "|"].contains(b.words[1]),
              isDomain(String(b.words[0])) else { return nil }
        return String(b.words[0])
    }

    /// "European Commission - Press release": the publisher, then the kind of page.
    static func publisherBeforePageKind(_ b: Block) -> String? {
        guard b.wordCount <= 8, !b.endsLikeSentence,
              let dash = b.text.range(of: " - ") ?? b.text.range(of: " – ") ?? b.text.range(of: " | ") else { return nil }
        let kind = b.text[dash.upperBound...].split(separator: " ")
        let name = b.text[..<dash.lowerBound].split(separator: " ")
        guard !kind.isEmpty, kind.allSatisfy({ pageWords.contains($0.lowercased()) }), (1...5).contains(name.count),
              name.allSatisfy({ $0.first?.isUppercase == true || ["of", "the", "for", "and"].contains($0) }) else { return nil }
        return String(b.text[..<dash.lowerBound])
    }

    private static let editionWords: Set<String> = mastheadEndings.union(["International", "English", "Online", "Global", "Today"])

    // MARK: - Block shapes

    static let widgetWords: [String] = [
        "link copied", "copy link", "share", "newsletter", "sign up", "signup", "register", "login", "log in",
        "forgot password", "comment", "comments", "leave a reply", "facebook", "twitter", "subscribe", "print",
        "email", "advertisement", "read more", "trending", "source link", "cookie", "all rights reserved",
        "akismet", "you may also like", "recommended", "follow us", "download the app", "whatsapp", "click here",
        "user registration", "connect", "sponsored", "skip to", "menu", "search",
        // A cookie banner's heading and buttons ("Cookies on GOV.UK", "Accept additional cookies"); not a
        // headline about cookies.
        "cookies on", "additional cookies", "accept cookies", "reject cookies", "view cookies", "manage cookies",
        "cookie settings", "cookie policy", "cookie preferences",
        // A reading-settings box: "Select font Arial Times New Roman", "Character spacing (Kerning): Standard".
        "select font", "character spacing", "font size", "text size",
    ]

    static let terminalPhrases: [String] = [
        "leave a reply", "login to comment", "log in to comment", "no comment", "comments", "source link",
        "about the author", "add a comment", "post a comment", "join the discussion", "you may also like",
        "more from", "most read", "trending now", "recommended for you", "sign up for", "related articles",
    ]

    func isWidget(_ b: Block) -> Bool {
        guard !b.endsLikeSentence || b.wordCount <= 6 else { return false }
        let lower = b.lower
        guard BoilerplateClassifier.widgetWords.contains(where: { FastText.containsWholePhrase(lower, $0) }) else { return false }
        // (A widget word inside prose is the story's: "did not yet comment on ...", "... did not respond to
        // requests for comment. (Reporting by ...)".)
        if let signed = b.beforeSignOff, readsAsProse(signed) { return false }
        return !isUnfinishedProse(b, lower: lower)
    }

    /// "70.7 F", "21°C Clear": the page's weather box, a temperature and a few words.
    static func isWeatherReading(_ b: Block) -> Bool {
        guard b.wordCount <= 4, let first = b.words.first, first.first?.isNumber == true || first.first == "-" else { return false }
        var reading = Substring(first)
        if reading.hasPrefix("-") { reading = reading.dropFirst() }
        reading = reading.drop { $0.isNumber || $0 == "." }
        guard reading.count < first.count else { return false }
        if reading.hasPrefix("°") { reading = reading.dropFirst() }
        let unit = reading.isEmpty && b.words.count > 1 ? String(b.words[1]) : String(reading)
        return ["F", "C", "°F", "°C", "ºF", "ºC"].contains(unit)
    }

    /// A long paragraph of prose without a sentence's end: one the scrape cut off ("... the federal
    /// government is trying to convince the TPLF ..., hinting to") or a wire credit closes ("... did not
    /// respond to requests for comment. (Reporting by ...)"). A form or a sign-up box speaks to the reader
    /// ("your email address"); a story does not. A photo's caption ends on its credit ("... at Camp David on
    /// August 18 (Courtesy of the Office of the President)", ".../Courtesy of Presidential Office").
    private func isUnfinishedProse(_ b: Block, lower: String) -> Bool {
        guard !b.isBullet, b.wordCount >= 20, let last = b.text.last, !")]".contains(last), b.stopWordRatio >= 0.2 else { return false }
        return !["you", "your", "courtesy", "photo"].contains { FastText.containsWholePhrase(lower, $0) }
    }

    /// The outlet speaking of itself: asking its readers for money ("The Moscow Times needs your support.
    /// Contribute today."), for their feedback, closing its comments ("Sorry we are not currently accepting
    /// comments on this article."), or its cookies. A quotation mark makes it someone's words ("We need your
    /// support," the minister said), which stay.
    func isSiteNotice(_ b: Block) -> Bool {
        guard b.wordCount <= 25, !b.text.contains(where: { "\"“”".contains($0) }) else { return false }
        let lower = b.lower
        return BoilerplateClassifier.appealPhrases.contains { FastText.containsWholePhrase(lower, $0) }
            || BoilerplateClassifier.readerNoticePhrases.contains { FastText.containsWholePhrase(lower, $0) }
            || isCookieNotice(lower)
    }

    static let readerNoticePhrases = [
        "accepting comments", "comments are closed", "comments have been closed", "comments are disabled",
        "commenting is closed", "commenting has been disabled", "comments are turned off",
        "your feedback", "sharing your thoughts", "share your thoughts", "share your experiences",
        // A release wire counting its own traffic: "There were 797 press releases posted in the last 24 hours ...".
        "press releases posted", "in the last 365 days",
    ]

    /// "We use some essential cookies to make this website work.": the site telling of itself, a sentence
    /// that would otherwise end the header before the headline. A story about cookies names no "we" site.
    private func isCookieNotice(_ lower: String) -> Bool {
        FastText.contains(lower, "cookie") && BoilerplateClassifier.siteSelfReferences.contains { FastText.containsWholePhrase(lower, $0) }
    }

    private static let siteSelfReferences = ["we use", "this site", "this website", "our site", "our website", "you agree", "you consent"]

    static let appealPhrases: [String] = [
        "needs your support", "need your support", "need your help", "contribute today", "donate today", "donate now",
        "make a contribution", "support independent journalism", "support our journalism", "support us", "become a member",
        "become a subscriber", "consider supporting",
    ]

    func isTerminalMarker(_ b: Block) -> Bool {
        guard b.wordCount <= 6 else { return false }
        let lower = b.lower
        return BoilerplateClassifier.terminalPhrases.contains { FastText.containsWholePhrase(lower, $0) }
    }

    func isRelatedHeading(_ b: Block) -> Bool {
        guard b.wordCount <= 6, !b.endsLikeSentence else { return false }
        let lower = b.lower
        // ("MORE ABOUT", "LATEST" over a list of other stories and their stamps; "Latest" alone only as a whole line.)
        return ["related", "see also", "more stories", "read also", "also read", "what's trending", "a mix of what", "more about",
                "more news", "latest news", "most read", "most popular", "top stories"]
            .contains { FastText.containsWholePhrase(lower, $0) } || lower == "latest"
    }

    func isCaption(_ b: Block) -> Bool {
        let lower = b.lower
        // (". Courtesy of presidential office": the picture's giver after its caption.)
        for marker in ["photo:", "photo :", "photo by", "(photo", "ap photo", "photo/", "image:", "image credit", "file photo", "/ getty", "(getty", "/getty images", ". courtesy of ",
                       "via getty images", "© getty", "© afp", "© reuters", "© ap", "© bloomberg", "© epa"]
            where FastText.contains(lower, marker) { return true }
        // The BBC's "Image source, Reuters", "Image caption, Wang Yi (centre) oversaw the signing".
        for marker in ["image source,", "image caption,", "media caption,", "video caption,", "image copyright"]
            where lower.hasPrefix(marker) { return true }
        // "From left: Foreign ministers Wang Yi ..., Takeshi Iwaya ... pose", "(L-R) Japanese Foreign Minister ...":
        // the order of the people in the picture opens it.
        for marker in ["from left:", "from left,", "from left to right", "left to right:", "(l-r)", "l-r:", "(from left)"]
            where lower.hasPrefix(marker) { return true }
        // "... November 16, 2023. Kyodo via REUTERS Acquire Licensing Rights", "REUTERS/Kim Hong-Ji": a wire
        // photo's credit, in the capitals the agency signs with (a "Reuters/Ipsos poll" is the story's).
        if FastText.contains(b.text, "via REUTERS") || FastText.contains(b.text, "REUTERS/") || FastText.contains(lower, "acquire licensing rights") {
            return true
        }
        // "Chinese leader Xi Jinping (left) and Kazakh President ... in Astana on July 2.", "Antony Blinken,
        // center, arrives at ...": who stands where is said of a picture.
        if b.wordCount <= 60, placesPeople(lower) { return true }
        // "... in Athens, Greece, Dec. 7, 2023. (AA Photo)": a credit in brackets closing the caption.
        if lower.hasSuffix(" photo)") || lower.hasSuffix(" photos)") { return true }
        // "... on a street in HavanaYamil Lage/AFP": the photographer and the agency after a slash, run into the
        // caption by the scrape.
        if b.wordCount <= 60, ["/afp", "/reuters", "/ap", "/epa", "/getty images"].contains(where: lower.hasSuffix) { return true }
        return endsWithPhotographerCredit(b) || endsWithDashedCredit(b) || endsWithAgenciesCredit(b) || endsWithSlashedCredit(b)
            || endsWithBracketedCredit(b)
    }

    /// "Senior Hamas leader Khalil al-Hayya. (Abed Rahim Khatib/Flash 90)": the photographer and the agency,
    /// a slash between them, in brackets closing the caption.
    func endsWithBracketedCredit(_ b: Block) -> Bool {
        guard b.wordCount <= 60, b.text.hasSuffix(")"), let open = b.text.lastIndex(of: "("), b.text.distance(from: open, to: b.text.endIndex) <= 48,
              open > b.text.startIndex, b.text[..<open].trimmingCharacters(in: .whitespaces).hasSuffix(".") else { return false }
        let parts = b.text[b.text.index(after: open)..<b.text.index(before: b.text.endIndex)].split(separator: "/")
        return parts.count == 2 && parts.allSatisfy { part in
            let words = part.split(separator: " ")
            return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
        }
    }

    /// "... at the State House, Nairobi on February 10, 2025/ PCS", ".../HANDOUT": a picture's credit in capitals
    /// after a slash, closing a caption that ends on its date.
    func endsWithSlashedCredit(_ b: Block) -> Bool {
        guard b.wordCount <= 40, let slash = b.text.lastIndex(of: "/"), b.text.distance(from: slash, to: b.text.endIndex) <= 14,
              slash > b.text.startIndex, b.text[b.text.index(before: slash)].isNumber else { return false }
        let credit = b.text[b.text.index(after: slash)...].trimmingCharacters(in: .whitespaces)
        return (2...12).contains(credit.count) && credit.allSatisfy { $0.isUppercase }
    }

    /// "... at the Prime Minister's Office in Tokyo on the 21st. AFP Yonhap News", "... on Monday. EPA-Yonhap":
    /// a wire photo's credit, the agency that took it and the one that ran it, closing its caption. (One
    /// agency alone signs a story's last paragraph: "... the United States. (Yonhap)".)
    private func endsWithAgenciesCredit(_ b: Block) -> Bool {
        guard b.wordCount <= 60, let last = b.text.last, last.isLetter, let stop = b.text.lastIndex(of: "."),
              b.text.distance(from: stop, to: b.text.endIndex) <= 32 else { return false }
        var names = b.text[b.text.index(after: stop)...].split(whereSeparator: { " -/".contains($0) }).map { $0.lowercased() }
        var agencies = 0
        while !names.isEmpty {
            guard let length = (1...min(3, names.count)).reversed().first(where: {
                MetadataExtractor.agenciesByLowercase[names.prefix($0).joined(separator: " ")] != nil
            }) else { return false }
            names.removeFirst(length)
            agencies += 1
            // ("Yonhap News", "Yonhap Photo": the service that ran it.)
            if let next = names.first, ["news", "photo", "photos"].contains(next) { names.removeFirst() }
        }
        return agencies >= 2
    }

    private static let placeMarks: Set<String> = ["left", "right", "l", "r", "centre", "center", "l-r", "from left", "second left",
                                                  "second right", "2nd l", "2nd r"]

    /// " (left)", ", center, ": a place in the picture, in brackets or between commas. One pass over the
    /// text: every paragraph is asked.
    private func placesPeople(_ lower: String) -> Bool {
        let bytes = Array(lower.utf8)
        for (i, byte) in bytes.enumerated() where (byte == UInt8(ascii: "(") || byte == UInt8(ascii: ",")) && i > 0 && i + 2 < bytes.count {
            let opening = byte == UInt8(ascii: "(")
            if opening ? bytes[i - 1] != UInt8(ascii: " ") : bytes[i + 1] != UInt8(ascii: " ") { continue }
            let start = opening ? i + 1 : i + 2
            let closing = opening ? UInt8(ascii: ")") : UInt8(ascii: ",")
            guard let end = bytes[start..<min(bytes.count, start + 13)].firstIndex(of: closing), end > start,
                  opening || (end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: " ")) else { continue }
            if BoilerplateClassifier.placeMarks.contains(String(decoding: bytes[start..<end], as: UTF8.self)) { return true }
        }
        return false
    }

    /// "... in Beijing on Friday. — PID", "... on Monday. — Reuters": a caption signed after a dash.
    private func endsWithDashedCredit(_ b: Block) -> Bool {
        guard b.wordCount <= 60 else { return false }
        let tail = String(b.text.suffix(40))
        guard let dash = tail.range(of: ". — ", options: .backwards) ?? tail.range(of: ". - ", options: .backwards) else { return false }
        let credit = tail[dash.upperBound...].split(separator: " ")
        return (1...4).contains(credit.count) && credit.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "... walk down the steps of Parliament House. (ABC News: Matt Roberts)": a picture's credit, the
    /// outlet and the photographer, closing its caption; or the photographer, then the agency, after the
    /// caption's full stop ("... in Ottawa on Tuesday. (Adrian Wyld/The Canadian Press)").
    private func endsWithPhotographerCredit(_ b: Block) -> Bool {
        guard b.text.hasSuffix(")"), b.wordCount <= 60, let open = b.text.lastIndex(of: "(") else { return false }
        let credit = b.text[b.text.index(after: open)..<b.text.index(before: b.text.endIndex)]
        let afterSentence = b.text[..<open].hasSuffix(". ")
        let parts = credit.split(separator: afterSentence && !credit.contains(":") ? "/" : ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let capitalizedWords = { (part: Substring, most: Int) -> Bool in
            let words = part.split(separator: " ")
            return (1...most).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
        }
        return capitalizedWords(parts[0], 3) && capitalizedWords(parts[1], 4)
    }

    /// A picture library's credit alone on a line. News agencies ("Reuters") are left out: alone on a
    /// line they may head the story itself.
    func isPictureAgency(_ b: Block) -> Bool {
        guard b.wordCount <= 5 else { return false }
        let lower = b.lower
        return lower.hasSuffix("getty images") || lower.hasSuffix("shutterstock") || lower == "epa-efe" || lower.hasSuffix("/epa-efe")
            || lower == "pa media" || lower == "pa wire" || lower.hasSuffix("via getty")
    }

    /// Words that end a newspaper's or broadcaster's name: "BBC News", "The Japan Times".
    static let mastheadEndings: Set<String> = [
        "News", "Times", "Post", "Herald", "Journal", "Tribune", "Guardian", "Telegraph", "Gazette", "Independent",
        "Observer", "Express", "Daily", "Chronicle", "Standard", "Monitor", "Review", "Press", "Shimbun", "Ilbo",
    ]

    /// Section names that end like a masthead: "World News", "Business Daily".
    static let sectionWords: Set<String> = [
        "world", "business", "local", "breaking", "top", "latest", "national", "international", "sports", "sport",
        "tech", "technology", "science", "health", "politics", "entertainment", "opinion", "more", "related", "asia",
        "europe", "africa", "americas", "middle", "east",
    ]

    /// A name like "BBC News" or "Japan Times": a masthead ending after a name that is not a section's.
    static func isMasthead(_ b: Block) -> Bool {
        // "Radio Free Asia", "Radio Television Hong Kong": a broadcaster names itself first.
        if (3...4).contains(b.words.count), b.words.first == "Radio", b.words.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        guard b.words.count >= 2, let last = b.words.last, mastheadEndings.contains(String(last)) else { return false }
        return !b.words.dropLast().allSatisfy { sectionWords.contains($0.lowercased()) }
    }

    /// Words that describe a journalist's beat before the role noun: "Diplomatic editor", "Middle East analyst".
    static let beatWords: Set<String> = [
        "diplomatic", "political", "security", "foreign", "chief", "senior", "economics", "business", "technology",
        "science", "health", "defence", "defense", "international", "world", "global", "environment", "staff",
        "deputy", "investigations", "legal", "home", "affairs", "correspondent", "editor", "middle", "east",
        "asia", "europe", "africa", "americas", "latin", "america", "china", "us", "bureau", "north", "south",
    ]

    static let roleNouns: Set<String> = [
        "editor", "correspondent", "reporter", "writer", "analyst", "columnist", "journalist", "producer", "contributor",
    ]

    /// The name in a byline without "By" that states the writer's beat: "Patrick Wintour Diplomatic
    /// editor" is Patrick Wintour.
    static func nameBeforeRole(_ text: String) -> String? {
        // ("By Jane Writer": a byline's "By" is no part of the name.)
        let words = Array(text.split(separator: " ").drop { $0 == "By" || $0 == "by" })
        guard words.count >= 3, words.count <= 8, let last = words.last, roleNouns.contains(last.lowercased()) else { return nil }
        var split = words.count - 1
        while split > 2, beatWords.contains(words[split - 1].lowercased()) { split -= 1 }
        let name = words[..<split]
        // ("BBC Ukraine correspondent" under the byline is the writer's post, not a second writer.)
        guard (2...3).contains(name.count), !beatWords.contains(name[name.endIndex - 1].lowercased()),
              name.allSatisfy({ w in
                  w.first?.isUppercase == true && (w.count < 2 || w != w.uppercased())
                      && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" }
              })
        else { return nil }
        return name.joined(separator: " ")
    }

    /// "KIYOSHI TAKENAKA and RURIKA IMAHASHI, Nikkei staff writers": the writers, then their role after a
    /// comma. Returns the names.
    static func namesThenRole(_ text: String) -> String? {
        guard let comma = text.range(of: ", ", options: .backwards) else { return nil }
        let role = text[comma.upperBound...].split(separator: " ")
        let names = text[..<comma.lowerBound].split(separator: " ")
        guard (1...4).contains(role.count), let last = role.last, isRoleNoun(String(last)),
              (2...8).contains(names.count), names.first != "By", names.first != "by",
              names.allSatisfy({ w in
                  ["and", "&"].contains(w) || (w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" })
              }) else { return nil }
        return String(text[..<comma.lowerBound])
    }

    /// "correspondent", "staff writers": what a byline calls its writers.
    static func isRoleNoun(_ word: String) -> Bool {
        let lower = word.lowercased()
        return roleNouns.contains(lower) || (lower.hasSuffix("s") && roleNouns.contains(String(lower.dropLast())))
    }

    /// A block made only of parenthesized credits: "(123rf) (123rf)", "(Yonhap)".
    func isCreditOnly(_ b: Block) -> Bool {
        // The word count first: filtering every paragraph's characters cost a tenth of reading.
        guard b.wordCount <= 6 else { return false }
        let t = b.text.filter { !$0.isWhitespace }
        guard t.first == "(", t.last == ")" else { return false }
        return t.split(separator: ")").allSatisfy { $0.hasPrefix("(") }
    }

    func isByline(_ b: Block) -> Bool {
        if MetadataExtractor.parliamentaryName(b.text) != nil { return true }
        // "by Martin Fornusek and Kateryna Denisova": some sites write it in lower case.
        // ("By Helen Carter, a senior fellow at the European Policy Centre.": the writer described ends with a period.)
        guard let opening = MetadataExtractor.bylineOpening(b.text), opening != "BY ", b.wordCount >= 2, b.wordCount <= 14,
              !b.text.hasSuffix(".") || b.text.hasSuffix("Jr.") || MetadataExtractor.describedWriter(b.text) != nil else { return false }
        return b.capitalizedRatio >= 0.5
    }

    func isPublishedLine(_ b: Block) -> Bool {
        guard b.wordCount <= 14 || MetadataExtractor.wordsInFirstField(b.text) <= 14 else { return false }
        let lower = b.content.lowercased()
        return ["published", "updated", "posted", "date:", "last updated", "first published"].contains { lower.hasPrefix($0) }
    }

    func isBreadcrumb(_ b: Block) -> Bool {
        [" > ", " » ", " | ", " / "].contains { FastText.contains(b.text, $0) }
    }

    /// "SEOUL", "WASHINGTON (AP) —": a place in capitals opening a wire story.
    func isDateline(_ b: Block) -> Bool {
        guard b.wordCount <= 5 else { return false }
        let letters = b.text.filter(\.isLetter)
        let allCaps = !letters.isEmpty && letters.allSatisfy { $0.isUppercase }
        return (allCaps && b.wordCount <= 3) || FastText.contains(b.text, "(AP)")
    }

    /// Whether the story is set in `name`: "in Hong Kong", "to Hong Kong", "from Hong Kong".
    private func namesAPlace(_ name: String, in text: String) -> Bool {
        // (", Philippines": the country after a city in a dateline, "MANILA, Philippines –".)
        ["in ", "to ", "from ", ", "].contains { occurrences(of: $0 + name, in: text) > 0 }
    }

    private func occurrences(of needle: String, in haystack: String) -> Int {
        FastText.occurrences(of: needle, in: haystack)
    }

    /// Capitalized words only ("The Korea Herald"): a masthead shape.
    func looksLikeName(_ b: Block) -> Bool {
        let small: Set<String> = ["of", "the", "and", "for", "in", "on", "&"]
        return b.words.allSatisfy { w in w.first?.isUppercase == true || small.contains(String(w)) }
    }
}
