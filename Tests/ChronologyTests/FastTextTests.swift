@testable import Chronology
import Testing

@Suite struct FastTextTests {
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

    @Test func containsFindsAnywhereAndStopsEarly() {
        #expect(FastText.contains("WASHINGTON (AP) —", "(AP)"))
        #expect(!FastText.contains("WASHINGTON (AFP)", "(AP)"))
        #expect(FastText.contains("abc", ""))
        #expect(FastText.contains("xxab", "ab"))
        #expect(!FastText.contains("xxa", "ab"))
    }
}
