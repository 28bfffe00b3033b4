import Chronology
import Foundation

/// A paragraph-sized piece of a scrape (one line of a `.txt`, one blank-line-separated block of `.md`),
/// with the features the boilerplate classifier looks at.
struct Block {
    /// Scalar offsets of the trimmed text in the article.
    var range: Range<Int>
    var text: String
    /// 1-based line of the block's first character.
    var line: Int
    var words: [Substring]

    var wordCount: Int { words.count }

    /// Ends like a sentence: a full stop, a question or exclamation mark, or a closing quote after one.
    var endsLikeSentence: Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, "”\"’')]".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return ".!?…:".contains(last) || text.last == "”" || text.last == "\""
    }

    /// The text before an agency's signature, the wire's end mark, its desk's credit or the writers' initials
    /// closing it ("... the United States. (Yonhap)", "... on July 4. (end) mk.gta", "... for comment.
    /// (Reporting by ...)", "... development. (ary)"), or nil when it has none.
    var beforeSignOff: Block? {
        guard let end = MetadataExtractor.agencySignOff(text)?.sentenceEnd ?? MetadataExtractor.wireEndMark(text)
            ?? MetadataExtractor.wireDeskCredit(text) ?? MetadataExtractor.writersInitials(text) else { return nil }
        var signed = self
        signed.text = String(text[..<end])
        signed.words = signed.text.unicodeScalars.split(whereSeparator: FastText.isSpace).map { Substring($0) }
        return signed
    }

    /// Share of words that are English function words: high in prose, low in menus and headlines.
    var stopWordRatio: Double {
        guard !words.isEmpty else { return 0 }
        let count = words.filter { word in
            Block.stopWords.contains(FastText.lowercased(String(FastText.trimmingNonWord(word))))
        }.count
        return Double(count) / Double(words.count)
    }

    /// Share of words that start with a capital: high in menus, titles and name lists.
    var capitalizedRatio: Double {
        let alphabetic = words.filter { $0.unicodeScalars.first.map(FastText.isLetter) == true }
        guard !alphabetic.isEmpty else { return 0 }
        return Double(alphabetic.filter { FastText.isUppercase($0.unicodeScalars.first!) }.count) / Double(alphabetic.count)
    }

    var lower: String { FastText.lowercased(text) }

    var isBullet: Bool {
        guard let first = text.first else { return false }
        return "•·▪‣◦*".contains(first) || (first == "-" && text.dropFirst().first == " ")
    }

    /// The text without a leading bullet.
    var content: String {
        guard isBullet else { return text }
        return String(text.drop { "•·▪‣◦*- \t".contains($0) })
    }

    static let stopWords: Set<String> = [
        "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "during", "each", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "his",
        "how", "i", "if", "in", "into", "is", "it", "its", "it's", "just", "may", "more", "most", "no", "nor",
        "not", "now", "of", "on", "once", "only", "or", "other", "our", "out", "over", "said", "same", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
        "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "says",
    ]
}

enum BlockSplitter {
    /// "date 2024-08-16 CAIRO, August 16. /TASS/. A new round ...": a scrape's date stamp run into the page's
    /// first line is a line of its own, so the story's first paragraph opens with its dateline.
    static func separatingDateStamp(_ blocks: [Block]) -> [Block] {
        guard let first = blocks.first, first.text.unicodeScalars.count > 16, MetadataExtractor.labelledISODay(first.text) != nil,
              first.text.hasPrefix("date ") || first.text.hasPrefix("Date ") else { return blocks }
        let scalars = Array(first.text.unicodeScalars)
        var restStart = 15
        while restStart < scalars.count, scalars[restStart] == " " { restStart += 1 }
        guard restStart < scalars.count else { return blocks }
        func block(_ range: Range<Int>) -> Block {
            let text = FastText.string(scalars[range])
            return Block(range: (first.range.lowerBound + range.lowerBound)..<(first.range.lowerBound + range.upperBound), text: text,
                         line: first.line, words: text.unicodeScalars.split(whereSeparator: FastText.isSpace).map { Substring($0) })
        }
        return [block(0..<15), block(restStart..<scalars.count)] + blocks.dropFirst()
    }

    /// One block per non-empty line for plain-text scrapes; blank-line-separated blocks for Markdown.
    static func split(_ scalars: [Unicode.Scalar], from start: Int = 0, byLine: Bool) -> [Block] {
        var blocks: [Block] = []
        var line = 1
        for scalar in scalars[0..<start] where scalar == "\n" { line += 1 }
        var i = start
        while i < scalars.count {
            // Skip blank space between blocks, counting lines.
            while i < scalars.count, FastText.isSpace(scalars[i]) {
                if scalars[i] == "\n" { line += 1 }
                i += 1
            }
            guard i < scalars.count else { break }
            let blockStart = i, blockLine = line
            var end = i
            while i < scalars.count {
                if scalars[i] == "\n" {
                    if byLine { break }
                    var j = i + 1
                    while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
                    if j >= scalars.count || scalars[j] == "\n" { break }
                    line += 1
                }
                if !FastText.isSpace(scalars[i]) { end = i + 1 }
                i += 1
            }
            let text = FastText.string(scalars[blockStart..<end])
            let words = text.unicodeScalars.split(whereSeparator: FastText.isSpace).map { Substring($0) }
            blocks.append(Block(range: blockStart..<end, text: text, line: blockLine, words: words))
        }
        return blocks
    }
}
