@testable import Chronology
import Testing

@Suite struct FastTextTests {
    @Test func wordsAndLowercasingMatchTheStandardLibrary() {
        let samples = ["Kim Jong-un met U.S. envoys", "ÉCOLE Normale ΟΔΟΣ", "İstanbul’s mayor", "", "  --  ", "a1b2 C3", "Straße GROSS"]
        for text in samples {
            let expected = text.unicodeScalars.split { !FastText.isLetter($0) }.map { String(String.UnicodeScalarView($0)) }
            #expect(FastText.words(text, where: FastText.isLetter) == expected, "\(text)")
            #expect(FastText.words(text, lowercase: true, where: FastText.isLetter) == expected.map { $0.lowercased() }, "\(text)")
            #expect(FastText.lowercased(text) == text.lowercased(), "\(text)")
        }
    }

    @Test func occurrencesCountWithoutOverlapsLikeFoundation() {
        #expect(FastText.occurrences(of: "aa", in: "aaaa") == 2)
        #expect(FastText.occurrences(of: "aa", in: "aaa") == 1)
        #expect(FastText.occurrences(of: " > ", in: "Home > World > Asia") == 2)
        #expect(FastText.occurrences(of: " » ", in: "Accueil » Monde") == 1)
        #expect(FastText.occurrences(of: "Seoul", in: "SEOUL Seoul seoul Seoul.") == 2)
        #expect(FastText.occurrences(of: "", in: "abc") == 0)
        #expect(FastText.occurrences(of: "abcd", in: "abc") == 0)
        #expect(FastText.occurrences(of: "ab", in: "") == 0)
        // A needle's bytes can only match on scalar boundaries: "é" never matches inside "日".
        #expect(FastText.occurrences(of: "é", in: "日本 café é") == 2)
    }

    @Test func wholePhrasesHaveNoLetterOnEitherSide() {
        #expect(FastText.containsWholePhrase("share this story", "share"))
        #expect(FastText.containsWholePhrase("log in | sign up", "sign up"))
        #expect(!FastText.containsWholePhrase("shareholders met", "share"))
        #expect(!FastText.containsWholePhrase("reshare", "share"))
        // A later occurrence counts when the first is inside a word.
        #expect(FastText.containsWholePhrase("shareholders: share", "share"))
        // Letters outside ASCII are letters: "émail" is not "email", "email" before "é" neither.
        #expect(!FastText.containsWholePhrase("émail", "mail"))
        #expect(!FastText.containsWholePhrase("emailé", "email"))
        #expect(FastText.containsWholePhrase("«email»", "email"))
        #expect(FastText.containsWholePhrase("email", "email"))
        #expect(!FastText.containsWholePhrase("", "email"))
        #expect(!FastText.containsWholePhrase("email", ""))
    }

    @Test func containsFindsAnywhereAndStopsEarly() {
        #expect(FastText.contains("WASHINGTON (AP) —", "(AP)"))
        #expect(!FastText.contains("WASHINGTON (AFP)", "(AP)"))
        #expect(FastText.contains("abc", ""))
        #expect(FastText.contains("xxab", "ab"))
        #expect(!FastText.contains("xxa", "ab"))
    }
}

@Suite struct StartGateTests {
    func starts(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        return zip(tokens, Grammar.mayStart(tokens)).filter(\.1).map(\.0.lower)
    }

    @Test func leadWordsStartOnlyWithATemporalWordAhead() {
        #expect(starts("The cat slept on the mat for a while.") == [])
        // "ago" completes a lead word but never starts an expression itself; "year" does ("year-earlier").
        #expect(starts("For the second half of the year.") == ["for", "the", "second", "half", "the", "year"])
        #expect(starts("About three weeks ago.") == ["about", "three", "weeks"])
        // Six tokens is the reach: "the end of the fiscal year" starts at "the".
        #expect(starts("At the end of the fiscal year.").first == "at")
        #expect(starts("Talks in 2024 and on Monday.") == ["2024", "monday"])
    }
}
