import Chronology
import Foundation

/// Reads title, source, authors and a stated publication date from classified blocks.
struct MetadataExtractor {
    let blocks: [Block]
    let roles: [BlockRole]
    /// Tags one line at a time, so it is told how the whole page writes numeric dates.
    var tagger = TemporalTagger()

    var title: (String, Evidence)? {
        guard let k = roles.firstIndex(of: .title) else { return nil }
        let headline = MetadataExtractor.withoutTrailingStamp(blocks[k].text, tagger: tagger)
        return (MetadataExtractor.withoutWireTag(headline), Evidence(.parsed, "headline at line \(blocks[k].line)", confidence: 0.8))
    }

    /// "Secretary Blinken's Meeting with ... Wang Yi 10/26/2023 11:52 PM EDT": a day and a clock glued onto a
    /// headline by the scrape are the release's stamp, not its words. (A day set off by a dash, "Department Press
    /// Briefing - November 20, 2024", names the briefing and stays.)
    static func withoutTrailingStamp(_ headline: String, tagger: TemporalTagger) -> String {
        // (Most headlines hold no clock: no figure, no tagging.)
        guard headline.unicodeScalars.contains(where: FastText.isDigit) else { return headline }
        let scalars = Array(headline.unicodeScalars)
        guard let t = tagger.tag(headline, reference: nil).last, t.date.precision == .minute, t.range.lowerBound >= 1,
              t.range.upperBound >= scalars.count - 1, scalars[t.range.lowerBound - 1] == " " else { return headline }
        let words = FastText.string(scalars[..<t.range.lowerBound]).trimmingCharacters(in: .whitespaces)
        return words.split(separator: " ").count >= 4 && words.last?.isLetter == true ? words : headline
    }

    /// "(LEAD) S. Korea, China agree ...", "(2nd LD) ...", "UPDATE 2-China says ...", "EXCLUSIVE-...": the
    /// desk's marks of a story's version are not its headline.
    static func withoutWireTag(_ headline: String) -> String {
        var rest = Substring(headline)
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
            let tag = rest[rest.index(after: rest.startIndex)..<close]
            let letters = tag.filter(\.isLetter)
            if !letters.isEmpty, tag.split(separator: " ").count <= 3, letters == letters.uppercased() || tag.hasSuffix(" LD") {
                rest = rest[rest.index(after: close)...]
            }
        }
        if let dash = rest.firstIndex(of: "-"), rest.distance(from: rest.startIndex, to: dash) <= 12 {
            let tag = rest[..<dash]
            let words = tag.split(separator: " ")
            // Reuters' desk words only: "NATO-Russia council meets" keeps its "NATO".
            let deskWords: Set<String> = ["UPDATE", "EXCLUSIVE", "ANALYSIS", "FACTBOX", "EXPLAINER", "INSIGHT", "WRAPUP", "CORRECTED",
                                          "REFILE", "URGENT", "FOCUS", "PREVIEW", "INTERVIEW", "COLUMN", "BREAKINGVIEWS", "GRAPHIC"]
            if let first = words.first, deskWords.contains(String(first)),
               words.count == 1 || (words.count == 2 && words[1].allSatisfy(\.isNumber)),
               rest[rest.index(after: dash)...].first?.isLetter == true {
                rest = rest[rest.index(after: dash)...]
            }
        }
        let trimmed = rest.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? headline : trimmed
    }

    /// Authors from a "By A and B" byline, wherever it stands.
    var authors: ([String], Evidence)? {
        // "All News 09:55 January 24, 2024" may read as a name and a date: the first byline with names wins.
        for k in roles.indices where roles[k] == .byline {
            guard var found = authors(inByline: k) else { continue }
            // "Asma Khalid" / "Deepa Shivaram": writers on consecutive lines.
            var next = k + 1
            while next < roles.count, roles[next] == .byline, let more = authors(inByline: next) {
                found.0 += more.0.filter { !found.0.contains($0) }
                next += 1
            }
            return found
        }
        // No byline: a wire story's desk credit under its last paragraph names who reported and wrote it.
        for k in roles.indices.reversed() where roles[k] == .body {
            guard let credit = MetadataExtractor.wireDeskCredit(blocks[k].text) else { continue }
            let writers = MetadataExtractor.deskCreditWriters(String(blocks[k].text[credit...]))
            guard !writers.isEmpty else { break }
            return (writers, Evidence(.parsed, "desk credit at line \(blocks[k].line)", confidence: 0.7))
        }
        return nil
    }

    /// "(Reporting by Jane Doe and John Roe in Nairobi; Writing by Ann Lee; Editing by Tom Poe)": the
    /// reporters and writers; not the editors, nor a bureau ("Nairobi Newsroom").
    static func deskCreditWriters(_ credit: String) -> [String] {
        let inner = credit.trimmingCharacters(in: CharacterSet(charactersIn: " ()"))
        var writers: [String] = []
        for part in inner.split(separator: ";") {
            let lower = part.lowercased().trimmingCharacters(in: .whitespaces)
            guard let opening = ["additional reporting by", "reporting and writing by", "reporting by", "writing by"].first(where: lower.hasPrefix)
            else { continue }
            let names = part.trimmingCharacters(in: .whitespaces).dropFirst(opening.count)
                .replacingOccurrences(of: " and ", with: ",").split(separator: ",")
                .map { name -> String in
                    let name = name.trimmingCharacters(in: .whitespaces)
                    // "Jane Doe in Nairobi": where the writer files from.
                    guard let r = name.range(of: " in "), name[r.upperBound...].first?.isUppercase == true else { return name }
                    return String(name[..<r.lowerBound])
                }
            for name in names where !name.isEmpty && !name.hasSuffix(" Newsroom") && !name.hasSuffix(" bureau") && !writers.contains(name)
                && name.split(separator: " ").count <= 4 && name.first?.isUppercase == true {
                writers.append(name)
            }
        }
        return writers
    }

    /// The page's first line when it is a short name above everything ("euronews"), lowercased: a byline
    /// signed with it is the site's.
    private var pageOpening: String? {
        guard let first = blocks.first, first.wordCount <= 3, [.sectionLabel, .siteName, .navigation].contains(roles[0]) else { return nil }
        return first.lower
    }

    private func authors(inByline k: Int) -> ([String], Evidence)? {
        if let name = BoilerplateClassifier.nameBeforeRole(blocks[k].text) {
            return ([name], Evidence(.parsed, "byline '\(blocks[k].text)' at line \(blocks[k].line)", confidence: 0.8))
        }
        var line = MetadataExtractor.withoutByOpening(blocks[k].text)
        if let writer = MetadataExtractor.describedWriter(line) { line = writer }
        // "By Jane Doe, The Associated Press" / "By Jane Doe | Reuters": keep the people.
        // ("By CHRIS PLEASANCE FOR DAILYMAIL.COM": and the site they write for.)
        // ("By Lin Chia-nan / Staff reporter": or their beat after a slash.)
        for separator in [" | ", " · ", " / ", " - ", " — ", ", The ", ", Associated Press", ", Reuters", " FOR ", " for "] {
            if let r = line.range(of: separator) { line = String(line[..<r.lowerBound]) }
        }

        // "By Mercy A. Kuo February 16, 2024": the date that follows the names is not one.
        if let date = tagger.tag(line, reference: nil).first(where: { $0.type == .date || $0.type == .time }), date.range.lowerBound > 0 {
            line = MetadataExtractor.withoutDatingWord(String(String.UnicodeScalarView(line.unicodeScalars.prefix(date.range.lowerBound))))
        }
        // "By Kim Arin (arin@example.com)": contact details are not names.
        for (opening, closing) in [("(", ")"), ("[", "]"), ("<", ">")] as [(Character, Character)] {
            while let open = line.firstIndex(of: opening), let close = line[open...].firstIndex(of: closing) {
                line.removeSubrange(open...close)
            }
        }
        // "By Sarah Kim kim.sarah@joongang.co.kr": an address is not a name either.
        line = line.split(separator: " ").filter { !$0.contains("@") }.joined(separator: " ")
        // "By James Landale, Diplomatic correspondent": a beat is no one's name.
        // "By Euronews with AFP": the site and an agency, no writer.
        var mastheads = Set(blocks.indices.compactMap { k in
            roles[k] == .siteName ? blocks[k].lower : roles[k] == .copyright ? MetadataExtractor.copyrightHolder(blocks[k].text)?.lowercased() : nil
        })
        if let opening = pageOpening { mastheads.insert(opening) }
        // ("By MATTHEW LEE AND ELLEN KNICKMEYER", "by DAILY SABAH WITH AA": joined in capitals too.)
        let names = line.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .replacingOccurrences(of: " with ", with: ",").replacingOccurrences(of: " AND ", with: ",").replacingOccurrences(of: " WITH ", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            // "Julian Borger in Washington", "Andy Bounds in Brussels and Michael Pooler in São Paulo": where
            // each writer files from.
            .map { name in
                guard let r = name.range(of: " in "), name[r.upperBound...].first?.isUppercase == true else { return name }
                return String(name[..<r.lowerBound])
            }
            // "Agence France-Presse" signing a wire copy is the agency, not a writer.
            .filter { !$0.isEmpty && !MetadataExtractor.isBeat($0) && MetadataExtractor.agenciesByLowercase[$0.lowercased()] == nil && !mastheads.contains($0.lowercased()) }
            // "By Rezaul H Laskar, New Delhi": where the writer files from, a place the story names.
            .enumerated().filter { $0.offset == 0 || !storyNamesPlace($0.element) }.map(\.element)
            .map(MetadataExtractor.withoutLeadingBeat)
            // "By MATTHEW LEE": a name in capitals reads in title case.
            // ("By JOSEPH KAOS Jr": a generation's mark keeps its own case.)
            .map { name in
                let words = name.split(separator: " ")
                guard words.filter({ $0.count >= 2 && $0.allSatisfy { !$0.isLowercase } }).count >= 2 || !name.contains(where: \.isLowercase) else { return name }
                return words.map { $0.allSatisfy { !$0.isLowercase } && $0.count >= 2 ? $0.capitalized : String($0) }.joined(separator: " ")
            }
        guard !names.isEmpty else { return nil }
        return (names.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "|·-–— ")) }.filter { !$0.isEmpty }, Evidence(.parsed, "byline '\(blocks[k].text)' at line \(blocks[k].line)", confidence: 0.9))
    }

    /// The names before a byline's date, without what parts them from it: "Baqir Sajjad Syed Published ",
    /// "Ahmet Gencturk |", "Jane Doe - ".
    static func withoutDatingWord(_ text: String) -> String {
        var words = text.split(separator: " ")
        while let last = words.last, ["|", "-", "–", "—", "·", "published", "updated", "posted", "on"].contains(last.lowercased()) {
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "|·-–— "))
    }

    /// A byline without its opening word. "By: Krixia Subingsubing - Reporter": a colon may follow; Bernama
    /// signs "From Fuad Nizam".
    static func withoutByOpening(_ line: String) -> String {
        if let name = parliamentaryName(line) { return name }
        // ("Posts Huong Giang": the Vietnamese government portal's label, over a name of its own.)
        if line.hasPrefix("Posts "), case let name = line.dropFirst(6).split(separator: " "), (2...4).contains(name.count),
           name.allSatisfy({ $0.first?.isUppercase == true }) {
            return name.joined(separator: " ")
        }
        guard let opening = bylineOpening(line) ?? (line.hasPrefix("From ") ? "From " : nil) else { return line }
        return String(line.dropFirst(opening.count))
    }

    /// How a byline opens: "By ", "By: ", and the labels sites print before their writers' names
    /// ("Written by Jane Doe", "Posted by", "Author: Jane Doe", "Reporter: Kim Tong-hyung").
    static func bylineOpening(_ line: String) -> String? {
        guard let first = line.unicodeScalars.first, first == "B" || first == "b" || first == "W" || first == "P" || first == "R"
                || first == "A" || first == "S" else { return nil }
        return bylineOpenings.first(where: line.hasPrefix)
    }

    private static let bylineOpenings = [
        "By: ", "BY: ", "By ", "by ", "BY ", "Written by ", "Posted by ", "Reported by ", "Story by ", "Words by ",
        "Author: ", "Authors: ", "Reporter: ", "Reporters: ", "Writer: ", "Written by: ",
    ]

    /// "The Hon Penny Wong MP", "The Rt Hon David Lammy MP", "Senator the Hon Don Farrell": a minister's
    /// media release opens with its writer's name in parliamentary style. The name without the style, or
    /// nil for any other line.
    static func parliamentaryName(_ line: String) -> String? {
        guard let style = ["The Rt Hon ", "The Rt. Hon. ", "The Hon. ", "The Hon ", "Rt Hon ", "Senator the Hon "].first(where: line.hasPrefix)
        else { return nil }
        var words = line.dropFirst(style.count).split(separator: " ")
        // Post-nominal letters: a seat in parliament, honours, silk.
        while let last = words.last, ["MP", "MLA", "KC", "QC", "AC", "AO", "AM", "OBE", "CBE", "KCMG"].contains(last) { words.removeLast() }
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.count >= 2 }) else { return nil }
        return words.joined(separator: " ")
    }

    /// The writer of "By Helen Carter, a senior fellow at the European Policy Centre.": two to four
    /// capitalized words, then ", a" or ", an" describing them.
    static func describedWriter(_ line: String) -> String? {
        guard let comma = line.range(of: ", a ") ?? line.range(of: ", an ") else { return nil }
        let name = withoutByOpening(String(line[..<comma.lowerBound]))
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return name
    }

    /// Whether the story names `name` as a place: "in New Delhi", "from Washington".
    private func storyNamesPlace(_ name: String) -> Bool {
        blocks.indices.contains { k in
            roles[k] == .body && (FastText.contains(blocks[k].text, "in " + name) || FastText.contains(blocks[k].text, "from " + name))
        }
    }

    /// The publisher, from the strongest evidence present: a wire dateline's agency, a "©" agency credit,
    /// a masthead, a "The ..." name in the metadata lines, the site a story was reposted from, and
    /// last a copyright holder.
    var source: (String, Evidence)? {
        // ("Disputes persist ..., Kyodo News reported." over "ANI | Updated: ..." and "Beijing [China], December 25
        // (ANI) ...": a summary may stand over the dateline; the story's first three paragraphs are looked at.)
        var paragraphs = 0
        for (k, b) in blocks.enumerated() where roles[k] == .body || roles[k] == .dateline {
            if let agency = MetadataExtractor.agency(inDateline: b.text) {
                return (agency, Evidence(.parsed, "wire dateline at line \(b.line)", confidence: 0.85))
            }
            if let publisher = publisher(inDateline: b.text) {
                return (publisher, Evidence(.parsed, "dateline credit at line \(b.line)", confidence: 0.75))
            }
            if let paper = MetadataExtractor.reprintCredit(b.text) {
                return (paper, Evidence(.parsed, "MENAFN's credit at line \(b.line)", confidence: 0.75))
            }
            if roles[k] == .body { paragraphs += 1 }
            if paragraphs == 3 { break }
        }
        let header = roles.firstIndex(of: .body) ?? blocks.count
        for k in 0..<header where roles[k] != .title {
            if let agency = MetadataExtractor.agency(openingCredit: blocks[k].text) {
                return (agency, Evidence(.parsed, "agency credit '\(blocks[k].text)' at line \(blocks[k].line)", confidence: 0.8))
            }
            if let paper = MetadataExtractor.repostCredit(blocks[k].text) {
                return (paper, Evidence(.parsed, "repost credit at line \(blocks[k].line)", confidence: 0.75))
            }
        }
        // ("Interfax did not say ..." over "Reuters | Updated: 24-03-2022 00:03 IST": a summary may stand over the
        // credit line, among the story's first paragraphs.)
        let thirdParagraph = roles.indices.filter { roles[$0] == .body }.dropFirst(2).first ?? blocks.count
        for k in header..<thirdParagraph where roles[k] != .body && roles[k] != .title && FastText.contains(blocks[k].text, " | ") {
            if let agency = MetadataExtractor.agency(openingCredit: blocks[k].text) {
                return (agency, Evidence(.parsed, "agency credit '\(blocks[k].text)' at line \(blocks[k].line)", confidence: 0.8))
            }
        }
        // "By Trend", "By Reuters": a byline that names only an agency credits the agency's copy.
        for k in 0..<header where roles[k] == .byline {
            let name = MetadataExtractor.withoutByOpening(blocks[k].text).trimmingCharacters(in: .whitespaces)
            if let agency = MetadataExtractor.agenciesByLowercase[name.lowercased()] {
                return (agency, Evidence(.parsed, "agency byline '\(blocks[k].text)' at line \(blocks[k].line)", confidence: 0.8))
            }
        }
        // "SOURCE: AL JAZEERA AND NEWS AGENCIES", "Source: Reuters": the publisher credits itself.
        for b in blocks.reversed() {
            if let credited = MetadataExtractor.sourceCredit(b.text) {
                return (credited, Evidence(.parsed, "credit '\(b.text)' at line \(b.line)", confidence: 0.8))
            }
        }
        // "JIJI Press" on a line of its own closing the story: the agency signs its copy at the end.
        for b in blocks.suffix(3).reversed() where b.wordCount <= 3 {
            if let agency = MetadataExtractor.agenciesByLowercase[b.lower.trimmingCharacters(in: CharacterSet(charactersIn: "-–—() "))] {
                return (agency, Evidence(.parsed, "agency's signature '\(b.text)' at line \(b.line)", confidence: 0.75))
            }
        }
        // "... bolster trilateral cooperation. (Yonhap)": or at the end of the story's last paragraph.
        if let last = roles.lastIndex(of: .body), let signed = MetadataExtractor.agencySignOff(blocks[last].text) {
            return (signed.agency, Evidence(.parsed, "agency's signature closing line \(blocks[last].line)", confidence: 0.75))
        }
        for (k, b) in blocks.enumerated() where roles[k] == .copyright {
            let holder = MetadataExtractor.copyrightHolder(b.text)
            if let holder, !MetadataExtractor.isCompany(holder) {
                // "© 2023 npr" under the masthead "NPR", "Chosunilbo & Chosun.com" under "The Chosun Ilbo": the
                // masthead spells it.
                let masthead = roles.indices.first { roles[$0] == .siteName && MetadataExtractor.spells(holder, blocks[$0].text) }
                return (MetadataExtractor.titleCasedIfShouting(masthead.map { blocks[$0].text } ?? holder), Evidence(.parsed, "credit '\(b.text)' at line \(b.line)", confidence: 0.8))
            }
        }
        // "euronews" opening the page and "By Euronews with AP": the site signs the story in its own capitals.
        if let opening = pageOpening, roles[0] != .siteName,
           let k = (0..<header).first(where: { k in
               guard roles[k] == .byline else { return false }
               let signed = FastText.lowercased(MetadataExtractor.withoutByOpening(blocks[k].text))
               return signed == opening || signed.hasPrefix(opening + " ")
           }),
           case let signed = MetadataExtractor.withoutByOpening(blocks[k].text), signed.unicodeScalars.count >= opening.unicodeScalars.count {
            let name = String(String.UnicodeScalarView(signed.unicodeScalars.prefix(opening.unicodeScalars.count)))
            return (name, Evidence(.parsed, "byline '\(blocks[k].text)' names the page's masthead", confidence: 0.75))
        }
        if let k = roles.firstIndex(of: .siteName) {
            let name = BoilerplateClassifier.homepageLink(blocks[k]) ?? BoilerplateClassifier.publisherBeforePageKind(blocks[k])
                ?? BoilerplateClassifier.siteAddressBeforeMotto(blocks[k]) ?? BoilerplateClassifier.publicationWithCity(blocks[k].text)?.name
                ?? blocks[k].text
            // "NATO" over "NATO Secretary General Mark Rutte met ...": an acronym the story writes so too.
            let acronym = !name.contains(" ") && blocks.indices.contains { roles[$0] == .body && FastText.contains(blocks[$0].text, name + " ") }
            return (acronym ? name : MetadataExtractor.titleCasedIfShouting(name), Evidence(.parsed, "masthead at line \(blocks[k].line)", confidence: 0.8))
        }
        // "The Yomiuri Shimbun" between the headline and the date: the paper credits itself as the writer.
        // ("By The Canadian Press": or signs the story.)
        for k in 0..<header where [.sectionLabel, .navigation, .byline].contains(roles[k]) {
            let b = blocks[k]
            let credit = roles[k] == .byline ? MetadataExtractor.withoutByOpening(b.text) : b.text
            let words = credit.split(separator: " ")
            if credit.hasPrefix("The "), (3...5).contains(words.count), let last = words.last,
               BoilerplateClassifier.mastheadEndings.contains(String(last)),
               !words.dropFirst().dropLast().allSatisfy({ BoilerplateClassifier.sectionWords.contains($0.lowercased()) }) {
                return (credit, Evidence(.parsed, "publisher's credit at line \(b.line)", confidence: 0.7))
            }
        }
        for k in 0..<header where [.metadata, .published, .byline, .navigation].contains(roles[k]) {
            // "- World" / "- Anadolu Agency" / "- Published Date: ...": an agency alone among the header's bullets.
            if roles[k] == .metadata, let agency = MetadataExtractor.agenciesByLowercase[FastText.lowercased(blocks[k].content)] {
                return (agency, Evidence(.parsed, "agency among the metadata at line \(blocks[k].line)", confidence: 0.75))
            }
            // "TOI World Desk / TIMESOFINDIA.COM / Updated: Jul 9, 2024": the site's own address names it.
            for part in blocks[k].content.split(whereSeparator: { $0 == "," || $0 == "/" || $0 == "|" }) {
                let name = part.trimmingCharacters(in: .whitespaces)
                if name.hasPrefix("The "), roles[k] == .metadata || roles[k] == .published,
                   name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) {
                    return (name, Evidence(.parsed, "metadata line \(blocks[k].line)", confidence: 0.75))
                }
                if BoilerplateClassifier.isDomain(name) {
                    let address = name == name.uppercased() ? name.lowercased() : name
                    return (address, Evidence(.parsed, "site address in line \(blocks[k].line)", confidence: 0.7))
                }
            }
        }
        // ("Source" over "Comment (0)": the link's text was lost; a widget names no site.)
        if let k = blocks.indices.first(where: { blocks[$0].lower == "source link" || blocks[$0].lower == "source" }),
           k + 1 < blocks.count, blocks[k + 1].wordCount <= 4, roles[k + 1] != .widget {
            return (blocks[k + 1].text, Evidence(.parsed, "reposted: the site named after '\(blocks[k].text)' at line \(blocks[k + 1].line)", confidence: 0.5))
        }
        for (k, b) in blocks.enumerated() where roles[k] == .copyright {
            if let holder = MetadataExtractor.copyrightHolder(b.text) {
                return (holder, Evidence(.parsed, "copyright holder at line \(b.line)", confidence: 0.4))
            }
        }
        return nil
    }

    /// A publication date written in the header: a "Published :" line, a date in the metadata bullets,
    /// with a clock time from the same or the next metadata line.
    var statedDate: (DateValue, Evidence)? {
        let header = roles.firstIndex(of: .body) ?? blocks.count
        var day: (Day, Block)?
        var time: (Int, Int)?
        // A standfirst may come between the headline and the date: short lines just below the first
        // paragraph are header lines too ("03/15/2024" under DW's summary).
        var limit = min(header + 4, blocks.count)
        // A standfirst read as the first paragraph ("In what was likely their final meeting, ...") can stand
        // over the byline and the date, after a caption and share buttons: the header then runs on to the
        // story's next paragraph.
        let afterFirstParagraph = min(header + 1, blocks.count)..<min(header + 10, blocks.count)
        if let byline = afterFirstParagraph.first(where: { roles[$0] == .byline }),
           !afterFirstParagraph.contains(where: { $0 < byline && roles[$0] == .body }) {
            let story = ((byline + 1)..<blocks.count).first { roles[$0] == .body } ?? blocks.count
            limit = max(limit, min(story, byline + 5))
        }
        // A line labelled "Published:" outranks a bare date higher up, which is often the day the page was
        // scraped, printed over the menu ("Sunday / November 24, 2024"): the search starts there.
        let labelled = (0..<limit).first { k in
            roles[k] == .published && MetadataExtractor.isPublishedLine(blocks[k].text)
                && tagger.tag(blocks[k].text, reference: nil).contains { $0.date.precision.rank <= Precision.day.rank && !$0.value.hasPrefix("X") }
        }
        // ("Kim Yo Jong, sister of North Korea's leader, September 13, 2023." over "14:49 JST, February 16, 2024":
        // a date closing a line of words, a caption's, gives way to a line that is a stamp.)
        var dayClosesWords = false
        // ("Friday, October 27, 2023" over a reposted headline, then "10/26/2023 11:52 PM EDT": a bare day over the
        // headline is often the day the page was made; a stamp with its clock under the headline is the release's.)
        let headline = roles.firstIndex(of: .title)
        var dayOverHeadline = false
        for k in (labelled ?? 0)..<limit {
            let headerLine = [BlockRole.published, .metadata, .dateline, .navigation, .sectionLabel, .byline].contains(roles[k])
            guard (k <= header && headerLine) || (k == header && roles[k] == .body)
                    || (k > header && headerLine && blocks[k].wordCount <= 14 && !blocks[k].endsLikeSentence),
                  // ("— Spokesperson MoFA (@ForeignOfficePk) August 3, 2023": an embedded post's day is the post's.)
                  !PublicationDateInference.isEmbeddedPostStamp(blocks[k].text) else { continue }
            let b = blocks[k]
            let found = tagger.tag(k == header ? String(b.text.prefix(60)) : b.text, reference: nil)
            let isStamp = found.reduce(0) { $0 + $1.range.count } * 2 >= b.text.unicodeScalars.count
            let stampUnderHeadline = dayOverHeadline && isStamp && headline.map { k > $0 } == true
            for t in found {
                if day == nil || (dayClosesWords && isStamp && day?.1.range != b.range)
                    || (stampUnderHeadline && t.date.precision == .minute && day?.1.range != b.range),
                   t.date.precision.rank <= Precision.day.rank, let d = t.date.start, !t.value.hasPrefix("X") {
                    if day != nil { time = nil }
                    day = (d, b)
                    dayClosesWords = roles[k] == .navigation && k != header && !isStamp && b.wordCount > 6
                    dayOverHeadline = roles[k] == .navigation && headline.map { k < $0 } == true
                    if t.date.precision == .minute { time = MetadataExtractor.clock(t.value) }
                } else if time == nil, t.type == .time, let c = MetadataExtractor.clock(t.value),
                          k != header || roles[k] != .body || day?.1.range == b.range,
                          // ("Nov. 16, 2024" over "Updated 8:41 p.m. ET": the clock of an update is not the publication's.)
                          day?.1.range == b.range || !b.lower.hasPrefix("updated") && !b.lower.hasPrefix("last updated") {
                    // The story's first lines tell the clock of the publication only beside its date: "On
                    // November 16, commencing at 9:15 a.m. (local time ...)" under a dated header is the event's.
                    time = c
                }
            }
            if day != nil, time != nil, !dayClosesWords { break }
            if day != nil, k > (blocks.firstIndex { $0.range == day!.1.range } ?? k) + 1 { break }
        }
        // A "Published:" line below the story counts too; it outranks an "Updated - October 21, 2024 09:05
        // pm" line in the header, which dates a later version of the page.
        if let (updated, line) = day, ["updated", "last updated", "update"].contains(where: line.lower.hasPrefix) {
            for b in blocks where b.range != line.range && MetadataExtractor.isPublishedLine(b.text) {
                let found = tagger.tag(b.text, reference: nil)
                if let t = found.first(where: { $0.date.precision.rank <= Precision.day.rank && !$0.value.hasPrefix("X") }),
                   let d = t.date.start, d <= updated {
                    day = (d, b)
                    // ("First published on April 10, 2024 / 6:58 PM EDT": the clock may stand apart from the day.)
                    time = MetadataExtractor.clock(t.value) ?? found.lazy.filter { $0.type == .time }.compactMap { MetadataExtractor.clock($0.value) }.first
                    break
                }
            }
        }
        if day == nil {
            for (k, b) in blocks.enumerated() where roles[k] == .published || (k >= header && MetadataExtractor.isPublishedLine(b.text)) {
                if let t = tagger.tag(b.text, reference: nil).first(where: { $0.date.precision.rank <= Precision.day.rank && !$0.value.hasPrefix("X") }),
                   let d = t.date.start {
                    day = (d, b)
                    if t.date.precision == .minute { time = MetadataExtractor.clock(t.value) }
                    break
                }
            }
        }
        // "December 08 2023" alone on its line under the story: Hürriyet Daily News prints the date there.
        if day == nil, let last = roles.lastIndex(of: .body), last + 1 < blocks.count {
            // (Not a sidebar's: "More From KCNA.kp" then "July 06, 2025", "MORE ABOUT" then "14:48, 13.01.2026" date
            // other stories; the sidebar runs to the page's end.)
            for (k, b) in blocks.enumerated().dropFirst(last + 1) where b.wordCount <= 8 {
                if [.afterArticle, .related].contains(roles[k]) { break }
                // ("Source: UDN, February 17, 2024": so does the credit of the story it retells.)
                let credited = MetadataExtractor.sourceCredit(b.text) != nil
                let stamp = credited ? String(b.text[b.text.index(after: b.text.firstIndex(of: ",") ?? b.text.startIndex)...]).trimmingCharacters(in: .whitespaces) : b.text
                var stamps = [stamp]
                // ("World 2022-07-19 12:23:00": or the section's name before the stamp, when the line alone is none.)
                if !credited, let space = stamp.firstIndex(of: " "), stamp[..<space].allSatisfy(\.isLetter),
                   stamp[stamp.index(after: space)...].first?.isNumber == true {
                    stamps.append(String(stamp[stamp.index(after: space)...]))
                }
                guard b.wordCount <= 6 || credited, let t = stamps.lazy.compactMap({ stamp -> TimeExpression? in
                    let found = self.tagger.tag(stamp, reference: nil)
                    guard found.count == 1, let t = found.first, t.date.precision.rank <= Precision.day.rank, !t.value.hasPrefix("X"),
                          t.text.unicodeScalars.count >= stamp.unicodeScalars.count - 2 else { return nil }
                    return t
                }).first, let d = t.date.start else { continue }
                day = (d, b)
                if t.date.precision == .minute { time = MetadataExtractor.clock(t.value) }
                break
            }
        }
        // "www.kcna.kp (Juche113.3.26.)": KCNA stamps the day in its own calendar under the story.
        if day == nil, let k = blocks.indices.last(where: { PublicationDateInference.jucheStamp(in: blocks[$0].text) != nil }),
           let stamped = PublicationDateInference.jucheStamp(in: blocks[k].text) {
            day = (stamped, blocks[k])
        }
        // "Department Press Briefing - November 20, 2024": a briefing's or a statement's headline ends with
        // its day, set off from the words.
        if day == nil, let k = roles.firstIndex(of: .title), let (d, clock) = MetadataExtractor.dayClosingHeadline(blocks[k].text, tagger: tagger) {
            day = (d, blocks[k])
            time = clock
        }
        // " date 2020-07-29 Chinese Foreign Minister ... Photo: Xinhua": the page's date stamped over its first line,
        // whatever that line is (a caption here), when the header dates nothing.
        if day == nil, let stamped = blocks.prefix(3).lazy.compactMap({ b in MetadataExtractor.labelledISODay(b.text).map { ($0, b) } }).first {
            day = stamped
        }
        guard let (d, block) = day else { return nil }
        let note = "stated: '\(block.text)' at line \(block.line)"
        let value: DateValue = time.map { .minute(d, hour: $0.0, minute: $0.1, basis: Basis(.stated, note)) } ?? .day(d, basis: Basis(.stated, note))
        return (value, Evidence(.parsed, note, confidence: 1.0))
    }

    /// The month and day of a tagged date without its year ("Feb. 14", "Nov. 23 06:30 am").
    private func monthDay(_ text: String) -> (Int, Int)? {
        for t in tagger.tag(text, reference: nil) where t.value.hasPrefix("XXXX-") && t.value.count >= 10 && t.value.dropFirst(4).count >= 6 {
            let parts = t.value.prefix(10).split(separator: "-")
            guard parts.count == 3, let m = Int(parts[1]), let d = Int(parts[2]) else { continue }
            return (m, d)
        }
        return nil
    }

    /// The month and day of the wire dateline opening the story alone ("Pyongyang, August 24 (KCNA) —"):
    /// read for every dated article (a repost's page date is later), so only the opening's head is tagged.
    var wireDatelineMonthDay: (month: Int, day: Int, text: String)? {
        guard let k = roles.firstIndex(of: .body) else { return nil }
        let opening = String(blocks[k].text.prefix(60))
        guard let at = MetadataExtractor.creditMark(inDateline: opening) else { return nil }
        let head = String(opening[..<at])
        return monthDay(head).map { ($0.0, $0.1, head.trimmingCharacters(in: .whitespaces)) }
    }

    /// The month and day of a wire dateline opening the story ("SEOUL, Feb. 14 (Yonhap) --"), or of a header
    /// line that dates the page without its year ("Nov. 23 06:30 am JST" under Japan Today's headline).
    var datelineMonthDay: (month: Int, day: Int, text: String)? {
        guard let k = roles.firstIndex(of: .body) else { return nil }
        if let wire = wireDatelineMonthDay { return wire }
        if MetadataExtractor.creditMark(inDateline: String(blocks[k].text.prefix(60))) != nil { return nil }
        for h in 0..<k where [.navigation, .published, .metadata, .sectionLabel].contains(roles[h]) && blocks[h].wordCount <= 8 {
            // "Last updated: 26/11 - 09:14": a dated line's day and month in figures, the day first where it
            // cannot be the month.
            if roles[h] == .published, let (m, d) = MetadataExtractor.figuresDayMonth(blocks[h].text) {
                return (m, d, blocks[h].text)
            }
            // The date must be most of the line: "Nov. 23 06:30 am JST", not a menu naming a day.
            let found = tagger.tag(blocks[h].text, reference: nil)
            let covered = found.reduce(0) { $0 + $1.range.count }
            guard covered * 2 >= blocks[h].text.unicodeScalars.count, let (m, d) = monthDay(blocks[h].text) else { continue }
            return (m, d, blocks[h].text)
        }
        return nil
    }

    // MARK: - Helpers

    /// The full date that ends a headline after a dash, a comma or a colon ("Department Press Briefing -
    /// November 20, 2024", "Daily Press Briefing by the Office of the Spokesperson, 20 November 2024"), with
    /// its clock if it has one.
    /// ("Department Press Briefing – February 28, 2024 – United States Department of State": the site's name may
    /// follow, set off the same way; "State Department Press Briefing on 9/16/24": a transcript's heading may say "on".)
    static func dayClosingHeadline(_ headline: String, tagger: TemporalTagger) -> (Day, (Int, Int)?)? {
        let scalars = Array(headline.unicodeScalars)
        let separators = [" - ", " – ", " — ", " | "]
        guard let t = tagger.tag(headline, reference: nil).last, t.date.precision.rank <= Precision.day.rank, !t.value.hasPrefix("X"),
              let d = t.date.start, t.range.lowerBound >= 3 else { return nil }
        let after = FastText.string(scalars[min(t.range.upperBound, scalars.count)..<min(t.range.upperBound + 3, scalars.count)])
        guard t.range.upperBound >= scalars.count - 1 || separators.contains(after) else { return nil }
        let before = FastText.string(scalars[(t.range.lowerBound - 3)..<t.range.lowerBound])
        let transcript = ["Briefing", "Transcript", "Press Conference", "Remarks"].contains { FastText.containsWholePhrase(headline, $0) }
        guard separators.contains(before) || before.hasSuffix(", ") || before.hasSuffix(": ") || (transcript && before == "on ") else { return nil }
        return (d, t.date.precision == .minute ? clock(t.value) : nil)
    }

    /// The month and day of "26/11" (or "11/26") standing alone in a line, with no year after it; nil
    /// when both figures could be the month.
    static func figuresDayMonth(_ line: String) -> (month: Int, day: Int)? {
        let scalars = Array(line.unicodeScalars)
        func number(from i: Int) -> (value: Int, end: Int)? {
            var end = i
            while end < scalars.count, end - i < 3, FastText.isDigit(scalars[end]) { end += 1 }
            guard end > i, end - i <= 2, end == scalars.count || !FastText.isDigit(scalars[end]) else { return nil }
            return (Int(String(String.UnicodeScalarView(scalars[i..<end])))!, end)
        }
        for i in scalars.indices where scalars[i] == "/" && i > 0 && FastText.isDigit(scalars[i - 1]) {
            var start = i - 1
            while start > 0, FastText.isDigit(scalars[start - 1]) { start -= 1 }
            guard start == 0 || !FastText.isLetterOrDigit(scalars[start - 1]), let first = number(from: start), first.end == i,
                  let second = number(from: i + 1), second.end == scalars.count || !["/", ".", "-"].contains(scalars[second.end])
                    || (second.end + 1 < scalars.count && scalars[second.end + 1] == " ") else { continue }
            switch (first.value, second.value) {
            case (13...31, 1...12): return (second.value, first.value)
            case (1...12, 13...31): return (first.value, second.value)
            default: return nil
            }
        }
        return nil
    }

    /// "Diplomatic correspondent", "BBC News", "Staff Writer": what a byline says besides names.
    static func isBeat(_ part: String) -> Bool {
        let words = part.split(separator: " ").map { $0.lowercased() }
        if let last = words.last, BoilerplateClassifier.isRoleNoun(last),
           // ("Foreign affairs and national security correspondent": two beats joined.)
           words.dropLast().allSatisfy({ BoilerplateClassifier.beatWords.contains($0) || BoilerplateClassifier.sectionWords.contains($0) || $0 == "and" })
            && words.first != "and"
            // ("Nikkei staff writers": the outlet's staff.)
            || (words.count >= 2 && words[words.count - 2] == "staff") {
            return true
        }
        // ("Department Spokesperson", "Deputy Press Secretary": who speaks for a government is no writer.)
        if let last = words.last, ["spokesperson", "spokesman", "spokeswoman", "secretary"].contains(last), words.count <= 4,
           words.dropLast().allSatisfy({ ["department", "ministry", "press", "deputy", "principal", "chief", "foreign"].contains($0) }) {
            return true
        }
        // ("By Reuters Staff": so signed.)
        if (2...3).contains(words.count), words.last == "staff" { return true }
        // "By Lazar Berman and Agencies": the wires the story draws on, not a writer.
        if ["agencies", "news agencies", "wires", "wire services", "staff", "staff and agencies"].contains(part.lowercased()) { return true }
        // "By Jennifer Hansler and Kylie Atwood, CNN": a publisher's or an agency's name.
        if words.count == 1, part.count <= 4, part == part.uppercased() || agencies[part] != nil { return true }
        return words.count >= 2 && BoilerplateClassifier.mastheadEndings.contains(String(part.split(separator: " ").last!))
    }

    /// "political reporter Tom Crowley" is Tom Crowley: the beat written before the name goes.
    static func withoutLeadingBeat(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let role = words.prefix(4).firstIndex(where: { BoilerplateClassifier.roleNouns.contains($0.lowercased()) }),
              words[..<role].allSatisfy({ BoilerplateClassifier.beatWords.contains($0.lowercased()) || BoilerplateClassifier.sectionWords.contains($0.lowercased()) }),
              words.count - role - 1 >= 2, words[(role + 1)...].allSatisfy({ $0.first?.isUppercase == true }) else { return name }
        return words[(role + 1)...].joined(separator: " ")
    }

    /// "date 2020-07-29 ...": the word "date", then the day in ISO form.
    static func labelledISODay(_ text: String) -> Day? {
        let trimmed = text.drop { $0 == " " }
        guard trimmed.lowercased().hasPrefix("date "), case let digits = trimmed.dropFirst(5).prefix(10), digits.count == 10,
              trimmed.dropFirst(15).first.map({ $0 == " " }) ?? true else { return nil }
        return Day(iso: digits)
    }

    static func isPublishedLine(_ text: String) -> Bool {
        let lower = text.lowercased()
        return wordsInFirstField(text) <= 14 && ["published", "posted", "first published", "date:"].contains { lower.hasPrefix($0) }
    }

    /// Words before a line's first bar: "Published: 14th February 2022 11:37 AM | Last Updated: ... | A+A-" is
    /// judged by its first field.
    static func wordsInFirstField(_ text: String) -> Int {
        (text.split(separator: "|", maxSplits: 1).first ?? Substring(text)).split(separator: " ").count
    }

    static func clock(_ value: String) -> (Int, Int)? {
        guard let t = value.range(of: "T") else { return nil }
        let hm = value[t.upperBound...].split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]) else { return nil }
        return (h, m)
    }

    static let agencies: [String: String] = {
        var names = ["AP": "AP", "Reuters": "Reuters", "AFP": "AFP", "Yonhap": "Yonhap", "Kyodo": "Kyodo",
                     "Xinhua": "Xinhua", "UPI": "UPI", "Bloomberg": "Bloomberg", "dpa": "dpa", "KCNA": "KCNA"]
        for name in ["TASS", "PTI", "IANS", "ANI", "Anadolu", "EFE", "ANSA", "Interfax", "RIA Novosti", "Sputnik", "Bernama",
                     "Antara", "IRNA", "Tasnim", "KUNA", "WAM", "SPA", "MENA", "Ukrinform", "PAP", "Lusa", "Kyodo News",
                     "Yonhap News Agency", "CNA", "Jiji", "Jiji Press", "NNA", "Petra", "SANA", "QNA", "APP",
                     // National agencies that file in English: Vietnam, the Philippines, Laos, Cambodia, Bangladesh,
                     // Azerbaijan, Armenia, Kazakhstan, Belarus, Hungary, Czechia, Croatia, Serbia, Bulgaria, Romania,
                     // Lithuania, Tunisia, Morocco, Algeria, Cuba, Peru, Nigeria, Sudan, Ethiopia.
                     "VNA", "PNA", "KPL", "AKP", "BSS", "AZERTAC", "Azertac", "Armenpress", "Kazinform", "BelTA", "MTI",
                     "CTK", "HINA", "Tanjug", "BTA", "Agerpres", "ELTA", "TAP", "MAP", "APS", "Prensa Latina", "Andina",
                     "NAN", "SUNA", "ENA", "Trend"] {
            names[name] = name
        }
        names["AA"] = "Anadolu"
        return names
    }()

    /// "SEOUL, Feb 16 (Reuters) -" and "MOSCOW, March 5. /TASS/." -> the agency, and where its mark opens.
    static func agencyMark(inDateline text: String) -> (agency: String, at: String.Index)? {
        for (open, close) in [("(", ")"), ("/", "/")] {
            guard let o = text.firstIndex(of: Character(open)), text.distance(from: text.startIndex, to: o) < 60,
                  let c = text[text.index(after: o)...].firstIndex(of: Character(close)) else { continue }
            let mark = text[text.index(after: o)..<c]
            // "(APP - UrduPoint / Pakistan Point News - 5th Apr, 2024)": the agency, then who ran its copy.
            let signer = open == "(" ? mark.components(separatedBy: " - ")[0] : String(mark)
            if let agency = agencies[signer] { return (agency, o) }
        }
        return nil
    }

    static func agency(inDateline text: String) -> String? { agencyMark(inDateline: text)?.agency }

    /// "(MENAFN - Gulf Times) The Amir ...", "MENAFN - AzerNews) On August 8": the paper the aggregator reprints.
    static func reprintCredit(_ text: String) -> String? {
        guard text.hasPrefix("(MENAFN") || text.hasPrefix("MENAFN") else { return nil }
        let opening = text.prefix(60)
        guard let dash = opening.firstIndex(where: { $0 == "-" || $0 == "–" }), let close = opening[dash...].firstIndex(of: ")") else { return nil }
        let paper = opening[opening.index(after: dash)..<close].trimmingCharacters(in: .whitespaces)
        return (2...40).contains(paper.count) ? paper : nil
    }

    /// "From the Philippine News Agency (Dec 6): Yasay in talks with ...": a blog reposting a story names the
    /// paper it is from, and the day, before the headline.
    static func repostCredit(_ text: String) -> String? {
        guard text.hasPrefix("From "), let open = text.range(of: " ("), text.distance(from: text.startIndex, to: open.lowerBound) <= 60,
              let close = text[open.upperBound...].range(of: "):"), text.distance(from: open.upperBound, to: close.lowerBound) <= 20 else { return nil }
        let day = text[open.upperBound..<close.lowerBound]
        guard day.contains(where: \.isNumber), MonthNames.short.contains(where: { day.hasPrefix($0) }) || day.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "." })
        else { return nil }
        var words = text[text.index(text.startIndex, offsetBy: 5)..<open.lowerBound].split(separator: " ")
        if words.first == "the" { words.removeFirst() }
        guard (1...6).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || ["of", "de", "and"].contains($0) }) else { return nil }
        return words.joined(separator: " ")
    }

    /// "Paris, Dec 10 (SocialNews.XYZ)": a place and a day, then the name of whoever filed the story in
    /// parentheses, known as an agency or not. Where the parenthesis opens.
    static func creditMark(inDateline text: String) -> String.Index? {
        if let mark = agencyMark(inDateline: text) { return mark.at }
        guard let open = text.firstIndex(of: "("), text.distance(from: text.startIndex, to: open) < 40,
              let close = text[open...].firstIndex(of: ")"), text.distance(from: open, to: close) < 30 else { return nil }
        let before = text[..<open].trimmingCharacters(in: .whitespaces)
        let name = text[text.index(after: open)..<close].split(separator: " ")
        guard before.contains(","), before.last?.isNumber == true, (1...3).contains(name.count),
              name.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." } }) else { return nil }
        return open
    }

    /// "ISLAMABAD, (UrduPoint / Pakistan Point News - 5th Apr, 2024)": the site that dated the story in its
    /// dateline's parenthesis names itself first.
    private func publisher(inDateline text: String) -> String? {
        guard let open = text.range(of: ", ("), text.distance(from: text.startIndex, to: open.lowerBound) < 30,
              let close = text[open.upperBound...].firstIndex(of: ")"), text.distance(from: open.upperBound, to: close) < 90 else { return nil }
        let parts = text[open.upperBound..<close].components(separatedBy: " - ")
        guard parts.count >= 2, let stamp = parts.last,
              tagger.tag(stamp, reference: nil).contains(where: { $0.date.precision.rank <= Precision.day.rank }) else { return nil }
        let name = parts[0].components(separatedBy: " / ")[0].trimmingCharacters(in: .whitespaces)
        let words = name.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }) else { return nil }
        return name
    }

    /// Agencies by their lowercased names, with the names they sign with in capitals ("KYODO NEWS").
    static let agenciesByLowercase: [String: String] = {
        var names: [String: String] = [:]
        for (written, agency) in agencies { names[written.lowercased()] = agency }
        names["kyodo news"] = "Kyodo"
        names["yonhap news agency"] = "Yonhap"
        for (full, agency) in [("agence france-presse", "AFP"), ("agence france presse", "AFP"), ("associated press", "AP"),
                               ("the associated press", "AP"), ("xinhua news agency", "Xinhua"), ("korean central news agency", "KCNA"),
                               ("deutsche presse-agentur", "dpa"), ("press trust of india", "PTI"), ("vietnam news agency", "VNA"),
                               ("philippine news agency", "PNA"), ("anadolu agency", "Anadolu"), ("antara news agency", "Antara"),
                               ("trend news agency", "Trend")] {
            names[full] = agency
        }
        return names
    }()

    /// "... as well as the United States. (Yonhap)", "... past and future issues.” EFE", "... on Monday. —AFP":
    /// an agency signing the paragraph its copy ends with, after the last sentence. The agency, and where
    /// the sentence before it ends.
    static func agencySignOff(_ text: String) -> (agency: String, sentenceEnd: String.Index)? {
        guard let last = text.last, last == ")" || last == "/" || last.isLetter else { return nil }
        // An agency's name is at most three words ("Yonhap News Agency"), so the mark is short.
        guard let stop = text.dropLast().lastIndex(where: { ".!?”\"".contains($0) }),
              text.distance(from: stop, to: text.endIndex) <= 28 else { return nil }
        let sentenceEnd = text.index(after: stop)
        let mark = text[sentenceEnd...].trimmingCharacters(in: CharacterSet(charactersIn: " -–—()/"))
        guard text[sentenceEnd...].first == " ", let agency = agenciesByLowercase[mark.lowercased()] else { return nil }
        // (A name alone after a sentence is the agency's only in its own spelling or capitals: "... he said. Ap" is not.)
        guard agencies[mark] != nil || mark == mark.uppercased() else { return nil }
        return (agency, sentenceEnd)
    }

    /// "... on July 4. (end) mk.gta", "... the statement said. -- END", KCNA's "... to the DPRK. -0-": the
    /// wire's end mark, and the desk's initials after it, closing the story's last paragraph. Where the mark
    /// starts.
    static func wireEndMark(_ text: String) -> String.Index? {
        guard text.count > 8, let mark = [" (end)", " (END)", " -- END", " (ends)", " -0-"].lazy.compactMap({ text.range(of: $0, options: .backwards) }).first,
              text.distance(from: mark.upperBound, to: text.endIndex) <= 12,
              !text[mark.upperBound...].contains(where: { $0.isUppercase }) else { return nil }
        return mark.lowerBound
    }

    /// "... requests for comment. (Reporting by Nairobi Newsroom; Editing by Louise Heavens)": the desk's
    /// credit closing a wire story's last paragraph. Where the sentence before it ends.
    static func wireDeskCredit(_ text: String) -> String.Index? {
        guard let (credit, sentenceEnd) = bracketAfterSentence(text), deskCreditOpenings.contains(where: credit.lowercased().hasPrefix)
        else { return nil }
        return sentenceEnd
    }

    /// "... for sustainable development. (ary)", "... the talks. (dre/kes)": the writers' initials in lower case
    /// closing a story's last paragraph, as Indonesian papers sign. Where the sentence before them ends.
    static func writersInitials(_ text: String) -> String.Index? {
        guard let (inside, sentenceEnd) = bracketAfterSentence(text) else { return nil }
        let initials = inside.split(whereSeparator: { "/,; ".contains($0) })
        guard (1...4).contains(initials.count), initials.allSatisfy({ (2...4).contains($0.count) && $0.allSatisfy { $0.isLowercase } })
        else { return nil }
        return sentenceEnd
    }

    /// The brackets closing `text` right after a sentence's end ("... for comment. (Reporting by ...)"): what
    /// they hold, and where the sentence ends.
    private static func bracketAfterSentence(_ text: String) -> (inside: Substring, sentenceEnd: String.Index)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("),
              let stop = text[..<open].lastIndex(where: { $0 != " " }), ".!?”\"".contains(text[stop]) else { return nil }
        return (text[text.index(after: open)..<text.index(before: text.endIndex)], text.index(after: stop))
    }

    private static let deskCreditOpenings = ["reporting by", "additional reporting by", "writing by", "editing by",
                                             "compiled by", "reporting and writing by"]

    /// "PTI | Updated: Feb 20, 2024", "KYODO NEWS - Feb 16, 2024 - 11:24": a header line that opens with
    /// an agency.
    static func agency(openingCredit text: String) -> String? {
        var name = Substring(text)
        for separator in [" | ", " - ", " — "] {
            if let r = name.range(of: separator) { name = name[..<r.lowerBound] }
        }
        let key = name.trimmingCharacters(in: .whitespaces)
        // A lowercase credit line is the agency only in its own capitals or its usual spelling.
        guard key == key.uppercased() || agencies[key] != nil else { return nil }
        return agenciesByLowercase[key.lowercased()]
    }

    static func copyrightHolder(_ text: String) -> String? {
        var rest = Substring(text)
        // "Copyright (c) 2024. RFE/RL, Inc.": the marks may come together, in any order.
        while let mark = ["©", "(c)", "(C)", "Copyright", "copyright"].first(where: { rest.hasPrefix($0) }) {
            rest = rest.dropFirst(mark.count).drop { $0 == " " }
        }
        // The years around the name go ("© 2003-2024 ...", "... 2024"), a number in it stays ("France 24").
        let isYears = { (word: Substring) in word.allSatisfy { "0123456789-–,".contains($0) } && word.filter(\.isNumber).count >= 4 }
        var words = rest.split(separator: " ").drop { $0.allSatisfy { "0123456789-–,.©".contains($0) } }
        while let last = words.last, isYears(last) { words.removeLast() }
        var cleaned = words.joined(separator: " ")
        while let first = cleaned.first, first.isNumber || first == "©" || first == " " { cleaned.removeFirst() }
        // "© 2024 The Associated Press. All rights reserved. This material may not...": the holder only.
        if let stop = cleaned.range(of: ". ") ?? cleaned.range(of: ", ") { cleaned = String(cleaned[..<stop.lowerBound]) }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        // "© Crown copyright" on GOV.UK: the state's right, no publisher's name.
        if ["crown copyright", "crown"].contains(cleaned.lowercased()) { return nil }
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The first name of a "Source:" credit line: "SOURCE: AL JAZEERA AND NEWS AGENCIES" is Al Jazeera.
    static func sourceCredit(_ text: String) -> String? {
        guard text.count < 80, let colon = text.firstIndex(of: ":"),
              ["source", "sources"].contains(text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
        var name = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        // ("Source: Xinhua   Editor: Wang Qingchu": a second label's credit is no part of the first.)
        if let next = name.firstIndex(of: ":"), let space = name[..<next].lastIndex(of: " ") {
            name = String(name[..<space])
        }
        for separator in [",", ";", " and ", " AND ", " & ", "/", " | ", "  "] {
            if let cut = name.range(of: separator) { name = String(name[..<cut.lowerBound]) }
        }
        name = name.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        // A credit names a publisher, not a sentence ("Source: a senior official said").
        guard !name.isEmpty, name.split(separator: " ").count <= 4, name.first?.isUppercase == true,
              name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) else { return nil }
        // ("Source: IANS": an agency keeps the name it signs with.)
        return agenciesByLowercase[name.lowercased()] ?? titleCasedIfShouting(name)
    }

    /// The masthead's letters (without "The") open the holder's: "npr" / "NPR", "Chosunilbo & Chosun.com" /
    /// "The Chosun Ilbo".
    static func spells(_ holder: String, _ masthead: String) -> Bool {
        func letters(_ text: String) -> String { String(text.lowercased().filter(\.isLetter)) }
        var name = letters(masthead)
        if masthead.hasPrefix("The ") { name.removeFirst(3) }
        return !name.isEmpty && letters(holder).hasPrefix(name)
    }

    static func isCompany(_ name: String) -> Bool {
        ["Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Corp", "Corp.", "Co.", "GmbH", "plc", "PLC", "DAC", "Limited", "Media", "Group", "rights"]
            .contains { name.hasSuffix($0) }
    }

    /// Short words of names that are no acronyms: "AL JAZEERA", "THE HINDU", "NEW YORK TIMES".
    private static let shortWords: Set<Substring> = ["THE", "OF", "AND", "AL", "EL", "LA", "LE", "DE", "DU", "DA", "DI", "DEL", "LOS", "NEW", "SAN"]

    /// "KYODO" -> "Kyodo", "THE HINDU" -> "The Hindu"; short acronyms such as "AP" stay, in a name too
    /// ("KBS WORLD" -> "KBS World").
    static func titleCasedIfShouting(_ name: String) -> String {
        guard name.count > 3, name == name.uppercased() else { return name }
        // ("NDTV": letters that make no word are initials.)
        if !name.contains(" "), !name.contains(where: { "AEIOU".contains($0) }) { return name }
        // "DAWN.COM" is an address: dawn.com.
        if BoilerplateClassifier.isDomain(name) { return name.lowercased() }
        return name.split(separator: " ").map { word in
            word.count <= 3 && !shortWords.contains(word) ? String(word) : word.capitalized
        }.joined(separator: " ")
    }
}
