import Foundation
import Chronology

/// The place (and agency) a wire story opens with, which is not part of its first sentence:
/// "SEOUL, South Korea—", "SEOUL, Feb 16 (Reuters) -", "MOSCOW, March 5. /TASS/.", "NEW DELHI:".
public enum Dateline {
    /// The words after the dateline, or all of them when the text opens with none.
    public static func wordsAfter(_ words: [String]) -> [String] {
        guard mayOpenWithDateline(words.prefix(24).joined(separator: " ")),
              let (index, cutInWord) = cut(words) else { return words }
        guard index < words.count else { return [] }
        let first = String(words[index].unicodeScalars.dropFirst(cutInWord))
        return (first.isEmpty ? [] : [first]) + words[(index + 1)...]
    }

    /// The Unicode-scalar offset in `text` where the story begins after its dateline (0 without one).
    public static func storyOffset(_ text: String) -> Int {
        if let credit = spokespersonCredit(text) { return credit }
        guard mayOpenWithDateline(text) else { return 0 }
        let words = text.unicodeScalars.prefix(240).split(separator: " ", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
        guard let (index, cutInWord) = cut(words) else { return 0 }
        // Words were split on single spaces, so each word's offset counts the spaces before it.
        return words.prefix(index).reduce(0) { $0 + $1.unicodeScalars.count + 1 } + cutInWord
    }

    /// Whether text opening with `head` can open with a dateline at all. Asked of every sentence (twice in
    /// titling one), most of which open with no word in capitals and no bracket, slash or dash near their start.
    private static func mayOpenWithDateline(_ head: String) -> Bool {
        if creditOpenings.contains(where: head.hasPrefix) { return true }
        // ("Pyongyang, January 10 (KCNA) --": a place in title case opens one when an agency signs it.)
        guard let first = head.unicodeScalars.first, first.properties.isUppercase || head.hasPrefix("(MENAFN") else { return false }
        // ("Hanoi, Vietnam, September 15 - The ...": or a place in title case and the day, set off by a dash.)
        return head.unicodeScalars.prefix(3).allSatisfy({ $0.properties.isUppercase })
            || head.unicodeScalars.prefix(40).contains(where: { $0 == "(" || $0 == "/" })
            || head.unicodeScalars.prefix(64).contains(where: { $0 == "-" || $0 == "–" || $0 == "—" })
    }

    /// Where the dateline ends: the index of the first word of the story, and how many scalars of that
    /// word still belong to the dateline ("Korea—North" keeps "North").
    private static func cut(_ words: [String]) -> (index: Int, cutInWord: Int)? {
        // ("Bangkok (VNA) –": or a place in title case right before a known agency's parenthesis.)
        if isAgencyStamp(words) { return (3, 0) }
        // ("Feb. 23 (UPI) -- United Nation member states": the day and the agency's mark, no place.)
        if words.count > 4, isMonthName(words[0]), !words[1].isEmpty, words[1].allSatisfy(\.isNumber),
           MetadataExtractor.agency(inDateline: words[2]) != nil, ["-", "--", "—", "–"].contains(words[3]) {
            return (4, 0)
        }
        if words.count > 4, words[0] == "The", creditOpenings.contains(where: words.prefix(5).joined(separator: " ").appending(" ").hasPrefix),
           let colon = words.prefix(12).firstIndex(where: { $0.hasSuffix(":") }) {
            return (colon + 1, 0)
        }
        if let dash = placeAndDayBeforeADash(words) { return (agencyAfterTheDash(words, from: dash + 1) ?? dash + 1, 0) }
        // "(MENAFN - Gulf Times)", "MENAFN - AzerNews)": the aggregator's credit, naming the paper it reprints.
        if words.first.map({ $0 == "MENAFN" || $0.hasPrefix("(MENAFN") }) == true,
           let close = words.prefix(8).firstIndex(where: { $0.hasSuffix(")") || $0.hasSuffix("),") }) {
            return (close + 1, 0)
        }
        guard let first = words.first, first.count >= 3 || placeBeforeAnAgency(words),
              isCapitals(first) || ((first.hasSuffix(",") || placeWithRegion(words)) && first.first!.isUppercase
                                     && (signedByAnAgency(words) || opensCreditParenthesis(words)))
                || placeBeforeAnAgency(words) else { return nil }
        for (i, word) in words.prefix(8).enumerated() {
            // "ISLAMABAD, (APP - UrduPoint / Pakistan Point News - 5th Apr, 2024) Foreign Minister ...": the
            // agency's parenthesis holds dashes of its own; the dateline runs to its closing (and a colon after
            // it: "... 23rd Oct, 2021 ) :The ambassadors").
            if word.hasPrefix("("), !word.contains(")"), i <= 2 {
                guard let close = words.prefix(20).dropFirst(i + 1).firstIndex(where: { $0.hasSuffix(")") }) else { return nil }
                guard close + 1 < words.count else { return (close + 1, 0) }
                let next = words[close + 1]
                if next == ":" { return (close + 2, 0) }
                return (close + 1, next.hasPrefix(":") ? 1 : 0)
            }
            for dash in ["—", "–"] where FastText.contains(word, dash) {
                let head = word.components(separatedBy: dash)[0]
                let rest = word.unicodeScalars.count - head.unicodeScalars.count - 1
                // ("WASHINGTON, February 4 – RIA Novosti. US Secretary ...": the agency, after the dash, signs it.)
                if rest == 0, let signed = agencyAfterTheDash(words, from: i + 1) { return (signed, 0) }
                return rest == 0 ? (i + 1, 0) : (i, head.unicodeScalars.count + 1)
            }
            if word == "-" || word == "--" { return (i + 1, 0) }
            // ("Tokyo, March 22 (Jiji Press)--The foreign ministers": two hyphens joining the credit to the story.)
            if i >= 2, let r = word.range(of: ")--") {
                let cut = word[..<r.upperBound].unicodeScalars.count
                return cut == word.unicodeScalars.count ? (i + 1, 0) : (i, cut)
            }
            // "NEW DELHI:": a place in capitals and a colon.
            if word.hasSuffix(":"), i < 3, words[...i].allSatisfy(isCapitals) { return (i + 1, 0) }
            // "/TASS/." or "(Xinhua)" with no dash after it; "(SocialNews.XYZ)" after the day.
            if MetadataExtractor.agency(inDateline: word) != nil
                || (word.hasPrefix("(") && word.hasSuffix(")") && i >= 2 && MetadataExtractor.creditMark(inDateline: words[...i].joined(separator: " ")) != nil) {
                let next = i + 1 < words.count && ["-", "--", "—", "–"].contains(words[i + 1]) ? i + 2 : i + 1
                // ("CAIRO (Reuters) -Gaza truce talks": the dash run into the story's first word.)
                if next == i + 1, next < words.count, case let dashes = words[next].unicodeScalars.prefix(while: { "-—–".unicodeScalars.contains($0) }).count,
                   dashes > 0, dashes < words[next].unicodeScalars.count {
                    return (next, dashes)
                }
                return (min(next, words.count), 0)
            }
        }
        return nil
    }

    /// "– RIA Novosti. US Secretary": a known agency's name closed by a stop right after the dash; the index of
    /// the word after it.
    private static func agencyAfterTheDash(_ words: [String], from start: Int) -> Int? {
        for count in 1...2 where start + count <= words.count {
            let name = words[start..<(start + count)].joined(separator: " ")
            if name.hasSuffix("."), MetadataExtractor.agencies[String(name.dropLast())] != nil { return start + count }
        }
        return nil
    }

    /// "Bangkok (VNA) –", "Ho Chi Minh City (VNA) –": up to four words in title case, then an agency's parenthesis.
    private static func placeBeforeAnAgency(_ words: [String]) -> Bool {
        guard let mark = words.prefix(5).firstIndex(where: { MetadataExtractor.agency(inDateline: $0) != nil }), mark >= 1,
              mark + 1 < words.count else { return false }
        return words[..<mark].allSatisfy { $0.first?.isUppercase == true }
    }

    /// "Beijing [China], December 26 (ANI):", "New Delhi [India], March 5 (ANI):": a place in title case with
    /// its country in square brackets, the comma after the brackets.
    private static func placeWithRegion(_ words: [String]) -> Bool {
        guard let region = words.prefix(4).firstIndex(where: { $0.hasPrefix("[") }), region >= 1,
              words[region].hasSuffix("],") else { return false }
        return words[..<region].allSatisfy { $0.first?.isUppercase == true }
    }

    /// "Ankara, (APP - UrduPoint / Pakistan Point News - 23rd Oct, 2021 ) :": a place in title case, then a
    /// parenthesis naming the wire and the desk, set off by dashes.
    private static func opensCreditParenthesis(_ words: [String]) -> Bool {
        guard words.count > 3, words[1].hasPrefix("("), !words[1].contains(")"),
              let close = words.prefix(20).dropFirst(2).firstIndex(where: { $0.hasSuffix(")") }) else { return false }
        return words[2..<close].contains("-")
    }

    /// An agency's mark among the first words: "(KCNA)", "/TASS/", "(Xinhua)", or after the day, any
    /// filer's: "Paris, Dec 10 (SocialNews.XYZ)".
    private static func signedByAnAgency(_ words: [String]) -> Bool {
        words.prefix(6).contains { MetadataExtractor.agency(inDateline: $0) != nil }
            || MetadataExtractor.creditMark(inDateline: words.prefix(8).joined(separator: " ")) != nil
    }

    /// "ENA February 11/2020 The 33rd African Union summit concluded ...": an agency's initials, then the day
    /// with its year after a slash.
    private static func isAgencyStamp(_ words: [String]) -> Bool {
        guard words.count > 3, (2...6).contains(words[0].count), isCapitals(words[0]), words[0].allSatisfy(\.isLetter),
              isMonthName(words[1]) else { return false }
        let parts = words[2].split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && (1...2).contains(parts[0].count) && parts[1].count == 4
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    /// "Hanoi, Vietnam, September 15 - The Foreign Ministers ...", "Geneva, 3 March – ...": a place in title
    /// case, the day and a dash. Returns the dash's index.
    private static func placeAndDayBeforeADash(_ words: [String]) -> Int? {
        // ("Presidential Palace, Hanoi, Vietnam, Tuesday 15 March 2022 –": a place of several words, and the weekday.)
        guard words.count > 4, words[0].first?.isUppercase == true, words.prefix(3).contains(where: { $0.hasSuffix(",") }) else { return nil }
        func isDayNumber(_ word: String) -> Bool {
            let digits = word.trimmingCharacters(in: CharacterSet(charactersIn: ","))
            return (1...2).contains(digits.count) && digits.allSatisfy(\.isNumber)
        }
        guard let month = words.prefix(7).firstIndex(where: isMonthName), month >= 1 else { return nil }
        // "September 15" or "15 September", and a year may follow.
        let dayFirst = month >= 2 && isDayNumber(words[month - 1])
        guard dayFirst || (month + 1 < words.count && isDayNumber(words[month + 1])),
              words[..<(dayFirst ? month - 1 : month)].allSatisfy({ $0.first?.isUppercase == true && $0.filter(\.isLetter).count >= 2 })
        else { return nil }
        var next = dayFirst ? month + 1 : month + 2
        if next < words.count, words[next].trimmingCharacters(in: CharacterSet(charactersIn: ",")).count == 4,
           words[next].trimmingCharacters(in: CharacterSet(charactersIn: ",")).allSatisfy(\.isNumber) { next += 1 }
        guard next + 1 < words.count, ["-", "--", "–", "—"].contains(words[next]) else { return nil }
        return next
    }

    /// "The below is attributable to Spokesperson Ned Price: Secretary of State Antony J. Blinken spoke today
    /// ...": the State Department's readouts open with whose words they are. Where the story begins after
    /// the colon (the text's length when nothing follows it).
    static func spokespersonCredit(_ text: String) -> Int? {
        guard creditOpenings.contains(where: text.hasPrefix) else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(100))
        guard let colon = scalars.firstIndex(of: ":") else { return nil }
        var start = colon + 1
        while start < scalars.count, scalars[start] == " " { start += 1 }
        return start
    }

    private static let creditOpenings = ["The following is attributable to ", "The below is attributable to "]

    /// "September", "Sept.", "Feb": a month's name, full or short, with its stop or comma.
    private static func isMonthName(_ word: String) -> Bool {
        let name = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        return MonthNames.full.contains(name) || MonthNames.short.contains(name) || name == "Sept"
    }

    /// The text with its opening dateline removed.
    public static func strip(_ text: String) -> String {
        let words = text.split(separator: " ").map(String.init)
        let rest = wordsAfter(words)
        return rest.count == words.count ? text : rest.joined(separator: " ")
    }

    private static func isCapitals(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }
}
