/// A word, number or punctuation mark, with its Unicode-scalar offsets in the source text.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    var start: Int
    var end: Int
    var kind: Kind
    /// Lowercased text with typographic apostrophes folded to `'`.
    var lower: String
    /// `WordHash.of(lower)`, computed while lowercasing, for `WordTable` lookups.
    var hash: UInt32
    /// Starts with an upper-case letter.
    var isCapitalized: Bool
    /// No whitespace between this token and the previous one ("mid-2023", "19:17").
    var isJoinedToPrevious: Bool
    /// Index of the sentence (or paragraph line) the token belongs to.
    var sentence: Int

    /// The numeric value of a plain digit run, e.g. "2018" or "05" (computed once: the grammar asks often).
    var number: Int?
    var digitCount: Int
    /// Starts with a digit or another numeral ("1990s", "5th"): such words may open a date.
    var startsNumeric: Bool

    /// `first` is the token's first scalar in the text (lowercasing keeps digits and numerals as they are).
    init(start: Int, end: Int, kind: Kind, lower: String, hash: UInt32, first: Unicode.Scalar?, isCapitalized: Bool,
         isJoinedToPrevious: Bool, sentence: Int) {
        self.start = start
        self.end = end
        self.kind = kind
        self.lower = lower
        self.hash = hash
        self.isCapitalized = isCapitalized
        self.isJoinedToPrevious = isJoinedToPrevious
        self.sentence = sentence
        number = kind == .number ? Int(lower) : nil
        digitCount = kind == .number ? lower.utf8.count : 0
        startsNumeric = first.map { FastText.isDigit($0) || ($0.value >= 128 && $0.properties.numericType != nil) } ?? false
    }
}

extension Token {
    /// Whether the token's text is `literal`, byte counts compared first: `==` on two different strings
    /// calls the general string comparison, and the tense rules ask this of every word near a date.
    @inline(__always) func `is`(_ literal: String) -> Bool {
        lower.utf8.count == literal.utf8.count && lower == literal
    }

    /// Whether the token's text is one of `literals` (short lists of literals, so an array).
    @inline(__always) func isAny(_ literals: [String]) -> Bool {
        literals.contains { self.is($0) }
    }
}

/// Splits text into tokens in one pass over its scalars.
enum Tokenizer {
    /// A comma at `i` followed by exactly three digits: the separator of "1,500" or "2,000,000".
    private static func isThousandsGroup(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 3 < scalars.count, scalars[i] == "," else { return false }
        guard isDigit(scalars[i + 1]), isDigit(scalars[i + 2]), isDigit(scalars[i + 3]) else { return false }
        return i + 4 == scalars.count || !isDigit(scalars[i + 4])
    }

    /// An upper-case letter followed by a lower-case one at `i`: a word of its own ("July"), never a suffix ("5th", "5PM").
    private static func startsCapitalizedWord(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < scalars.count else { return false }
        return scalars[i].properties.isUppercase && scalars[i + 1].properties.isLowercase
    }

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var sentence = 0
        var sawSpace = true
        var newlines = 0
        while i < n {
            let c = scalars[i]
            if isSpace(c) {
                if c == "\n" { newlines += 1 }
                sawSpace = true
                i += 1
                continue
            }
            // A line break ends a sentence: headlines, datelines and list items have no final stop.
            if newlines > 0 && !tokens.isEmpty {
                sentence += 1
            }
            newlines = 0
            let start = i
            var kind: Token.Kind
            if isDigit(c) {
                kind = .number
                while i < n, isDigit(scalars[i]) { i += 1 }
                // "1990s", "3rd", "5th": digits with a letter suffix form one word. (Not ISO 8601's "T" before the
                // clock: "2024-11-24T10:30", nor a capitalized word glued on by a scrape: "07/02/2024July 2, 2024".)
                if i < n, isLetter(scalars[i]), !(scalars[i] == "T" && i + 1 < n && isDigit(scalars[i + 1])),
                   !startsCapitalizedWord(scalars, at: i) {
                    kind = .word
                    while i < n, isLetter(scalars[i]) { i += 1 }
                } else if i - start <= 3, isThousandsGroup(scalars, at: i) {
                    // "1,500": thousands separators keep the number whole so it is never read as a year.
                    // A group is three digits: "Apr.10,2023" is a day and a year.
                    kind = .word
                    while isThousandsGroup(scalars, at: i) { i += 4 }
                }
            } else if isLetter(c) {
                kind = .word
                while i < n, isLetter(scalars[i]) { i += 1 }
                // "a.m.", "p.m.", "U.S.": single letters joined by periods.
                if i - start == 1, i + 2 < n, scalars[i] == ".", isLetter(scalars[i + 1]) {
                    var j = i
                    while j + 1 < n, scalars[j] == ".", isLetter(scalars[j + 1]), j + 2 >= n || !isLetter(scalars[j + 2]) {
                        j += 2
                    }
                    if j > i {
                        i = j
                        if i < n, scalars[i] == "." { i += 1 }
                    }
                }
                // "we'll", "don't": an apostrophe followed by letters stays inside the word, except the
                // possessive "'s", which becomes a token of its own ("Friday's" reads as "Friday").
                let possessive = i + 2 <= n && i + 1 < n && isApostrophe(scalars[i]) && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                    && (i + 2 == n || !isLetter(scalars[i + 2]))
                if !possessive, i + 1 < n, isApostrophe(scalars[i]), isLetter(scalars[i + 1]) {
                    i += 1
                    while i < n, isLetter(scalars[i]) { i += 1 }
                }
            } else if isApostrophe(c), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S", i + 2 == n || !isLetter(scalars[i + 2]) {
                kind = .word
                i += 2
            } else if isApostrophe(c), i + 2 < n, isDigit(scalars[i + 1]), isDigit(scalars[i + 2]) {
                // "'90s"
                kind = .word
                i += 1
                while i < n, isDigit(scalars[i]) || isLetter(scalars[i]) { i += 1 }
            } else {
                kind = .punctuation
                i += 1
            }
            let (lower, hash) = lowercased(scalars, start..<i)
            let capitalized = c.value < 128 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
            tokens.append(Token(start: start, end: i, kind: kind, lower: lower, hash: hash, first: c, isCapitalized: capitalized,
                                isJoinedToPrevious: !sawSpace, sentence: sentence))
            sawSpace = false
            if kind == .punctuation, c == "." || c == "!" || c == "?" {
                if endsSentence(tokens, scalars: scalars, next: i) { sentence += 1 }
            }
        }
        return tokens
    }

    /// A period ends a sentence unless it closes an abbreviation ("Jan.", "Mr.", "U.S. officials").
    private static func endsSentence(_ tokens: [Token], scalars: [Unicode.Scalar], next: Int) -> Bool {
        let mark = tokens[tokens.count - 1]
        guard scalars[mark.start] == "." else { return true }
        if tokens.count >= 2 {
            let previous = tokens[tokens.count - 2]
            if mark.isJoinedToPrevious, previous.kind == .word, Lexicon.abbreviations.contains(previous) { return false }
        }
        // "4.9 million": a decimal point.
        if mark.isJoinedToPrevious, tokens.count >= 2, tokens[tokens.count - 2].kind == .number, next < scalars.count,
           isDigit(scalars[next]) { return false }
        // The next visible character must start a sentence: a capital, a digit or a quote.
        var j = next
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
        guard j < scalars.count else { return true }
        let c = scalars[j]
        if c == "\n" || c == "\r" { return true }
        // "Birmingham, Ala., killed": a comma or a semicolon after the period goes on with the sentence.
        if c == "," || c == ";" { return false }
        if c.value < 128 ? (c.value >= 97 && c.value <= 122) : c.properties.isLowercase { return false }
        return true
    }

    /// Lowercase with typographic apostrophes folded, and its `WordHash`; a byte buffer for the common
    /// ASCII case, hashed as it is written.
    private static func lowercased(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (String, UInt32) {
        var ascii = true
        for k in range where scalars[k].value >= 128 {
            ascii = false
            break
        }
        guard ascii else {
            var slow = ""
            for k in range {
                let s = scalars[k]
                if isApostrophe(s) { slow.unicodeScalars.append("'") } else {
                    slow.unicodeScalars.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                }
            }
            return (slow, WordHash.of(slow))
        }
        // Written in place: most words fit a small string, so no buffer is allocated per token.
        var hash = WordHash.offsetBasis
        let text = String(unsafeUninitializedCapacity: range.count) { buffer in
            for (n, k) in range.enumerated() {
                let v = scalars[k].value
                let byte = UInt8(v >= 65 && v <= 90 ? v + 32 : v)
                buffer[n] = byte
                hash = WordHash.adding(byte, to: hash)
            }
            return range.count
        }
        return (text, hash)
    }

    // The character classes are FastText's, shared with cleaning and extraction.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool { FastText.isSpace(c) }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { FastText.isDigit(c) }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool { FastText.isLetter(c) }

    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
}
