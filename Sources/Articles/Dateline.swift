import Foundation
import Chronology

/// The place (and agency) a wire story opens with, which is not part of its first sentence:
/// "SEOUL, South Korea—", "SEOUL, Feb 16 (Reuters) -", "MOSCOW, March 5. /TASS/.", "NEW DELHI:".
public enum Dateline {
    /// The words after the dateline, or all of them when the text opens with none.
    public static func wordsAfter(_ words: [String]) -> [String] {
        guard let first = words.first, first.count >= 3, isCapitals(first) else { return words }
        for (i, word) in words.prefix(8).enumerated() {
            for dash in ["—", "–"] where FastText.contains(word, dash) {
                let rest = word.components(separatedBy: dash).dropFirst().joined(separator: dash)
                return (rest.isEmpty ? [] : [rest]) + words[(i + 1)...]
            }
            if word == "-" || word == "--" { return Array(words[(i + 1)...]) }
            // "NEW DELHI:": a place in capitals and a colon.
            if word.hasSuffix(":"), i < 3, words[...i].allSatisfy(isCapitals) { return Array(words[(i + 1)...]) }
            // "/TASS/." or "(Xinhua)" with no dash after it.
            if let agency = agencyMark(word), MetadataExtractor.agencies[agency] != nil {
                let next = i + 1 < words.count && ["-", "--", "—", "–"].contains(words[i + 1]) ? i + 2 : i + 1
                return Array(words[min(next, words.count)...])
            }
        }
        return words
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

    /// "/TASS/." -> "TASS", "(Xinhua)" -> "Xinhua".
    private static func agencyMark(_ word: String) -> String? {
        let trimmed = word.trimmingCharacters(in: [".", ",", ":"])
        for (open, close) in [("(", ")"), ("/", "/")] where trimmed.hasPrefix(open) && trimmed.hasSuffix(close) && trimmed.count > 2 {
            return String(trimmed.dropFirst().dropLast())
        }
        return nil
    }
}
