import Chronology

/// Plain text wrapped at a fixed width (older press releases, mailing lists, archives: "In their meeting
/// today at the White House, President Obama and His" / "Majesty King Mohammed VI reaffirmed ..."): each line
/// would be read as a block of its own, and a line break ends a sentence. The breaks inside a paragraph
/// become spaces, one scalar for one, so every offset into the text stays where it was.
enum HardWrap {
    /// The text with its wrapped paragraphs joined, or nil when it is not wrapped.
    static func joined(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let lines = lineRanges(scalars)
        let lengths = lines.map(\.count)
        // A scrape keeps a paragraph on one line, hundreds of characters long; wrapped text never passes its width.
        // (A page pasted together may hold both: its wrapped paragraphs are read as wrapped where three lines
        // in a row stop mid-sentence at the width.)
        let mixed = lengths.contains { $0 > 100 }
        let long = lengths.filter { $0 >= 40 && $0 <= 100 }
        guard long.count >= 6, let width = commonWidth(long) else { return nil }
        var breaks = lines.indices.dropLast().filter { k in
            (width - 20...width).contains(lengths[k]) && lengths[k + 1] > 0 && endsMidSentence(scalars[lines[k]])
        }
        if mixed {
            let set = Set(breaks)
            breaks = breaks.filter { set.contains($0 - 1) || set.contains($0 + 1) }
            guard breaks.count >= 4 else { return nil }
        } else {
            // Most full lines of a wrapped text stop mid-sentence; a list of short headlines or paragraphs does not.
            guard breaks.count * 2 >= long.count else { return nil }
        }
        var joined = scalars
        let breakSet = Set(breaks)
        for k in breaks where !opensItem(scalars[lines[k + 1]]) {
            // ("The Prime Minister of Japan, H.E. Mr. Yoshihiko Noda, is currently" / "paying a State Visit": a
            // line dense with names is a heading only where a paragraph starts, and not over a lowercase word.)
            let continues = breakSet.contains(k - 1) || scalars[lines[k + 1]].first?.properties.isLowercase == true
            if continues || !isHeading(scalars[lines[k]]) { joined[lines[k].upperBound] = " " }
        }
        return joined
    }

    /// The width most lines fill: the length with the most lines in the twenty columns up to it (a heading
    /// longer than the wrapped lines does not set it).
    private static func commonWidth(_ lengths: [Int]) -> Int? {
        let sorted = lengths.sorted()
        var best: (count: Int, width: Int)?
        var low = 0
        for (high, width) in sorted.enumerated() {
            while sorted[low] < width - 20 { low += 1 }
            if best == nil || high - low + 1 >= best!.count { best = (high - low + 1, width) }
        }
        return best?.width
    }

    /// Each line's range, without its line break.
    private static func lineRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (i, c) in scalars.enumerated() where c == "\n" {
            ranges.append(start..<i)
            start = i + 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }

    private static func endsMidSentence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = line.last(where: { $0 != " " && $0 != "\t" }) else { return false }
        return FastText.isLetter(last) || FastText.isDigit(last) || last == "," || last == ";" || last == "-"
    }

    /// "Joint Statement by the United States of America and the Kingdom of Morocco": a headline's content
    /// words are capitalized, a wrapped line's are mostly not.
    private static func isHeading(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = FastText.string(line).split(separator: " ").filter { !smallWords.contains(String($0)) }
        guard !words.isEmpty else { return false }
        let capitalized = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }.count
        return capitalized * 5 >= words.count * 4
    }

    /// "1. At the invitation ...", "• Trade": a list item starts on its own line.
    private static func opensItem(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first else { return false }
        let digits = trimmed.prefix(while: FastText.isDigit)
        if !digits.isEmpty, digits.count <= 2, let after = trimmed.dropFirst(digits.count).first { return after == "." || after == ")" }
        return "•*-–—".unicodeScalars.contains(first)
    }

    private static let smallWords: Set<String> = ["of", "the", "and", "by", "in", "for", "on", "to", "a", "an", "with", "at", "from", "as"]
}
