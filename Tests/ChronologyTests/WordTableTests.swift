@testable import Chronology
import Testing

@Suite struct WordTableTests {
    @Test func findsEveryWordItHoldsAndNothingElse() {
        // Enough words to wrap around the slots and collide; each must still find its own value.
        let words = (0..<500).map { "w\($0)" }
        let table = WordTable(words.enumerated().map { ($1, $0) })
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        for missing in ["", "w500", "w-1", "W1", "w01"] { #expect(table[missing] == nil, "\(missing)") }
        #expect(table.keys == words)
    }

    @Test func aLaterValueForTheSameWordReplacesTheEarlier() {
        let table = WordTable([("may", 5), ("march", 3), ("may", 6)])
        #expect(table["may"] == 6)
        #expect(table.keys == ["may", "march"])
    }

    @Test func tokensAreFoundByTheHashTheTokenizerComputed() {
        let tokens = Tokenizer.tokenize(Array("Friday’s DÉJÀ vu, MAY 3 ’90s".unicodeScalars))
        for token in tokens { #expect(token.hash == WordHash.of(token.lower), "\(token.lower)") }
        let months = Lexicon.months
        #expect(tokens.compactMap { months[$0] } == [5])
        #expect(Lexicon.weekdays[tokens[0]] == 5)
        let set: WordSet = ["déjà", "vu"]
        #expect(tokens.filter { set.contains($0) }.map(\.lower) == ["déjà", "vu"])
    }

    @Test func textDecodesToTheSameScalarsAsTheScalarView() {
        for text in ["", "plain ASCII", "a – é 日本 🇰🇷 \u{0301}x", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "line\r\nend"] {
            #expect(FastText.scalars(text) == Array(text.unicodeScalars), "\(text)")
        }
    }

    @Test func scalarRunsBecomeTheSameStringAsTheScalarView() {
        let scalars = Array("a – é 日本 🇰🇷 \u{0301}x".unicodeScalars)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                #expect(FastText.string(scalars[lower..<upper]) == String(String.UnicodeScalarView(scalars[lower..<upper])))
            }
        }
    }
}
