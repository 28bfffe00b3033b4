import Foundation

/// "We, the Foreign Ministers of the Association of Southeast Asian Nations (ASEAN), met on 31 July 2019": a
/// joint statement or communiqué speaks as its signatories, and says once who "we" are. Its "We underlined
/// ..." is theirs.
enum Signatories {
    /// Who "we" are, as a headline's subject ("The Foreign Ministers of ASEAN"), or nil when the text never says.
    static func named(in text: String) -> String? {
        guard let opening = text.range(of: "We, the ") else { return nil }
        let after = text[opening.upperBound...].prefix(300)
        guard let comma = after.firstIndex(of: ","), case let phrase = after[..<comma],
              (1...16).contains(phrase.split(separator: " ").count), !phrase.contains("\n") else { return nil }
        return "The " + shortened(String(phrase))
    }

    /// "Foreign Ministers of the Association of Southeast Asian Nations (ASEAN)" is "Foreign Ministers of ASEAN":
    /// a name the text abbreviates goes by its abbreviation (its capitals' initials spell it).
    private static func shortened(_ phrase: String) -> String {
        guard phrase.hasSuffix(")"), let open = phrase.lastIndex(of: "("),
              case let acronym = phrase[phrase.index(after: open)..<phrase.index(before: phrase.endIndex)],
              acronym.count >= 2, acronym.allSatisfy(\.isUppercase) else { return phrase }
        var words = phrase[..<open].split(separator: " ")
        // The name's words back to the first that is neither capitalized nor a joining word; the first of them
        // capitalized.
        var start = words.count
        while start > 0, words[start - 1].first?.isUppercase == true || ["of", "and", "for"].contains(words[start - 1]) { start -= 1 }
        while start < words.count, words[start].first?.isUppercase != true { start += 1 }
        let initials = words[start...].compactMap { $0.first?.isUppercase == true ? $0.first : nil }
        // ("Southeast Asian Nations" spells "SEAN" with two letters of one word: each initial in order is enough.)
        var letters = acronym[...]
        for initial in initials {
            guard let found = letters.firstIndex(of: initial) else { return phrase }
            letters = letters[letters.index(after: found)...]
        }
        guard initials.first == acronym.first, initials.count * 2 >= acronym.count else { return phrase }
        if start > 0, words[start - 1] == "the" { start -= 1 }
        words.replaceSubrange(start..., with: [acronym])
        return words.joined(separator: " ")
    }
}
